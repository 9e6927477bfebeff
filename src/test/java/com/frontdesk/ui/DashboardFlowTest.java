package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintList;
import com.frontdesk.dashboard.DashboardFixture;
import com.frontdesk.repairs.RepairItem;
import com.frontdesk.repairs.RepairList;
import com.frontdesk.testsupport.TestSites;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard as a shift lead opens it: the tiles show the fixture's hand-counted figures, Tab
 * walks the tiles, Enter on "overdue repairs" lands on the repairs' overdue list with the one
 * overdue repair, Enter on "overdue complaints" on the complaints' overdue list; a visitor checked in
 * meanwhile shows on the dashboard without a key pressed. An agent sees the figures but the
 * visitor register's tiles are not theirs to open.
 */
class DashboardFlowTest extends ShellTestBase {
    private static final String LEAD_NO = "L001";
    private static final String AGENT_NO = "G001";
    private static final String PASSWORD = "lead2026";
    private DashboardFixture fixture;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, LEAD_NO, "周班长", Role.SHIFT_LEAD, PASSWORD);
            TestSites.addStaff(ws, admin, AGENT_NO, "钱专员", Role.AGENT, PASSWORD);
            fixture = DashboardFixture.load(ws, admin, clock);
        };
    }

    @Test
    void theTilesShowTheFiguresAndEnterOpensTheListBehindThem() throws TimeoutException {
        signIn(LEAD_NO, PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(robot, "#dashboardCount-VISITORS_ON_SITE")).isEqualTo("2");
        assertThat(textOf(robot, "#dashboardCount-PASSES_OUT")).isEqualTo("1");
        assertThat(textOf(robot, "#dashboardCount-PARCELS_HELD")).isEqualTo("3");
        assertThat(textOf(robot, "#dashboardCount-PARCELS_OVERDUE")).isEqualTo("1");
        assertThat(textOf(robot, "#dashboardCount-REPAIRS_OPEN")).isEqualTo("4");
        assertThat(textOf(robot, "#dashboardCount-REPAIRS_OVERDUE")).isEqualTo("1");
        assertThat(textOf(robot, "#dashboardCount-REPAIRS_ON_HOLD")).isEqualTo("1");
        assertThat(textOf(robot, "#dashboardCount-COMPLAINTS_OPEN")).isEqualTo("3");
        assertThat(textOf(robot, "#dashboardCount-COMPLAINTS_OVERDUE")).isEqualTo("2");
        assertThat(textOf(robot, "#dashboardCount-ESCALATIONS")).isEqualTo("2");
        assertThat(textOf(robot, "#dashboardCount-HANDOVER")).isEqualTo(zh.get("dashboard.handover.notDone"));
        assertThat(robot.lookup("#dashboardTile-REPAIRS_OVERDUE").queryButton().getStyleClass())
                .contains("dashboard-alert");
        assertThat(robot.lookup("#dashboardTile-REPAIRS_OPEN").queryButton().getStyleClass())
                .doesNotContain("dashboard-alert");

        // The first tile has the focus; Tab walks to "overdue repairs", the sixth.
        assertThat(focusedId()).isEqualTo("dashboardTile-VISITORS_ON_SITE");
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId()).isEqualTo("dashboardTile-REPAIRS_OVERDUE");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane repairs = robot.lookup("#repairsView").queryAs(TabPane.class);
        assertThat(repairs.getSelectionModel().getSelectedItem().getId()).isEqualTo("repairsWorkTab");
        assertThat(robot.lookup("#repairList").queryAs(ComboBox.class).getValue()).isEqualTo(RepairList.OVERDUE);
        TableView<RepairItem> table = robot.lookup("#repairTable").queryTableView();
        assertThat(table.getItems()).extracting(i -> i.repair().category()).containsExactly("HEATING");
        assertThat(focusedId()).isEqualTo("repairTable");

        // Back on the dashboard: overdue complaints, the ninth tile.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(focusedId()).isEqualTo("dashboardTile-VISITORS_ON_SITE");
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId()).isEqualTo("dashboardTile-COMPLAINTS_OVERDUE");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#complaintsView").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getId()).isEqualTo("complaintsCasesTab");
        assertThat(robot.lookup("#complaintList").queryAs(ComboBox.class).getValue())
                .isEqualTo(ComplaintList.OVERDUE);
    }

    @Test
    void theLeadReadsTheMonthlyReportForTheMonthsTyped() {
        signIn(LEAD_NO, PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> repairs = robot.lookup("#reportRepairs").queryTableView();
        // The last twelve months: a total for each, the four categories of October and November, the range.
        assertThat(repairs.getItems()).hasSize(12 + 4 + 1);
        assertThat(lines(repairs).get(0)).startsWith("2025-12,本月合计,0,");

        robot.doubleClickOn("#reportMonthsFrom").eraseText(10).write("2026-10").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lines(repairs)).containsExactly(
                "2026-10,给排水,1,1,0,1.0,49.0,1,100%", "2026-10,本月合计,1,1,0,1.0,49.0,1,100%",
                "2026-11,电梯,1,0,1,0.5,,0,", "2026-11,暖气,1,0,1,,,0,", "2026-11,给排水,2,1,1,1.0,49.0,0,",
                "2026-11,本月合计,4,1,3,0.8,49.0,0,", "2026-10 – 2026-11,合计,5,2,3,1.0,49.0,1,100%");
        TableView<?> complaints = robot.lookup("#reportComplaints").queryTableView();
        assertThat(lines(complaints)).extracting(l -> l.split(",")[1] + ":" + l.split(",")[2])
                .containsExactly("保洁卫生:1", "本月合计:1", "噪音:2", "本月合计:2", "合计:3");
        assertThat(robot.lookup("#reportCsv").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#reportPdf").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aWriteElsewhereShowsWithoutAKeyPressed() throws TimeoutException {
        signIn(LEAD_NO, PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(robot, "#dashboardCount-VISITORS_ON_SITE")).isEqualTo("2");

        // A check-in at another screen's service, as the desk makes one.
        fixture.visit("孙八", null);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "3".equals(textOf(robot, "#dashboardCount-VISITORS_ON_SITE")));
    }

    @Test
    void anAgentSeesTheFiguresButNotTheVisitorRegister() {
        signIn(AGENT_NO, PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(textOf(robot, "#dashboardCount-VISITORS_ON_SITE")).isEqualTo("2");
        assertThat(robot.lookup("#dashboardTile-VISITORS_ON_SITE").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#dashboardTile-REPAIRS_OPEN").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#dashboardReportTab").tryQuery()).as("the monthly report is the lead's").isEmpty();
        assertThat(focusedId()).as("the first tile the agent can open").isEqualTo("dashboardTile-REPAIRS_OPEN");
    }

    /** Each row of a table as its cells' text joined by commas, as on screen. */
    private static List<String> lines(TableView<?> table) {
        List<String> out = new ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            int r = row;
            out.add(table.getColumns().stream().map(c -> String.valueOf(c.getCellData(r)))
                    .collect(Collectors.joining(",")));
        }
        return out;
    }

    private String focusedId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = mainWindow().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private Window mainWindow() {
        return robot.lookup("#mainWindow").query().getScene().getWindow();
    }
}
