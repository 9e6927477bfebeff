package com.frontdesk.directory;

import net.sourceforge.pinyin4j.PinyinHelper;

/** Pinyin initials of a name, so "zsf" finds 张三丰: the desk types faster than it writes Chinese. */
final class Pinyin {
    private Pinyin() {
    }

    /** Letters and digits are kept (lower case); each Chinese character gives its first reading's initial. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
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
