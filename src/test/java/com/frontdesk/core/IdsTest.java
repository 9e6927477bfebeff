package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    private final MutableClock clock = MutableClock.standard();
    private final Ids ids = new Ids(clock);

    @Test
    void anIdMadeLaterSortsAfterAnEarlierOne() {
        String first = ids.next();
        clock.advance(Duration.ofMillis(1));
        String second = ids.next();
        clock.advance(Duration.ofDays(400));
        String third = ids.next();

        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(third);
    }

    @Test
    void idsMadeWhileTheClockStandsStillAreUniqueAndStrictlyIncreasing() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) { // more than one millisecond's 4096 sequence numbers
            made.add(ids.next());
        }

        assertThat(new HashSet<>(made)).hasSize(made.size());
        for (int i = 1; i < made.size(); i++) {
            assertThat(made.get(i)).as("id %d", i).isGreaterThan(made.get(i - 1));
        }
        // and once the clock moves a little, new ids still sort after the burst
        clock.advance(Duration.ofMillis(1));
        assertThat(ids.next()).isGreaterThan(made.get(made.size() - 1));
    }

    @Test
    void idsAreVersion7UuidsCarryingTheClocksMilliseconds() {
        UUID id = UUID.fromString(ids.next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 4122 / 9562 variant, bits 10
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
        assertThat(id.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
