package com.frontdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A scroll pane for a page of sections taller than the window (a settings tab): Tab moves to
 * fields below the fold, and a scroll pane does not follow the focus by itself.
 */
public final class FocusScrolling {
    private FocusScrolling() {
    }

    /** {@code content} in a scroll pane that keeps the focused field inside it in sight. */
    public static ScrollPane around(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        ChangeListener<Node> follow = (obs, old, focused) -> scrollTo(scroll, content, focused);
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        return scroll;
    }

    private static void scrollTo(ScrollPane scroll, Region content, Node focused) {
        Node n = focused;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getBoundsInLocal().getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        double top = scroll.getVvalue() * extra;
        if (b.getMinY() < top) {
            top = b.getMinY();
        } else if (b.getMaxY() > top + viewport) {
            top = b.getMaxY() - viewport;
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / extra)));
    }
}
