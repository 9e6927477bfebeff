package com.frontdesk.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of one form. Services call {@link #throwIfAny()} before they write,
 * so nothing invalid reaches the database; {@link Messages#format(Problem)} words each problem
 * in the user's language.
 */
public final class Validation {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,18}[0-9]");

    private final List<Problem> problems = new ArrayList<>();

    public Validation required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        }
        return this;
    }

    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.strip().codePointCount(0, value.strip().length()) > max) {
            add(field, "validation.tooLong", max);
        }
        return this;
    }

    /** Checks the format only when there is a value; pair with {@link #required} for mandatory fields. */
    public Validation matches(String field, String value, Pattern pattern, String key) {
        if (value != null && !value.isBlank() && !pattern.matcher(value.strip()).matches()) {
            add(field, key);
        }
        return this;
    }

    public Validation phone(String field, String value) {
        return matches(field, value, PHONE, "validation.phone");
    }

    public Validation range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            add(field, "validation.range", min, max);
        }
        return this;
    }

    public Validation check(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            add(field, key, args);
        }
        return this;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private void add(String field, String key, Object... args) {
        problems.add(new Problem(field, key, Arrays.asList(args)));
    }
}
