package com.frontdesk.accounts;

import com.frontdesk.core.Masking;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.PasswordConfirmDialog;
import com.frontdesk.ui.UiContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

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
    private final PagedTable<StaffMember> list;
    private final TableView<StaffMember> table;
    private final Map<String, String> revealed = new HashMap<>();

    public StaffView(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        list = new PagedTable<>(ctx, (after, limit) -> ctx.workstation().accounts().staffPage(session, after, limit), PAGE);
        table = list.table();
        table.setId("staffTable");
        list.addColumn(ctx.text("field.employeeNo"), StaffMember::employeeNo);
        list.addColumn(ctx.text("field.name"), StaffMember::name);
        list.addColumn(ctx.text("field.role"), s -> ctx.text(s.role().messageKey()));
        list.addColumn(ctx.text("field.phone"), s -> revealed.getOrDefault(s.id(), Masking.phone(s.phone())));
        list.addColumn(ctx.text("field.active"), s -> ctx.text(s.active() ? "common.yes" : "common.no"));
        list.addColumn(ctx.text("staff.lockedUntil"), s -> s.lockedAt(ctx.workstation().clock().instant())
                ? ctx.text("common.yes") : "");
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
        actions.getChildren().add(list.moreButton());
        root.getChildren().addAll(actions, table);
        root.setPadding(new Insets(16));
        reload();
    }

    public Parent root() {
        return root;
    }

    private void reload() {
        revealed.clear();
        list.reload();
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
        return Forms.button(ctx.text(key), id, action);
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
