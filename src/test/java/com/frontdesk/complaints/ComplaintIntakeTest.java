package com.frontdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intake: the number, the complainant from the directory, the clocks in hours and working days. */
class ComplaintIntakeTest extends ComplaintTestBase {

    @Test
    void aComplaintGetsItsNumberThePhoneOnFileAndBothClocks() {
        Complaint c = taken();

        assertThat(c.number()).isEqualTo("TS-20261122-0001");
        assertThat(c.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(c.complainant()).isEqualTo("1-2-1503 · 张三");
        assertThat(c.roomCode()).isEqualTo("1-2-1503");
        assertThat(c.contactPhone()).as("left blank: the number on file").isEqualTo(ZHANG_PHONE);
        assertThat(c.takenBy()).isEqualTo(desk.user().id());
        // Received on Sunday 22 November 09:30 in Shanghai: 48 hours later is Tuesday 09:30; the 7th
        // working day after Sunday is Tuesday 1 December, due by its end.
        assertThat(c.firstResponseDue()).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
        assertThat(c.resolutionDue()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(c.escalatedAt()).isNull();
        assertThat(complaints.timeline(c.id())).extracting(ComplaintEvent::action)
                .containsExactly(ComplaintAction.TAKE);
        assertThat(SqlRows.query(site.db(), "SELECT count(*) AS n FROM outbox WHERE entity = 'complaint'"))
                .singleElement().satisfies(row -> assertThat(row.get("n")).isEqualTo(1));
    }

    @Test
    void holidaysAndAdjustedWorkingDaysInSettingsMoveTheAnswerDue() {
        ComplaintSettings s = site.ws().settings().current(ComplaintSettings.DOCUMENT);
        site.ws().settings().update(admin, ComplaintSettings.DOCUMENT, s
                .withHolidays(List.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26)))
                .withWorkdays(List.of(LocalDate.of(2026, 11, 28))));

        Complaint c = taken();

        // Mon 23, Tue 24, (Wed 25 and Thu 26 off), Fri 27, Sat 28 (worked), Mon 30, Tue 1, Wed 2.
        assertThat(c.resolutionDue()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(c.firstResponseDue()).as("the first response counts hours").isEqualTo(
                Instant.parse("2026-11-24T01:30:00Z"));
    }

    @Test
    void theClocksAreThoseOfTheSettingsAtIntake() {
        ComplaintSettings s = site.ws().settings().current(ComplaintSettings.DOCUMENT);
        Complaint before = taken();
        site.ws().settings().update(admin, ComplaintSettings.DOCUMENT,
                s.withFirstResponseHours(24).withResolutionWorkingDays(3));

        Complaint after = taken();

        assertThat(Duration.between(after.receivedAt(), after.firstResponseDue())).isEqualTo(Duration.ofHours(24));
        assertThat(after.resolutionDue()).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
        assertThat(complaints.complaint(before.id()).orElseThrow().resolutionDue())
                .isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
    }

    @Test
    void praiseAndSuggestionsAreRecordedWithoutClocks() {
        Complaint praise = complaints.take(desk, ComplaintForm.feedback(ComplaintKind.PRAISE, room.id(), zhang.id(),
                "保安小王帮忙搬行李", "SECURITY"));

        assertThat(praise.status()).isEqualTo(ComplaintStatus.RECORDED);
        assertThat(praise.firstResponseDue()).isNull();
        assertThat(praise.resolutionDue()).isNull();
        assertThat(lists.open(null, 10)).isEmpty();
        assertThat(lists.feedback(null, 10)).extracting(i -> i.complaint().id()).containsExactly(praise.id());
        clock.advance(Duration.ofDays(30));
        assertThat(lists.overdue(null, 10)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsStored() {
        ComplaintForm empty = new ComplaintForm(ComplaintKind.COMPLAINT, ComplaintChannel.LETTER, null, null, " ",
                "12ab", "", null, null, null, null, Severity.NORMAL, null);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> complaints.take(desk, empty));

        assertThat(e.problems()).extracting(Problem::field, Problem::key).contains(
                tuple("complainant", "complaint.complainantRequired"),
                tuple("contactPhone", "validation.phone"),
                tuple("subject", "validation.required"),
                tuple("whatHappened", "validation.required"),
                tuple("complaintCategory", "validation.required"),
                tuple("nature", "validation.required"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> complaints.take(desk,
                new ComplaintForm(ComplaintKind.COMPLAINT, ComplaintChannel.VISIT, null, null, "路过的访客", null, "门岗态度差",
                        "被大声呵斥", null, "SERVICE_ATTITUDE", Nature.QUALITY, Severity.NORMAL, null))).problems())
                .extracting(Problem::key).containsExactly("complaint.phoneRequired");
        assertThat(catchThrowableOfType(ValidationException.class, () -> complaints.take(desk,
                ComplaintForm.phoned(room.id(), zhang.id(), null, "噪音", "吵", null, "SPACESHIP", Severity.NORMAL,
                        null))).problems())
                .extracting(Problem::key).containsExactly("complaint.categoryUnknown");
        assertThat(SqlRows.count(site.db(), "complaint")).isZero();
        assertThat(SqlRows.count(site.db(), "complaint_event")).isZero();
    }

    @Test
    void everyoneAtTheDeskTakesComplaintsButOnlyHandlersRevealThePhoneAndItIsAudited() {
        Complaint c = taken();

        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> complaints.revealPhone(desk, c.id())))
                .isNotNull();
        assertThat(complaints.revealPhone(agent, c.id())).isEqualTo(ZHANG_PHONE);
        assertThat(SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'complaint'"
                + " AND action = 'REVEAL'")).hasSize(1);
        assertThat(SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'complaint'"
                + " AND action = 'CREATE'")).singleElement().satisfies(row ->
                assertThat((String) row.get("changes")).doesNotContain(ZHANG_PHONE));
    }
}
