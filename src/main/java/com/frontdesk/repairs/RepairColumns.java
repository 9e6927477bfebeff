package com.frontdesk.repairs;

import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import javafx.scene.control.TableColumn;

/** The columns the repair lists share, and how a repair's time, fixer and deadline read on screen. */
final class RepairColumns {
    /** Hours up to two days read better than "1.9 days"; beyond, days and hours do. */
    private static final Duration HOURS_ONLY = Duration.ofHours(48);

    private final UiContext ctx;
    private final ShortTime time;
    private final RepairSettings settings;

    RepairColumns(UiContext ctx) {
        this.ctx = ctx;
        this.time = new ShortTime(ctx);
        this.settings = ctx.workstation().settings().current(RepairSettings.DOCUMENT);
    }

    // The list is narrower than its nine columns at 1440 px: the number and time keep their width, the
    // others share what is left down to a floor that still shows their start, and the description is
    // last to take up the slack. The floors add up to well under the list's width in either language:
    // past it the constrained policy pushes the last columns out of sight.

    TableColumn<RepairItem, String> number() {
        return Tables.fitted(Tables.column(ctx.text("repair.col.number"), i -> i.repair().number()),
                Stream.of("BX-20261123-0001"));
    }

    TableColumn<RepairItem, String> reported() {
        return Tables.fitted(Tables.column(ctx.text("repair.col.reported"), i -> when(i.repair().reportedAt())),
                Stream.of(ShortTime.SAMPLE));
    }

    TableColumn<RepairItem, String> location() {
        return floor(Tables.column(ctx.text("field.location"), 120, i -> i.repair().locationText()), 60);
    }

    TableColumn<RepairItem, String> category() {
        return floor(Tables.column(ctx.text("field.repairCategory"), 70, i -> categoryName(i.repair().category())),
                36);
    }

    TableColumn<RepairItem, String> description() {
        return floor(Tables.column(ctx.text("field.problem"), 160, i -> i.repair().description()), 30);
    }

    TableColumn<RepairItem, String> priority() {
        return floor(Tables.column(ctx.text("field.priority"), 50, i -> ctx.text(i.repair().priority().messageKey())),
                36);
    }

    TableColumn<RepairItem, String> status() {
        TableColumn<RepairItem, String> c = Tables.column(ctx.text("repair.col.status"),
                Tables.fit(Arrays.stream(RepairStatus.values()).map(st -> ctx.text(st.messageKey()))
                        .toArray(String[]::new)), i -> ctx.text(i.repair().status().messageKey()));
        return floor(c, 50);
    }

    TableColumn<RepairItem, String> fixer() {
        return floor(Tables.column(ctx.text("field.fixerKind"), 100, i -> fixer(i.repair())), 30);
    }

    TableColumn<RepairItem, String> deadline() {
        return floor(Tables.column(ctx.text("repairs.col.deadline"),
                Tables.fit(ctx.text("repairs.respondBy", ShortTime.SAMPLE)), i -> deadline(i.clock())),
                Tables.fit(ShortTime.SAMPLE));
    }

    private static TableColumn<RepairItem, String> floor(TableColumn<RepairItem, String> c, double min) {
        c.setMinWidth(min);
        return c;
    }

    String when(Instant at) {
        return time.format(at);
    }

    String categoryName(String code) {
        return settings.categoryName(code);
    }

    /** "工程部 · 王师傅", "厂家保修 · 海尔售后": who has it now. */
    String fixer(Repair r) {
        if (r.fixerKind() == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(ctx.text(r.fixerKind().messageKey()));
        for (String part : new String[]{r.vendor(), r.assigneeName()}) {
            if (part != null) {
                s.append(" · ").append(part);
            }
        }
        return s.toString();
    }

    /** What the desk chases: overdue, else the next due while the clock runs, else the time on hold. */
    String deadline(RepairClock c) {
        if (c.overdueNow()) {
            return ctx.text(!c.responded() && c.respondOverdue() ? "repairs.respondOverdue" : "repairs.fixOverdue");
        }
        if (!c.pending()) {
            return "";
        }
        if (!c.responded() && c.respondDue() != null) {
            return ctx.text("repairs.respondBy", when(c.respondDue()));
        }
        if (c.fixDue() != null && !c.fixed()) {
            return ctx.text("repairs.fixBy", when(c.fixDue()));
        }
        return ctx.text("repairs.byAgreement");
    }

    /** Hours with one decimal: "3.5". */
    static String hours(Duration d) {
        return String.format("%.1f", d.toMinutes() / 60d);
    }

    /** "3.5 小时" below two days, "21 天 1 小时" above. */
    String duration(Duration d) {
        return d.compareTo(HOURS_ONLY) < 0 ? ctx.text("repairs.hours", hours(d))
                : ctx.text("repairs.daysHours", d.toDays(), d.toHoursPart());
    }
}
