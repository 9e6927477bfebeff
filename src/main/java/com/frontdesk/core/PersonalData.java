package com.frontdesk.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component as personal data. The write helper keeps such values masked in the
 * audit log, which shift leads read, so the log never becomes a way around masking.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {
    Kind value();

    enum Kind {
        PHONE, ID_NUMBER;

        public String mask(String value) {
            return this == PHONE ? Masking.phone(value) : Masking.idNumber(value);
        }
    }
}
