package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    @Test
    void aCleanFormHasNoProblemsAndDoesNotThrow() {
        Validation v = new Validation()
                .required("name", "王小明")
                .maxLength("name", "王小明", 3)
                .phone("phone", "138 1234 1234")
                .range("minutes", 10, 1, 240);

        assertThat(v.problems()).isEmpty();
        v.throwIfAny();
    }

    @Test
    void everyProblemIsCollectedWithItsFieldKeyAndArguments() {
        Validation v = new Validation()
                .required("name", "  ")
                .maxLength("note", "一二三四五", 4)
                .phone("phone", "call me")
                .range("minutes", 0, 1, 240);

        assertThat(v.problems()).containsExactly(
                new Problem("name", "validation.required", List.of()),
                new Problem("note", "validation.tooLong", List.of(4)),
                new Problem("phone", "validation.phone", List.of()),
                new Problem("minutes", "validation.range", List.of(1, 240)));

        ValidationException e = catchThrowableOfType(ValidationException.class, v::throwIfAny);
        assertThat(e.problems()).hasSize(4);
        assertThat(e.key()).isEqualTo("validation.required");
    }

    @Test
    void lengthsCountCharactersNotBytesOrSurrogates() {
        // "𠀀" is one character outside the Basic Multilingual Plane (two UTF-16 units)
        assertThat(new Validation().maxLength("name", "𠀀𠀀", 2).problems()).isEmpty();
        assertThat(new Validation().maxLength("name", "𠀀𠀀𠀀", 2).problems()).hasSize(1);
    }

    @Test
    void anEmptyOptionalPhoneIsNotAFormatProblem() {
        assertThat(new Validation().phone("phone", null).phone("phone", "").problems()).isEmpty();
    }
}
