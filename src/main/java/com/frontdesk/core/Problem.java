package com.frontdesk.core;

import java.util.List;

/** One thing wrong with one field of a form, as a message key and its arguments. */
public record Problem(String field, String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }
}
