package com.frontdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An intake page: the form on the left, scrolling when the window is short, and beside it the
 * earlier records of the place or person picked, so a second call about the same trouble is seen.
 * The history is read, never worked in: Tab stays in the form.
 */
public final class IntakeLayout {
    private IntakeLayout() {
    }

    /**
     * @param form        the form's title, fields, message and button, top to bottom
     * @param placeholder what the history says before anyone is picked
     */
    public static HBox of(Node[] form, double formWidth, String historyTitle, TableView<?> history,
                          String placeholder) {
        VBox box = new VBox(8, form);
        box.setPrefWidth(formWidth);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(formWidth - 40);
        history.setPlaceholder(new Label(placeholder));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setFocusTraversable(false);
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox side = new VBox(8, Forms.sectionTitle(historyTitle), history);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox root = new HBox(24, scroll, side);
        root.setPadding(new Insets(16));
        return root;
    }
}
