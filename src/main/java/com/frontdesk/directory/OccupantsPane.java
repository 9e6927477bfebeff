package com.frontdesk.directory;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The people in one room: name, type, company, phones (masked unless revealed, and each reveal
 * audited), parcel consent, moved out. Add, edit and move out for roles that may edit the directory.
 */
final class OccupantsPane {
    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final DirectoryService directory;
    private final VBox root = new VBox(8);
    private final TableView<Occupant> table = new TableView<>();
    private final Label title = new Label();
    private final Label placeholder = new Label();
    private final Map<String, List<String>> revealed = new HashMap<>();
    private String roomId;
    private String roomCode;
    private int requests;

    OccupantsPane(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.directory = ctx.workstation().directory();
        table.setId("occupantTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder); // empty until a room is chosen; the title says what to do
        column("field.name", 100, Occupant::name);
        column("field.title", 50, o -> o.title() == null ? "" : ctx.text(o.title().messageKey()));
        column("directory.kind", 80, o -> ctx.text(o.kind().messageKey()));
        column("field.company", 160, o -> o.company() == null ? "" : o.company());
        column("field.phones", 150, this::phones);
        column("field.parcelConsent", 90, o -> ctx.text(o.parcelConsent().messageKey()));
        column("directory.movedOut", 60, o -> o.movedOut() ? ctx.text("common.yes") : "");
        column("field.note", 120, o -> o.note() == null ? "" : o.note());
        VBox.setVgrow(table, Priority.ALWAYS);
        title.setStyle("-fx-font-weight: bold;");
        title.setId("directoryRoomTitle");
        title.setText(ctx.text("directory.pickRoom"));

        HBox actions = new HBox(8);
        if (session.may(Permission.EDIT_DIRECTORY)) {
            actions.getChildren().addAll(
                    button("directory.addOccupant", "occupantAdd", this::add),
                    button("directory.editOccupant", "occupantEdit", () -> withSelected(this::edit)),
                    button("directory.moveOut", "occupantMoveOut", () -> withSelected(this::moveOut)));
        }
        if (session.may(Permission.REVEAL_PERSONAL_DATA)) {
            actions.getChildren().add(button("directory.revealPhones", "occupantReveal", () -> withSelected(this::reveal)));
        }
        root.getChildren().addAll(title, table, actions);
        root.setPadding(new Insets(6));
    }

    Parent root() {
        return root;
    }

    /** Shows the people of a room, selecting one of them when an id is given. */
    void showRoom(String id, String code, String occupantId) {
        if (!id.equals(roomId)) {
            revealed.clear();
        }
        roomId = id;
        roomCode = code;
        title.setText(ctx.text("directory.roomHeader", code));
        placeholder.setText(ctx.text("directory.noOccupants"));
        load(occupantId);
    }

    private void load(String selectId) {
        String asked = roomId;
        int request = ++requests;
        ctx.run(() -> directory.occupants(asked), list -> {
            if (request != requests) {
                return; // the desk has moved on to another room meanwhile
            }
            table.getItems().setAll(list);
            list.stream().filter(o -> o.id().equals(selectId)).findFirst().ifPresent(o -> {
                table.getSelectionModel().select(o);
                table.scrollTo(o);
            });
        });
    }

    private String phones(Occupant o) {
        List<String> shown = revealed.get(o.id());
        return shown != null ? String.join(", ", shown)
                : o.phones().stream().map(Masking::phone).collect(Collectors.joining(", "));
    }

    private void add() {
        if (roomId == null) {
            status.accept(ctx.text("directory.pickRoom"));
            return;
        }
        new OccupantFormDialog(ctx, window(), session, roomId, roomCode, null, saved -> {
            status.accept(ctx.text("directory.occupantSaved", saved.name()));
            load(saved.id());
        }).show();
    }

    private void edit(Occupant o) {
        new OccupantFormDialog(ctx, window(), session, roomId, roomCode, o, saved -> {
            status.accept(ctx.text("directory.occupantSaved", saved.name()));
            revealed.remove(saved.id());
            load(saved.id());
        }).show();
    }

    private void moveOut(Occupant o) {
        if (o.movedOut()) {
            status.accept(ctx.text("directory.alreadyMovedOut", o.name()));
            return;
        }
        ButtonType yes = new ButtonType(ctx.text("directory.moveOut"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(ctx.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ctx.text("directory.moveOutConfirm", o.name(), roomCode),
                yes, no);
        confirm.initOwner(window());
        confirm.setTitle(ctx.text("directory.moveOut"));
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(yes::equals).ifPresent(ok -> ctx.run(() -> directory.moveOut(session, o.id()),
                saved -> {
                    status.accept(ctx.text("directory.movedOutDone", saved.name()));
                    load(saved.id());
                }));
    }

    private void reveal(Occupant o) {
        ctx.run(() -> directory.revealPhones(session, o.id()), phones -> {
            revealed.put(o.id(), phones);
            table.refresh();
        });
    }

    private void withSelected(Consumer<Occupant> action) {
        Occupant selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        } else {
            status.accept(ctx.text("list.selectFirst"));
        }
    }

    private void column(String titleKey, double width, Function<Occupant, String> value) {
        TableColumn<Occupant, String> c = Tables.column(ctx.text(titleKey), value);
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    private Button button(String key, String id, Runnable action) {
        return Forms.button(ctx.text(key), id, action);
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
