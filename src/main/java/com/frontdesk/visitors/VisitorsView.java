package com.frontdesk.visitors;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The visitor register at the desk: on the left the check-in form (Enter saves), on the right who
 * is inside and a field where the desk types or scans a visit number, pass or slip code to check
 * the visitor out. Database work goes through {@link UiContext#run}; controls are read on the FX
 * thread first.
 */
public final class VisitorsView {
    static final int PAGE = 50;
    private static final int MAX_HOST_TEXT = 80;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> onStatus;
    private final VisitorService visitors;
    private final ZoneId zone;

    private final TextField name = field("visitorName");
    private final TextField phone = field("visitorPhone");
    private final TextField company = field("visitorCompany");
    private final Spinner<Integer> headCount = new Spinner<>(1, VisitForm.MAX_HEAD_COUNT, 1);
    private final ComboBox<Purpose> purpose = new ComboBox<>();
    private final ComboBox<JobSize> jobSize = new ComboBox<>();
    private final TextField engineeringNote = field("visitorEngineeringNote");
    private final TextField approvalRef = field("visitorApprovalRef");
    private final DirectoryPicker host;
    private final ComboBox<Verification> verification = new ComboBox<>();
    private final TextField pass = field("visitorPass");
    private final TextField plate = field("visitorPlate");
    private final TextField note = field("visitorNote");
    private final Label message = Forms.messageLabel();
    private final TextField checkOut = field("visitorCheckOut");
    private final Label status = new Label();
    private final PagedTable<OnSiteVisit> onSite;
    private final HBox root = new HBox(24);

    public VisitorsView(UiContext ctx, Session session, Consumer<String> onStatus) {
        this.ctx = ctx;
        this.session = session;
        this.onStatus = onStatus;
        this.visitors = ctx.workstation().visitors();
        this.zone = ctx.workstation().sites().zone();
        this.host = new DirectoryPicker(ctx, "visitorHost");
        this.onSite = new PagedTable<>(ctx, (after, n) -> visitors.onSite(after == null ? null : after.visit(), n), PAGE);
        root.setId("visitorsView");
        root.setPadding(new Insets(16));
        Node form = form();
        Node list = list();
        HBox.setHgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(form, list);
        onSite.reload();
        Platform.runLater(name::requestFocus);
    }

    public Parent root() {
        return root;
    }

    private Node form() {
        headCount.setId("visitorHeadCount");
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
        for (ComboBox<?> c : List.of(purpose, jobSize, verification)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        headCount.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.visitorName"), name);
        Forms.row(grid, ctx.text("field.phone"), phone);
        Forms.row(grid, ctx.text("field.company"), company);
        Forms.row(grid, ctx.text("field.headCount"), headCount);
        Forms.row(grid, ctx.text("field.purpose"), purpose);
        int firstContractorChild = grid.getChildren().size();
        Forms.row(grid, ctx.text("field.jobSize"), jobSize);
        Forms.row(grid, ctx.text("field.engineeringNote"), engineeringNote);
        Forms.row(grid, ctx.text("field.approvalRef"), approvalRef);
        List<Node> contractorNodes = List.copyOf(grid.getChildren().subList(firstContractorChild,
                grid.getChildren().size()));
        Forms.row(grid, ctx.text("field.host"), host.field());
        Forms.row(grid, ctx.text("field.verification"), verification);
        Forms.row(grid, ctx.text("field.passNo"), pass);
        Forms.row(grid, ctx.text("field.plate"), plate);
        Forms.row(grid, ctx.text("field.note"), note);
        // The contractor rows are in the grid (and the Tab order, right after the purpose) only for
        // contractor work; removing them is more reliable than toggling managed inside a GridPane.
        Runnable showContractor = () -> {
            boolean contractor = purpose.getValue() == Purpose.CONTRACTOR;
            boolean shown = grid.getChildren().contains(contractorNodes.get(0));
            if (contractor && !shown) {
                grid.getChildren().addAll(firstContractorChild, contractorNodes);
            } else if (!contractor && shown) {
                grid.getChildren().removeAll(contractorNodes);
            }
        };
        purpose.valueProperty().addListener((obs, old, now) -> showContractor.run());
        showContractor.run();

        Label title = new Label(ctx.text("visitors.checkInTitle"));
        title.getStyleClass().add("section-title");
        message.setId("visitorMessage");
        VBox box = new VBox(8, title, grid, message,
                Forms.button(ctx.text("visitors.checkIn"), "visitorCheckIn", this::checkIn),
                new Label(ctx.text("visitors.formHint")));
        box.setPrefWidth(460);
        box.setMinWidth(380);
        Forms.submitOnEnter(grid, this::checkIn);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(400);
        return scroll;
    }

    private Node list() {
        onSite.table().setId("visitorOnSite");
        onSite.table().setPlaceholder(new Label(ctx.text("visitors.nobodyOnSite")));
        onSite.addColumn(ctx.text("visitors.col.number"), o -> o.visit().number());
        onSite.addColumn(ctx.text("field.visitorName"), o -> o.visit().visitorName());
        onSite.addColumn(ctx.text("field.host"), o -> o.visit().hostText());
        onSite.addColumn(ctx.text("field.passNo"), o -> o.visit().passNo() == null ? "" : o.visit().passNo());
        onSite.addColumn(ctx.text("visitors.col.since"),
                o -> o.visit().checkedInAt() == null ? "" : SINCE.format(o.visit().checkedInAt().atZone(zone)));
        onSite.addColumn(ctx.text("visitors.col.phone"),
                o -> o.visit().phone() == null ? "" : Masking.phone(o.visit().phone()));
        onSite.addColumn(ctx.text("visitors.col.overstay"), o -> o.overstay() ? ctx.text("visitors.overstay") : "");
        onSite.table().setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(OnSiteVisit item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overstay");
                if (!empty && item != null && item.overstay()) {
                    getStyleClass().add("overstay");
                    setStyle("-fx-background-color: #fde2e1;");
                } else {
                    setStyle("");
                }
            }
        });
        VBox.setVgrow(onSite.table(), Priority.ALWAYS);

        Label title = new Label(ctx.text("visitors.onSiteTitle"));
        title.getStyleClass().add("section-title");
        checkOut.setPromptText(ctx.text("visitors.checkOutPrompt"));
        checkOut.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                checkOut();
            }
        });
        Label checkOutLabel = new Label(ctx.text("field.visitCode"));
        checkOutLabel.setLabelFor(checkOut);
        HBox.setHgrow(checkOut, Priority.ALWAYS);
        HBox checkOutRow = new HBox(8, checkOutLabel, checkOut,
                Forms.button(ctx.text("visitors.checkOut"), "visitorCheckOutButton", this::checkOut));
        checkOutRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status.setId("visitorStatus");
        status.setWrapText(true);
        return new VBox(8, title, checkOutRow, status, onSite.table(), onSite.moreButton());
    }

    private void checkIn() {
        DirectoryEntry picked = host.selected();
        String hostText = picked == null ? host.freeText() : hostLabel(picked);
        Integer heads = headCount.getValue();
        VisitForm form = new VisitForm(name.getText(), phone.getText(), null, null, company.getText(),
                heads == null ? 1 : heads, purpose.getValue(),
                picked == null ? null : picked.roomId(), picked == null ? null : picked.occupantId(), hostText,
                verification.getValue(), pass.getText(), plate.getText(), note.getText(), jobSize.getValue(),
                engineeringNote.getText(), approvalRef.getText());
        ctx.run(() -> visitors.checkIn(session, form), visit -> {
            message.setText("");
            String key = switch (visit.status()) {
                case ON_SITE -> "visitors.checkedIn";
                case WAITING -> "visitors.waiting";
                default -> "visitors.refusedStored";
            };
            say(ctx.text(key, visit.visitorName(), visit.number()));
            clearForm();
            onSite.reload();
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void checkOut() {
        String code = checkOut.getText();
        ctx.run(() -> visitors.checkOut(session, code), visit -> {
            checkOut.clear();
            say(visit.passNo() == null
                    ? ctx.text("visitors.checkedOut", visit.visitorName(), visit.number())
                    : ctx.text("visitors.checkedOutPass", visit.visitorName(), visit.number(), visit.passNo()));
            onSite.reload();
        }, failure -> {
            checkOut.selectAll();
            say(ctx.errors().describe(failure));
        });
    }

    private void say(String text) {
        status.setText(text);
        onStatus.accept(text);
    }

    private void clearForm() {
        for (TextField f : List.of(name, phone, company, engineeringNote, approvalRef, pass, plate, note)) {
            f.clear();
        }
        headCount.getValueFactory().setValue(1);
        purpose.setValue(Purpose.VISIT);
        jobSize.setValue(null);
        verification.setValue(null);
        host.clear();
        name.requestFocus();
    }

    /** The room code and the person, as the host column shows it later (the directory may change). */
    private String hostLabel(DirectoryEntry e) {
        String text = e.hasOccupant() ? e.roomCode() + " · " + e.name() : e.roomCode();
        return text.length() > MAX_HOST_TEXT ? text.substring(0, MAX_HOST_TEXT) : text;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
