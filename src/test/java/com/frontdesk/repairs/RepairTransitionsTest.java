package com.frontdesk.repairs;

import static com.frontdesk.repairs.RepairStatus.CALLED_BACK;
import static com.frontdesk.repairs.RepairStatus.CANCELLED;
import static com.frontdesk.repairs.RepairStatus.CLOSED;
import static com.frontdesk.repairs.RepairStatus.DISPATCHED;
import static com.frontdesk.repairs.RepairStatus.DONE;
import static com.frontdesk.repairs.RepairStatus.IN_PROGRESS;
import static com.frontdesk.repairs.RepairStatus.NEW;
import static com.frontdesk.repairs.RepairStatus.ON_HOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Problem;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only the steps of the table, by the roles that may take them, with the reasons they need. */
class RepairTransitionsTest extends RepairTestBase {
    /** The flow of the issue, written out by hand: every other pair of statuses is refused. */
    private static final Map<RepairStatus, Set<RepairStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(DISPATCHED, CANCELLED),
            DISPATCHED, EnumSet.of(DISPATCHED, NEW, IN_PROGRESS, ON_HOLD, DONE, CANCELLED),
            IN_PROGRESS, EnumSet.of(DISPATCHED, NEW, ON_HOLD, DONE, CANCELLED),
            ON_HOLD, EnumSet.of(DISPATCHED, NEW, IN_PROGRESS, DONE, CANCELLED),
            DONE, EnumSet.of(CALLED_BACK),
            CALLED_BACK, EnumSet.of(CLOSED, DISPATCHED),
            CLOSED, EnumSet.noneOf(RepairStatus.class),
            CANCELLED, EnumSet.noneOf(RepairStatus.class));

    @Test
    void theTableAllowsExactlyTheStepsOfTheFlow() {
        for (RepairStatus from : RepairStatus.values()) {
            for (RepairStatus to : RepairStatus.values()) {
                assertThat(RepairAction.allowed(from, to)).as("%s → %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
        assertThat(RepairAction.TAKE.from()).isEmpty();
    }

    /**
     * Every step from every status, with valid input, by the administrator (who has every right):
     * either it is taken and leads where the table says, or it is refused with the step's own message
     * and nothing changes.
     */
    @Test
    void everyStepFromEveryStatusIsTakenOrRefusedWithAClearMessage() {
        for (RepairStatus status : RepairStatus.values()) {
            Repair standing = inStatus(status);
            for (RepairAction action : RepairAction.values()) {
                if (action == RepairAction.TAKE) {
                    continue;
                }
                if (action.allowedFrom(status)) {
                    Repair fresh = inStatus(status);
                    Repair after = apply(action, fresh);
                    assertThat(after.status()).as("%s from %s", action, status).isEqualTo(action.to());
                    assertThat(repairs.repair(fresh.id())).contains(after);
                    assertThat(repairs.timeline(fresh.id())).last().satisfies(e -> {
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.fromStatus()).isEqualTo(status);
                        assertThat(e.toStatus()).isEqualTo(action.to());
                    });
                } else {
                    int steps = repairs.timeline(standing.id()).size();
                    long audits = SqlRows.count(site.db(), "audit_log");
                    assertThatThrownBy(() -> apply(action, standing)).as("%s from %s", action, status)
                            .isInstanceOfSatisfying(UserFacingException.class, e -> {
                                assertThat(e).isNotInstanceOf(ValidationException.class);
                                assertThat(e.key()).isEqualTo(action.refusedKey());
                                assertThat(e.args()).containsExactly(standing.number());
                            });
                    assertThat(repairs.repair(standing.id())).contains(standing);
                    assertThat(repairs.timeline(standing.id())).hasSize(steps);
                    assertThat(SqlRows.count(site.db(), "audit_log")).isEqualTo(audits);
                }
            }
        }
    }

    @Test
    void eachRoleTakesOnlyItsSteps() {
        Repair r = taken(RepairPriority.NORMAL);

        assertThatThrownBy(() -> repairs.dispatch(desk, r.id(), toEngineer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repairs.cancel(agent, r.id(), "重复报修")).isInstanceOf(AccessDeniedException.class);
        repairs.dispatch(agent, r.id(), toEngineer());
        repairs.start(agent, r.id(), null);
        repairs.hold(agent, r.id(), HoldReason.WAITING_OWNER, "业主出差");
        repairs.resume(agent, r.id(), null);
        assertThatThrownBy(() -> repairs.complete(desk, r.id(), signedFree()))
                .isInstanceOf(AccessDeniedException.class);
        repairs.complete(agent, r.id(), signedFree());
        repairs.callBack(agent, r.id(), CallBackForm.all(Rating.POOR, FeedbackGrade.SUGGESTION, "来得太晚"));
        assertThatThrownBy(() -> repairs.reopen(agent, r.id(), "还在漏")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repairs.close(agent, r.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repairs.close(desk, r.id(), null)).isInstanceOf(AccessDeniedException.class);

        assertThat(repairs.close(lead, r.id(), "业主满意").status()).isEqualTo(CLOSED);
        Repair other = taken(RepairPriority.NORMAL);
        assertThat(repairs.cancel(lead, other.id(), "重复报修").status()).isEqualTo(CANCELLED);
        assertThat(repairs.timeline(r.id())).extracting(RepairEvent::byStaffId).containsExactly(desk.user().id(),
                agent.user().id(), agent.user().id(), agent.user().id(), agent.user().id(), agent.user().id(),
                agent.user().id(), lead.user().id());
    }

    @Test
    void aRefusedRightChangesNothing() {
        Repair r = taken(RepairPriority.NORMAL);
        Map<String, List<String>> before = SqlRows.snapshot(site.db());

        assertThatThrownBy(() -> repairs.dispatch(desk, r.id(), toEngineer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repairs.hold(desk, r.id(), HoldReason.WAITING_OWNER, "x"))
                .isInstanceOf(AccessDeniedException.class);
        for (Session s : List.of(desk, agent)) {
            assertThatThrownBy(() -> repairs.cancel(s, r.id(), "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> repairs.reopen(s, r.id(), "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lists.escalations(s, null, 10)).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void cancelTransferReturnReopenAndHoldNeedTheirReasons() {
        Repair r = inStatus(IN_PROGRESS);

        assertThat(fields(() -> repairs.cancel(lead, r.id(), "  "))).containsExactly("reason");
        assertThat(fields(() -> repairs.transfer(agent, r.id(), toEngineer(), null))).containsExactly("reason");
        assertThat(fields(() -> repairs.returnDispatch(agent, r.id(), ""))).containsExactly("reason");
        assertThat(fields(() -> repairs.hold(agent, r.id(), null, null))).containsExactly("holdReason", "holdNote");
        assertThat(fields(() -> repairs.cancel(lead, r.id(), "x".repeat(201)))).containsExactly("reason");
        Repair called = inStatus(CALLED_BACK);
        assertThat(fields(() -> repairs.reopen(lead, called.id(), null))).containsExactly("reason");

        Repair cancelled = repairs.cancel(lead, r.id(), "业主自行修好");
        assertThat(cancelled.endReason()).isEqualTo("业主自行修好");
        assertThat(cancelled.closedAt()).isEqualTo(clock.instant());
        assertThat(repairs.timeline(r.id())).last().satisfies(e -> assertThat(e.note()).isEqualTo("业主自行修好"));
    }

    @Test
    void anUnknownRepairIsNotFound() {
        assertThatThrownBy(() -> repairs.start(admin, "nope", null)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("error.notFound"));
    }

    private Repair apply(RepairAction action, Repair r) {
        String id = r.id();
        return switch (action) {
            case TAKE -> throw new IllegalArgumentException();
            case DISPATCH -> repairs.dispatch(admin, id, toEngineer());
            case TRANSFER -> repairs.transfer(admin, id, DispatchForm.to(FixerKind.MANUFACTURER, "奥的斯电梯", null),
                    "需厂家处理");
            case RETURN -> repairs.returnDispatch(admin, id, "不属于工程部");
            case START -> repairs.start(admin, id, null);
            case HOLD -> repairs.hold(admin, id, HoldReason.WAITING_VENDOR, "等厂家");
            case RESUME -> repairs.resume(admin, id, null);
            case COMPLETE -> repairs.complete(admin, id, signedFree());
            case CALL_BACK -> repairs.callBack(admin, id, CallBackForm.all(Rating.SATISFIED, FeedbackGrade.PRAISE,
                    null));
            case CLOSE -> repairs.close(admin, id, null);
            case REOPEN -> repairs.reopen(admin, id, "还在漏水");
            case CANCEL -> repairs.cancel(admin, id, "业主取消");
        };
    }

    private static List<String> fields(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(ValidationException.class, call).problems().stream().map(Problem::field).toList();
    }
}
