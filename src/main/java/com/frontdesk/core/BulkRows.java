package com.frontdesk.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What the demo's bulk loaders (repairs, complaints) read from the site and raise in it: the
 * residents a generated case is about, the staff by role, and the day counters of a number prefix.
 * Read in an order that does not depend on the directory's random ids, so a seed gives the same
 * book on any site.
 */
public final class BulkRows {
    /** A current resident of a home in the directory, with the phone the desk calls. */
    public record Resident(String roomId, String roomCode, String occupantId, String name, String phone) {
    }

    /** A member of staff who records steps. */
    public record Staff(String id, String name) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private BulkRows() {
    }

    /** The residents of the homes (not the office tower's companies, not public places) with a phone. */
    public static List<Resident> residents(Handle h) {
        return h.createQuery("""
                        SELECT r.id AS room_id, r.code, o.id AS occupant_id, o.name, o.phone1
                        FROM occupant o JOIN room r ON r.id = o.room_id
                        WHERE o.moved_out = 0 AND o.deleted_at IS NULL AND r.deleted_at IS NULL AND r.public_area = 0
                          AND o.kind <> 'COMPANY' AND o.phone1 IS NOT NULL
                        ORDER BY r.sort_key, r.code, o.kind, o.name, o.id""")
                .map((rs, ctx) -> new Resident(rs.getString("room_id"), rs.getString("code"),
                        rs.getString("occupant_id"), rs.getString("name"), rs.getString("phone1")))
                .list();
    }

    /** The active staff per role name, each role's in the order of their employee numbers. */
    public static Map<String, List<Staff>> staffByRole(Handle h) {
        Map<String, List<Staff>> byRole = new HashMap<>();
        h.createQuery("SELECT id, name, role FROM staff WHERE active = 1 ORDER BY employee_no")
                .map((rs, ctx) -> Map.entry(rs.getString("role"), new Staff(rs.getString("id"), rs.getString("name"))))
                .forEach(e -> byRole.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byRole;
    }

    /** The last number given per site day under {@code prefix} so far. */
    public static Map<LocalDate, Integer> counters(Handle h, String prefix) {
        Map<LocalDate, Integer> counters = new HashMap<>();
        h.createQuery("SELECT day, last FROM number_counter WHERE prefix = :p").bind("p", prefix)
                .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString("day"), DAY), rs.getInt("last")))
                .forEach(e -> counters.put(e.getKey(), e.getValue()));
        return counters;
    }

    /**
     * Raises the day counters of {@code prefix} to the highest number stored per day in
     * {@code table}'s {@code number} column ("TS-20261122-0007" → day 20261122, 7), so the program's
     * next intake gets the next free number. {@code table} is a constant of the caller, never input.
     */
    public static void raiseCounters(Handle h, String prefix, String table) {
        h.createUpdate("INSERT INTO number_counter (prefix, day, last)"
                        + " SELECT :prefix, substr(number, :dayAt, 8), max(CAST(substr(number, :dayAt + 9) AS INTEGER))"
                        + " FROM " + table + " WHERE number LIKE :prefix || '-%' GROUP BY substr(number, :dayAt, 8)"
                        + " ON CONFLICT (prefix, day) DO UPDATE SET last = max(last, excluded.last)")
                .bind("prefix", prefix).bind("dayAt", prefix.length() + 2).execute();
    }

    /**
     * Who of the desk is on duty at {@code at}: they swap the early shift (until 15:00) and the late
     * one day by day, so each takes their share of mornings and evenings.
     */
    public static <T> T onShift(List<T> desk, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        int shift = (int) ((local.toLocalDate().toEpochDay() + (local.getHour() < 15 ? 0 : 1)) & 1);
        return desk.get(shift % desk.size());
    }

    /** The next number of the site's day ("TS-20261122-0007"), carrying on from {@code last} and counting it there. */
    public static String nextNumber(String prefix, Instant at, ZoneId zone, Map<LocalDate, Integer> last) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return String.format("%s-%s-%04d", prefix, DAY.format(day), last.merge(day, 1, Integer::sum));
    }
}
