package com.frontdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import org.junit.jupiter.api.Test;

/** The draft: made from the current checklist, counted by hand, a note for every difference before signing. */
class HandoverCountingTest extends HandoverTestBase {

    @Test
    void aDraftTakesTheLinesOfTheCurrentChecklistInOrderAndIsNumbered() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);

        assertThat(h.number()).isEqualTo("JJ-20261122-0001");
        assertThat(h.status()).isEqualTo(HandoverStatus.DRAFT);
        assertThat(h.outgoingStaffId()).isEqualTo(outgoing.user().id());
        assertThat(h.templateId()).isEqualTo("tpl-LOBBY/DAY-1");
        assertThat(h.templateVersion()).isEqualTo(1);
        HandoverDetail d = handovers.detail(h.id()).orElseThrow();
        assertThat(d.items()).extracting(HandoverItem::code)
                .containsExactly("BOOK", "PHONE", "UMBRELLAS", "VISITORS", "PARCELS", "REPAIRS", "COMPLAINTS_LATE");
        assertThat(d.items()).filteredOn(i -> !i.automatic())
                .allSatisfy(i -> assertThat(i.counted()).as("not counted yet").isNull());
        assertThat(item(h, "UMBRELLAS").expected()).isEqualTo(11);
    }

    @Test
    void withoutAChecklistForTheDeskAndShiftNoDraftIsMade() {
        assertThatThrownBy(() -> handovers.start(outgoing, LOBBY, "NIGHT"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("handover.noTemplate");
        assertThat(SqlRows.count(site.db(), "handover")).isZero();
    }

    @Test
    void aDeskHasOneOpenDraftAtATime() {
        Handover first = handovers.start(outgoing, LOBBY, DAY);

        assertThatThrownBy(() -> handovers.start(incoming, LOBBY, DAY))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("handover.draftOpen").hasMessageContaining(first.number());
        templates.add("SERVICE", DAY, templates.current(LOBBY, DAY).orElseThrow().items());
        assertThat(handovers.start(incoming, "SERVICE", DAY).status()).as("another desk may").isEqualTo(HandoverStatus.DRAFT);
    }

    @Test
    void aMissingUmbrellaNeedsANoteBeforeTheOutgoingSideCanSign() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(h);
        handovers.count(outgoing, h.id(), "UMBRELLAS", 10, ItemCondition.GOOD, null);

        assertThatThrownBy(() -> handovers.signOutgoing(outgoing, h.id(), pw()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("handover.differenceNeedsNote").hasMessageContaining("雨伞");
        assertThat(handovers.handover(h.id()).orElseThrow().status()).isEqualTo(HandoverStatus.DRAFT);

        handovers.count(outgoing, h.id(), "UMBRELLAS", 10, ItemCondition.GOOD, "1 把被 1503 业主借走，明早归还");
        Handover signed = handovers.signOutgoing(outgoing, h.id(), pw());

        assertThat(signed.status()).isEqualTo(HandoverStatus.OUTGOING_SIGNED);
        assertThat(item(h, "UMBRELLAS").differs()).isTrue();
    }

    @Test
    void anItemDamagedOrMissingNeedsANoteEvenWhenTheCountIsRight() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(h);
        handovers.count(outgoing, h.id(), "PHONE", 1, ItemCondition.DAMAGED, null);

        assertThatThrownBy(() -> handovers.signOutgoing(outgoing, h.id(), pw()))
                .hasMessageContaining("handover.differenceNeedsNote").hasMessageContaining("前台电话");

        handovers.count(outgoing, h.id(), "PHONE", 1, ItemCondition.DAMAGED, "听筒线松动，已报修");
        assertThat(handovers.signOutgoing(outgoing, h.id(), pw()).status()).isEqualTo(HandoverStatus.OUTGOING_SIGNED);
    }

    @Test
    void everyItemMustBeCountedBeforeSigning() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        handovers.count(outgoing, h.id(), "BOOK", 1, ItemCondition.GOOD, null);

        assertThatThrownBy(() -> handovers.signOutgoing(outgoing, h.id(), pw()))
                .hasMessageContaining("handover.notCounted").hasMessageContaining("前台电话")
                .hasMessageContaining("雨伞").satisfies(e -> assertThat(e.getMessage()).doesNotContain("交接班记录本"));
    }

    @Test
    void aLineTheProgramCountsCannotBeTypedOver() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);

        assertThatThrownBy(() -> handovers.count(outgoing, h.id(), "VISITORS", 3, ItemCondition.GOOD, "手工"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("handover.autoLine").hasMessageContaining("在场访客");
        assertThat(item(h, "VISITORS").counted()).isZero();
    }

    @Test
    void badCountsAreRefusedAndStoreNothing() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);

        assertThatThrownBy(() -> handovers.count(outgoing, h.id(), "UMBRELLAS", -1, null, "x".repeat(201)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("counted", "condition", "note"));
        assertThat(item(h, "UMBRELLAS").counted()).isNull();
    }

    @Test
    void everyCountIsAuditedAndSentToHeadOffice() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        handovers.count(outgoing, h.id(), "UMBRELLAS", 11, ItemCondition.GOOD, null);

        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE entity = 'handover_item'"
                + " AND entity_id = '" + item(h, "UMBRELLAS").id() + "' ORDER BY at"))
                .extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE");
        assertThat(SqlRows.query(site.db(), "SELECT count(*) AS n FROM outbox WHERE entity = 'handover'"))
                .extracting(r -> r.get("n")).containsExactly(1);
    }
}
