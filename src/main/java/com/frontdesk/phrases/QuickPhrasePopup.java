package com.frontdesk.phrases;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.ui.ShownRecord;
import com.frontdesk.ui.UiContext;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The quick-insert popup: Ctrl+/ in any editable text field of any window (the main window and
 * every form dialog) opens a search over all the phrases; Enter puts the chosen one, filled from
 * the signed-in user, the site and the record around the field, at the caret (replacing the
 * selection). Ctrl+/ rather than Ctrl+Space: on Windows Ctrl+Space switches the Chinese input
 * method on and off. While an input method is composing in the field the key does nothing, so a
 * half-typed pinyin syllable is never interrupted.
 */
public final class QuickPhrasePopup {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
    /** The most the popup lists: the favourites and the best matches; typing narrows it. */
    static final int POPUP_LIMIT = 30;
    private static final String COMPOSING = "frontdesk.imeComposing";
    private static final String POPUP = "frontdesk.phrasePopup";

    private final UiContext ctx;
    private final Session session;
    private final PhraseService phrases;
    private final Consumer<String> say;

    public QuickPhrasePopup(UiContext ctx, Session session, Consumer<String> say) {
        this.ctx = ctx;
        this.session = session;
        this.phrases = ctx.workstation().phrases();
        this.say = say;
    }

    /**
     * Keeps, on the text field itself, whether an input method is composing in it. The event's
     * composed text is what is still being composed; once committed it is empty.
     */
    public static void trackComposition(InputMethodEvent e) {
        if (e.getTarget() instanceof Node n) {
            n.getProperties().put(COMPOSING, !e.getComposed().isEmpty());
        }
    }

    static boolean composing(Node n) {
        return Boolean.TRUE.equals(n.getProperties().get(COMPOSING));
    }

    /** A key pressed anywhere in a window: opens the popup on Ctrl+/ in an editable text field. */
    public void onKey(KeyEvent e) {
        if (!SHORTCUT.match(e) || !(e.getSource() instanceof Window w) || w.getScene() == null
                || Boolean.TRUE.equals(w.getProperties().get(POPUP))) {
            return;
        }
        Node focus = w.getScene().getFocusOwner();
        if (focus instanceof TextInputControl field && field.isEditable() && !field.isDisabled()
                && !composing(field)) {
            e.consume();
            open(field);
        }
    }

    private void open(TextInputControl field) {
        String language = Messages.tagOf(ctx.messages().locale());
        RecordOnScreen record = ShownRecord.around(field);
        TextField search = new TextField();
        search.setId("phrasePopupSearch");
        search.setPromptText(ctx.text("phrases.popupPrompt"));
        ListView<Row> list = new ListView<>();
        list.setId("phrasePopupList");
        list.setPrefSize(560, 360);
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label(ctx.text("phrases.popupNone")));
        Label hint = new Label(ctx.text("phrases.popupPrompt"));
        VBox box = new VBox(6, search, list, hint);
        box.setPadding(new Insets(8));

        Stage stage = new Stage(StageStyle.UTILITY);
        stage.getProperties().put(POPUP, true);
        stage.initOwner(field.getScene().getWindow());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.text("phrases.popupTitle"));
        stage.setScene(new Scene(box));
        Bounds at = field.localToScreen(field.getBoundsInLocal());
        if (at != null) {
            stage.setX(at.getMinX());
            stage.setY(at.getMaxY() + 4);
        }

        int[] generation = {0};
        Runnable find = () -> {
            int asked = ++generation[0];
            String words = search.getText();
            ctx.run(() -> {
                Map<String, String> values = phrases.values(session, language, record);
                return phrases.search(session, PhraseSearch.words(words), POPUP_LIMIT).stream()
                        .map(h -> new Row(h, phrases.fill(h.phrase(), language, values))).toList();
            }, rows -> {
                if (asked == generation[0]) {
                    list.getItems().setAll(rows);
                    list.getSelectionModel().selectFirst();
                    list.scrollTo(0);
                }
            });
        };
        search.textProperty().addListener((obs, old, now) -> find.run());
        Consumer<Row> pick = row -> {
            stage.close();
            field.getScene().getWindow().requestFocus();
            field.requestFocus();
            field.replaceSelection(row.filled());
            say.accept(ctx.text("phrases.inserted", row.hit().phrase().title()));
            ctx.run(() -> {
                phrases.recordUse(session, row.hit().phrase().id());
                return null;
            }, done -> { });
        };
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
                field.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                Row chosen = list.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    pick.accept(chosen);
                }
            } else if (e.getTarget() == search && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)) {
                e.consume();
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < list.getItems().size()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                }
            }
        });
        stage.setOnShown(e -> search.requestFocus());
        find.run();
        stage.show();
    }

    /** A phrase found, with its text filled for the field it would go into. */
    record Row(PhraseHit hit, String filled) {
    }

    private static final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                return;
            }
            Phrase p = row.hit().phrase();
            setText((row.hit().favourite() ? "★ " : "") + p.title() + "   " + p.code() + "\n" + preview(row.filled()));
        }

        private static String preview(String text) {
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }
    }
}
