package com.frontdesk.parcels;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Filters of the parcel history; null means "any". Dates are the site's days, both inclusive.
 *
 * @param query a parcel number, a tracking number, or the start of the recipient (room code or name)
 */
public record ParcelFilter(LocalDate from, LocalDate to, ParcelStatus status, Carrier carrier, String roomId,
                           String query) {
    /** A number (parcel or tracking) as typed or scanned: letters and digits with at least one digit. */
    private static final Pattern NUMBER = Pattern.compile("(?i)(?=.*\\d)[0-9a-z\\s-]+");
    public static final ParcelFilter ALL = new ParcelFilter(null, null, null, null, null, null);

    public ParcelFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        if (query != null && NUMBER.matcher(query).matches()) {
            query = query.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        }
    }
}
