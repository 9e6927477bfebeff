package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import org.junit.jupiter.api.Test;

class PassRangeTest {
    @Test
    void onePassIsTakenAsTypedInCapitals() {
        assertThat(PassRange.expand(" p21 ")).containsExactly("P21");
        assertThat(PassRange.expand("V-01")).as("a dash without a number before it is part of the name")
                .containsExactly("V-01");
        assertThat(PassRange.expand("大堂1")).containsExactly("大堂1");
    }

    @Test
    void aRangeIsExpandedKeepingTheZeroPaddingOfItsFirstNumber() {
        assertThat(PassRange.expand("P21-P23")).containsExactly("P21", "P22", "P23");
        assertThat(PassRange.expand("p08 - p11")).containsExactly("P08", "P09", "P10", "P11");
        assertThat(PassRange.expand("P8-P11")).containsExactly("P8", "P9", "P10", "P11");
        assertThat(PassRange.expand("P098-100")).containsExactly("P098", "P099", "P100");
        assertThat(PassRange.expand("A-01~A-03")).containsExactly("A-01", "A-02", "A-03");
        assertThat(PassRange.expand("P1–P2")).containsExactly("P1", "P2");
        assertThat(PassRange.expand("7-7")).containsExactly("7");
    }

    @Test
    void badRangesAreRefusedOnThePassField() {
        assertThat(problem("")).isEqualTo(new Problem("passNo", "validation.required", java.util.List.of()));
        assertThat(problem("P30-P21").key()).isEqualTo("visitor.passRangeInvalid");
        assertThat(problem("P21-Q30").key()).isEqualTo("visitor.passRangeInvalid");
        assertThat(problem("P1 P2").key()).isEqualTo("visitor.passRangeInvalid");
        assertThat(problem("P1-P9999999999").key()).isEqualTo("visitor.passRangeInvalid");
        Problem tooMany = problem("P1-P" + (PassRange.MAX_PASSES + 1));
        assertThat(tooMany.key()).isEqualTo("visitor.passRangeTooLong");
        assertThat(tooMany.args()).containsExactly(PassRange.MAX_PASSES);
        assertThat(PassRange.expand("P1-P" + PassRange.MAX_PASSES)).hasSize(PassRange.MAX_PASSES);
    }

    private static Problem problem(String typed) {
        return catchThrowableOfType(ValidationException.class, () -> PassRange.expand(typed)).problems().get(0);
    }
}
