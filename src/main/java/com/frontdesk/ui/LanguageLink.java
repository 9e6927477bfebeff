package com.frontdesk.ui;

import com.frontdesk.core.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;

/** "English" on a Chinese screen, "中文" on an English one: before anyone has signed in. */
public final class LanguageLink {
    private LanguageLink() {
    }

    public static Hyperlink create(UiContext ctx, Consumer<String> onLanguage) {
        String other = Messages.tagOf(ctx.messages().locale()).equals("en") ? "zh-CN" : "en";
        Hyperlink link = new Hyperlink(ctx.text("language.switchTo"));
        link.setId("languageLink");
        link.setFocusTraversable(false);
        link.setOnAction(e -> onLanguage.accept(other));
        return link;
    }
}
