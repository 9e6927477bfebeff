package com.frontdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.UserFacingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What goes to the shift lead: anger, a serious or urgent case at once, and a first response overdue. */
class ComplaintEscalationTest extends ComplaintTestBase {

    @Test
    void angerSeriousAndUrgentCasesGoToTheLeadAtOnceAGrievanceDoesNot() {
        Complaint angry = complaints.take(desk, zhangPhones(Severity.NORMAL, Mood.ANGER));
        Complaint serious = complaints.take(desk, zhangPhones(Severity.SERIOUS, Mood.GRIEVANCE));
        Complaint urgent = complaints.take(desk, zhangPhones(Severity.URGENT, Mood.ANGER));
        Complaint unhappy = complaints.take(desk, zhangPhones(Severity.NORMAL, Mood.GRIEVANCE));

        assertThat(angry.escalationReason()).isEqualTo(EscalationReason.ANGER);
        assertThat(angry.escalatedAt()).isEqualTo(angry.receivedAt());
        assertThat(serious.escalationReason()).isEqualTo(EscalationReason.SERIOUS);
        assertThat(urgent.escalationReason()).as("the most pressing reason").isEqualTo(EscalationReason.URGENT);
        assertThat(unhappy.escalatedAt()).isNull();
        assertThat(lists.escalations(lead, null, 10)).extracting(i -> i.complaint().id())
                .containsExactlyInAnyOrder(urgent.id(), serious.id(), angry.id());
        assertThat(lists.countEscalationsWaiting()).isEqualTo(3);
    }

    @Test
    void onlyALeadSeesTheEscalationsAndTakingNoticeTakesOneOffTheList() {
        Complaint angry = complaints.take(desk, zhangPhones(Severity.NORMAL, Mood.ANGER));

        assertThatThrownBy(() -> lists.escalations(agent, null, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaints.takeNotice(agent, angry.id(), null))
                .isInstanceOf(AccessDeniedException.class);

        Complaint seen = complaints.takeNotice(lead, angry.id(), "我来联系业主");

        assertThat(seen.escalationSeenBy()).isEqualTo(lead.user().id());
        assertThat(seen.escalationReason()).isEqualTo(EscalationReason.ANGER);
        assertThat(seen.status()).as("taking notice does not move the case").isEqualTo(ComplaintStatus.OPEN);
        assertThat(lists.escalations(lead, null, 10)).isEmpty();
        assertThatThrownBy(() -> complaints.takeNotice(lead, angry.id(), null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("complaint.nothingToNotice"));
    }

    @Test
    void aFirstResponseOverdueEscalatesUntilALeadTakesNoticeOrItIsRecordedLate() {
        Complaint quiet = taken();
        Complaint other = taken();
        clock.advance(Duration.ofHours(47));
        assertThat(lists.escalations(lead, null, 10)).isEmpty();

        clock.advance(Duration.ofHours(2));

        assertThat(lists.escalations(lead, null, 10)).extracting(i -> i.complaint().id())
                .containsExactlyInAnyOrder(other.id(), quiet.id());
        assertThat(lists.overdue(null, 10)).extracting(i -> i.complaint().id()).contains(quiet.id(), other.id());
        Complaint noticed = complaints.takeNotice(lead, quiet.id(), null);
        assertThat(noticed.escalationReason()).isEqualTo(EscalationReason.FIRST_RESPONSE_OVERDUE);
        Complaint late = complaints.acknowledge(agent, other.id(), ResponseMethod.PHONE, "已致电说明处理流程");
        assertThat(late.escalationReason()).as("the late response stays on record")
                .isEqualTo(EscalationReason.FIRST_RESPONSE_OVERDUE);
        assertThat(lists.escalations(lead, null, 10)).extracting(i -> i.complaint().id())
                .as("acknowledged late, still for the lead to see").containsExactly(other.id());
    }

    @Test
    void anAcknowledgementInTimeStopsTheFirstClock() {
        Complaint c = taken();
        clock.advance(Duration.ofHours(3));
        Complaint ack = complaints.acknowledge(agent, c.id(), ResponseMethod.PHONE, "已回电说明处理流程");
        clock.advance(Duration.ofHours(60));

        assertThat(ack.escalatedAt()).isNull();
        assertThat(lists.escalations(lead, null, 10)).isEmpty();
        assertThat(ComplaintClock.of(ack, clock.instant()).firstResponseOverdue()).isFalse();
        assertThat(lists.overdue(null, 10)).as("the answer is due on 1 December").isEmpty();
        assertThatThrownBy(() -> complaints.acknowledge(agent, c.id(), ResponseMethod.SMS, null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("complaint.alreadyAcknowledged"));
    }
}
