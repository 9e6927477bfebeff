package com.frontdesk.parcels;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The couriers the desk sees. A carrier is suggested from the tracking number only where its
 * pattern is unmistakable (a prefix of letters); all-digit numbers are shared by several
 * couriers, so for those the desk chooses.
 */
public enum Carrier {
    SF("SF\\d{12,13}"),
    JD("JD[0-9A-Z]{10,16}"),
    EMS("E[A-Z]\\d{9}CN"),
    ZTO(null),
    YTO("YT\\d{13,16}"),
    STO(null),
    YUNDA(null),
    JT("JT\\d{13}"),
    OTHER(null);

    private final Pattern pattern;

    Carrier(String regex) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
    }

    public String messageKey() {
        return "parcel.carrier." + name();
    }

    /** The carrier a tracking number surely belongs to, if its pattern says so. */
    public static Optional<Carrier> suggest(String trackingNo) {
        if (trackingNo == null) {
            return Optional.empty();
        }
        String t = trackingNo.strip().toUpperCase(Locale.ROOT);
        for (Carrier c : values()) {
            if (c.pattern != null && c.pattern.matcher(t).matches()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
