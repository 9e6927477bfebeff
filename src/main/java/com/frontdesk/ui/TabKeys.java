package com.frontdesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Tab / Ctrl+PageDown to the next tab, Ctrl+Shift+Tab / Ctrl+PageUp to the previous, from
 * anywhere in a module. Text fields take Ctrl+Tab for focus traversal, so this listens before them.
 */
public final class TabKeys {
    private TabKeys() {
    }

    public static void install(TabPane tabs) {
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.TAB || e.getCode() == KeyCode.PAGE_DOWN
                    || e.getCode() == KeyCode.PAGE_UP)) {
                boolean back = e.getCode() == KeyCode.PAGE_UP || e.isShiftDown();
                int n = tabs.getTabs().size();
                tabs.getSelectionModel().select((tabs.getSelectionModel().getSelectedIndex() + (back ? n - 1 : 1)) % n);
                e.consume();
            }
        });
    }

    /** The tab's first field takes the focus each time the tab is chosen, so typing can start at once. */
    public static void focusWhenSelected(Tab tab, Runnable focus) {
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(focus);
            }
        });
    }

    /** The same when the module opens: its first tab is selected before it is on screen. */
    public static void focusWhenShown(Node firstTab, Runnable focus) {
        firstTab.sceneProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                Platform.runLater(focus);
            }
        });
    }
}
