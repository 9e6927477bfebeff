package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names on paper that leaves the desk (the visitor slip). */
class NameMaskingTest {
    @Test
    void aChineseNameKeepsItsFirstCharacter() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name(" 李四光 ")).isEqualTo("李**");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void aLatinNameKeepsItsFirstLetterAndHidesItsLength() {
        assertThat(Masking.name("Alice Smith")).isEqualTo("A***");
        assertThat(Masking.name("Bo")).isEqualTo("B***");
    }

    @Test
    void aOneCharacterNameIsHiddenWholeAndNothingStaysNothing() {
        assertThat(Masking.name("王")).isEqualTo("*");
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.name("  ")).isEmpty();
    }
}
