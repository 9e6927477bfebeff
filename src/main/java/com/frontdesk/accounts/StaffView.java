package com.frontdesk.accounts;

import com.frontdesk.core.Masking;
import com.frontdesk.ui.PasswordConfirmDialog;
import com.frontdesk.ui.UiContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The staff list, a page at a time. Phones are masked; a shift lead or administrator may reveal
 * one, which is written to the audit log.
 */
public final class StaffView {
    private static final int PAGE = 50;

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final VBox root = new VBox(8);
    private final TableView<StaffMember> table = new TableView<>();
    private final Map<String, String> revealed = new HashMap<>();
    private final Button more = new Button();

    public StaffView(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        table.setId("staffTable");
        table.getColumns().add(column(ctx.text("field.employeeNo"), StaffMember::employeeNo));
        table.getColumns().add(column(ctx.text("field.name"), StaffMember::name));
        table.getColumns().add(column(ctx.text("field.role"), s -> ctx.text(s.role().messageKey())));
        table.getColumns().add(column(ctx.text("field.phone"),
                s -> revealed.getOrDefault(s.id(), Masking.phone(s.phone()))));
        table.getColumns().add(column(ctx.text("field.active"),
                s -> ctx.text(s.active() ? "common.yes" : "common.no")));
        table.getColumns().add(column(ctx.text("staff.lockedUntil"), s -> s.lockedAt(ctx.workstation().clock().instant())
                ? ctx.text("common.yes") : ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox actions = new HBox(8);
        if (session.may(Permission.MANAGE_STAFF)) {
            actions.getChildren().addAll(
                    button("staff.add", "staffAdd", () -> new StaffFormDialog(ctx, window(), session, null, s -> reload()).show()),
                    button("staff.edit", "staffEdit", () -> withSelected(s ->
                            new StaffFormDialog(ctx, window(), session, s, saved -> reload()).show())),
                    button("staff.resetPassword", "staffReset", () -> withSelected(this::resetPassword)));
        }
        if (session.may(Permission.REVEAL_PERSONAL_DATA)) {
            actions.getChildren().add(button("staff.revealPhone", "staffReveal", () -> withSelected(this::reveal)));
        }
        more.setText(ctx.text("list.more"));
        more.setOnAction(e -> loadPage(table.getItems().isEmpty() ? null : table.getItems().get(table.getItems().size() - 1)));
        actions.getChildren().add(more);
        root.getChildren().addAll(actions, table);
        root.setPadding(new Insets(16));
        reload();
    }

    public Parent root() {
        return root;
    }

    private void reload() {
        table.getItems().clear();
        revealed.clear();
        loadPage(null);
    }

    private void loadPage(StaffMember after) {
        ctx.run(() -> ctx.workstation().accounts().staffPage(session, after, PAGE), (List<StaffMember> page) -> {
            table.getItems().addAll(page);
            more.setDisable(page.size() < PAGE);
        });
    }

    private void reveal(StaffMember member) {
        ctx.run(() -> ctx.workstation().accounts().revealPhone(session, member.id()), phone -> {
            revealed.put(member.id(), phone);
            table.refresh();
        });
    }

    /** The administrator proves it is them before setting someone else's password. */
    private void resetPassword(StaffMember member) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(window());
        ask.setTitle(ctx.text("staff.resetPassword"));
        ask.setHeaderText(ctx.text("staff.resetPasswordFor", member.name(), member.employeeNo()));
        PasswordField fresh = new PasswordField();
        fresh.setId("newStaffPassword");
        ask.getDialogPane().setContent(fresh);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setText(ctx.text("action.ok"));
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("action.cancel"));
        ask.setOnShown(e -> fresh.requestFocus());
        ask.showAndWait().ifPresent(ignored -> {
            char[] password = fresh.getText().toCharArray();
            new PasswordConfirmDialog(ctx, window(), session.user(), ctx.text("staff.resetPasswordFor", member.name(),
                    member.employeeNo()), confirmed -> ctx.run(() -> {
                        ctx.workstation().accounts().resetPassword(session, member.id(), password);
                        return member;
                    }, done -> status.accept(ctx.text("staff.passwordReset", member.name())))).show();
        });
    }

    private void withSelected(Consumer<StaffMember> action) {
        StaffMember selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        } else {
            status.accept(ctx.text("list.selectFirst"));
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(ctx.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    private static TableColumn<StaffMember, String> column(String title, java.util.function.Function<StaffMember, String> value) {
        TableColumn<StaffMember, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
