package com.frontdesk.sync;

import com.frontdesk.core.UserFacingException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Builds the transport for a target; tests give HTTPS a short timeout and a sleeper that does not wait. */
public final class Transports {
    private final Duration timeout;
    private final Backoff backoff;
    private final Sleeper sleeper;

    public Transports(Duration timeout, Backoff backoff, Sleeper sleeper) {
        this.timeout = timeout;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    public static Transports standard() {
        return new Transports(Duration.ofSeconds(60), Backoff.standard(), Sleeper.REAL);
    }

    Transport open(SyncTarget target, String token) {
        return switch (target.kind()) {
            case NONE -> throw new UserFacingException("sync.error.noTarget");
            case FOLDER -> new FolderTransport(Path.of(target.folder()));
            case HTTPS -> {
                if (!SyncSettings.validUrl(target.url())) {
                    throw new UserFacingException("sync.error.badUrl");
                }
                if (token == null || token.isBlank()) {
                    throw new UserFacingException("sync.error.noToken");
                }
                yield new HttpsTransport(URI.create(target.url().strip()), token, timeout, backoff, sleeper);
            }
        };
    }
}
