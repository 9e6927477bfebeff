package com.frontdesk.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a module shows to a role that may not use it: a plain
 * statement, never sample data.
 */
final class NotAvailableView {
    private final VBox root;

    NotAvailableView(UiContext ctx, Module module, String messageKey) {
        Label title = new Label(ctx.text(module.titleKey()));
        title.getStyleClass().add("page-title");
        Label text = new Label(ctx.text(messageKey));
        text.getStyleClass().add("muted");
        text.setId("notAvailable");
        root = new VBox(12, title, text);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("page");
    }

    Parent root() {
        return root;
    }
}
