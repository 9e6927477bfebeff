package com.frontdesk.search;

import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintStatus;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.parcels.DepositStatus;
import com.frontdesk.parcels.LostItemStatus;
import com.frontdesk.parcels.ParcelStatus;
import com.frontdesk.phrases.PhraseCategory;
import com.frontdesk.repairs.RepairStatus;
import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.UiContext;
import com.frontdesk.visitors.VisitStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The global search (Ctrl+8, or Ctrl+K from anywhere): one box, the results grouped by kind under
 * a heading, newest first. Typing searches after a short pause, off the FX thread; Down goes into
 * the results, Enter opens the record in its module, Esc goes back to the box (and clears it).
 */
public final class SearchView {
    /** The pause after the last key before the search runs, so a word typed fast is one query. */
    static final Duration DEBOUNCE = Duration.millis(180);

    private final UiContext ctx;
    private final Session session;
    private final Consumer<SearchHit> onOpen;
    private final ShortTime times;
    private final TextField box = new TextField();
    private final Label summary = new Label();
    private final ListView<Row> results = new ListView<>();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final VBox root = new VBox(8);
    /** The text of the newest query sent: an answer to an older one is dropped. */
    private String asked = "";

    /** A line of the list: a kind's heading, or one hit under it. */
    record Row(SearchKind heading, int count, SearchHit hit) {
        boolean isHit() {
            return hit != null;
        }
    }

    public SearchView(UiContext ctx, Session session, Consumer<SearchHit> onOpen) {
        this.ctx = ctx;
        this.session = session;
        this.onOpen = onOpen;
        this.times = new ShortTime(ctx);
        box.setId("globalSearchBox");
        box.setPromptText(ctx.text("search.prompt"));
        summary.setId("globalSearchSummary");
        results.setId("globalSearchResults");
        results.setPlaceholder(new Label(ctx.text("search.hint")));
        results.setCellFactory(list -> new RowCell());
        VBox.setVgrow(results, Priority.ALWAYS);
        root.setId("searchView");
        root.setPadding(new Insets(16));
        root.getChildren().addAll(new Label(ctx.text("search.title")), box, summary, results);

        pause.setOnFinished(e -> search(box.getText()));
        box.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::onBoxKey);
        results.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        // Headings are not records: the selection skips them.
        results.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> skipHeading(old, now));
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the box, its text selected so typing replaces it (Ctrl+K). */
    public void focus() {
        Platform.runLater(() -> {
            box.requestFocus();
            box.selectAll();
        });
    }

    private void onBoxKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
            e.consume();
            intoResults();
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            pause.stop();
            if (box.getText().equals(asked) && !results.getItems().isEmpty()) {
                intoResults();
            } else {
                search(box.getText());
            }
        } else if (e.getCode() == KeyCode.ESCAPE && !box.getText().isEmpty()) {
            e.consume();
            box.clear();
        }
    }

    private void onListKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            open(results.getSelectionModel().getSelectedItem());
        } else if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.UP
                && results.getSelectionModel().getSelectedIndex() <= 1) {
            e.consume();
            results.getSelectionModel().clearSelection();
            box.requestFocus();
        }
    }

    private void intoResults() {
        results.requestFocus();
        results.getSelectionModel().select(1);
        results.scrollTo(0);
    }

    private void skipHeading(Number old, Number now) {
        int i = now.intValue();
        if (i < 0 || i >= results.getItems().size() || results.getItems().get(i).isHit()) {
            return;
        }
        int step = old.intValue() > i ? -1 : 1;
        int next = i + step;
        Platform.runLater(() -> {
            if (next >= 0 && next < results.getItems().size()) {
                results.getSelectionModel().select(next);
            } else {
                results.getSelectionModel().select(i - step);
            }
        });
    }

    private void open(Row row) {
        if (row != null && row.isHit()) {
            onOpen.accept(row.hit());
        }
    }

    /** Runs the query on the executor; the answer fills the list if it is still the newest. */
    void search(String text) {
        String query = Objects.requireNonNullElse(text, "").strip();
        asked = text;
        if (query.isEmpty()) {
            results.getItems().clear();
            summary.setText("");
            return;
        }
        ctx.run(() -> ctx.workstation().search().search(session, query), found -> {
            if (Objects.equals(asked, text)) {
                show(found);
            }
        });
    }

    private void show(SearchResults found) {
        List<Row> rows = new ArrayList<>();
        found.groups().forEach((kind, hits) -> {
            rows.add(new Row(kind, hits.size(), null));
            hits.forEach(h -> rows.add(new Row(kind, 0, h)));
        });
        results.getItems().setAll(rows);
        summary.setText(found.isEmpty() ? ctx.text("search.none") : ctx.text("search.found", found.size(),
                found.groups().size()));
    }

    /** The result's line: what it is, where, its number, its status and when; never a phone. */
    String line(SearchHit hit) {
        String state = stateText(hit);
        // A place, a person or a phrase has no moment worth showing.
        String when = hit.kind() == SearchKind.ROOM || hit.kind() == SearchKind.OCCUPANT
                || hit.kind() == SearchKind.PHRASE ? "" : times.format(hit.at());
        return String.join("  ·  ", Stream.of(hit.title(), hit.detail(), hit.code(), state, when)
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private String stateText(SearchHit hit) {
        String s = hit.state();
        if (s == null) {
            return null;
        }
        return switch (hit.kind()) {
            case OCCUPANT -> ctx.text(OccupantKind.valueOf(s).messageKey());
            case ROOM -> ctx.text("PUBLIC".equals(s) ? "search.room.public" : "search.room.home");
            case VISIT -> ctx.text(VisitStatus.valueOf(s).messageKey());
            case PARCEL -> ctx.text(ParcelStatus.valueOf(s).messageKey());
            case DEPOSIT -> ctx.text(DepositStatus.valueOf(s).messageKey());
            case LOST_ITEM -> ctx.text(LostItemStatus.valueOf(s).messageKey());
            case REPAIR -> ctx.text(RepairStatus.valueOf(s).messageKey());
            case COMPLAINT -> ctx.text(ComplaintStatus.valueOf(s).messageKey());
            case HANDOVER_NOTE -> ctx.text("DONE".equals(s) ? "search.note.done" : "search.note.open");
            case PHRASE -> ctx.text(PhraseCategory.valueOf(s).messageKey());
        };
    }

    private final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            // A heading reads as one: bold, and not a record to open.
            setStyle(null);
            if (empty || row == null) {
                setText(null);
                return;
            }
            if (row.isHit()) {
                setText(line(row.hit()));
            } else {
                setText(ctx.text("search.heading", ctx.text(row.heading().messageKey()), row.count()));
                setStyle("-fx-font-weight: bold;");
            }
        }
    }
}
