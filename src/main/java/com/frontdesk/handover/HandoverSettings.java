package com.frontdesk.handover;

import com.frontdesk.core.Validation;
import com.frontdesk.settings.SettingsDocument;
import com.frontdesk.settings.WorkstationSettings.Range;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The handover's settings (key {@code handover}): the desks that hand over, each with its shifts,
 * and which desk this PC is. Handovers and checklists keep the desk's and shift's codes, so a
 * renamed shift keeps its history.
 *
 * @param desks           the desks, in the order the screen lists them
 * @param workstationDesk the code of the desk this workstation stands at; its shift shows in the top bar
 */
public record HandoverSettings(List<Desk> desks, String workstationDesk) {
    public static final Range DESKS = new Range(1, 10);
    public static final Range SHIFTS = new Range(1, 6);
    public static final int MAX_NAME_LENGTH = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    public static final Desk DEFAULT_LOBBY = new Desk("LOBBY", "大堂前台", List.of(
            new ShiftDef("DAY", "白班", LocalTime.of(7, 50), LocalTime.of(15, 0)),
            new ShiftDef("EVENING", "中班", LocalTime.of(14, 50), LocalTime.of(22, 0)),
            new ShiftDef("NIGHT", "夜班", LocalTime.of(21, 50), LocalTime.of(8, 0))));
    public static final Desk DEFAULT_SERVICE = new Desk("SERVICE", "客服中心", List.of(
            new ShiftDef("DAY", "白班", LocalTime.of(8, 30), LocalTime.of(17, 30)),
            new ShiftDef("EVENING", "晚班", LocalTime.of(17, 0), LocalTime.of(21, 0))));

    /** The regulations' lobby (ten minutes of overlap for each handover) and a service desk in office hours. */
    public static final HandoverSettings DEFAULTS =
            new HandoverSettings(List.of(DEFAULT_LOBBY, DEFAULT_SERVICE), DEFAULT_LOBBY.code());

    public static final SettingsDocument<HandoverSettings> DOCUMENT =
            new SettingsDocument<>("handover", HandoverSettings.class, DEFAULTS, HandoverSettings::validate);

    public HandoverSettings {
        desks = desks == null ? List.of() : desks.stream().filter(Objects::nonNull).toList();
    }

