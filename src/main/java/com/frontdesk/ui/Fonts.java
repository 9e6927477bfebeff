package com.frontdesk.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Picks a font that has Chinese glyphs on this system. JavaFX does not fall back to every CJK
 * font by itself (it skips CFF fonts), so the family is named explicitly.
 */
public final class Fonts {
    static final List<String> CJK_FAMILIES = List.of(
            "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei");

    private Fonts() {
    }

    private static Optional<String> chineseFamily() {
        List<String> installed = Font.getFamilies();
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /** The style for a scene root: the CJK family first, the system font for anything it lacks. */
    public static String rootStyle() {
        return chineseFamily().map(f -> "-fx-font-family: \"" + f + "\";").orElse("");
    }
}
