package com.frontdesk.directory;

import com.frontdesk.core.Masking;
import com.frontdesk.ui.UiContext;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * The field every module uses to name a room and the person in it. The desk types a room code,
 * a name, a company, the last four digits of a phone or pinyin initials ("zsf" for 张三丰); a
 * moment after the last keystroke the directory is asked and the suggestions open below the
 * field, each with room, name, kind, company and masked phone so two people of the same name
 * can be told apart.
 *
 * <p>Keyboard: Down moves into the suggestions (Up back), Enter picks, Esc closes them, Tab
 * leaves. The focus never leaves the field, so typing on refines the search. Nothing picked is
 * fine: {@link #freeText()} then holds what was typed, for someone not in the directory.
 */
public final class DirectoryPicker {
    static final int LIMIT = 20;
    static final Duration DEBOUNCE = Duration.millis(150);
    private static final String SEPARATOR = " · ";
    private static final int VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 28;

    private final UiContext ctx;
    private final TextField field = new TextField();
    private final ListView<DirectoryEntry> suggestions = new ListView<>();
    private final Popup popup = new Popup();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private boolean firstWhenFound;
    private final ObjectProperty<DirectoryEntry> selected = new SimpleObjectProperty<>(this, "selected");
    /** Set while the field is filled with a picked suggestion, so that is not taken as typing. */
    private boolean filling;
    /** Counts searches; an answer for an older text than the field holds now is dropped. */
    private int generation;

    /** @param id the field's id; the suggestion list gets id + "Suggestions" */
    public DirectoryPicker(UiContext ctx, String id) {
        this.ctx = ctx;
        field.setId(id);
        field.getProperties().put(DirectoryPicker.class, this);
        field.setPromptText(ctx.text("directory.pickerPrompt"));
        suggestions.setId(id + "Suggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(ROW_HEIGHT);
        suggestions.setStyle("-fx-effect: dropshadow(gaussian, rgba(0, 0, 0, 0.25), 12, 0, 0, 4);");
        suggestions.setPlaceholder(new Label(ctx.text("directory.noMatch")));
        suggestions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DirectoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry));
            }
        });
        suggestions.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && suggestions.getSelectionModel().getSelectedItem() != null) {
                select(suggestions.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(suggestions);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        pause.setOnFinished(e -> search());
        field.textProperty().addListener((obs, old, now) -> {
            if (filling) {
                return;
            }
            selected.set(null);
            // A suggestion chosen for the old text must not be picked by an Enter on the new one.
            suggestions.getSelectionModel().clearSelection();
            firstWhenFound = false;
            pause.playFromStart();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                hide();
            }
        });
        field.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                hide();
            }
        });
    }

    /** The picker a field found on screen belongs to (tests and forms look fields up by id). */
    public static DirectoryPicker of(Node field) {
        Object picker = field.getProperties().get(DirectoryPicker.class);
        if (picker instanceof DirectoryPicker p) {
            return p;
        }
        throw new IllegalArgumentException("not a directory picker field: " + field.getId());
    }

    public TextField field() {
        return field;
    }

    /** The suggestion list (in its popup), for tests and for callers that style it. */
    public ListView<DirectoryEntry> suggestions() {
        return suggestions;
    }

    /** The picked room (and person); null while what is in the field was typed, not picked. */
    public ObjectProperty<DirectoryEntry> selectedProperty() {
        return selected;
    }

    public DirectoryEntry selected() {
        return selected.get();
    }

    /** What was typed, stripped, when nothing was picked; null when a suggestion was picked. */
    public String freeText() {
        if (selected.get() != null) {
            return null;
        }
        return field.getText() == null ? "" : field.getText().strip();
    }

    public boolean isShowingSuggestions() {
        return popup.isShowing();
    }

    /** Empties the field and forgets the pick. */
    public void clear() {
        pause.stop();
        generation++;
        field.clear();
        selected.set(null);
        hide();
    }

    /** Shows a known entry as picked, e.g. when a form is opened for an existing record. */
    public void select(DirectoryEntry entry) {
        pause.stop();
        generation++;
        filling = true;
        try {
            field.setText(entry == null ? "" : describe(entry));
        } finally {
            filling = false;
        }
        field.positionCaret(field.getLength());
        selected.set(entry);
        hide();
    }

    /** The line a suggestion shows: "1-2-1503 · 张三丰 · 业主 · 公司名 · 138****1234 · 已迁出". */
    public String describe(DirectoryEntry entry) {
        List<String> parts = new ArrayList<>();
        parts.add(entry.publicArea() ? ctx.text("directory.publicPlace", entry.roomCode()) : entry.roomCode());
        if (entry.hasOccupant()) {
            parts.add(entry.name());
            if (entry.kind() != null) {
                parts.add(ctx.text(entry.kind().messageKey()));
            }
            if (entry.company() != null && !entry.company().isBlank() && !entry.company().equals(entry.name())) {
                parts.add(entry.company());
            }
            if (!entry.phones().isEmpty()) {
                parts.add(Masking.phone(entry.phones().get(0)));
            }
            if (entry.movedOut()) {
                parts.add(ctx.text("directory.movedOutMark"));
            }
        }
        return String.join(SEPARATOR, parts);
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!popup.isShowing()) {
                    if (suggestions.getItems().isEmpty() || pause.getStatus() == PauseTransition.Status.RUNNING) {
                        // Down before the answer came: the first suggestion is chosen when it arrives.
                        pause.stop();
                        firstWhenFound = true;
                        search();
                        e.consume();
                        return;
                    }
                    show();
                }
                move(1);
                e.consume();
            }
            case UP -> {
                if (popup.isShowing()) {
                    move(-1);
                    e.consume();
                }
            }
            case PAGE_DOWN, PAGE_UP -> {
                if (popup.isShowing()) {
                    move(e.getCode() == KeyCode.PAGE_DOWN ? VISIBLE_ROWS : -VISIBLE_ROWS);
                    e.consume();
                }
            }
            case ENTER -> {
                DirectoryEntry chosen = suggestions.getSelectionModel().getSelectedItem();
                if (popup.isShowing() && chosen != null) {
                    select(chosen);
                    e.consume();
                } else {
                    // Nothing chosen: the typed text stands (free text), and Enter goes on to the form.
                    hide();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    hide();
                    e.consume();
                }
            }
            case TAB -> hide();
            default -> {
                // typing is handled by the text listener
            }
        }
    }

    private void move(int by) {
        int size = suggestions.getItems().size();
        if (!popup.isShowing() || size == 0) {
            return;
        }
        int at = suggestions.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (by > 0 ? 0 : -1) : Math.max(0, Math.min(size - 1, at + by));
        if (at == 0 && by < 0) {
            next = -1; // Up from the first suggestion goes back to the typed text
        }
        if (next < 0) {
            suggestions.getSelectionModel().clearSelection();
        } else {
            suggestions.getSelectionModel().select(next);
            suggestions.scrollTo(Math.max(0, next - VISIBLE_ROWS + 1));
        }
    }

    private void search() {
        String query = field.getText() == null ? "" : field.getText().strip();
        int asked = ++generation;
        if (query.isEmpty()) {
            suggestions.getItems().clear();
            hide();
            return;
        }
        DirectoryService directory = ctx.workstation().directory();
        ctx.run(() -> directory.search(query, LIMIT), found -> {
            if (asked != generation) {
                return;
            }
            suggestions.getItems().setAll(found);
            suggestions.getSelectionModel().clearSelection();
            if (field.isFocused()) {
                show();
                if (firstWhenFound) {
                    move(1);
                }
            }
            firstWhenFound = false;
        });
    }

    private void show() {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        int rows = Math.max(1, Math.min(VISIBLE_ROWS, suggestions.getItems().size()));
        suggestions.setPrefHeight(rows * ROW_HEIGHT + 4);
        suggestions.setPrefWidth(Math.max(field.getWidth(), 420));
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null) {
            return;
        }
        if (popup.isShowing()) {
            popup.setX(b.getMinX());
            popup.setY(b.getMaxY());
        } else {
            popup.show(field, b.getMinX(), b.getMaxY());
        }
    }

    private void hide() {
        if (popup.isShowing()) {
            popup.hide();
        }
    }
}
