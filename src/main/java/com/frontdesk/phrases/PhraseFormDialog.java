package com.frontdesk.phrases;

import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** An administrator writes or changes a phrase: both texts side by side with the placeholders explained. */
final class PhraseFormDialog {
    private final ComboBox<PhraseCategory> category = new ComboBox<>();
    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextArea textZh = new TextArea();
    private final TextArea textEn = new TextArea();
    private final TextField tags = new TextField();
    private final FormDialog<Phrase> dialog;

    PhraseFormDialog(UiContext ctx, Window owner, Phrase editing, PhraseCategory suggested) {
        category.setId("phraseFormCategory");
        category.getItems().setAll(PhraseCategory.values());
        category.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
        category.setMaxWidth(Double.MAX_VALUE);
        code.setId("phraseFormCode");
        title.setId("phraseFormTitle");
        textZh.setId("phraseFormZh");
        textEn.setId("phraseFormEn");
        tags.setId("phraseFormTags");
        for (TextArea area : new TextArea[] {textZh, textEn}) {
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.setPrefColumnCount(40);
        }
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.phraseCategory"), category);
        Forms.row(grid, ctx.text("field.phraseCode"), code);
        Forms.row(grid, ctx.text("field.phraseTitle"), title);
        Forms.row(grid, ctx.text("field.phraseTextZh"), textZh);
        Forms.row(grid, ctx.text("field.phraseTextEn"), textEn);
        Forms.row(grid, ctx.text("field.phraseTags"), tags);
        Label help = Forms.wrapping(new Label(ctx.text("phrases.formHelp")));
        help.setMaxWidth(620);
        if (editing != null) {
            category.setValue(editing.category());
            code.setText(editing.code());
            title.setText(editing.title());
            textZh.setText(editing.textZh());
            textEn.setText(editing.textEn());
            tags.setText(editing.tags());
        } else {
            category.setValue(suggested);
        }
        String heading = editing == null ? ctx.text("phrases.formNew") : ctx.text("phrases.formEdit", editing.code());
        dialog = new FormDialog<>(ctx, owner, heading, new VBox(8, Forms.sectionTitle(heading), grid, help),
                "phraseFormSave");
        // A phrase is one paragraph: Enter in a text saves the form as in every other field.
        Button save = (Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK);
        for (TextArea area : new TextArea[] {textZh, textEn}) {
            area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    save.fire();
                } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    // Tab leaves the text for the next field instead of typing a tab.
                    e.consume();
                    (e.isShiftDown() ? previous(area) : next(area)).requestFocus();
                }
            });
        }
    }

    private Node next(TextArea area) {
        return area == textZh ? textEn : tags;
    }

    private Node previous(TextArea area) {
        return area == textZh ? title : textZh;
    }

    /** @param write the write of the form, run off the FX thread */
    void open(Function<PhraseForm, Callable<Phrase>> write, Consumer<Phrase> saved) {
        dialog.onSave(() -> write.apply(new PhraseForm(category.getValue(), code.getText(), title.getText(),
                textZh.getText(), textEn.getText(), tags.getText())), saved)
                .focusOnShow(() -> category.getValue() == null ? category : title)
                .show();
    }
}
