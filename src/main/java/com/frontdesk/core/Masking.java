package com.frontdesk.core;

/** How personal data looks on screen and in exports when the viewer may not see it whole. */
public final class Masking {
    private Masking() {
    }

    /** 13812341234 → 138****1234; shorter numbers (landlines, extensions) keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String digits = phone.strip();
        int n = digits.length();
        if (n >= 11) {
            return digits.substring(0, 3) + "*".repeat(n - 7) + digits.substring(n - 4);
        }
        if (n <= 2) {
            return "*".repeat(n);
        }
        return "*".repeat(n - 2) + digits.substring(n - 2);
    }

    /** 110101199003071234 → 110***********1234. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String value = id.strip();
        int n = value.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        if (n < 8) {
            return "*".repeat(n - 4) + value.substring(n - 4);
        }
        return value.substring(0, 3) + "*".repeat(n - 7) + value.substring(n - 4);
    }

    /**
     * A person's name on paper that leaves the desk (a visitor slip): 张三 → 张*, 欧阳娜娜 → 欧***,
     * Alice Smith → A***. Chinese names keep their first character and one star for each other
     * character; names in Latin letters keep their first letter and three stars, whatever their length.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String value = name.strip();
        int first = value.codePointAt(0);
        int count = value.codePointCount(0, value.length());
        if (count == 1) {
            return "*";
        }
        String head = new String(Character.toChars(first));
        if (first < 0x80) {
            return head + "***";
        }
        return head + "*".repeat(count - 1);
    }
}
