package com.frontdesk.complaints;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.MaskedPhone;
import com.frontdesk.ui.ShownRecord;
import com.frontdesk.ui.StepButtons;
import com.frontdesk.ui.TimelineTable;
import com.frontdesk.ui.UiContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One case in full: what the complainant said and wants (the phone masked; F3 shows it to whoever
 * handles the case, audited), both clocks, the escalation, acknowledgement, assignment and answer,
 * the timeline, the call-back, and the history it carries: the earlier cases whose answer was not
 * accepted, with their timeline, and for a case reopened the link to the case that carries it on.
 */
final class ComplaintDetailPane {
    private final UiContext ctx;
    private final ComplaintService complaints;
    private final ComplaintColumns columns;
    private final StepButtons<ComplaintAction, Complaint> steps;
    private final Consumer<Complaint> open;
    private final Label title = Forms.sectionTitle("");
    private final GridPane facts = Forms.grid();
    private final MaskedPhone phone;
    private final TimelineTable<ComplaintEvent> timeline;
    private final TimelineTable<ComplaintEvent> earlierTimeline;
    private final FlowPane earlierCases = new FlowPane(8, 4);
    private final VBox earlier;
    private final Label callBack = Forms.wrapping(new Label());
    private final ScrollPane root;
    private final Session session;
    private int generation;

    /** @param open shows an earlier or the next case on the list */
    ComplaintDetailPane(UiContext ctx, Session session, StepButtons<ComplaintAction, Complaint> steps,
                        Consumer<Complaint> open) {
        this.ctx = ctx;
        this.session = session;
        this.complaints = ctx.workstation().complaints();
        this.columns = new ComplaintColumns(ctx);
        this.steps = steps;
        this.open = open;
        this.phone = new MaskedPhone(ctx, "complaintDetailPhone", session.may(Permission.HANDLE_COMPLAINTS));
        this.timeline = timeline("complaintTimeline");
        this.earlierTimeline = timeline("complaintEarlierTimeline");
        title.setId("complaintDetailTitle");
        callBack.setId("complaintDetailCallBack");
        earlier = new VBox(8, Forms.sectionTitle(ctx.text("complaints.earlierCasesTitle")), earlierCases,
                earlierTimeline.table());
        earlier.setId("complaintEarlier");
        earlier.managedProperty().bind(earlier.visibleProperty());
        VBox content = new VBox(10, title, steps.bar(), facts, Forms.sectionTitle(ctx.text("complaints.timelineTitle")),
                timeline.table(), Forms.sectionTitle(ctx.text("complaints.callBackTitle")), callBack, earlier);
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        show(null);
    }

    Node root() {
        return root;
    }

    /** The case of the selected row, read again in full. */
    void show(ComplaintItem item) {
        if (item == null) {
            generation++;
            ShownRecord.clear(root);
            steps.show(null);
            title.setText(ctx.text("complaints.selectOne"));
            facts.getChildren().clear();
            phone.show(null, null);
            timeline.show(List.of());
            callBack.setText("");
            earlier.setVisible(false);
            return;
        }
        steps.show(item.complaint());
        showById(item.complaint().id());
    }

    void showById(String id) {
        int asked = ++generation;
        ctx.run(() -> complaints.detail(id).map(d -> new Loaded(d, Optional.ofNullable(d.complaint().nextId())
                .flatMap(complaints::complaint))).orElse(null), l -> {
                    if (asked == generation && l != null) {
                        fill(l.detail(), l.next().orElse(null));
                    }
                });
    }

    /** The case and the one that carries it on, read off the FX thread. */
    private record Loaded(ComplaintDetail detail, Optional<Complaint> next) {
    }

    /** F3: the contact phone in full, for the call to the complainant; the service audits it. */
    void revealPhone() {
        phone.reveal();
    }

    private void fill(ComplaintDetail d, Complaint next) {
        Complaint c = d.complaint();
        ShownRecord.publish(root, ComplaintSteps.record(c));
        steps.show(c);
        title.setText(String.join(" · ", c.number(), ctx.text(c.status().messageKey()),
                ctx.text(c.kind().messageKey()), columns.categoryName(c.category())));
        facts.getChildren().clear();
        String id = c.id();
        phone.show(c.contactPhone(), () -> complaints.revealPhone(session, id));
        intake(c);
        clocks(c, d.clock());
        handling(c);
        outcome(c, next);
        timeline.show(d.timeline());
        callBack.setText(d.callBack().map(this::callBackLine).orElse(ctx.text("complaints.noCallBack")));
        earlier.setVisible(!d.earlierCases().isEmpty());
        earlierCases.getChildren().setAll(d.earlierCases().stream().map(this::link).toList());
        earlierTimeline.show(d.earlierTimeline());
    }

