package com.frontdesk.directory;

import java.util.List;

/** Something wrong with one line of an import file, as a message key and its arguments. */
public record ImportProblem(int line, String key, List<Object> args) {
    public ImportProblem {
        args = List.copyOf(args);
    }
}
