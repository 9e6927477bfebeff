package com.frontdesk.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The entries of the navigation rail, in rail order; Ctrl+1…9 and Ctrl+0 reach them. */
public enum Module {
    DASHBOARD(KeyCode.DIGIT1),
    VISITORS(KeyCode.DIGIT2),
    PARCELS(KeyCode.DIGIT3),
    REPAIRS(KeyCode.DIGIT4),
    COMPLAINTS(KeyCode.DIGIT5),
    HANDOVER(KeyCode.DIGIT6),
    PHRASES(KeyCode.DIGIT7),
    SEARCH(KeyCode.DIGIT8),
    SYNC(KeyCode.DIGIT9),
    SETTINGS(KeyCode.DIGIT0);

    private final KeyCombination shortcut;

    Module(KeyCode digit) {
        this.shortcut = new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    public String titleKey() {
        return "module." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
