package com.frontdesk.phrases;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AtomicFiles;
import com.frontdesk.core.Messages;
import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The phrase library (Ctrl+7): the categories on the left, the search and the list, and the
 * chosen phrase filled in both languages. From the list: C or Ctrl+C copies the phrase in the
 * screen's language, F makes it a favourite; administrators add (Ctrl+N), edit (F2), delete
 * (Delete), import and export the library.
 */
public final class PhrasesView {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** An entry of the left list: every phrase, the favourites, or one category. */
    private record Filter(PhraseCategory category, boolean favourites) {
    }

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final PhraseService phrases;
    private final String language;
    private final boolean admin;
    private final ListView<Filter> filters = new ListView<>();
    private final TextField search = new TextField();
    private final TableView<PhraseHit> table = new TableView<>();
    private final Label count = new Label();
    private final Label title = Forms.sectionTitle("");
    private final Label facts = new Label();
    private final Label previewZh = Forms.wrapping(new Label());
    private final Label previewEn = Forms.wrapping(new Label());
    private final Button favourite;
    private final BorderPane root = new BorderPane();
    private int generation;

    public PhrasesView(UiContext ctx, Session session, Consumer<String> say) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.phrases = ctx.workstation().phrases();
        this.language = Messages.tagOf(ctx.messages().locale());
        this.admin = session.may(Permission.EDIT_PHRASES);
        this.favourite = Forms.button(ctx.text("phrases.favourite"), "phraseFavourite", this::toggleFavourite);
        root.setId("phrasesView");
        root.setLeft(filters());
        root.setCenter(list());
        root.setRight(detail());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::viewKeys);
        show(null);
        reload(null);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                search.requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Shows one phrase selected, found by its code in every category (a global search result opens it). */
    public void showPhrase(String id, String code) {
        filters.getSelectionModel().selectFirst();
        search.setText(code);
        reload(id);
    }

    private Node filters() {
        filters.setId("phraseCategories");
        List<Filter> all = new ArrayList<>(List.of(new Filter(null, false), new Filter(null, true)));
        for (PhraseCategory c : PhraseCategory.values()) {
            all.add(new Filter(c, false));
        }
        filters.getItems().setAll(all);
        filters.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Filter f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.favourites() ? ctx.text("phrases.favourites")
                        : f.category() == null ? ctx.text("phrases.all") : ctx.text(f.category().messageKey()));
            }
        });
        filters.getSelectionModel().selectFirst();
        filters.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> reload(null));
        filters.setPrefWidth(150);
        return filters;
    }

    private Node list() {
        search.setId("phraseSearch");
        search.setPromptText(ctx.text("phrases.searchPrompt"));
        search.textProperty().addListener((obs, old, now) -> reload(null));
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                e.consume();
                focusTable();
            }
        });
        table.setId("phraseTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.column(ctx.text("phrases.col.favourite"), 36, h -> h.favourite() ? "★" : ""));
        table.getColumns().add(Tables.column(ctx.text("phrases.col.code"), 70, h -> h.phrase().code()));
        table.getColumns().add(Tables.column(ctx.text("phrases.col.title"), 170, h -> h.phrase().title()));
        table.getColumns().add(Tables.column(ctx.text("phrases.col.category"), 110,
                h -> ctx.text(h.phrase().category().messageKey())));
        table.getColumns().add(Tables.counts(ctx.text("phrases.col.uses"), PhraseHit::uses));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::tableKeys);
        VBox box = new VBox(8, search, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 12, 0, 12));
        return box;
    }

    private Node detail() {
        title.setId("phraseDetailTitle");
        facts.setId("phraseDetailFacts");
        previewZh.setId("phrasePreviewZh");
        previewEn.setId("phrasePreviewEn");
        FlowPane actions = new FlowPane(8, 8,
                Forms.button(ctx.text("phrases.copy"), "phraseCopy", this::copy), favourite);
        if (admin) {
            actions.getChildren().addAll(
                    Forms.button(ctx.text("phrases.new"), "phraseNew", () -> edit(null)),
                    Forms.button(ctx.text("phrases.edit"), "phraseEdit", () -> edit(selected())),
                    Forms.button(ctx.text("phrases.delete"), "phraseDelete", this::delete),
                    Forms.button(ctx.text("phrases.import"), "phraseImport", this::importLibrary));
        }
        actions.getChildren().add(Forms.button(ctx.text("phrases.export"), "phraseExport", this::exportLibrary));
        actions.getChildren().forEach(n -> n.setFocusTraversable(false));
        VBox box = new VBox(10, title, facts, new Label(ctx.text("phrases.previewZh")), previewZh,
                new Label(ctx.text("phrases.previewEn")), previewEn, actions);
        box.setPrefWidth(380);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    /** Reads the list again off the FX thread; keeps the phrase of the given id selected if it is still there. */
    private void reload(String keepId) {
        int asked = ++generation;
        Filter f = filters.getSelectionModel().getSelectedItem();
        PhraseSearch s = new PhraseSearch(search.getText(), f == null ? null : f.category(), f != null && f.favourites());
        ctx.run(() -> phrases.search(session, s, PhraseService.LIST_LIMIT), hits -> {
            if (asked != generation) {
                return;
            }
            table.getItems().setAll(hits);
            count.setText(hits.size() >= PhraseService.LIST_LIMIT
                    ? ctx.text("phrases.limitReached", PhraseService.LIST_LIMIT) : ctx.text("phrases.count", hits.size()));
            hits.stream().filter(h -> h.phrase().id().equals(keepId)).findFirst()
                    .ifPresentOrElse(h -> table.getSelectionModel().select(h), () -> table.getSelectionModel().selectFirst());
        });
    }

    private void show(PhraseHit hit) {
        if (hit == null) {
            title.setText(ctx.text("phrases.selectOne"));
            facts.setText("");
            previewZh.setText("");
            previewEn.setText("");
            favourite.setText(ctx.text("phrases.favourite"));
            return;
        }
        Phrase p = hit.phrase();
        title.setText(p.title());
        facts.setText(String.join(" · ", p.code(), ctx.text(p.category().messageKey()), ctx.text("phrases.tags", p.tags())));
        favourite.setText(ctx.text(hit.favourite() ? "phrases.unfavourite" : "phrases.favourite"));
        ctx.run(() -> List.of(fill(p, "zh-CN"), fill(p, "en")), texts -> {
            if (hit == table.getSelectionModel().getSelectedItem()) {
                previewZh.setText(texts.get(0));
                previewEn.setText(texts.get(1));
            }
        });
    }

    /** The library shows no record: the phrase as it reads with the user, the site and the fallbacks. */
    private String fill(Phrase p, String lang) {
        return phrases.fill(p, lang, phrases.values(session, lang, RecordOnScreen.NONE));
    }

    private void viewKeys(KeyEvent e) {
        if (FIND.match(e)) {
            e.consume();
            search.requestFocus();
            search.selectAll();
        } else if (NEW.match(e) && admin) {
            e.consume();
            edit(null);
        }
    }

    private void tableKeys(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
        if ((e.getCode() == KeyCode.C && plain) || COPY.match(e)) {
            copy();
        } else if (e.getCode() == KeyCode.F && plain) {
            toggleFavourite();
        } else if (admin && (e.getCode() == KeyCode.F2 || (e.getCode() == KeyCode.ENTER && plain))) {
            edit(selected());
        } else if (admin && e.getCode() == KeyCode.DELETE) {
            delete();
        } else {
            return;
        }
        e.consume();
    }

    private void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private Phrase selected() {
        PhraseHit hit = table.getSelectionModel().getSelectedItem();
        return hit == null ? null : hit.phrase();
    }

    private void copy() {
        Phrase p = selected();
        if (p == null) {
            return;
        }
        ctx.run(() -> {
            String text = fill(p, language);
            phrases.recordUse(session, p.id());
            return text;
        }, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            say.accept(ctx.text("phrases.copied", p.title()));
            reload(p.id());
        });
    }

    private void toggleFavourite() {
        Phrase p = selected();
        if (p != null) {
            ctx.run(() -> phrases.toggleFavourite(session, p.id()), on -> reload(p.id()));
        }
    }

    private void edit(Phrase editing) {
        if (!admin) {
            return;
        }
        Filter f = filters.getSelectionModel().getSelectedItem();
        new PhraseFormDialog(ctx, window(), editing, f == null ? null : f.category()).open(form -> editing == null
                ? () -> phrases.create(session, form) : () -> phrases.update(session, editing.id(), form), saved -> {
                    say.accept(ctx.text("phrases.saved", saved.code()));
                    // The saved phrase is shown whatever the list held: all categories, found by its code.
                    filters.getSelectionModel().selectFirst();
                    search.setText(saved.code());
                    reload(saved.id());
                    focusTable();
                });
    }

    private void delete() {
        Phrase p = selected();
        if (p == null) {
            return;
        }
        ButtonType yes = new ButtonType(ctx.text("phrases.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(ctx.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ctx.text("phrases.deleteConfirm", p.title()), yes, no);
        confirm.initOwner(window());
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(yes::equals).ifPresent(ok -> ctx.run(() -> {
            phrases.delete(session, p.id());
            return p;
        }, gone -> {
            say.accept(ctx.text("phrases.deleted", gone.code()));
            reload(null);
        }));
    }

    private void exportLibrary() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName("phrases-" + ctx.workstation().sites().site().map(s -> s.code()).orElse("site")
                + ".json");
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        ctx.run(() -> AtomicFiles.write(file.toPath(), out -> ctx.workstation().phraseLibrary().export(out)),
                n -> say.accept(ctx.text("phrases.exported", n, file.getName())));
    }

    private void importLibrary() {
        File file = chooser().showOpenDialog(window());
        if (file == null) {
            return;
        }
        PhraseLibraryExchange library = ctx.workstation().phraseLibrary();
        ctx.run(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                return library.preview(session, in);
            }
        }, preview -> new PhraseImportDialog(ctx, window(), preview).open(() -> library.apply(session, preview),
                done -> {
                    say.accept(ctx.text("phrases.imported", done.added().size(), done.changed().size(),
                            done.removed().size()));
                    reload(null);
                }));
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("phrases.jsonFiles"), "*.json"));
        return chooser;
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
