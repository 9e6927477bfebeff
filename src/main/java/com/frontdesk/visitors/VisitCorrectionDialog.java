package com.frontdesk.visitors;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A shift lead corrects a visit that is over; the reason is required and goes into the audit log. */
final class VisitCorrectionDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FormDialog<Visit> dialog;

    VisitCorrectionDialog(UiContext ctx, Session session, Window owner, Visit visit, Consumer<Visit> onSaved) {
        ZoneId zone = ctx.workstation().sites().zone();
        TextField name = field("correctName", visit.visitorName());
        TextField company = field("correctCompany", visit.company());
        Spinner<Integer> heads = new Spinner<>(1, VisitForm.MAX_HEAD_COUNT, visit.headCount());
        heads.setEditable(true);
        heads.setId("correctHeadCount");
        TextField plate = field("correctPlate", visit.plate());
        TextField note = field("correctNote", visit.note());
        String shownOut = visit.checkedOutAt() == null ? "" : TIME.format(visit.checkedOutAt().atZone(zone));
        TextField out = field("correctCheckedOut", shownOut);
        out.setPromptText("yyyy-MM-dd HH:mm");
        TextField reason = field("correctReason", null);

        GridPane grid = Forms.grid();
        grid.add(new Label(ctx.text("visitors.correctHeader", visit.number(), TIME.format(visit.checkedInAt()
                .atZone(zone)))), 0, 0, 2, 1);
        Forms.row(grid, ctx.text("field.visitorName"), name);
        Forms.row(grid, ctx.text("field.company"), company);
        Forms.row(grid, ctx.text("field.headCount"), heads);
        Forms.row(grid, ctx.text("field.plate"), plate);
        Forms.row(grid, ctx.text("field.note"), note);
        if (visit.status() == VisitStatus.CHECKED_OUT) {
            Forms.row(grid, ctx.text("field.checkedOutAt"), out);
        }
        Forms.row(grid, ctx.text("field.reason"), reason);
        dialog = new FormDialog<>(ctx, owner, ctx.text("visitors.correctTitle"), grid, "correctSave");
        dialog.onSave(() -> {
            String outText = out.getText();
            VisitCorrection typed = new VisitCorrection(name.getText(), company.getText(),
                    heads.getValue() == null ? visit.headCount() : heads.getValue(), plate.getText(), note.getText(),
                    null, reason.getText());
            // The field shows minutes only: an untouched field keeps the stored time to the millisecond.
            boolean outChanged = !out.getText().equals(shownOut);
            return () -> ctx.workstation().visitors().correct(session, visit.id(),
                    typed.leftAt(outChanged ? parse(outText, zone) : visit.checkedOutAt()));
        }, onSaved).focusOnShow(() -> reason);
    }

    void show() {
        dialog.show();
    }

    private static Instant parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new Problem("checkedOutAt", "validation.dateTime", List.of())));
        }
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }
}
