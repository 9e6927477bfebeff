package com.frontdesk.accounts;

import com.frontdesk.core.Masking;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Adds a staff member (with a first password) or edits one (name, role, phone, active). */
final class StaffFormDialog {
    private final FormDialog<StaffMember> dialog;

    StaffFormDialog(UiContext ctx, Window owner, Session session, StaffMember editing, Consumer<StaffMember> onSaved) {
        TextField employeeNo = new TextField(editing == null ? "" : editing.employeeNo());
        employeeNo.setId("staffEmployeeNo");
        employeeNo.setDisable(editing != null);
        TextField name = new TextField(editing == null ? "" : editing.name());
        name.setId("staffName");
        ComboBox<Role> role = roleBox(ctx);
        role.setValue(editing == null ? Role.RECEPTIONIST : editing.role());
        // Editing never shows the number whole; typing a new one replaces it, blank keeps it.
        TextField phone = new TextField();
        if (editing != null) {
            phone.setPromptText(Masking.phone(editing.phone()));
        }
        PasswordField password = new PasswordField();
        password.setId("staffPassword");
        CheckBox active = new CheckBox(ctx.text("field.active"));
        active.setSelected(editing == null || editing.active());

        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.employeeNo"), employeeNo);
        Forms.row(form, ctx.text("field.name"), name);
        Forms.row(form, ctx.text("field.role"), role);
        Forms.row(form, ctx.text("field.phone"), phone);
        if (editing == null) {
            Forms.row(form, ctx.text("field.password"), password);
        } else {
            form.add(active, 1, form.getRowCount());
        }
        dialog = new FormDialog<>(ctx, owner, ctx.text(editing == null ? "staff.add" : "staff.edit"), form, "staffSave");
        dialog.onSave(() -> {
            AccountService accounts = ctx.workstation().accounts();
            String no = employeeNo.getText();
            String fullName = name.getText();
            Role chosenRole = role.getValue();
            String newPhone = phone.getText();
            char[] firstPassword = password.getText().toCharArray();
            boolean isActive = active.isSelected();
            return () -> editing == null
                    ? accounts.addStaff(session, new NewStaff(no, fullName, chosenRole, newPhone, firstPassword))
                    : accounts.updateStaff(session, editing.id(), fullName, chosenRole, newPhone, isActive);
        }, onSaved).focusOnShow(() -> editing == null ? employeeNo : name);
    }

    void show() {
        dialog.show();
    }

    static ComboBox<Role> roleBox(UiContext ctx) {
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(List.of(Role.values()));
        role.setConverter(Converters.showing(r -> ctx.text(r.messageKey()), ""));
        return role;
    }
}
