package com.frontdesk.repairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the search box's text means, as one SQL condition:
 *
 * <table>
 * <caption>search shapes</caption>
 * <tr><th>the text is</th><th>condition</th><th>answered by</th></tr>
 * <tr><td>a repair number {@code BX-yyyyMMdd-n}, any case</td><td>{@code number = :q}</td>
 *     <td>the number's unique index</td></tr>
 * <tr><td>letters and digits with dashes, at least one digit ({@code 1-2-15}, {@code t-17f})</td>
 *     <td>{@code room_code LIKE 'q%'}</td><td>{@code repair_by_room_code} (NOCASE)</td></tr>
 * <tr><td>anything else</td><td>the start of the reporter's name or of the place, or every word
 *     in the description ({@code LIKE '%w%'})</td><td>the time index, walked newest first until
 *     the page is full (a date range bounds it)</td></tr>
 * </table>
 */
record RepairSearch(String condition, Map<String, Object> values) {
    private static final Pattern NUMBER = Pattern.compile("(?i)BX-\\d{8}-\\d+");
    private static final Pattern ROOM_CODE = Pattern.compile("(?=.*\\d)[0-9A-Za-z]+(-[0-9A-Za-z]*)*");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 5;

    static RepairSearch of(String query) {
        String q = query == null ? null : query.strip();
        if (q == null || q.isEmpty()) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (NUMBER.matcher(q).matches()) {
            values.put("q", q.toUpperCase(Locale.ROOT));
            return new RepairSearch("number = :q", values);
        }
        if (ROOM_CODE.matcher(q).matches()) {
            values.put("roomPrefix", escape(q) + "%");
            return new RepairSearch("room_code LIKE :roomPrefix ESCAPE '!'", values);
        }
        values.put("q", q);
        values.put("qEnd", q + '\uFFFF');
        List<String> words = new ArrayList<>();
        String[] parts = WORDS.split(q);
        for (int i = 0; i < parts.length && i < MAX_WORDS; i++) {
            values.put("w" + i, "%" + escape(parts[i]) + "%");
            words.add("description LIKE :w" + i + " ESCAPE '!'");
        }
        return new RepairSearch("(reporter_name >= :q AND reporter_name < :qEnd"
                + " OR location_text >= :q AND location_text < :qEnd"
                + " OR " + String.join(" AND ", words) + ")", values);
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
