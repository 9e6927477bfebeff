package com.frontdesk.visitors;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.HostContact;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The check-in form. Enter saves. The host step shows the host's phone only on F3 and only until
 * the form is saved or the host changes; a returning visitor's last details are offered (F2) once
 * their phone or name is typed. A watchlist match opens the override dialog.
 */
final class CheckInForm {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final UiContext ctx;
    private final Session session;
    private final VisitorService visitors;
    private final ZoneId zone;
    private final Consumer<Visit> onSaved;

    private final TextField name = field("visitorName");
    private final TextField phone = field("visitorPhone");
    private final ComboBox<IdType> idType = new ComboBox<>();
    private final TextField idNumber = field("visitorIdNumber");
    private final TextField company = field("visitorCompany");
    private final Spinner<Integer> headCount = new Spinner<>(1, VisitForm.MAX_HEAD_COUNT, 1);
    private final ComboBox<Purpose> purpose = new ComboBox<>();
    private final ComboBox<JobSize> jobSize = new ComboBox<>();
    private final TextField engineeringNote = field("visitorEngineeringNote");
    private final TextField approvalRef = field("visitorApprovalRef");
    private final DirectoryPicker host;
    private final Label hostPhones = new Label();
    private final ComboBox<Verification> verification = new ComboBox<>();
    private final TextField pass = field("visitorPass");
    private final TextField plate = field("visitorPlate");
    private final TextField note = field("visitorNote");
    private final Label returning = new Label();
    private final Label message = Forms.messageLabel();
    private final VBox root;
    /** The last visit of the visitor being typed, offered on F2. */
    private Visit offered;
    /** The offer came from the name alone: it may be a namesake, so their phone is not filled in. */
    private boolean offeredByName;

    CheckInForm(UiContext ctx, Session session, Consumer<Visit> onSaved) {
        this.ctx = ctx;
        this.session = session;
        this.visitors = ctx.workstation().visitors();
        this.zone = ctx.workstation().sites().zone();
        this.onSaved = onSaved;
        this.host = new DirectoryPicker(ctx, "visitorHost");
        root = build();
    }

    Node root() {
        return root;
    }

    void focus() {
        name.requestFocus();
    }

