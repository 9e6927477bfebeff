package com.frontdesk.phrases;

import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.directory.Title;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values a phrase can hold, by their Chinese names; the English names are aliases, so an
 * English text may write {title|sir or madam} as well as {称呼|sir or madam}.
 *
 * <ul>
 *   <li>称呼 / title: the person of the record on screen addressed politely ({@link Salutation})</li>
 *   <li>姓名 / name: that person's name; 房号 / room, 单号 / number: the record's room and number</li>
 *   <li>工号 / staffNo, 员工 / staff: the signed-in staff member</li>
 *   <li>公司 / company: the site's name, which is what the desk answers the phone with</li>
 *   <li>时间 / time, 日期 / date: now in the site's zone</li>
 * </ul>
 */
public final class PhraseValues {
    public static final String TITLE = "称呼";
    public static final String NAME = "姓名";
    public static final String STAFF_NO = "工号";
    public static final String STAFF = "员工";
    public static final String COMPANY = "公司";
    public static final String NUMBER = "单号";
    public static final String ROOM = "房号";
    public static final String TIME = "时间";
    public static final String DATE = "日期";
    public static final Set<String> NAMES = Set.of(TITLE, NAME, STAFF_NO, STAFF, COMPANY, NUMBER, ROOM, TIME, DATE);
    private static final Map<String, String> ALIASES = Map.of("title", TITLE, "name", NAME, "staffno", STAFF_NO,
            "staff", STAFF, "company", COMPANY, "number", NUMBER, "room", ROOM, "time", TIME, "date", DATE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private PhraseValues() {
    }

    /** The Chinese name of a placeholder written either way; an unknown name as it is. */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name.strip());
    }

    public static boolean known(String name) {
        return NAMES.contains(canonical(name));
    }

    /**
     * The values for one filling.
     *
     * @param language "en" or "zh-CN": the title is worded in it
     * @param title    the title the directory records for the record's person; null: none known
     * @param now      the site's time
     */
    public static Map<String, String> of(String language, String staffNo, String staffName, String siteName,
                                         RecordOnScreen record, Title title, ZonedDateTime now) {
        RecordOnScreen r = record == null ? RecordOnScreen.NONE : record;
        Map<String, String> values = new HashMap<>();
        put(values, TITLE, Salutation.of(r.personName(), title, language));
        put(values, NAME, r.personName());
        put(values, NUMBER, r.number());
        put(values, ROOM, r.room());
        put(values, STAFF_NO, staffNo);
        put(values, STAFF, staffName);
        put(values, COMPANY, siteName);
        put(values, TIME, now.format(CLOCK));
        put(values, DATE, now.toLocalDate().toString());
        return values;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }
}
