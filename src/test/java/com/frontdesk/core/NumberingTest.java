package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Human numbers per site and day (the site is in Asia/Shanghai, UTC+8). */
class NumberingTest {
    // 2026-11-22 21:00 in Beijing, 13:00 UTC
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T13:00:00Z"));
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    @Test
    void numbersCountUpWithinTheSitesDayAndRestartOnTheNextDay() {
        assertThat(next("BX")).isEqualTo("BX-20261122-0001");
        assertThat(next("BX")).isEqualTo("BX-20261122-0002");

        moveTo("2026-11-22T15:59:59Z"); // 23:59:59 in Beijing
        assertThat(next("BX")).isEqualTo("BX-20261122-0003");

        moveTo("2026-11-22T16:00:00Z"); // midnight in Beijing, still the 22nd in UTC
        assertThat(next("BX")).isEqualTo("BX-20261123-0001");
        assertThat(next("BX")).isEqualTo("BX-20261123-0002");
    }

    @Test
    void eachPrefixHasItsOwnCounter() {
        assertThat(next("BX")).isEqualTo("BX-20261122-0001");
        assertThat(next("TS")).isEqualTo("TS-20261122-0001");
        assertThat(next("BX")).isEqualTo("BX-20261122-0002");
    }

    @Test
    void aRolledBackWriteGivesItsNumberBack() {
        assertThat(next("BX")).isEqualTo("BX-20261122-0001");

        assertThatThrownBy(() -> site.ws().store().write(Actor.SYSTEM, tx -> {
            assertThat(tx.nextNumber("BX")).isEqualTo("BX-20261122-0002");
            throw new UserFacingException("error.notFound");
        })).isInstanceOf(UserFacingException.class);

        assertThat(next("BX")).isEqualTo("BX-20261122-0002");
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private String next(String prefix) {
        return site.ws().store().write(Actor.SYSTEM, tx -> tx.nextNumber(prefix));
    }
}
