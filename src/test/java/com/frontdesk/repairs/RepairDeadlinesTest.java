package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines per priority with a fixed clock: respond, fix, and the time on hold kept apart. */
class RepairDeadlinesTest extends RepairTestBase {

    @Test
    void theDefaultDeadlinesAreThoseOfTheIssueAndVendorsAreNeverInHouse() {
        RepairSettings d = RepairSettings.DEFAULTS;
        assertThat(d.deadline(RepairPriority.URGENT)).isEqualTo(new RepairDeadline(2, 4));
        assertThat(d.deadline(RepairPriority.HIGH)).isEqualTo(new RepairDeadline(4, 24));
        assertThat(d.deadline(RepairPriority.NORMAL)).isEqualTo(new RepairDeadline(24, 72));
        assertThat(d.deadline(RepairPriority.LOW)).isEqualTo(RepairDeadline.BY_AGREEMENT);
        assertThat(d.vendors()).extracting(RepairVendor::kind).containsOnly(FixerKind.UTILITY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> site.ws().settings().update(admin,
                        RepairSettings.DOCUMENT, d.withVendors(List.of(new RepairVendor("工程部", FixerKind.IN_HOUSE,
                                null)))))
                .isInstanceOf(com.frontdesk.core.ValidationException.class);
    }

