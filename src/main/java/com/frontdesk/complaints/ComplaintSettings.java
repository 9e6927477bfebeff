package com.frontdesk.complaints;

import com.frontdesk.core.Validation;
import com.frontdesk.core.WorkCalendar;
import com.frontdesk.settings.SettingsDocument;
import com.frontdesk.settings.WorkstationSettings.Range;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The complaint book's settings (key {@code complaints}): the two deadlines, the categories, the
 * departments a complaint is handed to, and the site's working-day calendar for the year.
 *
 * <p>The calendar starts empty (weekends only): the official holidays and adjusted working days
 * change every year and are published late in the year before, so the site types them in rather
 * than trusting a list shipped with the program. Dates are kept sorted and once each, so two
 * settings with the same days are equal however they were typed.
 *
 * @param firstResponseHours    hours from receipt to the first answer to the complainant
 * @param resolutionWorkingDays working days, after the day of receipt, to the final answer
 * @param holidays              days off, typed from the official calendar
 * @param workdays              the official adjusted working days (调休上班)
 */
public record ComplaintSettings(int firstResponseHours, int resolutionWorkingDays, List<ComplaintCategory> categories,
                                List<String> departments, List<LocalDate> holidays, List<LocalDate> workdays) {
    public static final Range FIRST_RESPONSE_HOURS = new Range(1, 240);
    public static final Range RESOLUTION_WORKING_DAYS = new Range(1, 60);
    public static final Range CATEGORIES = new Range(1, 30);
    public static final Range DEPARTMENTS = new Range(1, 30);
    public static final int MAX_DEPARTMENT_LENGTH = 20;
    public static final int MAX_CATEGORY_NAME_LENGTH = 20;
    /**
     * The holidays and make-up days of two or three years, with room to spare; it also keeps every
     * deadline well inside the calendar's search limit, however the days are chosen.
     */
    public static final int MAX_DATES = 200;
    /** The most days one typed range may hold: a year; a longer one is a typing mistake. */
    public static final int MAX_RANGE_DAYS = 366;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final String DATE = "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})";
    private static final Pattern DAY = Pattern.compile(DATE);
    private static final Pattern RANGE = Pattern.compile(DATE + "\\s*(?:\\.\\.|~|～|至|到)\\s*" + DATE);
    private static final Pattern ENTRIES = Pattern.compile("[,，、;；]+");

    /**
     * A kind of complaint as the site names it. Complaints store the code, so a renamed category
     * keeps its history and the figures are counted per code.
     *
     * @param code upper-case letters, digits and underscores ("NOISE")
     * @param name what the desk reads ("噪音")
     */
    public record ComplaintCategory(String code, String name) {
    }

    public static final List<ComplaintCategory> DEFAULT_CATEGORIES = List.of(
            new ComplaintCategory("SERVICE_ATTITUDE", "服务态度"),
            new ComplaintCategory("REPAIR_QUALITY", "维修质量"),
            new ComplaintCategory("CLEANING", "保洁卫生"),
            new ComplaintCategory("SECURITY", "安全秩序"),
            new ComplaintCategory("FEES", "收费"),
            new ComplaintCategory("NOISE", "噪音"),
            new ComplaintCategory("PARKING", "停车"),
            new ComplaintCategory("OTHER", "其他"));

    public static final List<String> DEFAULT_DEPARTMENTS =
            List.of("客服部", "工程部", "保洁部", "秩序部", "财务部", "绿化部");

    /** 48 hours to respond and 7 working days to resolve, as the complaint-handling rules of the trade say. */
    public static final ComplaintSettings DEFAULTS = new ComplaintSettings(48, 7, DEFAULT_CATEGORIES,
            DEFAULT_DEPARTMENTS, List.of(), List.of());

    public static final SettingsDocument<ComplaintSettings> DOCUMENT =
            new SettingsDocument<>("complaints", ComplaintSettings.class, DEFAULTS, ComplaintSettings::validate);

    public ComplaintSettings {
        categories = categories == null ? List.of() : List.copyOf(categories);
        departments = departments == null ? List.of() : List.copyOf(departments);
        holidays = sortedOnce(holidays);
        workdays = sortedOnce(workdays);
    }

    private static List<LocalDate> sortedOnce(List<LocalDate> dates) {
        return dates == null ? List.of() : dates.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    /**
     * The days an administrator typed: "2026-10-01", a range "2026-10-01..2026-10-07" (or with ~ or
     * 至), several of them separated by commas. Empty when any part is not a real date, or a range
     * runs backwards or over {@value #MAX_RANGE_DAYS} days: half of what was meant is worse than none.
     */
    public static List<LocalDate> typedDates(String text) {
        List<LocalDate> days = new ArrayList<>();
        for (String entry : ENTRIES.split(text == null ? "" : text.strip())) {
            Matcher range = RANGE.matcher(entry.strip());
            Matcher day = DAY.matcher(entry.strip());
            if (range.matches()) {
                LocalDate first = date(range, 1);
                LocalDate last = date(range, 4);
                if (first == null || last == null || last.isBefore(first)
                        || ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
                    return List.of();
                }
                first.datesUntil(last.plusDays(1)).forEach(days::add);
            } else if (day.matches() && date(day, 1) != null) {
                days.add(date(day, 1));
            } else {
                return List.of();
            }
        }
        return List.copyOf(days);
    }

    private static LocalDate date(Matcher m, int group) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(group)), Integer.parseInt(m.group(group + 1)),
                    Integer.parseInt(m.group(group + 2)));
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** The working days these settings describe; only valid settings (no day in both lists) have one. */
    public WorkCalendar calendar() {
        return new WorkCalendar(Set.copyOf(holidays), Set.copyOf(workdays));
    }

    public Optional<ComplaintCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The category's name, or its code when Settings no longer has it: old complaints keep their code. */
    public String categoryName(String code) {
        return category(code).map(ComplaintCategory::name).orElse(code);
    }

    public ComplaintSettings withFirstResponseHours(int hours) {
        return new ComplaintSettings(hours, resolutionWorkingDays, categories, departments, holidays, workdays);
    }

    public ComplaintSettings withResolutionWorkingDays(int days) {
        return new ComplaintSettings(firstResponseHours, days, categories, departments, holidays, workdays);
    }

    public ComplaintSettings withCategories(List<ComplaintCategory> list) {
        return new ComplaintSettings(firstResponseHours, resolutionWorkingDays, list, departments, holidays, workdays);
    }

    public ComplaintSettings withDepartments(List<String> list) {
        return new ComplaintSettings(firstResponseHours, resolutionWorkingDays, categories, list, holidays, workdays);
    }

    public ComplaintSettings withHolidays(List<LocalDate> list) {
        return new ComplaintSettings(firstResponseHours, resolutionWorkingDays, categories, departments, list,
                workdays);
    }

    public ComplaintSettings withWorkdays(List<LocalDate> list) {
        return new ComplaintSettings(firstResponseHours, resolutionWorkingDays, categories, departments, holidays,
                list);
    }

    void validate() {
        Validation v = new Validation()
                .range("complaintFirstResponseHours", firstResponseHours, FIRST_RESPONSE_HOURS.min(),
                        FIRST_RESPONSE_HOURS.max())
                .range("complaintResolutionWorkingDays", resolutionWorkingDays, RESOLUTION_WORKING_DAYS.min(),
                        RESOLUTION_WORKING_DAYS.max());
        checkCategories(v);
        checkDepartments(v);
        v.check(holidays.size() <= MAX_DATES, "complaintHolidays", "complaint.settings.datesCount", MAX_DATES);
        v.check(workdays.size() <= MAX_DATES, "complaintWorkdays", "complaint.settings.datesCount", MAX_DATES);
        for (LocalDate d : holidays) {
            v.check(!workdays.contains(d), "complaintWorkdays", "complaint.settings.holidayAndWorkday", d.toString());
        }
        v.throwIfAny();
    }

    private void checkCategories(Validation v) {
        v.check(categories.size() >= CATEGORIES.min() && categories.size() <= CATEGORIES.max(), "complaintCategories",
                "complaint.settings.categoriesCount", CATEGORIES.max());
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ComplaintCategory c : categories) {
            boolean codeOk = c.code() != null && CODE.matcher(c.code()).matches();
            boolean nameOk = fits(c.name(), MAX_CATEGORY_NAME_LENGTH);
            v.check(codeOk, "complaintCategories", "complaint.settings.categoryCode", String.valueOf(c.code()));
            v.check(nameOk, "complaintCategories", "complaint.settings.categoryName", String.valueOf(c.code()),
                    MAX_CATEGORY_NAME_LENGTH);
            v.check(!codeOk || codes.add(c.code()), "complaintCategories", "complaint.settings.categoryTwice",
                    String.valueOf(c.code()));
            v.check(!nameOk || names.add(c.name().strip()), "complaintCategories", "complaint.settings.categoryTwice",
                    String.valueOf(c.name()));
        }
    }

    private void checkDepartments(Validation v) {
        v.check(departments.size() >= DEPARTMENTS.min() && departments.size() <= DEPARTMENTS.max(),
                "complaintDepartments", "complaint.settings.departmentsCount", DEPARTMENTS.max());
        Set<String> seen = new HashSet<>();
        for (String d : departments) {
            boolean ok = fits(d, MAX_DEPARTMENT_LENGTH);
            v.check(ok, "complaintDepartments", "complaint.settings.departmentName", MAX_DEPARTMENT_LENGTH);
            v.check(!ok || seen.add(d.strip()), "complaintDepartments", "complaint.settings.departmentTwice",
                    String.valueOf(d));
        }
    }

    /** Not blank and at most {@code max} characters, counting a Chinese character as one. */
    private static boolean fits(String text, int max) {
        return text != null && !text.isBlank() && text.strip().codePointCount(0, text.strip().length()) <= max;
    }
}
