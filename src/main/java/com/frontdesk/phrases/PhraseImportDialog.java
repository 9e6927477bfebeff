package com.frontdesk.phrases;

import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The preview of an import: what is new, what changes (the site's wording, then the file's) and
 * what goes; Apply (Enter) makes the library equal to the file, Esc leaves it as it is.
 */
final class PhraseImportDialog {
    private final UiContext ctx;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label message = Forms.messageLabel();

    PhraseImportDialog(UiContext ctx, Window owner, PhraseImportPreview preview) {
        this.ctx = ctx;
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("phrases.importTitle"));
        Label summary = Forms.sectionTitle(ctx.text("phrases.importSummary", preview.added().size(),
                preview.changed().size(), preview.removed().size()));
        summary.setId("phraseImportSummary");
        HBox lists = new HBox(8,
                column("phrases.importAdded", "phraseImportAdded",
                        preview.added().stream().map(f -> f.code() + "  " + f.title()).toList()),
                column("phrases.importChanged", "phraseImportChanged", preview.changed().stream()
                        .map(c -> c.after().code() + "  " + c.after().title() + "\n− " + c.before().textZh()
                                + "\n+ " + c.after().textZh()).toList()),
                column("phrases.importRemoved", "phraseImportRemoved",
                        preview.removed().stream().map(p -> p.code() + "  " + p.title()).toList()));
        dialog.getDialogPane().setContent(new VBox(8, summary, lists, message));
        ButtonType apply = new ButtonType(ctx.text("phrases.importApply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply,
                new ButtonType(ctx.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("phraseImportApply");
        applyButton.setDisable(preview.nothingToDo());
        if (preview.nothingToDo()) {
            message.setText(ctx.text("phrases.importNothing"));
        }
    }

    private VBox column(String titleKey, String id, List<String> lines) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(lines);
        list.setPrefSize(280, 320);
        return new VBox(4, new Label(ctx.text(titleKey) + " (" + lines.size() + ")"), list);
    }

    /** @param apply the import, run off the FX thread; the dialog closes only once it succeeded */
    void open(Callable<PhraseImportPreview> apply, Consumer<PhraseImportPreview> applied) {
        Button applyButton = (Button) dialog.getDialogPane().lookup("#phraseImportApply");
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            applyButton.setDisable(true);
            ctx.run(apply, done -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                applied.accept(done);
            }, failure -> {
                applyButton.setDisable(false);
                message.setText(ctx.errors().describe(failure));
            });
        });
        dialog.show();
    }
}
