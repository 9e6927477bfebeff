package com.frontdesk.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Reloads a screen's lists now and then, so flags that depend on the clock (an overstay, an
 * overdue parcel) appear without anyone pressing a key. It stops when the screen leaves its window
 * or the window closes.
 */
public final class Refresh {
    private Refresh() {
    }

    /** @param skip true while a reload would disturb the user (a list they are moving in has the focus) */
    public static void every(Node screen, Duration period, BooleanSupplier skip, Runnable reload) {
        Timeline timeline = new Timeline();
        timeline.getKeyFrames().add(new KeyFrame(period, e -> {
            // A closed window (signed out, the program ending) must not reach the database again.
            if (screen.getScene() == null || screen.getScene().getWindow() == null
                    || !screen.getScene().getWindow().isShowing()) {
                timeline.stop();
            } else if (!skip.getAsBoolean()) {
                reload.run();
            }
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
        screen.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                timeline.stop();
            } else {
                timeline.play();
            }
        });
        if (screen.getScene() != null) {
            timeline.play();
        }
    }
}