    private void intake(Complaint c) {
        fact("complaints.received", columns.when(c.receivedAt()) + " · " + ctx.text(c.channel().messageKey()));
        boolean complaint = c.kind() == ComplaintKind.COMPLAINT;
        fact(complaint ? "field.complainant" : "complaints.reporter", c.complainant());
        if (c.contactPhone() != null) {
            row("field.contactPhone", phone.root());
        }
        fact("field.subject", c.subject());
        fact("field.whatHappened", c.whatHappened());
        fact(complaint ? "field.whatTheyWant" : "complaints.reporterWants", c.whatTheyWant());
        if (complaint) {
            fact("complaints.classified", joined(c.nature() == null ? null : ctx.text(c.nature().messageKey()),
                    ctx.text(c.severity().messageKey()), c.mood() == null ? null : ctx.text(c.mood().messageKey())));
        }
    }

    /**
     * Both clocks, fixed at intake: the first response (the acknowledgement, and how it was made)
     * in hours, the answer in working days; and the escalation to the lead.
     */
    private void clocks(Complaint c, ComplaintClock k) {
        if (k.firstResponseDue() != null) {
            String due = columns.when(k.firstResponseDue());
            fact("complaints.firstResponse", columns.late(k.acknowledgedAt() == null ? ctx.text("complaints.dueBy", due)
                    : ctx.text("complaints.respondedAt", due, columns.when(k.acknowledgedAt()),
                    c.acknowledgedHow() == null ? "" : ctx.text(c.acknowledgedHow().messageKey())),
                    k.firstResponseOverdue()));
        }
        if (k.resolutionDue() != null) {
            String day = columns.answerDay(k.resolutionDue());
            fact("complaints.answerDue", columns.late(k.answeredAt() == null ? ctx.text("complaints.answerDueBy", day)
                    : ctx.text("complaints.answeredAt", day, columns.when(k.answeredAt())), k.resolutionOverdue()));
        }
        if (c.escalatedAt() != null) {
            String key = c.escalationSeenAt() != null ? "complaints.escalationSeen"
                    : c.status().pending() ? "complaints.escalationWaiting" : "complaints.escalated";
            fact("complaints.escalation", ctx.text(key, ctx.text(c.escalationReason().messageKey()),
                    columns.when(c.escalatedAt()), columns.when(c.escalationSeenAt())));
        }
    }

    private void handling(Complaint c) {
        // A name typed as the department itself ("秩序部") is not said twice.
        fact("complaints.handler", c.department() != null && c.assigneeName() != null
                && c.assigneeName().contains(c.department()) ? c.assigneeName()
                : joined(c.assigneeName(), c.department()));
        if (c.founded() != null) {
            fact("complaints.judgedAs", joined(ctx.text(c.founded() ? "complaints.founded" : "complaints.unfounded"),
                    c.judgement()));
        }
        fact("field.cause", c.cause());
        fact("field.correctiveAction", c.correctiveAction());
        fact("field.compensation", c.compensation());
        if (c.answer() != null) {
            fact("field.answer", joined(c.answer(), columns.when(c.answeredAt()),
                    c.answeredHow() == null ? null : ctx.text(c.answeredHow().messageKey())));
        }
    }

    /** Accepted and closed, or not accepted and carried on by the next case, a link to it. */
    private void outcome(Complaint c, Complaint next) {
        if (c.status() == ComplaintStatus.CLOSED) {
            fact("complaints.accepted", joined(columns.when(c.closedAt()),
                    c.closedHow() == null ? null : ctx.text(c.closedHow().messageKey())));
        }
        if (next != null) {
            Hyperlink to = link(next);
            to.setId("complaintNextCase");
            row("complaints.notAccepted", new HBox(8, new Label(columns.when(c.closedAt())), to));
        }
    }

    private Hyperlink link(Complaint c) {
        Hyperlink h = new Hyperlink(c.number());
        h.setOnAction(e -> open.accept(c));
        return h;
    }

    private TimelineTable<ComplaintEvent> timeline(String id) {
        return new TimelineTable<>(ctx, id, ComplaintEvent::at, e -> ctx.text(e.action().messageKey()),
                Arrays.stream(ComplaintAction.values()).map(a -> ctx.text(a.messageKey())).toList(),
                ComplaintEvent::byName, ComplaintEvent::note);
    }

    private String callBackLine(ComplaintCallBack b) {
        return ctx.text("complaints.callBackLine", columns.when(b.at()), ctx.text(b.attitude().messageKey()),
                ctx.text(b.skill().messageKey()), ctx.text(b.arrival().messageKey()),
                ctx.text(b.promises().messageKey()), ctx.text(b.feedback().messageKey()),
                b.note() == null ? "" : b.note());
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

    private void fact(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            row(labelKey, Forms.wrapping(new Label(value)));
        }
    }

    private void row(String labelKey, Node value) {
        Forms.row(facts, ctx.text(labelKey), value);
    }
}