    /** The name field takes the focus as soon as the form is on screen, so the desk can type at once. */
    void focusWhenShown() {
        name.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    name.sceneProperty().removeListener(this);
                    Platform.runLater(name::requestFocus);
                }
            }
        });
    }

    /** F2 fills the offered details, F3 shows the host's phones for the call. */
    boolean handleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F2 && offered != null) {
            fillFrom(offered);
            return true;
        }
        if (e.getCode() == KeyCode.F3) {
            showHostPhones();
            return true;
        }
        return false;
    }

    private VBox build() {
        idType.setId("visitorIdType");
        idType.getItems().setAll(IdType.values());
        idType.setConverter(Converters.showing(t -> ctx.text(t.messageKey()), ""));
        idType.setValue(IdType.RESIDENT_ID);
        headCount.setId("visitorHeadCount");
        headCount.setEditable(true);
        purpose.setId("visitorPurpose");
        purpose.getItems().setAll(Purpose.values());
        purpose.setConverter(Converters.showing(p -> ctx.text(p.messageKey()), ""));
        purpose.setValue(Purpose.VISIT);
        jobSize.setId("visitorJobSize");
        jobSize.getItems().setAll(JobSize.values());
        jobSize.setConverter(Converters.showing(s -> ctx.text(s.messageKey()), ""));
        verification.setId("visitorVerification");
        verification.getItems().setAll(Verification.values());
        verification.setConverter(Converters.showing(v -> ctx.text(v.messageKey()), ""));
        verification.setPromptText(ctx.text("visitors.verificationPrompt"));
        // A ComboBox loses its prompt once a value was chosen and cleared; this cell keeps it.
        verification.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Verification item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? verification.getPromptText() : ctx.text(item.messageKey()));
            }
        });
        for (ComboBox<?> c : List.of(idType, purpose, jobSize, verification)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        headCount.setMaxWidth(Double.MAX_VALUE);
        hostPhones.setId("visitorHostPhones");
        hostPhones.setWrapText(true);
        hostPhones.setText(ctx.text("visitors.hostPhonesHint"));
        returning.setId("visitorReturning");
        returning.setWrapText(true);
        returning.managedProperty().bind(returning.textProperty().isNotEmpty());
        returning.visibleProperty().bind(returning.textProperty().isNotEmpty());

        List<Node[]> rows = List.of(
                row("field.visitorName", name), row("field.phone", phone), row("field.idType", idType),
                row("field.idNumber", idNumber), row("field.company", company), row("field.headCount", headCount),
                row("field.purpose", purpose), row("field.jobSize", jobSize),
                row("field.engineeringNote", engineeringNote), row("field.approvalRef", approvalRef),
                row("field.host", host.field()), row("visitors.hostCall", hostPhones),
                row("field.verification", verification), row("field.passNo", pass), row("field.plate", plate),
                row("field.note", note));
        GridPane grid = Forms.grid();
        // The contractor rows are in the grid (and the Tab order, right after the purpose) only for
        // contractor work. Rows are renumbered so hidden ones leave no gap; the other nodes stay put,
        // so the purpose box keeps the focus while the arrow keys change it.
        List<Node> contractorOnly = List.of(jobSize, engineeringNote, approvalRef);
        Runnable showContractor = () -> {
            boolean contractor = purpose.getValue() == Purpose.CONTRACTOR;
            List<Node[]> visible = rows.stream().filter(r -> contractor || !contractorOnly.contains(r[1])).toList();
            List<Node> wanted = visible.stream().flatMap(java.util.Arrays::stream).toList();
            grid.getChildren().removeIf(n -> !wanted.contains(n));
            for (int i = 0; i < wanted.size(); i++) {
                if (i >= grid.getChildren().size() || grid.getChildren().get(i) != wanted.get(i)) {
                    grid.getChildren().add(i, wanted.get(i));
                }
            }
            for (int r = 0; r < visible.size(); r++) {
                GridPane.setConstraints(visible.get(r)[0], 0, r);
                GridPane.setConstraints(visible.get(r)[1], 1, r);
            }
        };
        purpose.valueProperty().addListener((obs, old, now) -> showContractor.run());
        showContractor.run();
        // The phone is shown for this host only; picking another hides it again.
        host.selectedProperty().addListener((obs, old, now) -> hostPhones.setText(ctx.text("visitors.hostPhonesHint")));
        phone.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                offerByPhone();
            }
        });
        name.focusedProperty().addListener((obs, was, now) -> {
            if (!now && VisitForm.normalisePhone(phone.getText()) == null) {
                offerByName();
            }
        });

        Label title = new Label(ctx.text("visitors.checkInTitle"));
        title.getStyleClass().add("section-title");
        message.setId("visitorMessage");
        Label hint = new Label(ctx.text("visitors.formHint"));
        hint.setWrapText(true);
        VBox box = new VBox(8, title, returning, grid, message,
                Forms.button(ctx.text("visitors.checkIn"), "visitorCheckIn", this::checkIn), hint);
        box.setPrefWidth(460);
        box.setMinWidth(380);
        Forms.submitOnEnter(grid, this::checkIn);
        return box;
    }

    private void checkIn() {
        VisitForm form = read();
        ctx.run(() -> visitors.checkIn(session, form), this::saved, failure -> {
            if (failure instanceof WatchlistMatchException match) {
                message.setText(ctx.errors().describe(failure));
                new WatchlistOverrideDialog(ctx, session, root.getScene().getWindow(), match.matches(), form,
                        this::saved).show();
            } else {
                message.setText(ctx.errors().describe(failure));
            }
        });
    }

    private VisitForm read() {
        DirectoryEntry picked = host.selected();
        Integer heads = headCount.getValue();
        return new VisitForm(name.getText(), phone.getText(), idType.getValue(), idNumber.getText(),
                company.getText(), heads == null ? 1 : heads, purpose.getValue(),
                picked == null ? null : picked.roomId(), picked == null ? null : picked.occupantId(),
                picked == null ? host.freeText() : null, verification.getValue(), pass.getText(), plate.getText(),
                note.getText(), jobSize.getValue(), engineeringNote.getText(), approvalRef.getText());
    }

    private void saved(Visit visit) {
        message.setText("");
        clear();
        onSaved.accept(visit);
    }

    private void showHostPhones() {
        DirectoryEntry picked = host.selected();
        if (picked == null) {
            hostPhones.setText(ctx.text("visitors.hostPhonesNoPick"));
            return;
        }
        ctx.run(() -> ctx.workstation().directory().phonesToConfirmVisitor(session, picked.roomId(),
                picked.occupantId()), contacts -> {
            if (picked != host.selected()) {
                return;
            }
            List<String> lines = new ArrayList<>();
            for (HostContact c : contacts) {
                lines.add(c.name() + "  " + (c.phones().isEmpty() ? ctx.text("visitors.noPhone")
                        : String.join(" / ", c.phones())));
            }
            hostPhones.setText(lines.isEmpty() ? ctx.text("visitors.nobodyInRoom") : String.join("\n", lines));
        }, failure -> hostPhones.setText(ctx.errors().describe(failure)));
    }

    private void offerByPhone() {
        String p = phone.getText();
        if (VisitForm.normalisePhone(p) == null) {
            return;
        }
        ctx.run(() -> visitors.lastDetails(p), last -> offer(last.orElse(null), false));
    }

    private void offerByName() {
        String n = name.getText();
        ctx.run(() -> visitors.lastDetailsByName(n, 1), last -> offer(last.isEmpty() ? null : last.get(0), true));
    }

    /** By name the phone is shown masked, so the desk can ask "is your number ending 1234?". */
    private void offer(Visit last, boolean byName) {
        offered = last;
        offeredByName = byName;
        if (last == null) {
            returning.setText("");
            return;
        }
        String day = DAY.format(last.checkedInAt().atZone(zone));
        String who = byName && last.phone() != null ? last.visitorName() + " " + Masking.phone(last.phone())
                : last.visitorName();
        if (last.company() != null) {
            who = who + " · " + last.company();
        }
        returning.setText(ctx.text("visitors.returning", who, day, last.hostText() == null ? "-" : last.hostText()));
    }

    /** Fills what the visitor gave last time; the ID number is never offered again. */
    private void fillFrom(Visit last) {
        name.setText(last.visitorName());
        if (last.phone() != null && !offeredByName) {
            phone.setText(last.phone());
        }
        company.setText(last.company() == null ? "" : last.company());
        plate.setText(last.plate() == null ? "" : last.plate());
        if (last.idType() != null) {
            idType.setValue(last.idType());
        }
        purpose.setValue(last.purpose() == Purpose.SALES ? Purpose.VISIT : last.purpose());
        host.clear();
        if (last.hostRoomId() != null) {
            ctx.run(() -> ctx.workstation().directory().entry(last.hostRoomId(), last.hostOccupantId()),
                    entry -> entry.ifPresent(host::select));
        } else if (last.hostText() != null) {
            host.field().setText(last.hostText());
        }
        returning.setText("");
        offered = null;
        host.field().requestFocus();
    }

    private void clear() {
        for (TextField f : List.of(name, phone, idNumber, company, engineeringNote, approvalRef, pass, plate, note)) {
            f.clear();
        }
        idType.setValue(IdType.RESIDENT_ID);
        headCount.getValueFactory().setValue(1);
        purpose.setValue(Purpose.VISIT);
        jobSize.setValue(null);
        verification.setValue(null);
        host.clear();
        hostPhones.setText(ctx.text("visitors.hostPhonesHint"));
        returning.setText("");
        offered = null;
        name.requestFocus();
    }

    private Node[] row(String labelKey, Node field) {
        Label label = new Label(ctx.text(labelKey));
        label.setLabelFor(field);
        return new Node[] {label, field};
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
