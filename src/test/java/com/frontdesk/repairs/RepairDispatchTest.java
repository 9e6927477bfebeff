package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.StaffMember;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who fixes it: engineering, a manufacturer, a utility, a vendor; transfer (转单) and return (退单). */
class RepairDispatchTest extends RepairTestBase {

    @Test
    void aDispatchToEngineeringNamesTheStaffMemberAndIsTheResponse() {
        Repair r = taken(RepairPriority.NORMAL);
        clock.advance(Duration.ofMinutes(20));
        Instant appointment = clock.instant().plus(Duration.ofHours(3));

        Repair sent = repairs.dispatch(agent, r.id(), toEngineer().withAppointment(appointment, true)
                .withNote("下午两点上门"));

        assertThat(sent.status()).isEqualTo(RepairStatus.DISPATCHED);
        assertThat(sent.fixerKind()).isEqualTo(FixerKind.IN_HOUSE);
        assertThat(sent.assigneeStaffId()).isEqualTo(engineer.id());
        assertThat(sent.assigneeName()).isEqualTo("李师傅");
        assertThat(sent.vendor()).isNull();
        assertThat(sent.appointmentAt()).isEqualTo(appointment);
        assertThat(sent.respondedAt()).isEqualTo(clock.instant());
        assertThat(repairs.timeline(r.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(RepairAction.DISPATCH);
            assertThat(e.fixerKind()).isEqualTo(FixerKind.IN_HOUSE);
            assertThat(e.assignee()).isEqualTo("李师傅");
            assertThat(e.note()).isEqualTo("下午两点上门");
        });
    }

    @Test
    void anAppointmentIsMadeOnlyOnceTheOwnerAgreedTheTime() {
        Repair r = taken(RepairPriority.NORMAL);

        assertThat(keys(() -> repairs.dispatch(agent, r.id(),
                toEngineer().withAppointment(clock.instant().plus(Duration.ofHours(2)), false))))
                .containsExactly("repair.appointmentNotAgreed");
        assertThat(keys(() -> repairs.dispatch(agent, r.id(),
                toEngineer().withAppointment(clock.instant().minus(Duration.ofHours(2)), true))))
                .containsExactly("repair.appointmentBeforeReport");
        assertThat(repairs.repair(r.id())).hasValueSatisfying(x -> assertThat(x.status()).isEqualTo(RepairStatus.NEW));
    }

    @Test
    void aManufacturerUtilityOrVendorComesFromSettingsAndMatchesTheKind() {
        Repair r = taken(RepairPriority.HIGH);

        assertThat(keys(() -> repairs.dispatch(agent, r.id(), DispatchForm.to(FixerKind.MANUFACTURER, null, null))))
                .containsExactly("repair.vendorRequired");
        assertThat(keys(() -> repairs.dispatch(agent, r.id(), DispatchForm.to(FixerKind.MANUFACTURER, "三菱电梯", null))))
                .containsExactly("repair.vendorUnknown");
        assertThat(keys(() -> repairs.dispatch(agent, r.id(), DispatchForm.to(FixerKind.UTILITY, "奥的斯电梯", null))))
                .as("a manufacturer is not a utility").containsExactly("repair.vendorUnknown");
        assertThat(keys(() -> repairs.dispatch(agent, r.id(), DispatchForm.inHouse(null))))
                .containsExactly("repair.assigneeRequired");

        Repair sent = repairs.dispatch(agent, r.id(), DispatchForm.to(FixerKind.MANUFACTURER, "奥的斯电梯", null));
        assertThat(sent.vendor()).isEqualTo("奥的斯电梯");
        assertThat(sent.assigneeName()).as("the manufacturer sends someone").isNull();
        Repair builder = taken(RepairPriority.LOW);
        assertThat(repairs.dispatch(agent, builder.id(), DispatchForm.to(FixerKind.BUILDER, null, "施工队老赵"))
                .assigneeName()).isEqualTo("施工队老赵");
    }

