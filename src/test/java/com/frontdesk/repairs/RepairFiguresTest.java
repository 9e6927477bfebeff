package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.ValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Figures per category and month in the site's zone (Asia/Shanghai), against repairs counted by
 * hand. All times below are Beijing time.
 *
 * <pre>
 * P1 PLUMBING  10-05 10:00 taken, done 16:00 (6 h), called back 10-06 (4 of 4 satisfied), closed
 * P2 PLUMBING  10-20 09:00 taken, on hold 10-20 12:00 → 10-22 12:00 (48 h), done 10-22 14:00 (53 − 48 = 5 h),
 *              called back 11-02 (2 of 4 satisfied)
 * E1 ELEVATOR  10-25 08:00 taken, on hold for the vendor 10-25 12:00 → 11-10 08:00, done 11-10 12:00
 *              (388 − 380 = 8 h), called back 11-11 with a grievance (0 of 4)
 * H1 HEATING   10-31 23:30 taken, cancelled 11-01 00:30 (still October in UTC)
 * P3 PLUMBING  11-01 00:10 taken (still October in UTC), left new
 * P4 PLUMBING  11-03 09:00 taken, done 19:00, called back 11-04 (4 of 4), reopened, done again 11-05 09:00
 *              (48 h), called back 11-05 12:00 (4 of 4)
 * P5 PLUMBING  11-15 10:00 taken, dispatched, still open
 * E2 ELEVATOR  11-20 10:00 taken, cancelled 11:00
 *
 *            received  done  outstanding at month end  median h  call-backs  satisfied
 * Oct  P        2       2          0                      5.5        1           4
 *      E        1       0          1                      -          0           0
 *      H        1       0          1                      -          0           0
 * Nov  P        3       1          2 (P3, P5)             48         3          10
 *      E        1       1          0                      8          1           0
 *      H        -       -          - (no row)
 * </pre>
 */
class RepairFiguresTest extends RepairTestBase {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    void aYearOfSorts() {
        at("2026-10-05T10:00");
        Repair p1 = take("PLUMBING");
        at("2026-10-05T10:30");
        repairs.dispatch(agent, p1.id(), toEngineer());
        at("2026-10-05T11:00");
        repairs.start(agent, p1.id(), null);
        at("2026-10-05T16:00");
        repairs.complete(agent, p1.id(), signedFree());
        at("2026-10-06T10:00");
        repairs.callBack(agent, p1.id(), CallBackForm.all(Rating.VERY_SATISFIED, FeedbackGrade.PRAISE, null));
        at("2026-10-06T11:00");
        repairs.close(lead, p1.id(), null);

        at("2026-10-20T09:00");
        Repair p2 = take("PLUMBING");
        repairs.dispatch(agent, p2.id(), toEngineer());
        at("2026-10-20T10:00");
        repairs.start(agent, p2.id(), null);
        at("2026-10-20T12:00");
        repairs.hold(agent, p2.id(), HoldReason.WAITING_PARTS, "等配件");
        at("2026-10-22T12:00");
        repairs.resume(agent, p2.id(), null);
        at("2026-10-22T14:00");
        repairs.complete(agent, p2.id(), signedPaid("35"));
        at("2026-11-02T10:00");
        repairs.callBack(agent, p2.id(), new CallBackForm(Rating.SATISFIED, Rating.AVERAGE, Rating.POOR,
                Rating.VERY_SATISFIED, FeedbackGrade.ACCEPTABLE, null));

        at("2026-10-25T08:00");
        Repair e1 = take("ELEVATOR");
        repairs.dispatch(agent, e1.id(), DispatchForm.to(FixerKind.MANUFACTURER, "奥的斯电梯", null));
        repairs.start(agent, e1.id(), null);
        at("2026-10-25T12:00");
        repairs.hold(agent, e1.id(), HoldReason.WAITING_VENDOR, "等厂家");
        at("2026-11-10T08:00");
        repairs.resume(agent, e1.id(), null);
        at("2026-11-10T12:00");
        repairs.complete(agent, e1.id(), signedFree());
        at("2026-11-11T09:00");
        repairs.callBack(agent, e1.id(), CallBackForm.all(Rating.POOR, FeedbackGrade.GRIEVANCE, "等了半个月"));

        at("2026-10-31T23:30");
        Repair h1 = take("HEATING");
        at("2026-11-01T00:30");
        repairs.cancel(lead, h1.id(), "业主已自行处理");

        at("2026-11-01T00:10");
        take("PLUMBING");

