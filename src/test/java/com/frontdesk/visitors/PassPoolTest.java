package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding passes to the pool: new ones only, all or none, by shift leads. */
class PassPoolTest extends VisitorTestBase {

    @Test
    void addsOnlyNewPassesAndLeavesALostPassSwitchedOff() {
        visitors.definePass(lead, "V02", false);

        List<String> added = visitors.addPasses(lead, List.of("v02", "V03", "V04", "V05"));

        assertThat(added).containsExactly("V04", "V05");
        assertThat(visitors.passPool()).extracting(PassState::passNo, PassState::active).containsExactly(
                tuple("V01", true), tuple("V02", false),
                tuple("V03", true), tuple("V04", true),
                tuple("V05", true));
    }

    @Test
    void aBadNumberAddsNothingAndReceptionistsAddNone() {
        assertThatThrownBy(() -> visitors.addPasses(lead, List.of("V10", "V".repeat(21))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> visitors.addPasses(desk, List.of("V11"))).isInstanceOf(AccessDeniedException.class);

        assertThat(visitors.passPool()).extracting(PassState::passNo).containsExactly("V01", "V02", "V03");
    }
}
