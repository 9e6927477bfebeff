package com.frontdesk.visitors;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.Query;

/**
 * What a history search box entry means, chosen so that each kind is answered from an index: a
 * visit number, a phone's last four digits, a whole phone, a plate, or the start of a name.
 */
record HistorySearch(String condition, Map<String, Object> values) {
    private static final Pattern NUMBER = Pattern.compile("[A-Z]{2}-\\d{8}-\\d+");
    private static final Pattern TAIL = Pattern.compile("\\d{4}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{5,20}");
    private static final Pattern PLATE = Pattern.compile("\\S*[A-Z]\\S*\\d\\S*|\\S*\\d\\S*[A-Z]\\S*");

    /** Null for an empty box. */
    static HistorySearch of(String query) {
        String q = VisitForm.clean(query);
        if (q == null) {
            return null;
        }
        String upper = q.toUpperCase(Locale.ROOT);
        if (NUMBER.matcher(upper).matches()) {
            return new HistorySearch("number = :q", Map.of("q", upper));
        }
        String digits = q.replaceAll("[\\s-]", "");
        if (TAIL.matcher(digits).matches()) {
            return new HistorySearch("phone_tail = :q", Map.of("q", digits));
        }
        if (PHONE.matcher(digits).matches()) {
            return new HistorySearch("phone_tail = :tail AND phone = :q",
                    Map.of("q", digits, "tail", VisitorRepository.tail(digits)));
        }
        String plate = VisitForm.normalisePlate(q);
        if (PLATE.matcher(plate).matches()) {
            return new HistorySearch("plate = :q", Map.of("q", plate));
        }
        // A name prefix as a range, which the name index answers; U+FFFF sorts after every character typed.
        return new HistorySearch("visitor_name >= :q AND visitor_name < :qEnd", Map.of("q", q, "qEnd", q + '\uFFFF'));
    }

    void bind(Query query) {
        query.bindMap(values);
    }
}
