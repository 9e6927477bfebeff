package com.frontdesk.repairs;

import com.frontdesk.core.UserFacingException;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Dispatch (派工) or transfer (转单, with a reason): the kind of fixer, the vendor of that kind from
 * Settings, a staff member or a technician named in words, and an appointment the owner agreed on
 * the phone, typed as "2026-11-23 15:00" or just "15:00" for today.
 */
final class RepairDispatchDialog {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** What the dialog read: the dispatch, and the reason of a transfer. */
    record Read(DispatchForm form, String reason) {
    }

    private final UiContext ctx;
    private final Window owner;
    private final Repair repair;
    private final boolean transfer;
    private final RepairSettings settings;
    private final ZoneId zone;
    private final TextField reason = field("repairTransferReason");
    private final ComboBox<FixerKind> kind = new ComboBox<>();
    private final ComboBox<String> vendor = new ComboBox<>();
    private final ComboBox<Assignee> staff = new ComboBox<>();
    private final TextField assignee = field("repairAssigneeName");
    private final TextField appointment = field("repairAppointment");
    private final CheckBox agreed = new CheckBox();
    private final TextField note = field("repairDispatchNote");

    RepairDispatchDialog(UiContext ctx, Window owner, Repair repair, boolean transfer) {
        this.ctx = ctx;
        this.owner = owner;
        this.repair = repair;
        this.transfer = transfer;
        this.settings = ctx.workstation().settings().current(RepairSettings.DOCUMENT);
        this.zone = ctx.workstation().sites().zone();
    }

    FormDialog<Repair> open(Function<Read, Callable<Repair>> write, Consumer<Repair> done) {
        kind.setId("repairFixerKind");
        kind.getItems().setAll(FixerKind.values());
        kind.setConverter(Converters.showing(k -> ctx.text(k.messageKey()), ""));
        kind.valueProperty().addListener((obs, old, now) -> vendorsOf(now));
        vendor.setId("repairVendor");
        staff.setId("repairStaff");
        staff.getItems().setAll((Assignee) null);
        ctx.run(() -> ctx.workstation().repairs().assignees(), people -> staff.getItems().addAll(people));
        staff.setConverter(Converters.showing(a -> a.name() + " (" + a.employeeNo() + ")", ctx.text("repairs.noStaff")));
        agreed.setId("repairOwnerAgreed");
        agreed.setText(ctx.text("repairs.ownerAgreed"));
        appointment.setPromptText(ctx.text("repairs.appointmentPrompt"));
        for (var box : List.of(kind, vendor, staff)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        kind.setValue(transfer && repair.fixerKind() != null ? repair.fixerKind() : FixerKind.IN_HOUSE);

        GridPane grid = Forms.grid();
        if (transfer) {
            Forms.row(grid, ctx.text("field.reason"), reason);
        }
        Forms.row(grid, ctx.text("field.fixerKind"), kind);
        Forms.row(grid, ctx.text("field.vendor"), vendor);
        Forms.row(grid, ctx.text("repairs.staff"), staff);
        Forms.row(grid, ctx.text("field.assignee"), assignee);
        Forms.row(grid, ctx.text("field.appointment"), appointment);
        Forms.row(grid, "", agreed);
        Forms.row(grid, ctx.text("field.note"), note);
        grid.setPrefWidth(460);
        RepairAction step = transfer ? RepairAction.TRANSFER : RepairAction.DISPATCH;
        FormDialog<Repair> dialog = new FormDialog<>(ctx, owner, RepairSteps.title(ctx, step, repair),
                new VBox(8, RepairSteps.heading(ctx, step, repair), grid), "repairStepSave");
        return dialog.onSave(() -> {
            Read read;
            try {
                read = read();
            } catch (UserFacingException e) {
                return () -> {
                    throw e;
                };
            }
            return write.apply(read);
        }, done).focusOnShow(() -> transfer ? reason : kind);
    }

    private void vendorsOf(FixerKind k) {
        vendor.getItems().setAll(settings.vendors().stream().filter(v -> v.kind() == k).map(RepairVendor::name)
                .toList());
        vendor.setDisable(k == FixerKind.IN_HOUSE);
        vendor.setValue(vendor.getItems().size() == 1 ? vendor.getItems().get(0) : null);
    }

    private Read read() {
        Assignee person = staff.getValue();
        DispatchForm form = new DispatchForm(kind.getValue(), vendor.getValue(),
                person == null ? null : person.staffId(), person == null ? assignee.getText() : null,
                appointment(), agreed.isSelected(), note.getText());
        return new Read(form, reason.getText());
    }

    /** "2026-11-23 15:00", or "15:00" for today at the site; blank for none. */
    private Instant appointment() {
        String text = appointment.getText() == null ? "" : appointment.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDateTime at = text.length() <= 5
                    ? LocalDate.now(ctx.workstation().clock().withZone(zone)).atTime(LocalTime.parse(text, TIME))
                    : LocalDateTime.parse(text, DAY_TIME);
            return at.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserFacingException("repairs.appointmentFormat", text);
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
