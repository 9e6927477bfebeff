package com.frontdesk.ui;

import com.frontdesk.core.Masking;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * A phone number shown masked (138****5678), with a button (and F3) to show it in full to a role
 * that may call the person. The full number is read through a service, which writes the reveal to
 * the audit log, so the screen never holds more than it has shown.
 */
public final class MaskedPhone {
    private final UiContext ctx;
    private final boolean mayReveal;
    private final Label number = new Label();
    private final Button reveal;
    private final HBox root;
    private Callable<String> full;

    /** @param id the number label's id; the button's is id + "Reveal" */
    public MaskedPhone(UiContext ctx, String id, boolean mayReveal) {
        this.ctx = ctx;
        this.mayReveal = mayReveal;
        number.setId(id);
        reveal = Forms.button(ctx.text("action.revealPhone"), id + "Reveal", this::reveal);
        // F3 reveals from the list; the button must not steal the focus from it.
        reveal.setFocusTraversable(false);
        reveal.managedProperty().bind(reveal.visibleProperty());
        root = new HBox(8, number, reveal);
        show(null, null);
    }

    public Node root() {
        return root;
    }

    /**
     * @param phone      the number as stored, shown masked; null for none
     * @param fullNumber reads it in full off the FX thread, through the service that audits it
     */
    public void show(String phone, Callable<String> fullNumber) {
        number.setText(phone == null ? "" : Masking.phone(phone));
        full = phone == null ? null : fullNumber;
        reveal.setVisible(mayReveal && full != null);
    }

    /** Failures go to the global reporter. */
    public void reveal() {
        reveal(ctx.errors()::report);
    }

    public void reveal(Consumer<Throwable> onFailure) {
        if (mayReveal && full != null) {
            ctx.run(full, number::setText, onFailure);
        }
    }

    /** F3 anywhere inside {@code scope} (a form in a dialog) shows the number. */
    public void revealOnF3(Node scope, Consumer<Throwable> onFailure) {
        scope.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F3) {
                e.consume();
                reveal(onFailure);
            }
        });
    }
}
