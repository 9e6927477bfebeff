package com.frontdesk.sync;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Sync screen's settings tab, for administrators: the target (a folder or an HTTPS URL with
 * its token), the interval, the batch size and the full-export switch for personal data. A token
 * field left empty keeps the stored token; the stored token is never shown.
 */
final class SyncSettingsPane {
    private final UiContext ctx;
    private final Session session;
    private final Runnable saved;
    private final ComboBox<SyncTarget.Kind> kind = new ComboBox<>();
    private final TextField folder = new TextField();
    private final TextField url = new TextField();
    private final PasswordField token = new PasswordField();
    private final Spinner<Integer> interval = new Spinner<>(SyncSettings.INTERVAL_MINUTES.min(),
            SyncSettings.INTERVAL_MINUTES.max(), SyncSettings.DEFAULTS.intervalMinutes());
    private final Spinner<Integer> batchSize = new Spinner<>(SyncSettings.BATCH_SIZE.min(), SyncSettings.BATCH_SIZE.max(),
            SyncSettings.DEFAULTS.batchSize(), 100);
    private final CheckBox fullPersonal = new CheckBox();
    private final Label message = Forms.messageLabel();
    private final VBox root = new VBox(12);

    SyncSettingsPane(UiContext ctx, Session session, Runnable saved) {
        this.ctx = ctx;
        this.session = session;
        this.saved = saved;
        kind.getItems().setAll(SyncTarget.Kind.values());
        kind.setConverter(Converters.showing(k -> ctx.text(k.messageKey()), ""));
        kind.setId("syncTargetKind");
        folder.setId("syncFolder");
        url.setId("syncUrl");
        url.setPromptText("https://");
        token.setId("syncToken");
        token.setPromptText(ctx.text("sync.tokenKeep"));
        interval.setEditable(true);
        interval.setId("syncInterval");
        batchSize.setEditable(true);
        batchSize.setId("syncBatchSize");
        fullPersonal.setText(ctx.text("sync.fullPersonalData"));
        fullPersonal.setId("syncFullPersonal");
        message.setId("syncSettingsMessage");
        folder.disableProperty().bind(kind.valueProperty().isNotEqualTo(SyncTarget.Kind.FOLDER));
        url.disableProperty().bind(kind.valueProperty().isNotEqualTo(SyncTarget.Kind.HTTPS));
        token.disableProperty().bind(kind.valueProperty().isNotEqualTo(SyncTarget.Kind.HTTPS));

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.target"), kind);
        Forms.row(grid, ctx.text("field.folder"), folder);
        Forms.row(grid, ctx.text("field.url"), url);
        Forms.row(grid, ctx.text("field.token"), token);
        Forms.row(grid, ctx.text("field.intervalMinutes"), interval);
        Forms.row(grid, ctx.text("field.batchSize"), batchSize);
        Forms.row(grid, "", fullPersonal);
        Button save = Forms.button(ctx.text("action.save"), "syncSave", this::save);
        Forms.submitOnEnter(grid, this::save);
        root.getChildren().addAll(Forms.wrapping(new Label(ctx.text("sync.settingsHint"))), grid, save, message);
        load();
    }

    Parent root() {
        return root;
    }

    void focus() {
        kind.requestFocus();
    }

    private void load() {
        ctx.run(() -> ctx.workstation().sync().settings(), s -> {
            kind.setValue(s.target());
            folder.setText(s.folder());
            url.setText(s.url());
            interval.getValueFactory().setValue(s.intervalMinutes());
            batchSize.getValueFactory().setValue(s.batchSize());
            fullPersonal.setSelected(s.fullPersonalData());
        });
    }

    /** What the spinner's field shows, also when it was typed and not yet committed; out-of-range numbers go to the validation. */
    private static int typed(Spinner<Integer> spinner) {
        try {
            return Integer.parseInt(spinner.getEditor().getText().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void save() {
        SyncSettings changed = new SyncSettings(kind.getValue(), folder.getText().strip(), url.getText().strip(),
                typed(interval), typed(batchSize), fullPersonal.isSelected());
        String newToken = token.getText();
        ctx.run(() -> {
            SyncSettings s = ctx.workstation().sync().updateSettings(session, changed);
            if (!newToken.isBlank()) {
                ctx.workstation().sync().setToken(session, newToken);
            }
            return s;
        }, s -> {
            token.clear();
            message.setText(ctx.text("sync.settingsSaved"));
            saved.run();
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }
}
