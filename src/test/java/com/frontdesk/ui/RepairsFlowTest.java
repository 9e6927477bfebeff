package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.SignatureRepository;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.FixerKind;
import com.frontdesk.repairs.HoldReason;
import com.frontdesk.repairs.Rating;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairAction;
import com.frontdesk.repairs.RepairCallBack;
import com.frontdesk.repairs.RepairEvent;
import com.frontdesk.repairs.RepairFilter;
import com.frontdesk.repairs.RepairItem;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.repairs.RepairSettings;
import com.frontdesk.repairs.RepairStatus;
import com.frontdesk.repairs.RepairVendor;
import com.frontdesk.repairs.ServiceKind;
import com.frontdesk.testsupport.TestSites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The repair book with the keyboard, as the issue asks: an agent takes a phone report for
 * 1-2-1503, dispatches it to the manufacturer with an appointment the owner agreed, puts it on
 * hold for the vendor, completes it against the owner's drawn signature and records the call-back.
 */
class RepairsFlowTest extends ShellTestBase {
    private static final String AGENT_NO = "K001";
    private static final String AGENT_PASSWORD = "agent2026";
    private Room room;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            ws.directory().addOccupant(admin, room.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                    List.of("13812345678"), null, ParcelConsent.YES));
            List<RepairVendor> vendors = new ArrayList<>(RepairSettings.DEFAULTS.vendors());
            vendors.add(new RepairVendor("海尔售后", FixerKind.MANUFACTURER, "4006999999"));
            ws.settings().update(admin, RepairSettings.DOCUMENT, RepairSettings.DEFAULTS.withVendors(vendors));
            TestSites.addStaff(ws, admin, AGENT_NO, "刘洋", Role.AGENT, AGENT_PASSWORD);
        };
    }

    @Test
    void aPhoneReportIsDispatchedHeldCompletedWithASignatureAndCalledBack() throws TimeoutException {
        signIn(AGENT_NO, AGENT_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);

        // Intake: the place first, then who called, the category and the problem; Enter takes it.
        robot.interact(() -> robot.lookup("#repairLocation").query().requestFocus());
        robot.write("1-2-1503");
        DirectoryPicker picker = DirectoryPicker.of(robot.lookup("#repairLocation").query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> picker.isShowingSuggestions() && !picker.suggestions().getItems().isEmpty()).get());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);            // the room, then 张三丰 in it
        assertThat(picker.selected().roomId()).isEqualTo(room.id());
        assertThat(picker.selected().hasOccupant()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#repairReporter").queryTextInputControl().getText())
                .as("the person picked is offered as the caller")
                .isEqualTo("张三丰");
        robot.type(KeyCode.TAB);                                                   // phone: blank, the one on file
        robot.type(KeyCode.TAB);                                                   // channel: phone
        robot.type(KeyCode.TAB);                                                   // category
        int plumbing = RepairSettings.DEFAULT_CATEGORIES.indexOf(RepairSettings.DEFAULT_CATEGORIES.stream()
                .filter(c -> c.code().equals("PLUMBING")).findFirst().orElseThrow());
        for (int i = 0; i <= plumbing; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.TAB);                                                   // priority: normal
        robot.type(KeyCode.TAB).write("卫生间水管漏水，楼下有水渍");
        robot.type(KeyCode.ENTER);

        assertThat(textOf(robot, "#repairMessage")).isEmpty();
        List<RepairItem> open = workstation.repairLists().open(null, 10);
        assertThat(open).hasSize(1);
        Repair taken = open.get(0).repair();
        assertThat(taken.roomId()).isEqualTo(room.id());
        assertThat(taken.reporterName()).isEqualTo("张三丰");
        assertThat(taken.reporterPhone()).as("the occupant's phone on file").isEqualTo("13812345678");
        assertThat(taken.category()).isEqualTo("PLUMBING");
        assertThat(taken.priority()).isEqualTo(RepairPriority.NORMAL);
        assertThat(taken.number()).isEqualTo("BX-20261122-0001");
        assertThat(textOf(robot, "#repairTellOwner")).contains(taken.number());

        // The work tab: the repair just taken is selected; D dispatches it to the manufacturer.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        TableView<RepairItem> table = robot.lookup("#repairTable").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().repair().id()).isEqualTo(taken.id());
        assertThat(table.isFocused()).isTrue();
        robot.type(KeyCode.D);
        typeIntoDialog();
        robot.type(KeyCode.DOWN);                                                  // in-house → manufacturer
        robot.type(KeyCode.TAB).type(KeyCode.TAB);                                 // its only vendor, staff
        robot.type(KeyCode.TAB);
        robot.write("售后 李工");
        robot.type(KeyCode.TAB).write("15:00");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);                               // the owner agreed
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        Repair dispatched = workstation.repairs().repair(taken.id()).orElseThrow();
        assertThat(dispatched.status()).isEqualTo(RepairStatus.DISPATCHED);
        assertThat(dispatched.fixerKind()).isEqualTo(FixerKind.MANUFACTURER);
        assertThat(dispatched.vendor()).isEqualTo("海尔售后");
        assertThat(dispatched.assigneeName()).isEqualTo("售后 李工");
        assertThat(dispatched.appointmentAt()).isEqualTo(Instant.parse("2026-11-22T07:00:00Z"));

        // H: on hold, waiting for the manufacturer (offered because it went to one).
        clock.advance(java.time.Duration.ofHours(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.H);
        typeIntoDialog();
        robot.write("等厂家寄配件").type(KeyCode.ENTER);
        Repair held = workstation.repairs().repair(taken.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(RepairStatus.ON_HOLD);
        assertThat(held.holdReason()).isEqualTo(HoldReason.WAITING_VENDOR);
        assertThat(held.holdNote()).isEqualTo("等厂家寄配件");

        // C: done, free, the owner signs on the pad.
        clock.advance(java.time.Duration.ofHours(20));
        robot.type(KeyCode.C);
        typeIntoDialog();
        robot.write("更换角阀");
        drawOn("#repairPad");
        robot.interact(() -> robot.lookup("#repairCompletionNote").query().requestFocus());
        robot.type(KeyCode.ENTER);
        Repair done = workstation.repairs().repair(taken.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(RepairStatus.DONE);
        assertThat(done.serviceKind()).isEqualTo(ServiceKind.FREE);
        assertThat(done.labour()).isEqualTo("更换角阀");
        assertThat(done.heldMillis()).as("the hold ended at completion").isEqualTo(20 * 3_600_000L);
        java.util.Optional<byte[]> png = workstation.store().read(h -> new SignatureRepository().png(h, done.signatureId()));
        assertThat(png).as("the drawn signature is stored").isPresent();

        // B: the call-back, four answers and the grade.
        robot.targetWindow(table.getScene().getWindow());
        robot.type(KeyCode.B);
        typeIntoDialog();
        assertThat(textOf(robot, "#repairCallBackPhone")).as("the agent phones from the dialog")
                .isEqualTo("138****5678");
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.DOWN).type(KeyCode.TAB);                            // very satisfied
        }
        robot.type(KeyCode.DOWN).type(KeyCode.TAB);                                // praise
        robot.write("师傅很专业").type(KeyCode.ENTER);
        Repair calledBack = workstation.repairs().repair(taken.id()).orElseThrow();
        assertThat(calledBack.status()).isEqualTo(RepairStatus.CALLED_BACK);
        List<RepairCallBack> callBacks = workstation.repairs().callBacks(taken.id());
        assertThat(callBacks).singleElement().satisfies(b -> {
            assertThat(List.of(b.attitude(), b.skill(), b.arrival(), b.promises()))
                    .containsOnly(Rating.VERY_SATISFIED);
            assertThat(b.feedback()).isEqualTo(FeedbackGrade.PRAISE);
            assertThat(b.note()).isEqualTo("师傅很专业");
        });
        assertThat(workstation.repairs().timeline(taken.id())).extracting(RepairEvent::action)
                .containsExactly(RepairAction.TAKE, RepairAction.DISPATCH, RepairAction.HOLD, RepairAction.COMPLETE,
                        RepairAction.CALL_BACK);

        // L: closing is the shift lead's; the key says whose the step is instead of doing nothing.
        robot.targetWindow(table.getScene().getWindow());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.L);
        assertThat(textOf(robot, "#statusText"))
                .isEqualTo(zh.get("repairs.stepNotYours", zh.get("repairs.step.CLOSE")));
        assertThat(workstation.repairs().repair(taken.id()).orElseThrow().status()).isEqualTo(RepairStatus.CALLED_BACK);
        assertThat(workstation.repairLists().search(RepairFilter.query("1-2-1503"), null, 10)).hasSize(1);
    }

    /**
     * The shift lead's side: an angry call-back puts the repair on the escalations list; F3 shows
     * the reporter's phone (and the audit log says so); V links the contractor on site to it.
     */
    @Test
    void theLeadSeesAnEscalationRevealsThePhoneAndLinksTheContractorOnSite() {
        Session lead = workstation.accounts().authenticate(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD.toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);
        Repair r = workstation.repairs().take(lead, com.frontdesk.repairs.RepairForm.phoned(room.id(), null, "张三丰",
                "13812345678", "PLUMBING", "厨房水龙头漏水", RepairPriority.NORMAL));
        workstation.repairs().dispatch(lead, r.id(), com.frontdesk.repairs.DispatchForm.inHouseNamed("王师傅"));
        workstation.repairs().complete(lead, r.id(), com.frontdesk.repairs.CompletionForm.free("更换阀芯",
                com.frontdesk.parcels.SignatureInput.typed("张三丰")));
        workstation.repairs().callBack(lead, r.id(), com.frontdesk.repairs.CallBackForm.all(Rating.POOR,
                FeedbackGrade.ANGER, "师傅迟到两小时，态度差"));
        com.frontdesk.visitors.Visit fitter = workstation.visitors().checkIn(lead,
                com.frontdesk.visitors.VisitForm.of("王师傅", com.frontdesk.visitors.Purpose.CONTRACTOR, room.id(),
                        com.frontdesk.visitors.Verification.CONFIRMED).withContractor(
                        com.frontdesk.visitors.JobSize.SMALL, "工程部返修", null));

        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#repairList").<javafx.scene.control.ComboBox<com.frontdesk.repairs.RepairList>>query()
                .setValue(com.frontdesk.repairs.RepairList.ESCALATED));
        TableView<RepairItem> table = robot.lookup("#repairTable").queryTableView();
        assertThat(table.getItems()).extracting(i -> i.repair().id()).containsExactly(r.id());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        assertThat(textOf(robot, "#repairDetailPhone")).isEqualTo("138****5678");

        robot.type(KeyCode.F3);
        assertThat(textOf(robot, "#repairDetailPhone")).isEqualTo("13812345678");
        assertThat(com.frontdesk.testsupport.SqlRows.query(workstation.dataDirectory().database(),
                "SELECT count(*) AS n FROM audit_log WHERE entity = 'repair' AND action = 'REVEAL'"))
                .singleElement().satisfies(row -> assertThat(row.get("n")).isEqualTo(1));

        robot.type(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);                                                 // the only contractor inside
        assertThat(workstation.repairs().repairsOfVisit(fitter.id())).containsExactly(r.id());
    }

    /** The robot writes into its target window, not the focused one: aim it at the step's form. */
    private void typeIntoDialog() {
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#repairStepSave").query().getScene().getWindow());
    }
}
