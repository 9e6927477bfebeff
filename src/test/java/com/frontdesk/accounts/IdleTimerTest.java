package com.frontdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.testsupport.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleTimerTest {
    private final MutableClock clock = MutableClock.standard();
    private final AtomicInteger minutes = new AtomicInteger(10);
    private final IdleTimer timer = new IdleTimer(clock, minutes::get);

    @Test
    void expiresExactlyAfterTheIdleMinutes() {
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(timer.expired()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(timer.expired()).isTrue();
    }

    @Test
    void activityStartsTheWaitAgain() {
        clock.advance(Duration.ofMinutes(9));
        timer.touch();
        clock.advance(Duration.ofMinutes(9));
        assertThat(timer.expired()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(timer.expired()).isTrue();
    }

    @Test
    void theMinutesAreReadFromTheSettingEachTime() {
        clock.advance(Duration.ofMinutes(5));
        assertThat(timer.expired()).isFalse();

        minutes.set(5);
        assertThat(timer.expired()).isTrue();

        minutes.set(30);
        assertThat(timer.expired()).isFalse();
    }
}