    @Test
    void aDisabledOrUnknownAccountIsNoAssignee() {
        StaffMember gone = com.frontdesk.testsupport.TestSites.addStaff(site.ws(), admin, "E009", "离职师傅",
                com.frontdesk.accounts.Role.AGENT, "desk2026");
        site.ws().accounts().updateStaff(admin, gone.id(), "离职师傅", com.frontdesk.accounts.Role.AGENT, null, false);
        Repair r = taken(RepairPriority.NORMAL);

        assertThat(keys(() -> repairs.dispatch(agent, r.id(), DispatchForm.inHouse(gone.id()))))
                .containsExactly("repair.assigneeUnknown");
        assertThat(keys(() -> repairs.dispatch(agent, r.id(), DispatchForm.inHouse("no-such-id"))))
                .containsExactly("repair.assigneeUnknown");
        assertThat(repairs.dispatch(agent, r.id(), DispatchForm.inHouseNamed("王电工")).assigneeName())
                .isEqualTo("王电工");
    }

    @Test
    void aTransferChangesTheFixerWithAReasonAndKeepsTheResponseTimeAndTheHoldTime() {
        Repair r = taken(RepairPriority.HIGH);
        Repair sent = repairs.dispatch(agent, r.id(), toEngineer());
        repairs.start(agent, r.id(), null);
        repairs.hold(agent, r.id(), HoldReason.WAITING_PARTS, "曳引机需厂家");
        clock.advance(Duration.ofHours(5));

        Repair moved = repairs.transfer(agent, r.id(), DispatchForm.to(FixerKind.MANUFACTURER, "奥的斯电梯", "厂家陈工"),
                "保修期内，转厂家");

        assertThat(moved.status()).isEqualTo(RepairStatus.DISPATCHED);
        assertThat(moved.vendor()).isEqualTo("奥的斯电梯");
        assertThat(moved.assigneeStaffId()).isNull();
        assertThat(moved.assigneeName()).isEqualTo("厂家陈工");
        assertThat(moved.respondedAt()).isEqualTo(sent.respondedAt());
        assertThat(moved.holdSince()).isNull();
        assertThat(moved.holdReason()).isNull();
        assertThat(moved.heldMillis()).isEqualTo(Duration.ofHours(5).toMillis());
        assertThat(repairs.timeline(r.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(RepairAction.TRANSFER);
            assertThat(e.fromStatus()).isEqualTo(RepairStatus.ON_HOLD);
            assertThat(e.vendor()).isEqualTo("奥的斯电梯");
            assertThat(e.note()).isEqualTo("保修期内，转厂家");
        });
    }

    @Test
    void aReturnSendsItBackToNewWithoutAFixerButItStaysAnswered() {
        Repair r = taken(RepairPriority.NORMAL);
        Repair sent = repairs.dispatch(agent, r.id(), toEngineer().withAppointment(clock.instant(), true));
        clock.advance(Duration.ofHours(1));

        Repair back = repairs.returnDispatch(agent, r.id(), "属于开发商保修范围");

        assertThat(back.status()).isEqualTo(RepairStatus.NEW);
        assertThat(back.fixerKind()).isNull();
        assertThat(back.assigneeStaffId()).isNull();
        assertThat(back.assigneeName()).isNull();
        assertThat(back.appointmentAt()).isNull();
        assertThat(back.respondedAt()).isEqualTo(sent.respondedAt());
        clock.advance(Duration.ofHours(1));
        assertThat(repairs.dispatch(agent, r.id(), DispatchForm.to(FixerKind.BUILDER, "城建集团", null)).respondedAt())
                .as("the first dispatch is the response").isEqualTo(sent.respondedAt());
        assertThat(repairs.timeline(r.id())).extracting(RepairEvent::action).containsExactly(RepairAction.TAKE,
                RepairAction.DISPATCH, RepairAction.RETURN, RepairAction.DISPATCH);
    }

    private static List<String> keys(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(ValidationException.class, call).problems().stream().map(Problem::key).toList();
    }
}
