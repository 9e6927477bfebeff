package com.frontdesk.testsupport;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.db.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A workstation on a fresh temporary data folder for each test, closed and deleted afterwards.
 *
 * <pre>{@code
 * private final MutableClock clock = MutableClock.standard();
 * @RegisterExtension
 * final OpenWorkstation site = OpenWorkstation.withSite(clock);
 * }</pre>
 *
 * <p>It opens before the test class's own {@code @BeforeEach} methods run and closes after its
 * {@code @AfterEach} methods, so those may use {@link #ws()} and {@link #admin()}.
 */
public final class OpenWorkstation implements BeforeEachCallback, AfterEachCallback {
    private final Clock clock;
    private final boolean setUpSite;
    private Path root;
    private Workstation ws;
    private Session admin;

    private OpenWorkstation(Clock clock, boolean setUpSite) {
        this.clock = clock;
        this.setUpSite = setUpSite;
    }

    /** A workstation whose site is set up by {@link TestSites#setUp}, with the administrator signed in. */
    public static OpenWorkstation withSite(Clock clock) {
        return new OpenWorkstation(clock, true);
    }

    /** {@link #withSite(Clock)} on {@link MutableClock#standard()}. */
    public static OpenWorkstation withSite() {
        return withSite(MutableClock.standard());
    }

    /** A workstation as on its first start: migrated, but no site set up yet. */
    public static OpenWorkstation empty(Clock clock) {
        return new OpenWorkstation(clock, false);
    }

    /** {@link #empty(Clock)} on {@link MutableClock#standard()}. */
    public static OpenWorkstation empty() {
        return empty(MutableClock.standard());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("frontdesk-test-");
        ws = Workstation.open(new DataDirectory(root), clock);
        admin = setUpSite ? TestSites.setUp(ws) : null;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (ws != null) {
                ws.close();
            }
        } finally {
            ws = null;
            admin = null;
            if (root != null) {
                deleteRecursively(root);
                root = null;
            }
        }
    }

    /** The open workstation; after {@link #reopen()} the new one. */
    public Workstation ws() {
        if (ws == null) {
            throw new IllegalStateException("the workstation is open only while a test runs");
        }
        return ws;
    }

    /** The administrator's session from {@link TestSites#setUp}; only for {@link #withSite}. */
    public Session admin() {
        if (admin == null) {
            throw new IllegalStateException("no site was set up: use OpenWorkstation.withSite");
        }
        return admin;
    }

    /** The data folder the workstation runs on. */
    public Path root() {
        ws();
        return root;
    }

    /** The SQLite file of the workstation, for reading it with {@link SqlRows}. */
    public Path db() {
        return ws().dataDirectory().database();
    }

    public Clock clock() {
        return clock;
    }

    /** Closes the workstation and opens the same data folder again, as a restart of the program does. */
    public Workstation reopen() {
        ws().close();
        ws = null;
        ws = Workstation.open(new DataDirectory(root), clock);
        return ws;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
