package com.frontdesk.phrases;

import com.frontdesk.directory.Title;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * How the desk addresses a person it knows by name: the surname and the title the directory
 * records for them ("张先生", "Ms Zhang"). Without one the neutral written form "张先生/女士"
 * ("Mr/Ms Zhang") is used: guessing a title from a name offends as often as it pleases. A company
 * or a name that is not a person's (typed in Latin letters with no surname to find) gets no title,
 * and the phrase's fallback applies.
 */
final class Salutation {
    /** Two-character surnames common enough to meet at the desk. */
    private static final Set<String> DOUBLE_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "澹台");
    /** Words that mark a company or an office rather than a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("公司", "有限", "集团", "中心", "银行", "店", "部", "所", "厂");

    /** Surnames read otherwise than their character's first reading in pinyin4j. */
    private static final Map<String, String> SURNAME_READINGS = Map.ofEntries(Map.entry("曾", "Zeng"),
            Map.entry("单", "Shan"), Map.entry("解", "Xie"), Map.entry("仇", "Qiu"), Map.entry("查", "Zha"),
            Map.entry("区", "Ou"), Map.entry("乐", "Yue"), Map.entry("朴", "Piao"), Map.entry("盖", "Ge"),
            Map.entry("缪", "Miao"), Map.entry("翟", "Zhai"), Map.entry("柏", "Bai"), Map.entry("长孙", "Zhangsun"),
            Map.entry("尉迟", "Yuchi"), Map.entry("覃", "Qin"), Map.entry("万", "Wan"), Map.entry("沈", "Shen"));

    private Salutation() {
    }

    /** @param title the title recorded for the person; null when none is */
    static String of(String name, Title title, String language) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        int label = n.lastIndexOf(" · ");
        if (label >= 0) {
            n = n.substring(label + 3).strip(); // a directory pick is kept as "1-2-1503 · 张三"
        }
        if (n.isEmpty() || NOT_A_PERSON.stream().anyMatch(n::contains) || n.length() > 4 || !isHan(n.codePointAt(0))) {
            return null;
        }
        String surname = n.length() > 2 && DOUBLE_SURNAMES.contains(n.substring(0, 2)) ? n.substring(0, 2)
                : n.substring(0, 1);
        boolean english = "en".equalsIgnoreCase(language);
        if (title == null) {
            return english ? "Mr/Ms " + spelled(surname) : surname + "先生/女士";
        }
        return switch (title) {
            case MR -> english ? "Mr " + spelled(surname) : surname + "先生";
            case MS -> english ? "Ms " + spelled(surname) : surname + "女士";
        };
    }

    /** The surname in pinyin, capitalised ("Ouyang"); a surname read otherwise than its first reading from the table. */
    private static String spelled(String surname) {
        String known = SURNAME_READINGS.get(surname);
        if (known != null) {
            return known;
        }
        StringBuilder out = new StringBuilder();
        for (char c : surname.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            out.append(readings == null || readings.length == 0 ? String.valueOf(c)
                    : readings[0].replaceAll("[0-9]", "").replace("u:", "ü"));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
