package com.frontdesk.repairs;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.parcels.Signature;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.MaskedPhone;
import com.frontdesk.ui.ShownRecord;
import com.frontdesk.ui.StepButtons;
import com.frontdesk.ui.TimelineTable;
import com.frontdesk.ui.UiContext;
import com.frontdesk.visitors.Visit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One repair in full: where, who reported it (the phone masked; F3 shows it to whoever calls the
 * owner, audited), the fixer and the appointment, both deadlines with the time on hold apart, the
 * completion and who signed it, the timeline of every step, the call-backs and the photos.
 */
final class RepairDetailPane {
    private final UiContext ctx;
    private final Session session;
    private final RepairService repairs;
    private final RepairColumns columns;
    private final StepButtons<RepairAction, Repair> steps;
    private final RepairPhotosBox photos;
    private final Label title = Forms.sectionTitle("");
    private final GridPane facts = Forms.grid();
    private final TimelineTable<RepairEvent> timeline;
    private final VBox callBacks = new VBox(4);
    private final MaskedPhone phone;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private RepairDetail shown;
    private int generation;

    RepairDetailPane(UiContext ctx, Session session, StepButtons<RepairAction, Repair> steps) {
        this.ctx = ctx;
        this.session = session;
        this.repairs = ctx.workstation().repairs();
        this.columns = new RepairColumns(ctx);
        this.steps = steps;
        this.photos = new RepairPhotosBox(ctx, session);
        this.phone = new MaskedPhone(ctx, "repairDetailPhone", session.may(Permission.DISPATCH_REPAIRS));
        title.setId("repairDetailTitle");
        timeline = new TimelineTable<>(ctx, "repairTimeline", RepairEvent::at, e -> ctx.text(e.action().messageKey()),
                Arrays.stream(RepairAction.values()).map(a -> ctx.text(a.messageKey())).toList(), RepairEvent::byName,
                this::remark);
        content.setPadding(new Insets(12));
        content.getChildren().addAll(title, steps.bar(), facts,
                Forms.sectionTitle(ctx.text("repairs.timelineTitle")), timeline.table(),
                Forms.sectionTitle(ctx.text("repairs.callBacksTitle")), callBacks,
                Forms.sectionTitle(ctx.text("repairs.photos")), photos.root());
        root.setFitToWidth(true);
        show(null);
    }

    Node root() {
        return root;
    }

    /** The repair of the selected row, read again in full (its timeline and call-backs). */
    void show(RepairItem item) {
        if (item == null) {
            shown = null;
            generation++;
            ShownRecord.clear(root);
            steps.show(null);
            title.setText(ctx.text("repairs.selectOne"));
            facts.getChildren().clear();
            phone.show(null, null);
            timeline.show(List.of());
            callBacks.getChildren().clear();
            photos.show(null);
            return;
        }
        steps.show(item.repair());
        showById(item.repair().id());
    }

    void showById(String id) {
        int asked = ++generation;
        ctx.run(() -> repairs.detail(id).map(d -> new Loaded(d, d.visits().stream()
                .flatMap(l -> ctx.workstation().visitors().visit(l.visitId()).stream()).toList(),
                repairs.signature(d.repair()).orElse(null))).orElse(null), l -> {
            if (asked == generation && l != null) {
                fill(l.detail(), l.signature());
                fact("repairs.visits", l.visits().stream().map(v -> String.join(" ", v.number(), v.visitorName(),
                        v.company() == null ? "" : v.company(), columns.when(v.checkedInAt()))).collect(
                        Collectors.joining("\n")));
            }
        });
    }

    /** The repair, the contractor visits that served it and the completion's signature, read off the FX thread. */
    private record Loaded(RepairDetail detail, List<Visit> visits, Signature signature) {
    }

    /** The repair shown, or null. */
    Repair current() {
        return shown == null ? null : shown.repair();
    }

    /** F3: the reporter's phone in full, for the appointment or the call-back; the service audits it. */
    void revealPhone() {
        phone.reveal();
    }

