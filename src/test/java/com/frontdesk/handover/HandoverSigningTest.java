package com.frontdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Three signatures in order, each proved by the signer's own password; nothing changes after the first. */
class HandoverSigningTest extends HandoverTestBase {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Handover counted() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(h);
        return h;
    }

    @Test
    void outgoingIncomingAndLeadSignInTurnAtOneKeyboard() {
        Handover h = counted();
        clock.advance(Duration.ofMinutes(5));

        Handover out = handovers.signOutgoing(outgoing, h.id(), pw());
        assertThat(out.status()).isEqualTo(HandoverStatus.OUTGOING_SIGNED);
        assertThat(out.outgoingSignedAt()).isEqualTo(clock.instant());
        assertThat(out.sealSha256()).hasSize(64);
        assertThat(out.previousSha256()).as("the desk's first handover").isNull();

        clock.advance(Duration.ofMinutes(1));
        // Still R001's session on the desk PC: the incoming person proves themselves by password.
        Handover in = handovers.signIncoming(outgoing, h.id(), "R002", pw());
        assertThat(in.status()).isEqualTo(HandoverStatus.INCOMING_SIGNED);
        assertThat(in.incomingStaffId()).isEqualTo(incoming.user().id());
        assertThat(in.incomingName()).isEqualTo("员工R002");
        assertThat(in.incomingAt()).isEqualTo(clock.instant());
        assertThat(in.contentSha256()).isNotEqualTo(out.contentSha256());
        assertThat(in.sealSha256()).isEqualTo(out.sealSha256());

        clock.advance(Duration.ofMinutes(20));
        Handover done = handovers.countersign(incoming, h.id(), "L001", pw());
        assertThat(done.status()).isEqualTo(HandoverStatus.COUNTERSIGNED);
        assertThat(done.leadStaffId()).isEqualTo(lead.user().id());
        assertThat(done.countersignedAt()).isEqualTo(clock.instant());
        assertThat(handovers.verifyAll()).isEmpty();
        assertThat(SqlRows.query(site.db(), "SELECT actor_id FROM audit_log WHERE entity = 'handover'"
                + " AND action = 'UPDATE' ORDER BY at")).extracting(r -> r.get("actor_id"))
                .as("each signature is recorded as its signer's")
                .containsExactly(outgoing.user().id(), incoming.user().id(), lead.user().id());
    }

    @Test
    void aWrongPasswordIsRefusedAuditedAndCountsTowardsTheLockOut() {
        Handover h = counted();

        assertThatThrownBy(() -> handovers.signOutgoing(outgoing, h.id(), "wrong-one".toCharArray()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("login.wrong");

        assertThat(handovers.handover(h.id()).orElseThrow().status()).isEqualTo(HandoverStatus.DRAFT);
        assertThat(SqlRows.query(site.db(), "SELECT action, changes FROM audit_log WHERE entity = 'staff'"
                + " AND entity_id = '" + outgoing.user().id() + "' AND action = 'SIGN_FAILED'")).hasSize(1);
        assertThat(SqlRows.query(site.db(), "SELECT failed_attempts FROM staff WHERE employee_no = 'R001'"))
                .containsExactly(Map.of("failed_attempts", 1));
    }

    @Test
    void theOutgoingSignatureIsTheDraftCreatorsWhoeverIsAtTheKeyboard() {
        Handover h = counted();

        // R002's password does not sign for R001: the outgoing signer is fixed, only their password counts.
        assertThatThrownBy(() -> handovers.signOutgoing(incoming, h.id(), "wrong-for-R001".toCharArray()))
                .hasMessageContaining("login.wrong");
        Handover out = handovers.signOutgoing(incoming, h.id(), pw());
        assertThat(out.outgoingStaffId()).isEqualTo(outgoing.user().id());
    }

    @Test
    void theSamePersonCannotSignBothSides() {
        Handover h = counted();
        handovers.signOutgoing(outgoing, h.id(), pw());

        assertThatThrownBy(() -> handovers.signIncoming(outgoing, h.id(), "R001", pw()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("handover.sameSigner");
        assertThat(handovers.handover(h.id()).orElseThrow().status()).isEqualTo(HandoverStatus.OUTGOING_SIGNED);
    }

    @Test
    void theIncomingSideCannotSignBeforeTheOutgoingSide() {
        Handover h = counted();

        assertThatThrownBy(() -> handovers.signIncoming(outgoing, h.id(), "R002", pw()))
                .hasMessageContaining("handover.outgoingFirst");
        assertThatThrownBy(() -> handovers.countersign(outgoing, h.id(), "L001", pw()))
                .hasMessageContaining("handover.notWaitingForLead");
    }

    @Test
    void aReceptionistCannotCountersignNorCanEitherSide() {
        Handover h = counted();
        handovers.signOutgoing(outgoing, h.id(), pw());
        handovers.signIncoming(outgoing, h.id(), "R002", pw());
        signIn("R003", com.frontdesk.accounts.Role.RECEPTIONIST);

        assertThatThrownBy(() -> handovers.countersign(incoming, h.id(), "R003", pw()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handovers.countersign(incoming, h.id(), "R002", pw()))
                .hasMessageContaining("handover.leadMustBeThird");
        assertThat(handovers.handover(h.id()).orElseThrow().status()).isEqualTo(HandoverStatus.INCOMING_SIGNED);
        assertThat(handovers.countersign(incoming, h.id(), "A001", "admin1234".toCharArray()).status())
                .as("an administrator may").isEqualTo(HandoverStatus.COUNTERSIGNED);
    }

    @Test
    void aLeadWhoWasTheOutgoingSideCannotCountersign() {
        Handover h = handovers.start(lead, LOBBY, DAY);
        handovers.count(lead, h.id(), "BOOK", 1, ItemCondition.GOOD, null);
        handovers.count(lead, h.id(), "PHONE", 1, ItemCondition.GOOD, null);
        handovers.count(lead, h.id(), "UMBRELLAS", 11, ItemCondition.GOOD, null);
        handovers.signOutgoing(lead, h.id(), pw());
        handovers.signIncoming(lead, h.id(), "R002", pw());

        assertThatThrownBy(() -> handovers.countersign(incoming, h.id(), "L001", pw()))
                .hasMessageContaining("handover.leadMustBeThird");
        assertThat(handovers.countersign(incoming, h.id(), "L002", pw()).leadStaffId()).isEqualTo(lead2.user().id());
    }

    @Test
    void aRefusalWithItsReasonWaitsForTheLead() {
        Handover h = counted();
        handovers.signOutgoing(outgoing, h.id(), pw());

        assertThatThrownBy(() -> handovers.refuse(outgoing, h.id(), "R002", pw(), " "))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.field())
                        .containsExactly("refusalReason"));
        Handover refused = handovers.refuse(outgoing, h.id(), "R002", pw(), "雨伞实际只有 9 把");

        assertThat(refused.status()).isEqualTo(HandoverStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("雨伞实际只有 9 把");
        assertThat(handovers.countRefusalsWaiting()).isEqualTo(1);
        assertThat(handovers.refusalsWaiting(lead, null, 10)).extracting(Handover::id).containsExactly(h.id());
        assertThatThrownBy(() -> handovers.refusalsWaiting(incoming, null, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handovers.signIncoming(outgoing, h.id(), "R002", pw()))
                .hasMessageContaining("handover.notAwaitingIncoming");

        handovers.countersign(outgoing, h.id(), "L001", pw());
        assertThat(handovers.countRefusalsWaiting()).isZero();
        assertThat(handovers.handover(h.id()).orElseThrow().refusalReason()).isEqualTo("雨伞实际只有 9 把");
        assertThat(handovers.verifyAll()).isEmpty();
    }

    @Test
    void aSignedHandoverCannotBeChangedByTheService() {
        Handover h = counted();
        HandoverNote note = handovers.addNote(outgoing, h.id(), "3 号梯明早维保", NotePriority.NORMAL);
        handovers.signOutgoing(outgoing, h.id(), pw());

        assertThatThrownBy(() -> handovers.count(outgoing, h.id(), "UMBRELLAS", 5, ItemCondition.GOOD, "改"))
                .hasMessageContaining("handover.signedNoChange");
        assertThatThrownBy(() -> handovers.addNote(outgoing, h.id(), "补一条", NotePriority.HIGH))
                .hasMessageContaining("handover.signedNoChange");
        assertThatThrownBy(() -> handovers.signOutgoing(outgoing, h.id(), pw()))
                .hasMessageContaining("handover.signedNoChange");
        assertThat(item(h, "UMBRELLAS").counted()).isEqualTo(11);
        // A plain SQL update is refused by the database too.
        assertThatThrownBy(() -> SqlRows.execute(site.db(), "UPDATE handover_item SET counted = 10"
                + " WHERE code = 'UMBRELLAS'")).hasStackTraceContaining("handover signed: its items cannot change");
        // The note itself may still be marked done: it lives on at the desk, the signed sheet keeps it as it was.
        handovers.noteDone(incoming, note.id());
        assertThat(handovers.detail(h.id()).orElseThrow().notes()).extracting(HandoverNote::text)
                .containsExactly("3 号梯明早维保");
        assertThat(handovers.verifyAll()).isEmpty();
    }

    @Test
    void openNotesCarryOverToTheNextHandoversUntilDone() {
        Handover first = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(first);
        HandoverNote key = handovers.addNote(outgoing, first.id(), "2 栋钥匙借给物业工程部，未还", NotePriority.HIGH);
        HandoverNote bin = handovers.addNote(outgoing, first.id(), "垃圾房门锁坏了", NotePriority.LOW);
        handovers.signOutgoing(outgoing, first.id(), pw());
        handovers.signIncoming(outgoing, first.id(), "R002", pw());
        clock.advance(Duration.ofHours(8));

        Handover second = handovers.start(incoming, LOBBY, DAY);
        assertThat(handovers.detail(second.id()).orElseThrow().notes()).extracting(HandoverNote::id)
                .containsExactly(key.id(), bin.id());
        handovers.noteDone(incoming, bin.id());
        assertThatThrownBy(() -> handovers.noteDone(incoming, bin.id())).hasMessageContaining("handover.noteAlreadyDone");
        HandoverNote own = handovers.addNote(incoming, second.id(), "快递柜断电", NotePriority.NORMAL);
        handovers.count(incoming, second.id(), "BOOK", 1, ItemCondition.GOOD, null);
        handovers.count(incoming, second.id(), "PHONE", 1, ItemCondition.GOOD, null);
        handovers.count(incoming, second.id(), "UMBRELLAS", 11, ItemCondition.GOOD, null);
        handovers.signOutgoing(incoming, second.id(), pw());
        assertThat(handovers.detail(second.id()).orElseThrow().notes()).as("shown on the second: done during it too")
                .extracting(HandoverNote::id).containsExactly(key.id(), bin.id(), own.id());
        clock.advance(Duration.ofHours(8));

        Handover third = handovers.start(outgoing, LOBBY, DAY);
        assertThat(handovers.detail(third.id()).orElseThrow().notes()).extracting(HandoverNote::id)
                .containsExactly(key.id(), own.id());
        assertThat(handovers.openNotes(LOBBY)).extracting(HandoverNote::id).as("most urgent first")
                .containsExactly(key.id(), own.id());
        assertThat(handovers.openNotes("SERVICE")).isEmpty();
    }

    @Test
    void theDashboardSeesTheShiftDoneOnceBothSidesSigned() {
        Instant dayShiftBegan = beijing("2026-11-22T07:50");
        Handover h = counted();
        handovers.signOutgoing(outgoing, h.id(), pw());
        assertThat(handovers.currentShiftDone(LOBBY, dayShiftBegan)).isFalse();

        handovers.signIncoming(outgoing, h.id(), "R002", pw());

        assertThat(handovers.currentShiftDone(LOBBY, dayShiftBegan)).isTrue();
        assertThat(handovers.currentShiftDone(LOBBY, beijing("2026-11-22T14:50"))).as("the evening shift's")
                .isFalse();
        assertThat(handovers.currentShiftDone(LOBBY, beijing("2026-11-23T07:50"))).as("tomorrow's day shift")
                .isFalse();
        assertThat(handovers.currentShiftDone("SERVICE", dayShiftBegan)).isFalse();
    }

    /**
     * The evening staff start the handover at 21:15, before the night shift (21:50–08:00) begins, so
     * it is filed under the evening shift; at 03:00 the next morning the night shift, begun the day
     * before, has been taken over. The next evening's night shift has not.
     */
    @Test
    void aNightShiftPastMidnightWasTakenOverTheEveningBefore() {
        templates.add(LOBBY, "EVENING", List.of(new ChecklistItem("BOOK", "交接班记录本", 1, null)));
        ShiftDef night = HandoverSettings.DEFAULT_LOBBY.shifts().get(2);
        clock.advance(Duration.between(clock.instant(), beijing("2026-11-22T21:15")));
        Handover h = handovers.start(outgoing, LOBBY, "EVENING");
        handovers.count(outgoing, h.id(), "BOOK", 1, ItemCondition.GOOD, null);
        handovers.signOutgoing(outgoing, h.id(), pw());
        handovers.signIncoming(outgoing, h.id(), "R002", pw());

        clock.advance(Duration.ofHours(6));
        LocalDateTime threeAm = LocalDateTime.of(2026, 11, 23, 3, 0);
        assertThat(night.lastStart(threeAm)).isEqualTo(LocalDateTime.of(2026, 11, 22, 21, 50));
        assertThat(handovers.currentShiftDone(LOBBY, night.lastStart(threeAm).atZone(BEIJING).toInstant()))
                .isTrue();
        LocalDateTime nextEvening = LocalDateTime.of(2026, 11, 23, 22, 0);
        assertThat(night.lastStart(nextEvening)).isEqualTo(LocalDateTime.of(2026, 11, 23, 21, 50));
        assertThat(handovers.currentShiftDone(LOBBY, night.lastStart(nextEvening).atZone(BEIJING).toInstant()))
                .isFalse();
    }

    private static Instant beijing(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BEIJING).toInstant();
    }

    @Test
    void theHistoryPagesNewestFirstAndSearchesNumbersAndNames() {
        Handover a = fullySigned();
        Handover b = fullySigned();
        clock.advance(Duration.ofDays(1));
        Handover c = handovers.start(lead, LOBBY, DAY);

        List<Handover> page1 = handovers.history(HandoverFilter.ALL, null, 2);
        assertThat(page1).extracting(Handover::id).containsExactly(c.id(), b.id());
        assertThat(handovers.history(HandoverFilter.ALL, page1.get(1), 2)).extracting(Handover::id)
                .containsExactly(a.id());
        assertThat(handovers.history(new HandoverFilter(null, null, null, "员工L001"), null, 10))
                .extracting(Handover::id).containsExactly(c.id(), b.id(), a.id());
        assertThat(handovers.history(new HandoverFilter(null, null, null, a.number()), null, 10))
                .extracting(Handover::id).containsExactly(a.id());
        assertThat(handovers.history(new HandoverFilter(LOBBY, LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22),
                null), null, 10)).extracting(Handover::id).containsExactly(b.id(), a.id());
        assertThat(handovers.history(new HandoverFilter("SERVICE", null, null, null), null, 10)).isEmpty();
    }
}
