package com.frontdesk.complaints;

import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import com.frontdesk.complaints.ComplaintSettings.ComplaintCategory;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import javafx.scene.control.TableColumn;

/** The columns of the complaint lists, and how a case's times and clocks read on screen. */
final class ComplaintColumns {
    private final UiContext ctx;
    private final ShortTime time;
    private final ComplaintSettings settings;

    ComplaintColumns(UiContext ctx) {
        this.ctx = ctx;
        this.time = new ShortTime(ctx);
        this.settings = ctx.workstation().settings().current(ComplaintSettings.DOCUMENT);
    }

    TableColumn<ComplaintItem, String> number() {
        TableColumn<ComplaintItem, String> c = Tables.column(ctx.text("complaints.col.number"),
                Tables.fit("TS-20261123-0001"), i -> i.complaint().number());
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    TableColumn<ComplaintItem, String> received() {
        return fitted(Tables.column(ctx.text("complaints.col.received"), i -> when(i.complaint().receivedAt())),
                Stream.of(ShortTime.SAMPLE));
    }

    TableColumn<ComplaintItem, String> complainant() {
        TableColumn<ComplaintItem, String> c = Tables.column(ctx.text("field.complainant"), 120,
                i -> i.complaint().complainant());
        c.setMinWidth(70);
        return c;
    }

    TableColumn<ComplaintItem, String> subject() {
        TableColumn<ComplaintItem, String> c = Tables.column(ctx.text("field.subject"), 140,
                i -> i.complaint().subject());
        c.setMinWidth(50);
        return c;
    }

    /** A category typed in Settings may be long: it gives way down to its title. */
    TableColumn<ComplaintItem, String> category() {
        TableColumn<ComplaintItem, String> c = fitted(Tables.column(ctx.text("complaints.col.category"),
                i -> categoryName(i.complaint().category())),
                settings.categories().stream().map(ComplaintCategory::name));
        c.setMinWidth(Tables.fit(c.getText()));
        return c;
    }

    TableColumn<ComplaintItem, String> severity() {
        return fitted(Tables.column(ctx.text("complaints.col.severity"),
                        i -> ctx.text(i.complaint().severity().messageKey())),
                Arrays.stream(Severity.values()).map(v -> ctx.text(v.messageKey())));
    }

    /** As wide as the statuses of open cases: a case carried on is rare on a list and may be cut short. */
    TableColumn<ComplaintItem, String> status() {
        return fitted(Tables.column(ctx.text("complaints.col.status"),
                        i -> ctx.text(i.complaint().status().messageKey())),
                Stream.of(ComplaintStatus.OPEN, ComplaintStatus.IN_HANDLING, ComplaintStatus.ANSWERED)
                        .map(v -> ctx.text(v.messageKey())));
    }

    /** The text starts with the due time, so on a narrow list, cut short, it still says when. */
    TableColumn<ComplaintItem, String> clocks() {
        TableColumn<ComplaintItem, String> c = Tables.column(ctx.text("complaints.col.clocks"),
                Tables.fit(ctx.text("complaints.firstResponseBy", ShortTime.SAMPLE)), i -> clocks(i.clock()));
        c.setMinWidth(Tables.fit(ShortTime.SAMPLE));
        return c;
    }

    /** As wide as its title and what it shows, and never narrower: short values cut short read as nothing. */
    private static TableColumn<ComplaintItem, String> fitted(TableColumn<ComplaintItem, String> c,
                                                             Stream<String> texts) {
        c.setPrefWidth(Tables.fit(Stream.concat(Stream.of(c.getText()), texts).toArray(String[]::new)));
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    String when(Instant at) {
        return time.format(at);
    }

    /**
     * The last day to answer in: the due is the first instant of the day after (the end of the n-th
     * working day), which would read as a day too late.
     */
    String answerDay(Instant due) {
        return due == null ? "" : time.day(due.minusMillis(1));
    }

    String categoryName(String code) {
        return settings.categoryName(code);
    }

    /**
     * What the desk chases: overdue, else the next due while the clocks run; nothing for feedback or
     * a case answered, whose clocks have stopped.
     */
    String clocks(ComplaintClock c) {
        if (c.overdueNow()) {
            boolean noResponse = c.acknowledgedAt() == null && c.firstResponseOverdue();
            return ctx.text(noResponse ? "complaints.firstResponseOverdue" : "complaints.answerOverdue");
        }
        if (!c.pending()) {
            return "";
        }
        if (c.acknowledgedAt() == null && c.firstResponseDue() != null) {
            return ctx.text("complaints.firstResponseBy", when(c.firstResponseDue()));
        }
        return c.resolutionDue() == null ? "" : ctx.text("complaints.answerBy", answerDay(c.resolutionDue()));
    }
}
