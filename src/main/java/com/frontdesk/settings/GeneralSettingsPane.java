package com.frontdesk.settings;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Language, idle lock, lock-out and backups. Administrators change them; others see them. */
final class GeneralSettingsPane {
    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final Consumer<String> onLanguage;
    private final VBox root = new VBox(12);
    private final ComboBox<String> language = new ComboBox<>();
    private final Spinner<Integer> idleMinutes = spinner(WorkstationSettings.IDLE_LOCK_MINUTES);
    private final Spinner<Integer> lockoutAttempts = spinner(WorkstationSettings.LOCKOUT_ATTEMPTS);
    private final Spinner<Integer> lockoutMinutes = spinner(WorkstationSettings.LOCKOUT_MINUTES);
    private final TextField backupFolder = new TextField();
    private final Spinner<Integer> backupsToKeep = spinner(WorkstationSettings.BACKUPS_TO_KEEP);
    private final Label message = Forms.messageLabel();

    GeneralSettingsPane(UiContext ctx, Session session, Consumer<String> status, Consumer<String> onLanguage) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.onLanguage = onLanguage;
        boolean editable = session.may(Permission.EDIT_SETTINGS);
        language.getItems().setAll("zh-CN", "en");
        language.setConverter(Converters.showing(tag -> ctx.text("language." + tag), ""));
        language.setId("settingsLanguage");
        idleMinutes.setId("settingsIdleMinutes");
        for (Spinner<Integer> s : List.of(idleMinutes, lockoutAttempts, lockoutMinutes, backupsToKeep)) {
            s.setEditable(true);
            s.setDisable(!editable);
        }
        backupFolder.setDisable(!editable);
        backupFolder.setPromptText(ctx.workstation().dataDirectory().defaultBackups().toString());

        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.language"), language);
        Forms.row(form, ctx.text("field.idleLockMinutes"), idleMinutes);
        Forms.row(form, ctx.text("field.lockoutAttempts"), lockoutAttempts);
        Forms.row(form, ctx.text("field.lockoutMinutes"), lockoutMinutes);
        Forms.row(form, ctx.text("field.backupFolder"), backupFolder);
        Forms.row(form, ctx.text("field.backupsToKeep"), backupsToKeep);

        Button save = new Button(ctx.text("action.save"));
        save.setId("settingsSave");
        save.setOnAction(e -> save());
        Button backupNow = new Button(ctx.text("settings.backupNow"));
        backupNow.setId("backupNow");
        backupNow.setVisible(session.may(Permission.BACKUP));
        backupNow.setOnAction(e -> backupNow());
        message.setId("settingsMessage");
        root.getChildren().addAll(form, message, new HBox(8, save, backupNow));
        Forms.submitOnEnter(form, this::save);
        root.setPadding(new Insets(16));
        root.setMaxWidth(640);
        load();
    }

    private static Spinner<Integer> spinner(WorkstationSettings.Range range) {
        return new Spinner<>(range.min(), range.max(), range.min());
    }

    Parent root() {
        return root;
    }

    private void load() {
        ctx.run(() -> ctx.workstation().settings().current(), s -> {
            language.setValue(s.language());
            idleMinutes.getValueFactory().setValue(s.idleLockMinutes());
            lockoutAttempts.getValueFactory().setValue(s.lockoutAttempts());
            lockoutMinutes.getValueFactory().setValue(s.lockoutMinutes());
            backupFolder.setText(s.backupFolder());
            backupsToKeep.getValueFactory().setValue(s.backupsToKeep());
        });
    }

    private void save() {
        message.setText("");
        String tag = language.getValue();
        String folder = backupFolder.getText();
        int keep = backupsToKeep.getValue();
        int idle = idleMinutes.getValue();
        int attempts = lockoutAttempts.getValue();
        int minutes = lockoutMinutes.getValue();
        SettingsService service = ctx.workstation().settings();
        // Only this tab's fields change; the rest (the visitor rules) is kept as stored.
        ctx.run(() -> session.may(Permission.EDIT_SETTINGS)
                        ? service.update(session, service.current().withGeneral(tag, folder, keep, idle, attempts, minutes))
                        : service.changeLanguage(session.actor(), tag),
                saved -> {
                    status.accept(ctx.text("status.saved"));
                    if (!saved.language().equals(Messages.tagOf(ctx.messages().locale()))) {
                        onLanguage.accept(saved.language());
                    }
                },
                failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void backupNow() {
        ctx.run(() -> ctx.workstation().siteBackups().backupNow(session, ctx.workstation().sites().zone()),
                file -> status.accept(ctx.text("status.backupDone", file.toString())),
                failure -> message.setText(ctx.errors().describe(failure)));
    }
}
