package com.frontdesk.print;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Gets a page node ready to be drawn: styled and laid out, even when it was never shown. */
final class Layout {
    private Layout() {
    }

    /**
     * A node that is not on screen gets a scene of its own (without one a control has no skin and
     * draws nothing); then CSS and layout are applied, so its size is known.
     */
    static void prepare(Node page) {
        requireFxThread();
        // On screen, the window and the parents size the node; off screen it takes its preferred size.
        boolean offScreen = page.getParent() == null
                && (page.getScene() == null || page.getScene().getWindow() == null);
        if (page.getScene() == null && page.getParent() == null && page instanceof Parent root) {
            new Scene(root);
        }
        page.applyCss();
        if (offScreen) {
            page.autosize();
        }
        if (page instanceof Parent p) {
            p.layout();
        }
    }

    static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("pages are drawn on the JavaFX thread");
        }
    }
}
