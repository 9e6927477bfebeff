package com.frontdesk.settings;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;

/**
 * One module's settings document as its Settings tab reads and changes it, off the FX thread.
 * Every change reads the stored settings afresh and changes only its own part, so two parts of a
 * tab saved one after the other do not undo each other.
 */
public final class SettingsEditor<T> {
    private final UiContext ctx;
    private final Session session;
    private final SettingsDocument<T> doc;

    public SettingsEditor(UiContext ctx, Session session, SettingsDocument<T> doc) {
        this.ctx = ctx;
        this.session = session;
        this.doc = doc;
    }

    /** Whether the tab offers editing; the settings service checks the right again on every save. */
    public boolean mayEdit() {
        return session.may(Permission.EDIT_SETTINGS);
    }

    public void load(Consumer<T> show) {
        ctx.run(() -> settings().current(doc), show);
    }

    /** Saves {@code how} applied to the stored settings; a refusal (validation, rights) goes to {@code message}. */
    public void change(UnaryOperator<T> how, Consumer<T> onSaved, Label message) {
        message.setText("");
        ctx.run(() -> settings().update(session, doc, how.apply(settings().current(doc))), onSaved,
                failure -> message.setText(ctx.errors().describe(failure)));
    }

    private SettingsService settings() {
        return ctx.workstation().settings();
    }
}
