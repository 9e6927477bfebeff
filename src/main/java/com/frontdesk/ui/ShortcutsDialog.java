package com.frontdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: every shortcut of the window in one list. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(UiContext ctx, Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("shortcutList");
        int row = 0;
        for (Module m : Module.values()) {
            grid.addRow(row++, new Label(m.shortcut().getDisplayText()), new Label(ctx.text(m.titleKey())));
        }
        String[][] others = {
                {MainWindow.LOCK.getDisplayText(), "shortcut.lock"},
                {MainWindow.SEARCH.getDisplayText(), "shortcut.search"},
                {MainWindow.HELP.getDisplayText(), "shortcut.help"},
                {"Enter", "shortcut.save"},
                {"Esc", "shortcut.cancel"},
                {"Tab / Shift+Tab", "shortcut.nextField"},
                {"Space", "shortcut.tick"},
                {"Ctrl+Tab / Ctrl+PageDown", "shortcut.nextTab"},
                {"F2", "shortcut.returningVisitor"},
                {"F3", "shortcut.hostPhone"},
                {"F4", "shortcut.checkOutField"},
                {"F5", "shortcut.refresh"},
                {"Ctrl+P", "shortcut.printSlip"},
                {"Ctrl+Enter", "shortcut.handOver"},
                {"D S H U C B T X L O, Delete", "shortcut.repairSteps"},
                {"A G N R Y X B K", "shortcut.complaintSteps"},
                {"Ctrl+/", "shortcut.quickPhrase"},
        };
        for (String[] o : others) {
            grid.addRow(row++, new Label(o[0]), new Label(ctx.text(o[1])));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(ctx.text("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(ctx.text("shortcut.title"));
        alert.setHeaderText(ctx.text("shortcut.title"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
