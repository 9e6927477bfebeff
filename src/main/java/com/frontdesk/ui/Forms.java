package com.frontdesk.ui;

import java.util.Arrays;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Two-column forms: label, field; Tab walks the fields in the order they were added. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 0, 8, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    public static void row(GridPane grid, String labelText, Node field) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        int row = grid.getRowCount();
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    /**
     * Enter anywhere in the form submits it. Used instead of a default button where several
     * forms share one scene (tabs, the lock screen over a page), because a scene holds only one.
     */
    public static void submitOnEnter(Node form, Runnable submit) {
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                submit.run();
            }
        });
        // A check box takes Enter as a click (off the Mac) and would untick itself instead of
        // submitting; Space ticks it, Enter submits, as everywhere else in the form.
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && e.getTarget() instanceof CheckBox) {
                e.consume();
                submit.run();
            }
        });
    }

    /** A label above its field, for filter bars that flow across the width. */
    public static VBox stacked(String labelText, Node field) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        return new VBox(2, label, field);
    }

    /**
     * A filter choice: "any" (null, shown as {@code anyText}) and then every value, each shown
     * by its name in the user's language.
     */
    @SafeVarargs
    public static <E> void anyOr(ComboBox<E> box, String anyText, Function<E, String> name, E... values) {
        box.getItems().setAll(Arrays.asList(values));
        box.getItems().add(0, null);
        box.setConverter(Converters.showing(name, anyText));
    }

    /** The heading of a section of a page (bold through the stylesheet's {@code section-title}). */
    public static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }

    /** A label that wraps instead of ending in "…" when its section is short of height. */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A button with an id (for tests and scripts) that runs the action. */
    public static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A label for a form's message; red for errors, hidden while empty. */
    public static Label messageLabel() {
        Label label = new Label();
        label.getStyleClass().add("form-message");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
