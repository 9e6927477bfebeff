package com.frontdesk.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a case list's search box means (repairs, complaints), as one SQL condition on the table's
 * {@code number}, {@code room_code} and the given name and text columns:
 *
 * <table>
 * <caption>search shapes</caption>
 * <tr><th>the text is</th><th>condition</th><th>answered by</th></tr>
 * <tr><td>a case number {@code PREFIX-yyyyMMdd-n}, any case</td><td>{@code number = :q}</td>
 *     <td>the number's unique index</td></tr>
 * <tr><td>letters and digits with dashes, at least one digit ({@code 1-2-15}, {@code t-17f})</td>
 *     <td>{@code room_code LIKE 'q%'}</td><td>an index on {@code room_code} (NOCASE)</td></tr>
 * <tr><td>anything else</td><td>the start of a name column, or every word in the text
 *     ({@code LIKE '%w%'})</td><td>the time index, walked newest first until the page is full (a
 *     date range bounds it)</td></tr>
 * </table>
 */
public record CaseSearch(String condition, Map<String, Object> values) {
    private static final Pattern ROOM_CODE = Pattern.compile("(?=.*\\d)[0-9A-Za-z]+(-[0-9A-Za-z]*)*");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 5;

    /**
     * @param numberPrefix "BX", "TS"
     * @param nameColumns  columns whose start the text may be (the reporter, the place)
     * @param text         the column (or expression) whose words the text may be
     * @return null for a blank query
     */
    public static CaseSearch of(String query, String numberPrefix, List<String> nameColumns, String text) {
        String q = query == null ? null : query.strip();
        if (q == null || q.isEmpty()) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (Pattern.compile("(?i)" + numberPrefix + "-\\d{8}-\\d+").matcher(q).matches()) {
            values.put("q", q.toUpperCase(Locale.ROOT));
            return new CaseSearch("number = :q", values);
        }
        if (ROOM_CODE.matcher(q).matches()) {
            values.put("roomPrefix", escape(q) + "%");
            return new CaseSearch("room_code LIKE :roomPrefix ESCAPE '!'", values);
        }
        values.put("q", q);
        values.put("qEnd", q + '\uFFFF');
        List<String> any = new ArrayList<>();
        for (String column : nameColumns) {
            any.add(column + " >= :q AND " + column + " < :qEnd");
        }
        List<String> words = new ArrayList<>();
        String[] parts = WORDS.split(q);
        for (int i = 0; i < parts.length && i < MAX_WORDS; i++) {
            values.put("w" + i, "%" + escape(parts[i]) + "%");
            words.add(text + " LIKE :w" + i + " ESCAPE '!'");
        }
        any.add(String.join(" AND ", words));
        return new CaseSearch("(" + String.join(" OR ", any) + ")", values);
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
