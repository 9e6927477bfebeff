package com.frontdesk.accounts;

import com.frontdesk.core.Validation;

/** A desk PC is shared: passwords must be long enough that a colleague cannot guess them. */
final class PasswordRules {
    static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    static void check(Validation v, String field, char[] password) {
        int length = password == null ? 0 : password.length;
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < length; i++) {
            letter |= Character.isLetter(password[i]);
            digit |= Character.isDigit(password[i]);
        }
        v.check(length >= MIN_LENGTH, field, "validation.passwordLength", MIN_LENGTH)
                .check(length < MIN_LENGTH || (letter && digit), field, "validation.passwordMix");
    }
}
