package com.frontdesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A form in a dialog. Save (or Enter) reads the form on the FX thread, runs the write off it,
 * and closes only when the write succeeded; otherwise the reason shows under the form and the
 * typed values stay. Esc cancels; Enter on a check box saves too (Space ticks it).
 *
 * @param <T> what the write returns
 */
public final class FormDialog<T> {
    private final UiContext ctx;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label message = Forms.messageLabel();
    private final Button save;

    public FormDialog(UiContext ctx, Window owner, String title, Node form, String saveId) {
        this.ctx = ctx;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(new VBox(8, form, message));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        save = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        save.setText(ctx.text("action.save"));
        save.setId(saveId);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("action.cancel"));
        // A check box takes Enter as a click (off the Mac) and would untick itself instead of saving,
        // as Forms.submitOnEnter stops it in the forms of the pages.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && e.getTarget() instanceof CheckBox) {
                e.consume();
                if (!save.isDisabled()) {
                    save.fire();
                }
            }
        });
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public Label message() {
        return message;
    }

    /** @param read reads the controls (on the FX thread) and returns the write to run off it */
    public FormDialog<T> onSave(Supplier<Callable<T>> read, Consumer<T> onSaved) {
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            message.setText("");
            Callable<T> write = read.get();
            save.setDisable(true);
            ctx.run(write, saved -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onSaved.accept(saved);
            }, failure -> {
                save.setDisable(false);
                message.setText(ctx.errors().describe(failure));
                // The message adds lines: grow the window so the buttons stay visible.
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            });
        });
        return this;
    }

    public FormDialog<T> focusOnShow(Supplier<Node> first) {
        dialog.setOnShown(e -> first.get().requestFocus());
        return this;
    }

    public void show() {
        dialog.show();
    }
}
