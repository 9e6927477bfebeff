package com.frontdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.repairs.CallBackForm;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.Rating;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The steps of the table, by the roles that may take them; acceptance, reopening and the call-back. */
class ComplaintFlowTest extends ComplaintTestBase {

    @Test
    void everyStepFromEveryStatusIsTakenOrRefusedWithItsOwnMessage() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            for (ComplaintAction action : ComplaintAction.values()) {
                if (action == ComplaintAction.TAKE) {
                    continue;
                }
                Complaint c = inStatus(status);
                if (action.allowedFrom(status)) {
                    continue;
                }
                assertThatThrownBy(() -> run(action, c)).as("%s from %s", action, status)
                        .isInstanceOfSatisfying(UserFacingException.class,
                                e -> assertThat(e.key()).isEqualTo(action.refusedKey()));
                assertThat(complaints.complaint(c.id()).orElseThrow().status()).isEqualTo(status);
            }
        }
    }

    @Test
    void theTableHasTheFlowOfTheIssue() {
        assertThat(ComplaintAction.ANSWER.from()).isEqualTo(EnumSet.of(ComplaintStatus.OPEN,
                ComplaintStatus.IN_HANDLING));
        assertThat(ComplaintAction.ACCEPT.to(ComplaintStatus.ANSWERED)).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(ComplaintAction.REJECT.to(ComplaintStatus.ANSWERED)).isEqualTo(ComplaintStatus.REOPENED);
        for (ComplaintStatus terminal : Set.of(ComplaintStatus.REOPENED, ComplaintStatus.RECORDED)) {
            for (ComplaintAction a : ComplaintAction.values()) {
                assertThat(a.allowedFrom(terminal)).as("%s from %s", a, terminal).isFalse();
            }
        }
    }

    @Test
    void aCaseIsAcknowledgedAssignedAnsweredAcceptedAndCalledBack() {
        Complaint c = taken();
        clock.advance(Duration.ofHours(2));
        complaints.acknowledge(agent, c.id(), ResponseMethod.PHONE, "已致电业主说明处理流程");
        Complaint assigned = complaints.assign(agent, c.id(), null, "秩序部王主管", "秩序部", "今晚上门查看");
        complaints.note(agent, c.id(), "装修队承诺周末不再早上施工");
        clock.advance(Duration.ofDays(2));
        Complaint answered = complaints.answer(agent, c.id(), AnswerForm.founded("装修队违规提前施工",
                "约谈装修队并张贴施工时间告示", "已制止，今后工作日 8:00 前不得施工", ResponseMethod.PHONE));
        assertThatThrownBy(() -> complaints.accept(agent, c.id(), ResponseMethod.PHONE, null))
                .as("closing is the lead's").isInstanceOf(AccessDeniedException.class);
        Complaint closed = complaints.accept(lead, c.id(), ResponseMethod.PHONE, "业主表示满意");
        Complaint called = complaints.callBack(agent, c.id(), CallBackForm.all(Rating.SATISFIED,
                FeedbackGrade.ACCEPTABLE, null));

        assertThat(assigned.status()).isEqualTo(ComplaintStatus.IN_HANDLING);
        assertThat(assigned.department()).isEqualTo("秩序部");
        assertThat(answered.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.founded()).isTrue();
        assertThat(ComplaintClock.of(answered, clock.instant()).resolutionOverdue()).isFalse();
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closedHow()).isEqualTo(ResponseMethod.PHONE);
        assertThat(called.calledBackAt()).isEqualTo(clock.instant());
        assertThat(complaints.detail(c.id()).orElseThrow().callBack()).hasValueSatisfying(b ->
                assertThat(b.satisfiedRatings()).isEqualTo(4));
        assertThat(complaints.timeline(c.id())).extracting(ComplaintEvent::action).containsExactly(
                ComplaintAction.TAKE, ComplaintAction.ACKNOWLEDGE, ComplaintAction.ASSIGN, ComplaintAction.NOTE,
                ComplaintAction.ANSWER, ComplaintAction.ACCEPT, ComplaintAction.CALL_BACK);
        assertThat(complaints.timeline(c.id()).get(2).note()).as("to whom, the department not said twice")
                .isEqualTo("→ 秩序部王主管：今晚上门查看");
        assertThat(lists.toCallBack(null, 10)).isEmpty();
        assertThatThrownBy(() -> complaints.callBack(agent, c.id(), CallBackForm.all(Rating.SATISFIED,
                FeedbackGrade.ACCEPTABLE, null))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("complaint.alreadyCalledBack"));
    }

    @Test
    void onlyALeadJudgesAComplaintUnfoundedAndAFoundedOneNeedsCauseAndAction() {
        Complaint c = inStatus(ComplaintStatus.IN_HANDLING);
        AnswerForm unfounded = AnswerForm.unfounded("监控显示当时无人施工", "经核查当日无施工，已向业主解释",
                ResponseMethod.PHONE);

        assertThatThrownBy(() -> complaints.answer(agent, c.id(), unfounded))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaints.answer(agent, c.id(), AnswerForm.founded(null, null, "已处理",
                ResponseMethod.PHONE))).isInstanceOf(ValidationException.class);
        Complaint judged = complaints.answer(lead, c.id(), unfounded);
        assertThat(judged.founded()).isFalse();
        assertThat(judged.judgement()).isEqualTo("监控显示当时无人施工");
    }

    @Test
    void notAcceptedReopensTheCaseAsANewLinkedCaseWithItsOwnClocksAndTheHistory() {
        Complaint first = complaints.take(desk, zhangPhones(Severity.NORMAL, Mood.ANGER));
        complaints.takeNotice(lead, first.id(), null);
        answered(first.id());
        clock.advance(Duration.ofDays(3));

        Complaint next = complaints.reject(agent, first.id(), "告示贴了但还是照样吵");

        Complaint old = complaints.complaint(first.id()).orElseThrow();
        assertThat(old.status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(old.nextId()).isEqualTo(next.id());
        assertThat(next.previousId()).isEqualTo(first.id());
        assertThat(next.number()).isNotEqualTo(first.number()).startsWith("TS-20261125-");
        assertThat(next.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(next.receivedAt()).isEqualTo(clock.instant());
        assertThat(next.firstResponseDue()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        assertThat(next.subject()).isEqualTo(first.subject());
        assertThat(next.whatHappened()).as("the new words first, then the story so far")
                .isEqualTo("告示贴了但还是照样吵（不接受 " + first.number() + " 的答复）\n" + first.whatHappened());
        assertThat(next.escalationReason()).as("still angry: the lead hears again").isEqualTo(EscalationReason.ANGER);
        ComplaintDetail detail = complaints.detail(next.id()).orElseThrow();
        assertThat(detail.earlierCases()).extracting(Complaint::id).containsExactly(first.id());
        assertThat(detail.earlierTimeline()).extracting(ComplaintEvent::action).containsExactly(
                ComplaintAction.TAKE, ComplaintAction.TAKE_NOTICE, ComplaintAction.ASSIGN, ComplaintAction.ANSWER,
                ComplaintAction.REJECT);
        assertThat(detail.timeline()).singleElement().satisfies(e ->
                assertThat(e.note()).contains(first.number()).contains("照样吵"));
        assertThat(lists.open(null, 10)).extracting(i -> i.complaint().id()).containsExactly(next.id());
        assertThat(lists.search(ComplaintFilter.query(next.number()), null, 10))
                .extracting(i -> i.complaint().previousId()).containsExactly(first.id());
    }

    private void run(ComplaintAction action, Complaint c) {
        String id = c.id();
        switch (action) {
            case ACKNOWLEDGE -> complaints.acknowledge(lead, id, ResponseMethod.PHONE, null);
            case ASSIGN -> complaints.assign(lead, id, null, "王主管", "秩序部", null);
            case NOTE -> complaints.note(lead, id, "核查中");
            case ANSWER -> complaints.answer(lead, id, AnswerForm.founded("原因", "措施", "答复",
                    ResponseMethod.PHONE).withDepartment("秩序部"));
            case ACCEPT -> complaints.accept(lead, id, ResponseMethod.PHONE, null);
            case REJECT -> complaints.reject(lead, id, "不接受");
            case CALL_BACK -> complaints.callBack(lead, id, CallBackForm.all(Rating.SATISFIED,
                    FeedbackGrade.ACCEPTABLE, null));
            case TAKE_NOTICE -> complaints.takeNotice(lead, id, null);
            case TAKE -> throw new IllegalArgumentException();
        }
    }
}
