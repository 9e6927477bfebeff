package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.Role;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Problem;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitorCheckInTest extends VisitorTestBase {

    @Test
    void confirmedVisitorIsOnSiteWithPassAndDayNumber() {
        Visit v = visitors.checkIn(desk, visit("李四").withPhone("138 0013 8000").withPass("v01").withHeadCount(3));

        assertThat(v.status()).isEqualTo(VisitStatus.ON_SITE);
        assertThat(v.number()).isEqualTo("FK-20261122-0001");
        assertThat(v.passNo()).isEqualTo("V01");
        assertThat(v.phone()).isEqualTo("13800138000");
        assertThat(v.verifiedAt()).isEqualTo(clock.instant());
        assertThat(visitors.visit(v.id())).contains(v);
        assertThat(visitors.checkIn(desk, visit("王五")).number()).isEqualTo("FK-20261122-0002");
    }

    @Test
    void invalidFormStoresNothing() {
        var before = SqlRows.snapshot(site.db());
        VisitForm bad = new VisitForm(" ", "12ab", null, "110101199003071234", null, 0, null, null, null, null, null,
                null, null, null, null, null, null);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> visitors.checkIn(desk, bad));

        assertThat(e.problems()).extracting(Problem::field, Problem::key).contains(
                org.assertj.core.groups.Tuple.tuple("visitorName", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("phone", "validation.phone"),
                org.assertj.core.groups.Tuple.tuple("idType", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("headCount", "validation.range"),
                org.assertj.core.groups.Tuple.tuple("purpose", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("host", "visitor.hostRequired"),
                org.assertj.core.groups.Tuple.tuple("verification", "validation.required"));
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void hostMayBeFreeTextButAPickedRoomMustExistAndHoldTheOccupant() {
        Visit free = visitors.checkIn(desk, VisitForm.of("赵六", Purpose.DELIVERY, null, Verification.CONFIRMED)
                .withHost(null, null, "物业办公室"));
        assertThat(free.hostText()).isEqualTo("物业办公室");
        assertThat(free.hostRoomId()).isNull();

        assertThat(catchThrowableOfType(ValidationException.class, () -> visitors.checkIn(desk,
                visit("钱七").withHost("no-such-room", null, null))).key()).isEqualTo("visitor.hostNotFound");
        var other = site.ws().directory().addRoom(admin, new com.frontdesk.directory.RoomForm("1", "2", null, "1504", false));
        assertThat(catchThrowableOfType(ValidationException.class, () -> visitors.checkIn(desk,
                visit("钱七").withHost(other.id(), host.id(), null))).key()).isEqualTo("visitor.hostNotFound");
    }

    @Test
    void salesAreRefusedByDefaultAndAllowedWhenTheRuleIsOff() {
        VisitForm sales = VisitForm.of("推销员", Purpose.SALES, room.id(), Verification.CONFIRMED);

        assertThat(catchThrowableOfType(UserFacingException.class, () -> visitors.checkIn(desk, sales)).key())
                .isEqualTo("visitor.salesRefused");
        assertThat(SqlRows.count(site.db(), "visit")).isZero();

        rules.set(new VisitorRules(false, 4, false, SALT));
        assertThat(visitors.checkIn(desk, sales).status()).isEqualTo(VisitStatus.ON_SITE);
    }

    @Test
    void smallContractorJobNeedsEngineeringsNote() {
        VisitForm job = VisitForm.of("电工", Purpose.CONTRACTOR, room.id(), Verification.CONFIRMED);

        assertThat(catchThrowableOfType(ValidationException.class, () -> visitors.checkIn(desk, job)).problems())
                .extracting(Problem::field).containsExactly("jobSize");
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> visitors.checkIn(desk, job.withContractor(JobSize.SMALL, null, "OA-1")));
        assertThat(e.problems()).extracting(Problem::field, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("engineeringNote", "visitor.engineeringNoteRequired"));

        Visit ok = visitors.checkIn(desk, job.withContractor(JobSize.SMALL, "工程部王工电话确认", null));
        assertThat(ok.jobSize()).isEqualTo(JobSize.SMALL);
        assertThat(ok.engineeringNote()).isEqualTo("工程部王工电话确认");
    }

    @Test
    void mediumAndLargeContractorJobsNeedAnApprovalReference() {
        VisitForm job = VisitForm.of("装修队", Purpose.CONTRACTOR, room.id(), Verification.CONFIRMED);
        for (JobSize size : new JobSize[] {JobSize.MEDIUM, JobSize.LARGE}) {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> visitors.checkIn(desk, job.withContractor(size, "工程部已确认", null)));
            assertThat(e.problems()).extracting(Problem::key).containsExactly("visitor.approvalRequired");
        }
        assertThat(SqlRows.count(site.db(), "visit")).isZero();
        assertThat(visitors.checkIn(desk, job.withContractor(JobSize.LARGE, null, "WY-2026-118")).approvalRef())
                .isEqualTo("WY-2026-118");
    }

    @Test
    void refusedByTheHostIsKeptWithoutAPass() {
        Visit v = visitors.checkIn(desk, VisitForm.of("孙八", Purpose.VISIT, room.id(), Verification.REFUSED).withPass("V01"));

        assertThat(v.status()).isEqualTo(VisitStatus.REFUSED);
        assertThat(v.passNo()).isNull();
        assertThat(visitors.countOnSite()).isZero();
        assertThat(visitors.countPassesOut()).isZero();
    }

    @Test
    void noAnswerWaitsInTheLoungeThenIsConfirmed() {
        Visit v = visitors.checkIn(desk, VisitForm.of("周九", Purpose.VISIT, room.id(), Verification.NO_ANSWER).withPass("V02"));
        assertThat(v.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(visitors.waiting(null, 10)).extracting(Visit::id).containsExactly(v.id());
        assertThat(visitors.countOnSite()).isZero();

        clock.advance(Duration.ofMinutes(10));
        Visit in = visitors.confirm(desk, v.id(), null);

        assertThat(in.status()).isEqualTo(VisitStatus.ON_SITE);
        assertThat(in.verification()).isEqualTo(Verification.CONFIRMED);
        assertThat(in.verifiedAt()).isEqualTo(clock.instant());
        assertThat(in.checkedInAt()).isEqualTo(clock.instant());
        assertThat(in.passNo()).isEqualTo("V02");
        assertThat(visitors.waiting(null, 10)).isEmpty();
        assertThat(visitors.countOnSite()).isEqualTo(1);
        assertThat(catchThrowableOfType(UserFacingException.class, () -> visitors.confirm(desk, v.id(), null)).key())
                .isEqualTo("visitor.notWaiting");
    }

    @Test
    void noAnswerThenTurnedAwayGivesTheReservedPassBack() {
        Visit v = visitors.checkIn(desk, VisitForm.of("吴十", Purpose.VISIT, room.id(), Verification.NO_ANSWER).withPass("V02"));
        assertThat(visitors.countPassesOut()).isEqualTo(1);

        Visit away = visitors.turnAway(desk, v.id());

        assertThat(away.status()).isEqualTo(VisitStatus.REFUSED);
        assertThat(away.verification()).isEqualTo(Verification.REFUSED);
        assertThat(away.passNo()).isNull();
        assertThat(visitors.countPassesOut()).isZero();
        assertThat(visitors.checkIn(desk, visit("郑一").withPass("V02")).passNo()).isEqualTo("V02");
    }

    @Test
    void passMustBeInThePoolActiveAndNotOut() {
        visitors.definePass(admin, "V03", false);
        visitors.checkIn(desk, visit("甲").withPass("V01"));

        assertThat(catchThrowableOfType(ValidationException.class, () -> visitors.checkIn(desk, visit("乙").withPass("X99")))
                .key()).isEqualTo("visitor.passUnknown");
        assertThat(catchThrowableOfType(ValidationException.class, () -> visitors.checkIn(desk, visit("乙").withPass("V03")))
                .key()).isEqualTo("visitor.passInactive");
        ValidationException out = catchThrowableOfType(ValidationException.class,
                () -> visitors.checkIn(desk, visit("乙").withPass("V01")));
        assertThat(out.key()).isEqualTo("visitor.passOut");
        assertThat(out.args()).containsExactly("V01", "FK-20261122-0001");
        assertThat(visitors.activePasses()).containsExactly("V01", "V02");
    }

    @Test
    void checkOutByIdNumberOrPassFreesThePass() {
        Visit a = visitors.checkIn(desk, visit("甲").withPass("V01"));
        Visit b = visitors.checkIn(desk, visit("乙").withPass("V02"));
        Visit c = visitors.checkIn(desk, visit("丙").withPass("V03"));
        assertThat(visitors.passesOut()).extracting(Visit::passNo).containsExactly("V01", "V02", "V03");
        clock.advance(Duration.ofHours(1));

        Visit outA = visitors.checkOut(desk, a.id());
        visitors.checkOut(desk, b.number().toLowerCase());
        Visit outC = visitors.checkOut(desk, " v03 ");

        assertThat(outA.status()).isEqualTo(VisitStatus.CHECKED_OUT);
        assertThat(outA.checkedOutAt()).isEqualTo(clock.instant());
        assertThat(outC.id()).isEqualTo(c.id());
        assertThat(outC.passNo()).as("the history keeps the pass it had").isEqualTo("V03");
        assertThat(visitors.passesOut()).isEmpty();
        assertThat(visitors.countOnSite()).isZero();
        assertThat(visitors.checkIn(desk, visit("丁").withPass("V01")).passNo()).isEqualTo("V01");
    }

    @Test
    void checkOutRefusesUnknownClosedAndWaitingVisits() {
        Visit v = visitors.checkIn(desk, visit("甲"));
        visitors.checkOut(desk, v.id());
        Visit w = visitors.checkIn(desk, VisitForm.of("乙", Purpose.VISIT, room.id(), Verification.NO_ANSWER));

        assertThat(catchThrowableOfType(UserFacingException.class, () -> visitors.checkOut(desk, "V09")).key())
                .isEqualTo("visitor.notFound");
        assertThat(catchThrowableOfType(UserFacingException.class, () -> visitors.checkOut(desk, v.id())).key())
                .isEqualTo("visitor.alreadyCheckedOut");
        assertThat(catchThrowableOfType(UserFacingException.class, () -> visitors.checkOut(desk, w.id())).key())
                .isEqualTo("visitor.notOnSite");
        assertThat(catchThrowableOfType(ValidationException.class, () -> visitors.checkOut(desk, " ")).key())
                .isEqualTo("validation.required");
    }

    @Test
    void agentsCannotCheckInAndOnlyLeadsManagePassesAndTheWatchlist() {
        var agent = signIn("G001", Role.AGENT);
        assertThatThrownBy(() -> visitors.checkIn(agent, visit("甲"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitors.definePass(desk, "V09", true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitors.addToWatchlist(desk, "某", "13700000000", null, "闹事"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitors.watchlist(desk)).isInstanceOf(AccessDeniedException.class);
        visitors.definePass(lead, "V09", true);
        assertThat(visitors.activePasses()).contains("V09");
    }

    @Test
    void aDisabledOrDemotedAccountLosesItsRightsAtOnce() {
        com.frontdesk.testsupport.SqlRows.execute(site.db(),
                "UPDATE staff SET role = 'AGENT' WHERE employee_no = 'R001'");
        assertThatThrownBy(() -> visitors.checkIn(desk, visit("甲"))).isInstanceOf(AccessDeniedException.class);
        com.frontdesk.testsupport.SqlRows.execute(site.db(), "UPDATE staff SET active = 0 WHERE employee_no = 'L001'");
        assertThatThrownBy(() -> visitors.definePass(lead, "V09", true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseAllowsOnePassPerOpenVisit() {
        visitors.checkIn(desk, visit("甲").withPass("V01"));
        Instant t = clock.instant();
        assertThatThrownBy(() -> SqlRows.execute(site.db(), "INSERT INTO visit (id, number, visitor_name, head_count,"
                + " purpose, host_text, verification, verified_at, status, pass_no, checked_in_at, created_at,"
                + " updated_at) VALUES ('x', 'FK-X', 'x', 1, 'VISIT', 'h', 'CONFIRMED', " + t.toEpochMilli()
                + ", 'ON_SITE', 'V01', 1, 1, 1)"))
                .rootCause().hasMessageContaining("UNIQUE constraint failed: visit.pass_no");
    }
}
