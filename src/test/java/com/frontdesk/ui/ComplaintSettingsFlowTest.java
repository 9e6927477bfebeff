package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintSettings;
import com.frontdesk.testsupport.TestSites;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Settings → Complaints with the keyboard: an administrator shortens the resolution deadline and
 * types the National Day holidays and their adjusted working days; a shift lead only reads; a
 * receptionist and an agent do not get the tab.
 */
class ComplaintSettingsFlowTest extends ShellTestBase {
    private static final String LEAD_NO = "L001";
    private static final String LEAD_PASSWORD = "lead2026";
    private static final String DESK_NO = "R001";
    private static final String DESK_PASSWORD = "desk2026";
    private static final String AGENT_NO = "G001";
    private static final String AGENT_PASSWORD = "agent2026";
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, LEAD_NO, "周班长", Role.SHIFT_LEAD, LEAD_PASSWORD);
            TestSites.addStaff(ws, admin, DESK_NO, "李前台", Role.RECEPTIONIST, DESK_PASSWORD);
            TestSites.addStaff(ws, admin, AGENT_NO, "赵客服", Role.AGENT, AGENT_PASSWORD);
        };
    }

    @Test
    void anAdministratorShortensTheDeadlineAndTypesTheHolidaysAndTheAdjustedWorkingDays() {
        openComplaintSettings(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(editorText("#complaintFirstResponseHours")).isEqualTo("48");
        assertThat(editorText("#complaintResolutionWorkingDays")).isEqualTo("7");

        // The focus starts in the first-response hours; Tab to the working days, type over them, Enter.
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("5");
        robot.type(KeyCode.ENTER);
        assertThat(stored().resolutionWorkingDays()).isEqualTo(5);
        assertThat(stored().firstResponseHours()).isEqualTo(48);
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("complaintSettings.deadlinesSaved"));

        // Tab down past the save button, the categories (code, name, button, table, rename, remove) and
        // the departments (name, button, table, remove) to the holidays.
        robot.type(KeyCode.TAB, 12);
        assertThat(focused("#complaintHolidaysInput")).isTrue();
        robot.write("2026-10-01..2026-10-07");
        robot.type(KeyCode.ENTER);
        assertThat(stored().holidays()).isEqualTo(NATIONAL_DAY.datesUntil(NATIONAL_DAY.plusDays(7)).toList());
        assertThat(textOf(robot, "#statusText"))
                .isEqualTo(zh.get("complaintSettings.holidaysAdded", "2026-10-01..2026-10-07", 7));
        assertThat(robot.lookup("#complaintHolidaysInput").queryTextInputControl().getText()).isEmpty();

        // On to the adjusted working days (past the holidays' button, table and remove): two at once.
        robot.type(KeyCode.TAB, 4);
        assertThat(focused("#complaintWorkdaysInput")).isTrue();
        robot.write("2026-09-20, 2026-10-10");
        robot.type(KeyCode.ENTER);
        assertThat(stored().workdays()).containsExactly(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        TableView<LocalDate> workdays = robot.lookup("#complaintWorkdaysTable").queryTableView();
        assertThat(workdays.getColumns().get(1).getCellData(1)).as("10 October is a Saturday").isEqualTo("周六");

        // A day typed into both lists is explained and nothing is stored; so is a day that does not exist.
        robot.write("2026-10-01");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#complaintWorkdaysMessage"))
                .contains(zh.get("complaint.settings.holidayAndWorkday", "2026-10-01"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2026-10-32");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#complaintWorkdaysMessage"))
                .isEqualTo(zh.get("complaintSettings.dateInvalid", "2026-10-32"));
        assertThat(stored().workdays()).hasSize(2);

        // Back to the holidays' table: the first day, Delete.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 2).release(KeyCode.SHIFT);
        assertThat(focused("#complaintHolidaysTable")).isTrue();
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        assertThat(stored().holidays()).hasSize(6).doesNotContain(NATIONAL_DAY);
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("complaintSettings.datesRemoved", "2026-10-01", 1));

        // Read back: the tab is built again from what is stored.
        ComplaintSettings expected = ComplaintSettings.DEFAULTS.withResolutionWorkingDays(5)
                .withHolidays(NATIONAL_DAY.plusDays(1).datesUntil(NATIONAL_DAY.plusDays(7)).toList())
                .withWorkdays(List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));
        assertThat(stored()).isEqualTo(expected);
        clickTab("settings.tab.general");
        clickTab("settings.tab.complaints");
        assertThat(editorText("#complaintResolutionWorkingDays")).isEqualTo("5");
        assertThat(robot.lookup("#complaintHolidaysTable").queryTableView().getItems())
                .isEqualTo(expected.holidays());
        assertThat(robot.lookup("#complaintWorkdaysTable").queryTableView().getItems())
                .isEqualTo(expected.workdays());
    }

    @Test
    void aShiftLeadSeesTheComplaintSettingsButChangesNothing() {
        openComplaintSettings(LEAD_NO, LEAD_PASSWORD);

        assertThat(robot.lookup("#complaintResolutionWorkingDays").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#complaintDeadlinesSave").tryQuery()).isEmpty();
        assertThat(visible(robot, "#complaintSettingsReadOnly")).isTrue();
        for (String input : List.of("#complaintCategoryCode", "#complaintDepartmentsInput", "#complaintHolidaysInput",
                "#complaintWorkdaysInput", "#complaintHolidaysRemove")) {
            assertThat(robot.lookup(input).tryQuery()).as(input).isEmpty();
        }
        assertThat(robot.lookup("#complaintCategoryTable").queryTableView().getItems())
                .isEqualTo(ComplaintSettings.DEFAULT_CATEGORIES);
        assertThat(robot.lookup("#complaintDepartmentsTable").queryTableView().getItems())
                .isEqualTo(ComplaintSettings.DEFAULT_DEPARTMENTS);

        assertThat(focused("#complaintCategoryTable")).isTrue();
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        assertThat(stored()).isEqualTo(ComplaintSettings.DEFAULTS);
    }

    @Test
    void aReceptionistDoesNotSeeTheComplaintsTab() {
        assertNoComplaintsTab(DESK_NO, DESK_PASSWORD);
    }

    /** Agents handle complaints but do not close them, so they are not shown the rules either. */
    @Test
    void anAgentDoesNotSeeTheComplaintsTab() {
        assertNoComplaintsTab(AGENT_NO, AGENT_PASSWORD);
    }

    private void assertNoComplaintsTab(String employeeNo, String password) {
        signIn(employeeNo, password);
        openSettings();
        assertThat(tabTitles()).contains(zh.get("settings.tab.general"))
                .doesNotContain(zh.get("settings.tab.complaints"));
    }

    private ComplaintSettings stored() {
        return workstation.settings().current(ComplaintSettings.DOCUMENT);
    }

    private String editorText(String spinner) {
        return robot.lookup(spinner + " .text-field").queryTextInputControl().getText();
    }

    private boolean focused(String query) {
        Node n = robot.lookup(query).query();
        return n.isFocused();
    }

    private void openComplaintSettings(String employeeNo, String password) {
        signIn(employeeNo, password);
        openSettings();
        assertThat(tabTitles()).contains(zh.get("settings.tab.complaints"));
        clickTab("settings.tab.complaints");
    }

    /** The tab's title may also be the rail's name for the Complaints screen: click the tab's own label. */
    private void clickTab(String key) {
        robot.clickOn(robot.lookup("#settingsTabs .tab-label")
                .match(n -> zh.get(key).equals(((Labeled) n).getText())).<Labeled>query());
    }

    private void openSettings() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    }

    private List<String> tabTitles() {
        return robot.lookup("#settingsTabs .tab-label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }
}
