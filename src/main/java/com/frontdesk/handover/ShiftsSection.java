package com.frontdesk.handover;

import com.frontdesk.settings.SettingsEditor;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The desks and their shifts, one row per shift. An administrator types a desk and a shift (a new
 * code adds one, a code already there changes it: Enter or F2 on a row fills the form) and removes
 * a shift with Delete; removing a desk's last shift removes the desk. Others read the table.
 */
final class ShiftsSection {
    /** One shift with its desk, as the table lists it. */
    record Row(Desk desk, ShiftDef shift) {
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private final UiContext ctx;
    private final SettingsEditor<HandoverSettings> editor;
    private final Consumer<String> status;
    private final Consumer<HandoverSettings> onSaved;
    private final TableView<Row> table = new TableView<>();
    private final TextField deskCode = field("handoverDeskCode", 8);
    private final TextField deskName = field("handoverDeskName", 8);
    private final TextField shiftCode = field("handoverShiftCode", 8);
    private final TextField shiftName = field("handoverShiftName", 8);
    private final TextField start = field("handoverShiftStart", 5);
    private final TextField end = field("handoverShiftEnd", 5);
    private final Label message = Forms.wrapping(Forms.messageLabel());
    private final VBox box;

    ShiftsSection(UiContext ctx, SettingsEditor<HandoverSettings> editor, Consumer<String> status,
                  Consumer<HandoverSettings> onSaved) {
        this.ctx = ctx;
        this.editor = editor;
        this.status = status;
        this.onSaved = onSaved;
        table.setId("handoverShiftTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.column(ctx.text("handoverSettings.desk"), 140,
                r -> ctx.text("handoverSettings.named", r.desk().name(), r.desk().code())));
        table.getColumns().add(Tables.column(ctx.text("handoverSettings.shift"), 140,
                r -> ctx.text("handoverSettings.named", r.shift().name(), r.shift().code())));
        table.getColumns().add(Tables.column(ctx.text("handoverSettings.start"), 80, r -> time(r.shift().start())));
        table.getColumns().add(Tables.column(ctx.text("handoverSettings.end"), 80, r -> time(r.shift().end())));
        table.setPrefHeight(200);
        box = new VBox(8, Forms.sectionTitle(ctx.text("handoverSettings.shiftsTitle")), table);
        if (editor.mayEdit()) {
            addEditing();
        }
        Label overlap = Forms.wrapping(new Label(ctx.text("handoverSettings.overlapRule")));
        overlap.getStyleClass().add("muted");
        box.getChildren().add(overlap);
        box.setMaxWidth(820);
    }

    Node node() {
        return box;
    }

    void show(HandoverSettings s) {
        List<Row> rows = new ArrayList<>();
        s.desks().forEach(d -> d.shifts().forEach(shift -> rows.add(new Row(d, shift))));
        table.getItems().setAll(rows);
    }

    private void addEditing() {
        deskCode.setPromptText(ctx.text("handoverSettings.deskCodePrompt"));
        deskName.setPromptText(ctx.text("handoverSettings.deskNamePrompt"));
        shiftCode.setPromptText(ctx.text("handoverSettings.shiftCodePrompt"));
        shiftName.setPromptText(ctx.text("handoverSettings.shiftNamePrompt"));
        start.setPromptText(ctx.text("handoverSettings.timePrompt"));
        end.setPromptText(ctx.text("handoverSettings.timePrompt"));
        HBox desk = new HBox(8, labelFor("handoverSettings.desk", deskCode), deskCode, deskName);
        HBox shift = new HBox(8, labelFor("handoverSettings.shift", shiftCode), shiftCode, shiftName,
                labelFor("handoverSettings.start", start), start, labelFor("handoverSettings.end", end), end,
                Forms.button(ctx.text("handoverSettings.saveShift"), "handoverShiftSave", this::save));
        desk.setAlignment(Pos.CENTER_LEFT);
        shift.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(8, desk, shift);
        Forms.submitOnEnter(form, this::save);
        message.setId("handoverShiftMessage");
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Row row = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                remove(row);
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                e.consume();
                fill(row);
            }
        });
        Label hint = Forms.wrapping(new Label(ctx.text("handoverSettings.shiftsHint")));
        hint.getStyleClass().add("muted");
        box.getChildren().addAll(form, message,
                Forms.button(ctx.text("handoverSettings.removeShift"), "handoverShiftRemove", () -> {
                    Row row = table.getSelectionModel().getSelectedItem();
                    if (row != null) {
                        remove(row);
                    }
                }), hint);
    }

    private void fill(Row row) {
        message.setText("");
        deskCode.setText(row.desk().code());
        deskName.setText(row.desk().name());
        shiftCode.setText(row.shift().code());
        shiftName.setText(row.shift().name());
        start.setText(time(row.shift().start()));
        end.setText(time(row.shift().end()));
        start.requestFocus();
        start.selectAll();
    }

    /** A time that cannot be read is said here; a missing one the settings' validation names. */
    private void save() {
        String dCode = upper(deskCode);
        String dName = text(deskName);
        String sCode = upper(shiftCode);
        LocalTime from;
        LocalTime to;
        try {
            from = parse(start);
            to = parse(end);
        } catch (DateTimeParseException e) {
            message.setText(ctx.text("handoverSettings.timeInvalid", e.getParsedString()));
            return;
        }
        ShiftDef typed = new ShiftDef(sCode, text(shiftName), from, to);
        editor.change(s -> {
            Desk d = s.desk(dCode).orElse(new Desk(dCode, dName, List.of()));
            return s.withDesk(new Desk(dCode, dName.isEmpty() ? d.name() : dName, d.shifts())).withShift(dCode, typed);
        }, saved -> {
            status.accept(ctx.text("handoverSettings.shiftSaved", dCode, sCode));
            for (TextField f : List.of(deskCode, deskName, shiftCode, shiftName, start, end)) {
                f.clear();
            }
            onSaved.accept(saved);
            table.requestFocus();
        }, message);
    }

    private void remove(Row row) {
        String d = row.desk().code();
        String shift = row.shift().code();
        editor.change(s -> s.desk(d).filter(desk -> desk.shifts().size() <= 1)
                .map(desk -> s.withDesks(s.desks().stream().filter(x -> !x.code().equals(d)).toList()))
                .orElseGet(() -> s.withoutShift(d, shift)), saved -> {
                    status.accept(ctx.text("handoverSettings.shiftRemoved", d, shift));
                    onSaved.accept(saved);
                }, message);
    }

    private static LocalTime parse(TextField f) {
        String t = text(f).replace('：', ':');
        return t.isEmpty() ? null : LocalTime.parse(t, HH_MM);
    }

    private static String time(LocalTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String text(TextField f) {
        return f.getText() == null ? "" : f.getText().strip();
    }

    private static String upper(TextField f) {
        return text(f).toUpperCase(Locale.ROOT);
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private Label labelFor(String key, Node field) {
        Label label = new Label(ctx.text(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