        at("2026-11-03T09:00");
        Repair p4 = take("PLUMBING");
        repairs.dispatch(agent, p4.id(), toEngineer());
        repairs.start(agent, p4.id(), null);
        at("2026-11-03T19:00");
        repairs.complete(agent, p4.id(), signedFree());
        at("2026-11-04T10:00");
        repairs.callBack(agent, p4.id(), CallBackForm.all(Rating.SATISFIED, FeedbackGrade.SUGGESTION, null));
        repairs.reopen(lead, p4.id(), "仍滴水");
        at("2026-11-05T08:00");
        repairs.start(agent, p4.id(), null);
        at("2026-11-05T09:00");
        repairs.complete(agent, p4.id(), signedFree());
        at("2026-11-05T12:00");
        repairs.callBack(agent, p4.id(), CallBackForm.all(Rating.VERY_SATISFIED, FeedbackGrade.PRAISE, null));

        at("2026-11-15T10:00");
        Repair p5 = take("PLUMBING");
        repairs.dispatch(agent, p5.id(), toEngineer());

        at("2026-11-20T10:00");
        Repair e2 = take("ELEVATOR");
        at("2026-11-20T11:00");
        repairs.cancel(lead, e2.id(), "重复报修");

        at("2026-12-15T09:00");
    }

    @Test
    void eachMonthAndCategoryIsCountedAsByHand() {
        List<RepairFigures> figures = site.ws().repairReports().figures(YearMonth.of(2026, 10), YearMonth.of(2026, 11));

        YearMonth oct = YearMonth.of(2026, 10);
        YearMonth nov = YearMonth.of(2026, 11);
        assertThat(figures).containsExactly(
                new RepairFigures(oct, "ELEVATOR", 1, 0, 1, null, 0, 0),
                new RepairFigures(oct, "HEATING", 1, 0, 1, null, 0, 0),
                new RepairFigures(oct, "PLUMBING", 2, 2, 0, 5.5, 1, 4),
                new RepairFigures(nov, "ELEVATOR", 1, 1, 0, 8.0, 1, 0),
                new RepairFigures(nov, "PLUMBING", 3, 1, 2, 48.0, 3, 10));
        assertThat(figures.get(2).satisfiedShare()).isEqualTo(1.0);
        assertThat(figures.get(4).ratings()).isEqualTo(12);
        assertThat(figures.get(4).satisfiedShare()).isEqualTo(10 / 12.0);
        assertThat(figures.get(0).satisfiedShare()).isNull();
    }

    @Test
    void aMonthWithNothingHasNoRowsButOutstandingRepairsCarryOver() {
        assertThat(site.ws().repairReports().figures(YearMonth.of(2026, 9), YearMonth.of(2026, 9))).isEmpty();
        assertThat(site.ws().repairReports().figures(YearMonth.of(2026, 12), YearMonth.of(2026, 12)))
                .containsExactly(new RepairFigures(YearMonth.of(2026, 12), "PLUMBING", 0, 0, 2, null, 0, 0));
    }

    @Test
    void theMonthsMustRunForwardsAndNotTooFar() {
        assertThatThrownBy(() -> site.ws().repairReports().figures(YearMonth.of(2026, 11), YearMonth.of(2026, 10)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> site.ws().repairReports().figures(YearMonth.of(2000, 1), YearMonth.of(2026, 10)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndHoldTimeIsLeftOut() {
        at("2026-12-01T08:00");
        Repair a = take("GAS");
        Repair b = take("GAS");
        Repair c = take("GAS");
        Repair d = take("GAS");
        for (Repair r : List.of(a, b, c, d)) {
            repairs.dispatch(agent, r.id(), toEngineer());
            repairs.start(agent, r.id(), null);
        }
        repairs.hold(agent, d.id(), HoldReason.WAITING_OWNER, "业主不在");
        at("2026-12-01T09:00");
        repairs.complete(agent, a.id(), signedFree());            // 1 h
        at("2026-12-01T11:00");
        repairs.complete(agent, b.id(), signedFree());            // 3 h
        at("2026-12-01T18:00");
        repairs.complete(agent, c.id(), signedFree());            // 10 h
        repairs.resume(agent, d.id(), null);                      // 10 h on hold
        at("2026-12-01T20:00");
        repairs.complete(agent, d.id(), signedFree());            // 12 h − 10 h = 2 h

        assertThat(site.ws().repairReports().figures(YearMonth.of(2026, 12), YearMonth.of(2026, 12)))
                .filteredOn(f -> f.category().equals("GAS")).singleElement()
                .satisfies(f -> {
                    assertThat(f.done()).isEqualTo(4);
                    assertThat(f.medianFixHours()).as("1, 2, 3, 10 → (2 + 3) / 2").isEqualTo(2.5);
                });
    }

    private Repair take(String category) {
        return repairs.take(desk, zhangPhones(RepairPriority.NORMAL).withCategory(category));
    }

    private void at(String beijing) {
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse(beijing).atZone(BEIJING).toInstant()));
    }
}
