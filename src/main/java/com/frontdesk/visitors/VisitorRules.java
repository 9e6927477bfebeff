package com.frontdesk.visitors;

import java.util.Objects;

/**
 * The site's visitor rules as {@link VisitorService} reads them on every call. They are kept in
 * {@code settings.WorkstationSettings} ({@code visitorSalesRefused}, {@code visitorOverstayHours},
 * {@code visitorStoreFullIdNumbers}; an administrator changes them in Settings → Visitors), and the
 * composition root adds the site's salt ({@code settings.SiteSecrets}), so a change applies at the
 * next check-in. {@link #defaults} are the regulations' values, which are also the settings' defaults.
 *
 * @param salesRefused       door-to-door sales are turned away (the desk is told to call security)
 * @param overstayHours      a visitor inside longer than this is flagged on the on-site list
 * @param storeFullIdNumbers keep whole ID numbers; otherwise only the last four characters and a salted hash
 * @param idSalt             the site's salt for ID hashes; set once at setup and never changed, or
 *                           watchlist entries stop matching
 */
public record VisitorRules(boolean salesRefused, int overstayHours, boolean storeFullIdNumbers, String idSalt) {
    public static final int MIN_OVERSTAY_HOURS = 1;
    public static final int MAX_OVERSTAY_HOURS = 72;

    public VisitorRules {
        Objects.requireNonNull(idSalt, "idSalt");
        if (idSalt.isBlank()) {
            throw new IllegalArgumentException("the ID salt must not be blank");
        }
        if (overstayHours < MIN_OVERSTAY_HOURS || overstayHours > MAX_OVERSTAY_HOURS) {
            throw new IllegalArgumentException("overstayHours out of range: " + overstayHours);
        }
    }

    /** The defaults (sales refused, 4 hours, ID numbers not stored whole) with the site's salt. */
    public static VisitorRules defaults(String idSalt) {
        return new VisitorRules(true, 4, false, idSalt);
    }
}
