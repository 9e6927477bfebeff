package com.frontdesk.core;

import java.util.Arrays;

/**
 * A failure the user can act on. It carries a message key and its arguments, not a sentence:
 * the screen turns it into the user's language.
 */
public class UserFacingException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