    private void fill(RepairDetail d, Signature signature) {
        shown = d;
        Repair r = d.repair();
        ShownRecord.publish(root, RepairSteps.record(r));
        RepairClock c = d.clock();
        steps.show(r);
        title.setText(String.join(" · ", r.number(), ctx.text(r.status().messageKey()),
                ctx.text(r.priority().messageKey()), columns.categoryName(r.category())));
        facts.getChildren().clear();
        fact("field.location", r.locationText());
        String id = r.id();
        phone.show(r.reporterPhone(), () -> repairs.revealPhone(session, id));
        row("field.reporterName", new HBox(8, new Label(r.reporterName()), phone.root()));
        fact("field.channel", ctx.text(r.channel().messageKey()));
        fact("field.problem", r.description());
        fact("repair.col.reported", columns.when(r.reportedAt()));
        fact("field.fixerKind", columns.fixer(r));
        fact("field.appointment", columns.when(r.appointmentAt()));
        boolean onHold = r.status() == RepairStatus.ON_HOLD;
        fact("repairs.respond", deadline(c.respondDue(), c.respondedAt(), c.respondOverdue(), false));
        fact("repairs.fix", deadline(c.fixDue(), c.fixedAt(), c.fixOverdue(), onHold));
        if (onHold || !c.heldFor().isZero()) {
            fact("repairs.held", columns.duration(c.heldFor()) + (r.holdReason() == null ? ""
                    : " · " + ctx.text(r.holdReason().messageKey()) + " · " + r.holdNote()));
        }
        if (r.serviceKind() != null) {
            fact("field.serviceKind", ctx.text(r.serviceKind().messageKey()) + " · "
                    + ctx.text("repairs.yuan", BigDecimal.valueOf(r.costCents(), 2).toPlainString())
                    + (r.payer() == null ? "" : " · " + ctx.text(r.payer().messageKey())));
            fact("field.labour", r.labour());
            fact("field.parts", r.parts());
        }
        if (signature != null) {
            fact("repairs.signedBy", ctx.text(signature.drawn() ? "repairs.signedOnPad" : "repairs.signedTyped",
                    signature.signerName()));
        }
        fact("field.reason", r.endReason());
        timeline.show(d.timeline());
        callBacks.getChildren().setAll(d.callBacks().stream().map(this::callBackLine).toList());
        if (d.callBacks().isEmpty()) {
            callBacks.getChildren().add(new Label(ctx.text("repairs.noCallBack")));
        }
        photos.show(r);
    }

    /**
     * "时限 11-24 11:03", with "· 完成于 11-23 22:02" once done, "（超时）" when late; while on hold the
     * fix deadline moves with the clock, so the line says it is paused instead of a time.
     */
    private String deadline(Instant due, Instant doneAt, boolean late, boolean paused) {
        String dueText = due == null ? ctx.text("repairs.byAgreement") : columns.when(due);
        String text = doneAt != null ? ctx.text("repairs.dueDone", dueText, columns.when(doneAt))
                : paused ? ctx.text("repairs.fixPaused") : ctx.text("repairs.due", dueText);
        return late ? text + " " + ctx.text("repairs.late") : text;
    }

    private void fact(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            row(labelKey, Forms.wrapping(new Label(value)));
        }
    }

    private void row(String labelKey, Node value) {
        Forms.row(facts, ctx.text(labelKey), value);
    }

    private String remark(RepairEvent e) {
        String to = e.fixerKind() == null ? null : String.join(" · ", List.of(ctx.text(e.fixerKind().messageKey()),
                e.vendor() == null ? "" : e.vendor(), e.assignee() == null ? "" : e.assignee()).stream()
                .filter(s -> !s.isEmpty()).collect(Collectors.toList()));
        String hold = e.holdReason() == null ? null : ctx.text(e.holdReason().messageKey());
        return Stream.of(to, hold, e.note()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · "));
    }

    private Label callBackLine(RepairCallBack b) {
        Label line = Forms.wrapping(new Label(ctx.text("repairs.callBackLine", columns.when(b.at()),
                ctx.text(b.attitude().messageKey()), ctx.text(b.skill().messageKey()),
                ctx.text(b.arrival().messageKey()), ctx.text(b.promises().messageKey()),
                ctx.text(b.feedback().messageKey()), b.note() == null ? "" : b.note())));
        if (b.escalated()) {
            line.getStyleClass().add("form-message");
        }
        return line;
    }
}
