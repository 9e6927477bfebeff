package com.frontdesk.core;

import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;

/** Pinyin initials of a name, so "zsf" finds 张三丰: the desk types faster than it writes Chinese. */
public final class Pinyin {
    private Pinyin() {
    }

    /**
     * Surnames read otherwise than their character's first reading in pinyin4j (曾 zēng, not céng):
     * the desk types the name as people say it.
     */
    private static final Map<Character, Character> SURNAME_INITIALS = Map.ofEntries(
            Map.entry('曾', 'z'), Map.entry('单', 's'), Map.entry('解', 'x'), Map.entry('仇', 'q'),
            Map.entry('查', 'z'), Map.entry('区', 'o'), Map.entry('乐', 'y'), Map.entry('覃', 'q'),
            Map.entry('朴', 'p'), Map.entry('盖', 'g'), Map.entry('缪', 'm'), Map.entry('尉', 'y'),
            Map.entry('翟', 'z'), Map.entry('柏', 'b'), Map.entry('秘', 'b'), Map.entry('长', 'c'));

    /** Letters and digits are kept (lower case); each Chinese character gives its first reading's initial. */
    public static String initials(String name) {
        StringBuilder out = new StringBuilder();
        String trimmed = name.strip();
        if (!trimmed.isEmpty() && SURNAME_INITIALS.containsKey(trimmed.charAt(0))) {
            out.append(SURNAME_INITIALS.get(trimmed.charAt(0)));
            trimmed = trimmed.substring(1);
        }
        trimmed.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && cp < 128) {
                out.append(Character.toLowerCase((char) cp));
            } else if (Character.isBmpCodePoint(cp)) {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) cp);
                if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                    out.append(readings[0].charAt(0));
                }
            }
        });
        return out.toString();
    }
}
