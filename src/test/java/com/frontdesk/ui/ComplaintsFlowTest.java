package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.Complaint;
import com.frontdesk.complaints.ComplaintAction;
import com.frontdesk.complaints.ComplaintDetail;
import com.frontdesk.complaints.ComplaintEvent;
import com.frontdesk.complaints.ComplaintForm;
import com.frontdesk.complaints.ComplaintItem;
import com.frontdesk.complaints.ComplaintStatus;
import com.frontdesk.complaints.EscalationReason;
import com.frontdesk.complaints.Mood;
import com.frontdesk.complaints.Nature;
import com.frontdesk.complaints.ResponseMethod;
import com.frontdesk.complaints.Severity;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The complaint book with the keyboard, as the issue asks: an agent takes an angry phone complaint
 * from 1-2-1503 and gives the first response; a shift lead finds it among the escalations, answers
 * it, records that the complainant does not accept, and lands on the reopened case with its history.
 */
class ComplaintsFlowTest extends ShellTestBase {
    private static final String AGENT_NO = "K001";
    private static final String AGENT_PASSWORD = "agent2026";
    private static final String LEAD_NO = "B001";
    private static final String LEAD_PASSWORD = "lead2026";
    private Room room;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            ws.directory().addOccupant(admin, room.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                    List.of("13812345678"), null, ParcelConsent.YES));
            TestSites.addStaff(ws, admin, AGENT_NO, "刘洋", Role.AGENT, AGENT_PASSWORD);
            TestSites.addStaff(ws, admin, LEAD_NO, "赵班长", Role.SHIFT_LEAD, LEAD_PASSWORD);
        };
    }

    @Test
    void anAngryComplaintIsEscalatedAnsweredNotAcceptedAndCarriedOnByANewCase() throws TimeoutException {
        signIn(AGENT_NO, AGENT_PASSWORD);
        Complaint taken = takeAngryPhoneComplaint();

        // The Cases tab: the case just taken is selected; A gives the first response, G assigns it.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        TableView<ComplaintItem> table = robot.lookup("#complaintTable").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().complaint().id()).isEqualTo(taken.id());
        assertThat(table.isFocused()).isTrue();
        clock.advance(Duration.ofHours(1));
        step(KeyCode.A);
        robot.write("已致电致歉").type(KeyCode.ENTER);
        step(KeyCode.G);
        robot.type(KeyCode.TAB).write("周经理");                                   // no staff member: a name
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);                                // 客服部, the first department
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        Complaint assigned = complaint(taken.id());
        assertThat(assigned.acknowledgedAt()).isEqualTo(clock.instant());
        assertThat(assigned.acknowledgedHow()).isEqualTo(ResponseMethod.PHONE);
        assertThat(assigned.status()).isEqualTo(ComplaintStatus.IN_HANDLING);
        assertThat(assigned.assigneeName()).isEqualTo("周经理");
        assertThat(assigned.department()).isEqualTo("客服部");

        // The shift lead: the notice at the top leads to the escalations, where the case waits.
        switchTo(LEAD_NO, LEAD_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#complaintEscalationNotice")).isTrue();
        assertThat(robot.lookup("#complaintEscalationNotice").queryLabeled().getText())
                .isEqualTo(zh.get("complaints.escalationsWaiting", 1));
        robot.clickOn("#complaintEscalationNotice");
        WaitForAsyncUtils.waitForFxEvents();
        table = robot.lookup("#complaintTable").queryTableView();
        assertThat(table.getItems()).extracting(i -> i.complaint().id()).containsExactly(taken.id());
        assertThat(table.getSelectionModel().getSelectedItem().complaint().id()).isEqualTo(taken.id());
        assertThat(robot.lookup(".table-row-cell.escalated").queryAll()).isNotEmpty();

        // F3: the phone in full for the call, and the audit log says so.
        assertThat(textOf(robot, "#complaintDetailPhone")).isEqualTo("138****5678");
        robot.type(KeyCode.F3);
        assertThat(textOf(robot, "#complaintDetailPhone")).isEqualTo("13812345678");
        assertThat(SqlRows.query(workstation.dataDirectory().database(),
                "SELECT count(*) AS n FROM audit_log WHERE entity = 'complaint' AND action = 'REVEAL'"))
                .singleElement().satisfies(row -> assertThat(row.get("n")).isEqualTo(1));

        // R: founded, with the cause, the corrective action and the answer.
        clock.advance(Duration.ofHours(20));
        step(KeyCode.R);
        robot.type(KeyCode.TAB);                                                   // founded; no reason needed
        robot.type(KeyCode.TAB).write("保安态度生硬");
        robot.type(KeyCode.TAB).write("停岗培训");
        robot.type(KeyCode.TAB);                                                   // no compensation
        robot.type(KeyCode.TAB).write("已道歉并整改").type(KeyCode.ENTER);
        Complaint answered = complaint(taken.id());
        assertThat(answered.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.founded()).isTrue();
        assertThat(answered.cause()).isEqualTo("保安态度生硬");
        assertThat(answered.correctiveAction()).isEqualTo("停岗培训");
        assertThat(answered.compensation()).isNull();
        assertThat(answered.answer()).isEqualTo("已道歉并整改");
        assertThat(answered.answeredHow()).isEqualTo(ResponseMethod.PHONE);
        assertThat(answered.department()).as("kept from the assignment").isEqualTo("客服部");

        // X: the complainant does not accept; the new case carrying it on is the one selected.
        clock.advance(Duration.ofHours(2));
        step(KeyCode.X);
        robot.write("要求当面道歉").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Complaint first = complaint(taken.id());
        assertThat(first.status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(first.nextId()).isNotNull();
        Complaint next = complaint(first.nextId());
        assertThat(next.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(next.previousId()).isEqualTo(first.id());
        assertThat(next.number()).as("numbered on its own day").isEqualTo("TS-20261123-0001");
        assertThat(next.receivedAt()).isEqualTo(clock.instant());
        assertThat(next.escalationReason()).as("still angry: to the lead again").isEqualTo(EscalationReason.ANGER);
        assertThat(table.getSelectionModel().getSelectedItem().complaint().id()).isEqualTo(next.id());
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("complaints.reopened", first.number(),
                next.number()));
        assertThat(textOf(robot, "#complaintDetailTitle")).startsWith(next.number());

        // Its detail carries the history: the earlier case's whole timeline.
        ComplaintDetail detail = workstation.complaints().detail(next.id()).orElseThrow();
        assertThat(detail.earlierCases()).extracting(Complaint::id).containsExactly(first.id());
        assertThat(detail.earlierTimeline()).extracting(ComplaintEvent::action).containsExactly(
                ComplaintAction.TAKE, ComplaintAction.ACKNOWLEDGE, ComplaintAction.ASSIGN, ComplaintAction.ANSWER,
                ComplaintAction.REJECT);
        assertThat(detail.timeline()).extracting(ComplaintEvent::action).containsExactly(ComplaintAction.TAKE);
        assertThat(visible(robot, "#complaintEarlier")).isTrue();
        TableView<ComplaintEvent> earlier = robot.lookup("#complaintEarlierTimeline").queryTableView();
        assertThat(earlier.getItems()).extracting(ComplaintEvent::id)
                .containsExactlyElementsOf(detail.earlierTimeline().stream().map(ComplaintEvent::id).toList());
        assertThat(earlier.getItems().get(4).note()).isEqualTo("要求当面道歉");
        assertThat(workstation.complaintLists().countEscalationsWaiting()).isEqualTo(1);
    }

    /** K: the lead takes notice; the case leaves the lead's list and the notice goes. */
    @Test
    void theLeadTakesNoticeOfAnEscalation() {
        Session lead = workstation.accounts().authenticate(TestSites.ADMIN_NO,
                TestSites.ADMIN_PASSWORD.toCharArray(), AccountService.Purpose.LOGIN);
        Complaint c = workstation.complaints().take(lead, ComplaintForm.phoned(room.id(), null, "13812345678",
                "夜间施工噪音", "楼上装修到晚上十点", "要求停止夜间施工", "NOISE", Severity.URGENT, null));

        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        // From any module the top bar tells the lead; its link opens the escalations.
        assertThat(robot.lookup("#escalationNotice").queryLabeled().getText())
                .isEqualTo(zh.get("top.escalations", 1));
        robot.clickOn("#escalationNotice");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.mainWindow().current()).isEqualTo(com.frontdesk.ui.Module.COMPLAINTS);
        assertThat(robot.lookup("#complaintTable").queryTableView().getItems()).hasSize(1);
        assertThat(casesTabTitle()).as("the lead's count on the tab").isEqualTo(zh.get("complaints.tab.casesWaiting", 1));
        robot.interact(() -> {
            robot.lookup("#complaintTable").queryTableView().requestFocus();
            robot.lookup("#complaintTable").queryTableView().getSelectionModel().selectFirst();
        });
        step(KeyCode.K);
        robot.write("由我跟进").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Complaint seen = complaint(c.id());
        assertThat(seen.escalationSeenAt()).isNotNull();
        assertThat(seen.nature()).isEqualTo(Nature.QUALITY);
        assertThat(robot.lookup("#complaintTable").queryTableView().getItems()).isEmpty();
        assertThat(textOf(robot, "#complaintDetailTitle")).as("the case left the list: its detail goes too")
                .isEqualTo(zh.get("complaints.selectOne"));
        assertThat(casesTabTitle()).isEqualTo(zh.get("complaints.tab.cases"));
        assertThat(visible(robot, "#complaintEscalationNotice")).isFalse();
        robot.interact(shell::housekeeping);
        assertThat(visible(robot, "#escalationNotice")).isFalse();
    }

    /**
     * Intake with the keyboard: the complainant picked from the directory (the phone left blank, so
     * the number on file is taken), the subject and story, the category, and the complainant's anger.
     */
    private Complaint takeAngryPhoneComplaint() throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#complaintComplainant").query().requestFocus());
        robot.write("1-2-1503");
        DirectoryPicker picker = DirectoryPicker.of(robot.lookup("#complaintComplainant").query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> picker.isShowingSuggestions() && !picker.suggestions().getItems().isEmpty()).get());
        // The room is offered first, then the people in it: the complainant is the owner.
        int owner = picker.suggestions().getItems().indexOf(picker.suggestions().getItems().stream()
                .filter(e -> "张三丰".equals(e.name())).findFirst().orElseThrow());
        for (int i = 0; i <= owner; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        assertThat(picker.selected().roomId()).isEqualTo(room.id());
        assertThat(picker.selected().occupantId()).isNotNull();
        robot.type(KeyCode.TAB);                                                   // phone: the one on file
        robot.type(KeyCode.TAB).write("保安态度恶劣");
        robot.type(KeyCode.TAB).write("保安拒绝开门");
        robot.type(KeyCode.TAB).write("要求道歉");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);                                // 服务态度, the first category
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);                                // quality
        robot.type(KeyCode.TAB);                                                   // severity: normal
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.DOWN);             // mood: anger
        robot.type(KeyCode.ENTER);

        assertThat(textOf(robot, "#complaintMessage")).isEmpty();
        List<ComplaintItem> open = workstation.complaintLists().open(null, 10);
        assertThat(open).hasSize(1);
        Complaint c = open.get(0).complaint();
        assertThat(c.number()).isEqualTo("TS-20261122-0001");
        assertThat(c.roomId()).isEqualTo(room.id());
        assertThat(c.complainant()).contains("张三丰");
        assertThat(c.contactPhone()).isEqualTo("13812345678");
        assertThat(c.subject()).isEqualTo("保安态度恶劣");
        assertThat(c.whatTheyWant()).isEqualTo("要求道歉");
        assertThat(c.category()).isEqualTo("SERVICE_ATTITUDE");
        assertThat(c.nature()).isEqualTo(Nature.QUALITY);
        assertThat(c.severity()).isEqualTo(Severity.NORMAL);
        assertThat(c.mood()).isEqualTo(Mood.ANGER);
        assertThat(c.escalationReason()).isEqualTo(EscalationReason.ANGER);
        assertThat(c.firstResponseDue()).isEqualTo(c.receivedAt().plus(Duration.ofHours(48)));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("complaints.takenEscalated", c.number(),
                c.subject(), zh.get("complaint.escalation.ANGER")));
        assertThat(textOf(robot, "#complaintTellComplainant")).as("escalated: the lead calls, the last day inclusive")
                .contains(zh.get("complaints.tellEscalated", c.number(),
                        java.time.format.DateTimeFormatter.ofPattern("M月d日").format(c.resolutionDue().minusMillis(1)
                                .atZone(workstation.sites().zone())))).doesNotContain("48");
        return c;
    }

    private String casesTabTitle() {
        return ((javafx.scene.control.TabPane) robot.lookup("#complaintsView").query()).getTabs().get(1).getText();
    }

    /** A step's key on the list; the robot then writes into the step's form (its target window). */
    private void step(KeyCode key) {
        robot.targetWindow(mainWindow());
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#complaintStepSave").query().getScene().getWindow());
    }

    /** The shift changes: 退出登录 in the top bar, and the next person signs in. */
    private void switchTo(String employeeNo, String password) {
        robot.targetWindow(mainWindow());
        robot.clickOn(robot.lookup(".top-bar").lookup(LabeledMatchers.hasText(zh.get("top.signOut"))).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#loginEmployeeNo").tryQuery()).isPresent();
        signIn(employeeNo, password);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window mainWindow() {
        return robot.lookup("#mainWindow").query().getScene().getWindow();
    }

    private Complaint complaint(String id) {
        return workstation.complaints().complaint(id).orElseThrow();
    }
}
