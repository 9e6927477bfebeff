package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.audit.AuditEntry;
import com.frontdesk.core.Messages;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** An administrator adds a receptionist, reveals her phone (audited) and reads it in the audit log. */
class SettingsFlowTest extends ShellTestBase {
    @Override
    Consumer<Workstation> before() {
        return TestSites::setUp;
    }

    @Test
    void administratorAddsStaffRevealsAPhoneAndFindsTheRevealInTheAuditLog() {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.clickOn(zh.get("settings.tab.staff"));

        robot.clickOn("#staffAdd");
        // Headless Monocle does not move keyboard focus to a new dialog window by itself.
        robot.clickOn("#staffEmployeeNo");
        robot.write("R009");
        tabThenWrite(robot, "Zhang Li");
        robot.type(KeyCode.TAB); // role: receptionist is preselected
        tabThenWrite(robot, "13912345678");
        tabThenWrite(robot, "desk2026x");
        robot.type(KeyCode.ENTER);

        TableView<StaffMember> table = robot.lookup("#staffTable").queryTableView();
        StaffMember added = table.getItems().stream().filter(s -> s.employeeNo().equals("R009")).findFirst().orElseThrow();
        assertThat(added.role()).isEqualTo(Role.RECEPTIONIST);
        assertThat(added.name()).isEqualTo("Zhang Li");
        assertThat(cellText(table, added, 3)).isEqualTo("139****5678");

        robot.interact(() -> table.getSelectionModel().select(added));
        robot.clickOn("#staffReveal");
        assertThat(cellText(table, added, 3)).isEqualTo("13912345678");

        robot.clickOn(zh.get("settings.tab.audit"));
        TableView<AuditEntry> audit = robot.lookup("#auditTable").queryTableView();
        List<String> actions = audit.getItems().stream().map(AuditEntry::action).toList();
        assertThat(actions.get(0)).isEqualTo("REVEAL");
        assertThat(actions).contains("CREATE", "LOGIN");
        assertThat(audit.getItems().get(0).entityId()).isEqualTo(added.id());
    }

    @Test
    void aPasswordResetNeedsTheAdministratorsOwnPasswordAndThenWorks() {
        StaffMember desk = TestSites.addStaff(workstation, workstation.accounts().authenticate(TestSites.ADMIN_NO,
                TestSites.ADMIN_PASSWORD.toCharArray(), AccountService.Purpose.LOGIN), "R001", "Zhang Li",
                Role.RECEPTIONIST, "desk2026");
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.clickOn(zh.get("settings.tab.staff"));
        TableView<StaffMember> table = robot.lookup("#staffTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(s -> s.id().equals(desk.id())).findFirst().orElseThrow()));

        robot.clickOn("#staffReset");
        robot.clickOn("#newStaffPassword").write("fresh2026");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#signPassword").write("not-mine1");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#signPassword").tryQuery()).isPresent();
        robot.clickOn("#signPassword").write(TestSites.ADMIN_PASSWORD);
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#signPassword").tryQuery()).isEmpty();
        assertThat(workstation.accounts().authenticate("R001", "fresh2026".toCharArray(),
                AccountService.Purpose.LOGIN).user().id()).isEqualTo(desk.id());
    }

    @Test
    void theIdleLockClosesAnOpenFormSoNothingCanBeTypedBehindIt() {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.clickOn(zh.get("settings.tab.staff"));
        robot.clickOn("#staffAdd");
        assertThat(robot.lookup("#staffEmployeeNo").tryQuery()).isPresent();

        clock.advance(Duration.ofMinutes(10));
        robot.interact(shell::housekeeping);

        assertThat(visible(robot, "#lockScreen")).isTrue();
        assertThat(robot.lookup("#staffEmployeeNo").tryQuery()).isEmpty();
    }

    @Test
    void switchingTheLanguageRedrawsTheWindowInEnglishAndKeepsIt() {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.clickOn("#settingsLanguage");
        robot.clickOn("English");
        robot.clickOn("#settingsSave");

        Messages en = new Messages(Messages.ENGLISH);
        assertThat(robot.lookup(en.get("module.visitors")).tryQuery()).isPresent();
        assertThat(textOf(robot, "#userLabel")).contains(en.get("role.ADMINISTRATOR"));
        assertThat(workstation.settings().current().language()).isEqualTo("en");
    }

    private static String cellText(TableView<StaffMember> table, StaffMember row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(table.getItems().indexOf(row)));
    }
}