    @Test
    void anUrgentRepairIsOverdueToRespondAfterTwoHoursAndToFixAfterFour() {
        Instant t0 = clock.instant();
        Repair r = taken(RepairPriority.URGENT);
        assertThat(clockOf(r).respondDue()).isEqualTo(t0.plus(Duration.ofHours(2)));
        assertThat(clockOf(r).fixDue()).isEqualTo(t0.plus(Duration.ofHours(4)));

        clock.advance(Duration.ofHours(2));
        assertThat(clockOf(r).overdueNow()).as("due, not yet past it").isFalse();
        assertThat(lists.countOverdue()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(clockOf(r).respondOverdue()).isTrue();
        assertThat(clockOf(r).overdueNow()).isTrue();
        assertThat(lists.countOverdue()).isEqualTo(1);
        assertThat(lists.overdue(null, 10)).extracting(i -> i.repair().id()).containsExactly(r.id());
        assertThat(lists.open(null, 10)).singleElement().satisfies(i -> assertThat(i.overdue()).isTrue());

        repairs.dispatch(agent, r.id(), toEngineer());
        RepairClock answeredLate = clockOf(r);
        assertThat(answeredLate.responded()).isTrue();
        assertThat(answeredLate.respondOverdue()).as("answered late, and that stays on record").isTrue();
        assertThat(answeredLate.overdueNow()).as("nothing to chase until the fix is due").isFalse();
        assertThat(lists.countOverdue()).isZero();

        clock.advance(Duration.ofHours(2));          // 4 h 01 min after intake
        assertThat(clockOf(r).fixOverdue()).isTrue();
        assertThat(lists.countOverdue()).isEqualTo(1);
        assertThat(lists.overdue(null, 10)).singleElement().satisfies(i -> assertThat(i.overdue()).isTrue());
    }

    @Test
    void timeOnHoldMovesTheFixDeadlineAndIsReportedSeparately() {
        Instant t0 = clock.instant();
        Repair r = taken(RepairPriority.URGENT);
        at(t0, 0, 30);
        repairs.dispatch(agent, r.id(), toEngineer());
        at(t0, 1, 0);
        repairs.start(agent, r.id(), null);
        at(t0, 2, 0);
        repairs.hold(agent, r.id(), HoldReason.WAITING_VENDOR, "等厂家寄配件");

        at(t0, 10, 0);                                // on hold for 8 h, still running
        RepairClock held = clockOf(r);
        assertThat(held.heldFor()).isEqualTo(Duration.ofHours(8));
        assertThat(held.fixDue()).isEqualTo(t0.plus(Duration.ofHours(12)));
        assertThat(held.fixOverdue()).isFalse();
        assertThat(lists.countOverdue()).as("4 h to fix, but 8 of the 10 h were on hold").isZero();
        assertThat(lists.countOnHold()).isEqualTo(1);
        assertThat(lists.waitingForVendor(null, 10)).singleElement()
                .satisfies(i -> assertThat(i.clock().heldFor()).isEqualTo(Duration.ofHours(8)));

        at(t0, 26, 0);
        repairs.resume(agent, r.id(), "配件已到");
        at(t0, 27, 0);
        assertThat(clockOf(r).heldFor()).isEqualTo(Duration.ofHours(24));
        assertThat(clockOf(r).fixDue()).isEqualTo(t0.plus(Duration.ofHours(28)));
        assertThat(lists.countOverdue()).isZero();
        at(t0, 28, 1);
        assertThat(lists.countOverdue()).isEqualTo(1);

        at(t0, 29, 0);
        Repair done = repairs.complete(agent, r.id(), signedFree());
        RepairClock fixed = clockOf(r);
        assertThat(fixed.fixed()).isTrue();
        assertThat(fixed.fixedAt()).isEqualTo(done.fixedAt());
        assertThat(fixed.fixOverdue()).as("done an hour after the shifted due").isTrue();
        assertThat(fixed.overdueNow()).isFalse();
        assertThat(fixed.timeToFix()).isEqualTo(Duration.ofHours(5));
        assertThat(lists.countOverdue()).isZero();
        at(t0, 100, 0);
        assertThat(clockOf(r).heldFor()).as("no hold runs after completion").isEqualTo(Duration.ofHours(24));
        assertThat(RepairClock.of(done, clock.instant())).as("the stored totals agree with the timeline")
                .isEqualTo(clockOf(r));
    }

    @Test
    void aRepairAlreadyOverdueStaysOverdueWhilePutOnHold() {
        Instant t0 = clock.instant();
        Repair r = taken(RepairPriority.URGENT);
        repairs.dispatch(agent, r.id(), toEngineer());
        repairs.start(agent, r.id(), null);
        at(t0, 5, 0);                                 // the fix was due at 4 h
        repairs.hold(agent, r.id(), HoldReason.WAITING_OWNER, "业主不在家");

        at(t0, 30, 0);
        assertThat(clockOf(r).heldFor()).isEqualTo(Duration.ofHours(25));
        assertThat(clockOf(r).fixDue()).isEqualTo(t0.plus(Duration.ofHours(29)));
        assertThat(clockOf(r).overdueNow()).isTrue();
        assertThat(lists.overdue(null, 10)).extracting(i -> i.repair().id()).containsExactly(r.id());
        assertThat(lists.countOverdue()).isEqualTo(1);
    }

    @Test
    void twoHoldsAreSummedFromTheTimelineIncludingOneStillRunning() {
        Instant t0 = clock.instant();
        Repair r = taken(RepairPriority.NORMAL);
        repairs.dispatch(agent, r.id(), toEngineer());
        repairs.start(agent, r.id(), null);
        at(t0, 1, 0);
        repairs.hold(agent, r.id(), HoldReason.WAITING_PARTS, "等配件");
        at(t0, 4, 0);
        repairs.resume(agent, r.id(), null);
        at(t0, 6, 0);
        repairs.hold(agent, r.id(), HoldReason.WAITING_VENDOR, "等厂家");
        at(t0, 6, 45);

        RepairClock c = clockOf(r);

        assertThat(c.heldFor()).isEqualTo(Duration.ofHours(3).plusMinutes(45));
        assertThat(c.fixDue()).isEqualTo(t0.plus(Duration.ofHours(72)).plus(Duration.ofMinutes(225)));
        Repair stored = repairs.repair(r.id()).orElseThrow();
        assertThat(stored.heldMillis()).as("holds that are over").isEqualTo(Duration.ofHours(3).toMillis());
        assertThat(RepairClock.of(stored, clock.instant())).isEqualTo(c);
    }

    @Test
    void lowPriorityIsByAgreementAndNeverOverdue() {
        Repair r = taken(RepairPriority.LOW);

        clock.advance(Duration.ofDays(60));

        RepairClock c = clockOf(r);
        assertThat(c.respondDue()).isNull();
        assertThat(c.fixDue()).isNull();
        assertThat(c.overdueNow()).isFalse();
        assertThat(lists.countOverdue()).isZero();
        assertThat(lists.countOpen()).isEqualTo(1);
    }

    @Test
    void aRepairKeepsTheDeadlineOfItsIntakeWhenSettingsChange() {
        Repair before = taken(RepairPriority.NORMAL);
        site.ws().settings().update(admin, RepairSettings.DOCUMENT, site.ws().settings()
                .current(RepairSettings.DOCUMENT).withDeadline(RepairPriority.NORMAL, new RepairDeadline(1, 8)));
        Repair after = taken(RepairPriority.NORMAL);

        clock.advance(Duration.ofHours(9));

        assertThat(before.fixHours()).isEqualTo(72);
        assertThat(after.fixHours()).isEqualTo(8);
        assertThat(lists.overdue(null, 10)).extracting(i -> i.repair().id()).containsExactly(after.id());
    }

    @Test
    void theOverdueListShowsTheMostOverdueFirstAPageAtATime() {
        Repair normal = taken(RepairPriority.NORMAL);      // respond due at 24 h
        clock.advance(Duration.ofHours(1));
        Repair urgent = taken(RepairPriority.URGENT);      // respond due at 1 h + 2 h
        Repair high = taken(RepairPriority.HIGH);          // respond due at 1 h + 4 h
        Repair closed = taken(RepairPriority.URGENT);
        repairs.cancel(lead, closed.id(), "重复报修");

        clock.advance(Duration.ofHours(30));

        List<RepairItem> first = lists.overdue(null, 2);
        assertThat(first).extracting(i -> i.repair().id()).containsExactly(urgent.id(), high.id());
        assertThat(lists.overdue(first.get(1).repair(), 2)).extracting(i -> i.repair().id())
                .containsExactly(normal.id());
        assertThat(lists.countOverdue()).isEqualTo(3);
    }

    @Test
    void theClockOfAHandMadeTimelineCountsEachHold() {
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        Repair r = new Repair("r", "BX-20261101-0001", RepairChannel.PHONE, null, null, "x", null, "x", null, "OTHER",
                "x", RepairPriority.HIGH, RepairStatus.ON_HOLD, t0, "s", 4, 24, 0, null, null, null,
                t0.plusSeconds(600), null, FixerKind.IN_HOUSE, null, null, "王", null, null, null, null, null, null,
                null, null, null, null, t0, t0);
        List<RepairEvent> timeline = List.of(
                event(t0, null, RepairStatus.NEW),
                event(t0.plusSeconds(600), RepairStatus.NEW, RepairStatus.DISPATCHED),
                event(t0.plusSeconds(3600), RepairStatus.DISPATCHED, RepairStatus.IN_PROGRESS),
                event(t0.plusSeconds(7200), RepairStatus.IN_PROGRESS, RepairStatus.ON_HOLD),
                event(t0.plusSeconds(10800), RepairStatus.ON_HOLD, RepairStatus.IN_PROGRESS),
                event(t0.plusSeconds(14400), RepairStatus.IN_PROGRESS, RepairStatus.ON_HOLD));

        RepairClock c = RepairClock.of(r, timeline, t0.plusSeconds(18000));

        assertThat(c.heldFor()).isEqualTo(Duration.ofHours(2));
        assertThat(c.respondDue()).isEqualTo(t0.plus(Duration.ofHours(4)));
        assertThat(c.respondOverdue()).isFalse();
        assertThat(c.fixDue()).isEqualTo(t0.plus(Duration.ofHours(26)));
        assertThat(c.fixOverdue()).isFalse();
        assertThat(RepairClock.of(r, timeline, t0.plus(Duration.ofHours(30))).fixOverdue())
                .as("a hold running the whole time moves the due with the clock").isFalse();
    }

    private static RepairEvent event(Instant at, RepairStatus from, RepairStatus to) {
        return new RepairEvent(at.toString(), "r", at, "s", "s", RepairAction.START, from, to,
                to == RepairStatus.ON_HOLD ? HoldReason.WAITING_PARTS : null, null, null, null, null);
    }

    private RepairClock clockOf(Repair r) {
        return repairs.clock(r.id()).orElseThrow();
    }

    /** Sets the clock to t0 plus hours and minutes. */
    private void at(Instant t0, int hours, int minutes) {
        Instant target = t0.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(minutes));
        clock.advance(Duration.between(clock.instant(), target));
    }
}
