package com.frontdesk.visitors;

import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the desk types to add passes to the pool: one pass ({@code P21}) or a range
 * ({@code P21-P30}, also {@code P21-30}, {@code P21~P30} or with a dash {@code P21–P30}). A range
 * keeps the zero padding of its first number: {@code P01-P12} gives P01 … P12, {@code P8-P11}
 * gives P8, P9, P10, P11. Pass numbers come back as the register keeps them (upper case).
 */
public final class PassRange {
    /** The most passes one range may add, so a slip of the finger cannot make thousands. */
    public static final int MAX_PASSES = 200;

    private static final Pattern RANGE =
            Pattern.compile("(\\S*?)(\\d+)\\s*[-–—~～]\\s*(\\S*?)(\\d+)");

    private PassRange() {
    }

    /** The passes the text names, in order; a {@link ValidationException} on the field {@code passNo} otherwise. */
    public static List<String> expand(String typed) {
        String text = VisitForm.normalisePass(typed);
        if (text == null) {
            throw problem("validation.required");
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            if (text.chars().anyMatch(Character::isWhitespace)) {
                throw problem("visitor.passRangeInvalid");
            }
            return List.of(text);
        }
        String prefix = m.group(1);
        String secondPrefix = m.group(3);
        if (!secondPrefix.isEmpty() && !secondPrefix.equals(prefix)) {
            throw problem("visitor.passRangeInvalid");
        }
        String first = m.group(2);
        String last = m.group(4);
        if (first.length() > 9 || last.length() > 9) {
            throw problem("visitor.passRangeInvalid");
        }
        long from = Long.parseLong(first);
        long to = Long.parseLong(last);
        if (to < from) {
            throw problem("visitor.passRangeInvalid");
        }
        if (to - from + 1 > MAX_PASSES) {
            throw problem("visitor.passRangeTooLong", MAX_PASSES);
        }
        String format = "%0" + first.length() + "d";
        List<String> passes = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            passes.add(prefix + String.format(format, n));
        }
        return passes;
    }

    private static ValidationException problem(String key, Object... args) {
        return new ValidationException(List.of(new Problem("passNo", key, List.of(args))));
    }
}