    public Optional<Desk> desk(String code) {
        return desks.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The workstation's desk; the first desk if the one chosen has been removed since. */
    public Desk workstation() {
        return desk(workstationDesk).orElseGet(() -> desks.isEmpty() ? DEFAULT_LOBBY : desks.get(0));
    }

    public Optional<ShiftDef> shift(String desk, String shift) {
        return desk(desk).flatMap(d -> d.shifts().stream().filter(s -> s.code().equals(shift)).findFirst());
    }

    /**
     * The desk's shift at that time of day. Neighbouring shifts overlap for the handover; during an
     * overlap the shift that started last is current, as the incoming staff takes the desk when they
     * arrive. Empty between shifts (a service desk closed at night) and for an unknown desk.
     */
    public Optional<ShiftDef> currentShift(String desk, LocalTime time) {
        return desk(desk).flatMap(d -> d.shifts().stream()
                .filter(s -> covers(s, time))
                .min(Comparator.comparingLong(s -> minutesSinceStart(s, time))));
    }

    private static boolean covers(ShiftDef s, LocalTime t) {
        return s.start().isBefore(s.end())
                ? !t.isBefore(s.start()) && t.isBefore(s.end())
                : !t.isBefore(s.start()) || t.isBefore(s.end());
    }

    private static long minutesSinceStart(ShiftDef s, LocalTime t) {
        long diff = (t.toSecondOfDay() - s.start().toSecondOfDay()) / 60;
        return diff < 0 ? diff + 24 * 60 : diff;
    }

    public HandoverSettings withDesks(List<Desk> list) {
        return new HandoverSettings(list, workstationDesk);
    }

    public HandoverSettings withWorkstationDesk(String code) {
        return new HandoverSettings(desks, code);
    }

    /** Replaces the desk with the same code, or adds it at the end. */
    public HandoverSettings withDesk(Desk desk) {
        List<Desk> list = new ArrayList<>(desks);
        list.replaceAll(d -> d.code().equals(desk.code()) ? desk : d);
        if (list.stream().noneMatch(d -> d.code().equals(desk.code()))) {
            list.add(desk);
        }
        return withDesks(list);
    }

    /** Replaces the desk's shift with the same code, or adds it at the end; nothing for an unknown desk. */
    public HandoverSettings withShift(String deskCode, ShiftDef shift) {
        return desk(deskCode).map(d -> {
            List<ShiftDef> shifts = new ArrayList<>(d.shifts());
            shifts.replaceAll(s -> s.code().equals(shift.code()) ? shift : s);
            if (shifts.stream().noneMatch(s -> s.code().equals(shift.code()))) {
                shifts.add(shift);
            }
            return withDesk(new Desk(d.code(), d.name(), shifts));
        }).orElse(this);
    }

    public HandoverSettings withoutShift(String deskCode, String shiftCode) {
        return desk(deskCode).map(d -> withDesk(new Desk(d.code(), d.name(),
                d.shifts().stream().filter(s -> !s.code().equals(shiftCode)).toList()))).orElse(this);
    }

    void validate() {
        Validation v = new Validation();
        v.check(desks.size() >= DESKS.min() && desks.size() <= DESKS.max(), "handoverDesks",
                "handover.settings.desksCount", DESKS.min(), DESKS.max());
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Desk d : desks) {
            String code = String.valueOf(d.code());
            boolean codeOk = d.code() != null && CODE.matcher(d.code()).matches();
            boolean nameOk = fits(d.name());
            v.check(codeOk, "handoverDesks", "handover.settings.deskCode", code);
            v.check(nameOk, "handoverDesks", "handover.settings.deskName", code, MAX_NAME_LENGTH);
            v.check(!codeOk || codes.add(d.code()), "handoverDesks", "handover.settings.deskTwice", code);
            v.check(!nameOk || names.add(d.name().strip()), "handoverDesks", "handover.settings.deskTwice",
                    String.valueOf(d.name()));
            checkShifts(v, d);
        }
        v.check(desk(workstationDesk).isPresent(), "handoverWorkstationDesk", "handover.settings.workstationDesk",
                String.valueOf(workstationDesk));
        v.throwIfAny();
    }

    private static void checkShifts(Validation v, Desk d) {
        List<ShiftDef> shifts = d.shifts();
        v.check(shifts.size() >= SHIFTS.min() && shifts.size() <= SHIFTS.max(), "handoverShifts",
                "handover.settings.shiftsCount", String.valueOf(d.code()), SHIFTS.min(), SHIFTS.max());
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ShiftDef s : shifts) {
            String code = String.valueOf(s == null ? null : s.code());
            if (s == null) {
                v.check(false, "handoverShifts", "handover.settings.shiftCode", d.code(), code);
                continue;
            }
            boolean codeOk = s.code() != null && CODE.matcher(s.code()).matches();
            boolean nameOk = fits(s.name());
            v.check(codeOk, "handoverShifts", "handover.settings.shiftCode", d.code(), code);
            v.check(nameOk, "handoverShifts", "handover.settings.shiftName", d.code(), code, MAX_NAME_LENGTH);
            v.check(!codeOk || codes.add(s.code()), "handoverShifts", "handover.settings.shiftTwice", d.code(), code);
            v.check(!nameOk || names.add(s.name().strip()), "handoverShifts", "handover.settings.shiftTwice",
                    d.code(), String.valueOf(s.name()));
            v.check(s.start() != null && s.end() != null && !s.start().equals(s.end()), "handoverShifts",
                    "handover.settings.shiftTimes", d.code(), code);
        }
    }

    /** Not blank and at most {@value #MAX_NAME_LENGTH} characters, counting a Chinese character as one. */
    static boolean fits(String text) {
        return text != null && !text.isBlank()
                && text.strip().codePointCount(0, text.strip().length()) <= MAX_NAME_LENGTH;
    }
}
