package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void aMobileNumberShowsItsFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.phone(" 13812341234 ")).isEqualTo("138****1234");
    }

    @Test
    void aMaskedPhoneKeepsItsLengthAndHidesSomethingForEveryLength() {
        String digits = "98765432109876543210";
        for (int n = 3; n <= digits.length(); n++) {
            String phone = digits.substring(0, n);
            String masked = Masking.phone(phone);
            assertThat(masked).as("masked %s", phone).hasSize(n).contains("*");
            assertThat(masked).as("masked %s", phone).endsWith(phone.substring(n - 2));
        }
    }

    @Test
    void shortPhoneNumbersKeepOnlyTheirLastTwoDigits() {
        assertThat(Masking.phone("12345")).isEqualTo("***45");
        assertThat(Masking.phone("12")).isEqualTo("**");
        assertThat(Masking.phone("7")).isEqualTo("*");
    }

    @Test
    void blankPhonesStayEmpty() {
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.phone("")).isEmpty();
        assertThat(Masking.phone("   ")).isEmpty();
    }

    @Test
    void anIdCardNumberShowsItsFirstThreeAndLastFourCharacters() {
        assertThat(Masking.idNumber("110101199003071234")).isEqualTo("110***********1234");
        assertThat(Masking.idNumber("11010119900307123X")).isEqualTo("110***********123X");
    }

    @Test
    void shortOrBlankIdNumbers() {
        assertThat(Masking.idNumber("1234")).isEqualTo("****");
        assertThat(Masking.idNumber("123456")).isEqualTo("**3456");
        assertThat(Masking.idNumber("12345678")).isEqualTo("123*5678");
        assertThat(Masking.idNumber(null)).isEmpty();
        assertThat(Masking.idNumber(" ")).isEmpty();
    }

    // Names, on paper that leaves the desk (the visitor slip).

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
