package com.frontdesk.complaints;

import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import com.frontdesk.complaints.ComplaintSettings.ComplaintCategory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The columns of the complaint lists, and how a case's times and clocks read on screen. */
final class ComplaintColumns {
    private final UiContext ctx;
    private final ShortTime time;
    private final ComplaintSettings settings;
    private final ZoneId zone;

    ComplaintColumns(UiContext ctx) {
        this.ctx = ctx;
        this.time = new ShortTime(ctx);
        this.settings = ctx.workstation().settings().current(ComplaintSettings.DOCUMENT);
        this.zone = ctx.workstation().sites().zone();
    }

    TableColumn<ComplaintItem, String> number() {
        return fixed(Tables.column(ctx.text("complaints.col.number"), i -> i.complaint().number()),
                Stream.of("TS-20261123-0001"));
    }

    /** This year's time, the year only for another year's (cut short then, in full on hovering). */
    TableColumn<ComplaintItem, String> received() {
        return fixed(Tables.column(ctx.text("complaints.col.received"), i -> when(i.complaint().receivedAt())),
                Stream.of(ShortTime.SAMPLE));
    }

    /** A room and a name ("1-2-1503 · 罗华"): it gives way only down to most of that. */
    TableColumn<ComplaintItem, String> complainant() {
        TableColumn<ComplaintItem, String> c = tipped(Tables.column(ctx.text("field.complainant"),
                Tables.fit("1-2-1503 · 罗华华"), i -> i.complaint().complainant()));
        c.setMinWidth(Tables.fit("1-2-1503 · 罗"));
        return c;
    }

    /** The subject takes the width the other columns leave. */
    TableColumn<ComplaintItem, String> subject() {
        TableColumn<ComplaintItem, String> c = tipped(Tables.column(ctx.text("field.subject"), 200,
                i -> i.complaint().subject()));
        c.setMinWidth(Tables.fit("楼上装修噪音"));
        return c;
    }

    /** As wide as the category names up to six characters; a longer one is cut, in full on hovering. */
    TableColumn<ComplaintItem, String> category() {
        return fixed(Tables.column(ctx.text("complaints.col.category"), i -> categoryName(i.complaint().category())),
                settings.categories().stream().map(ComplaintCategory::name)
                        .map(n -> n.length() > 6 ? n.substring(0, 6) : n));
    }

    /**
     * The severity and an angry or grumbling mood ("一般 · 愤怒"), which is what makes a case amber;
     * nothing for praise and suggestions, which are not graded.
     */
    TableColumn<ComplaintItem, String> severity() {
        Stream<String> widest = Arrays.stream(Severity.values())
                .map(v -> ctx.text("complaints.severityMood", ctx.text(v.messageKey()), ctx.text(Mood.ANGER.messageKey())));
        return fixed(Tables.column(ctx.text("complaints.col.severity"), i -> grading(i.complaint())), widest);
    }

    /** As wide as the statuses of open cases: a case carried on is rare on a list and may be cut short. */
    TableColumn<ComplaintItem, String> status() {
        return fixed(Tables.column(ctx.text("complaints.col.status"), i -> ctx.text(i.complaint().status().messageKey())),
                Stream.of(ComplaintStatus.OPEN, ComplaintStatus.IN_HANDLING, ComplaintStatus.ANSWERED)
                        .map(v -> ctx.text(v.messageKey())));
    }

    /** As wide as any deadline or lateness it says. */
    TableColumn<ComplaintItem, String> clocks() {
        return fixed(Tables.column(ctx.text("complaints.col.clocks"), i -> clocks(i.clock())),
                Stream.of(ctx.text("complaints.firstResponseBy", ShortTime.SAMPLE),
                        ctx.text("complaints.answerBy", "12-01"), ctx.text("complaints.firstResponseOverdue"),
                        ctx.text("complaints.answerOverdue")));
    }

    private String grading(Complaint c) {
        if (c.kind() != ComplaintKind.COMPLAINT) {
            return "";
        }
        String severity = ctx.text(c.severity().messageKey());
        return c.mood() != null ? ctx.text("complaints.severityMood", severity, ctx.text(c.mood().messageKey())) : severity;
    }

    /** As wide as its title and texts, and no wider or narrower; what does not fit shows on hovering. */
    private static TableColumn<ComplaintItem, String> fixed(TableColumn<ComplaintItem, String> c,
                                                            Stream<String> texts) {
        Tables.fitted(c, texts);
        c.setMaxWidth(c.getPrefWidth());
        c.setResizable(false);
        return tipped(c);
    }

    /** The cell's text in full on hovering, for what the column cuts short. */
    private static TableColumn<ComplaintItem, String> tipped(TableColumn<ComplaintItem, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isEmpty();
                setText(blank ? null : text);
                setTooltip(blank ? null : new Tooltip(text));
            }
        });
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

    /** The last day to answer in, in words for the script read to the complainant ("12月1日"). */
    String scriptDay(Instant due) {
        return due == null ? "" : DateTimeFormatter.ofPattern(ctx.text("complaints.scriptDayPattern"), Locale.ROOT)
                .format(due.minusMillis(1).atZone(zone));
    }

    /** A deadline missed: the text and the mark, as the language writes them together. */
    String late(String text, boolean late) {
        return late ? ctx.text("complaints.lateText", text) : text;
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
