package com.frontdesk.repairs;

import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.TableColumn;

/** The columns the repair lists share, and how a repair's time, fixer and deadline read on screen. */
final class RepairColumns {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final UiContext ctx;
    private final ZoneId zone;
    private final RepairSettings settings;

    RepairColumns(UiContext ctx) {
        this.ctx = ctx;
        this.zone = ctx.workstation().sites().zone();
        this.settings = ctx.workstation().settings().current(RepairSettings.DOCUMENT);
    }

    TableColumn<RepairItem, String> number() {
        return Tables.column(ctx.text("repair.col.number"), 150, i -> i.repair().number());
    }

    TableColumn<RepairItem, String> reported() {
        return Tables.column(ctx.text("repair.col.reported"), 95, i -> when(i.repair().reportedAt()));
    }

    TableColumn<RepairItem, String> location() {
        return Tables.column(ctx.text("field.location"), 150, i -> i.repair().locationText());
    }

    TableColumn<RepairItem, String> category() {
        return Tables.column(ctx.text("field.repairCategory"), 80, i -> categoryName(i.repair().category()));
    }

    TableColumn<RepairItem, String> description() {
        return Tables.column(ctx.text("field.problem"), 180, i -> i.repair().description());
    }

    TableColumn<RepairItem, String> priority() {
        return Tables.column(ctx.text("field.priority"), 60, i -> ctx.text(i.repair().priority().messageKey()));
    }

    TableColumn<RepairItem, String> status() {
        return Tables.column(ctx.text("repair.col.status"), 70, i -> ctx.text(i.repair().status().messageKey()));
    }

    TableColumn<RepairItem, String> fixer() {
        return Tables.column(ctx.text("field.fixerKind"), 130, i -> fixer(i.repair()));
    }

    TableColumn<RepairItem, String> deadline() {
        return Tables.column(ctx.text("repairs.col.deadline"), 150, i -> deadline(i.clock()));
    }

    String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
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
}
