package com.frontdesk.sync;

import com.frontdesk.core.Validation;
import com.frontdesk.settings.SettingsDocument;
import com.frontdesk.settings.WorkstationSettings.Range;
import java.net.URI;
import java.util.Set;

/**
 * Where and how often the site sends to head office; changed by administrators only. The token
 * of an HTTPS target is not here: it is kept encrypted by {@link TokenVault}.
 *
 * @param target           none, a folder, or an HTTPS URL
 * @param intervalMinutes  an automatic run this often while the program runs; 0 = only "send now"
 * @param batchSize        at most this many records per batch file, so a long backlog goes as many files
 * @param fullPersonalData phones and ID numbers go whole (off: phones masked, ID numbers left out)
 */
public record SyncSettings(SyncTarget.Kind target, String folder, String url, int intervalMinutes, int batchSize,
                           boolean fullPersonalData) {
    public static final Range INTERVAL_MINUTES = new Range(0, 1440);
    public static final Range BATCH_SIZE = new Range(100, 100_000);
    public static final SyncSettings DEFAULTS = new SyncSettings(SyncTarget.Kind.NONE, "", "", 15, 5_000, false);
    public static final SettingsDocument<SyncSettings> DOCUMENT =
            new SettingsDocument<>("sync", SyncSettings.class, DEFAULTS, SyncSettings::validate);

    /** Plain HTTP only to this PC itself (a local relay or a test); everything else must be HTTPS. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public SyncTarget targetOf() {
        return new SyncTarget(target, folder, url);
    }

    void validate() {
        Validation v = new Validation()
                .range("intervalMinutes", intervalMinutes, INTERVAL_MINUTES.min(), INTERVAL_MINUTES.max())
                .range("batchSize", batchSize, BATCH_SIZE.min(), BATCH_SIZE.max())
                .maxLength("folder", folder, 1000).maxLength("url", url, 1000);
        if (target == SyncTarget.Kind.FOLDER) {
            v.required("folder", folder);
        }
        if (target == SyncTarget.Kind.HTTPS) {
            v.required("url", url).check(url == null || url.isBlank() || validUrl(url), "url", "sync.error.badUrl");
        }
        v.check(target != null, "target", "validation.required").throwIfAny();
    }

    static boolean validUrl(String text) {
        try {
            URI uri = URI.create(text.strip());
            if (uri.getHost() == null) {
                return false;
            }
            return "https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()) && LOOPBACK.contains(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
