package com.frontdesk.core;

import java.util.List;

/** Input that must not be stored; lists every problem so the form can mark each field. */
public class ValidationException extends UserFacingException {
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
