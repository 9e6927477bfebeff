package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.settings.WorkstationSettings;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.PassState;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import com.frontdesk.visitors.VisitStatus;
import com.frontdesk.visitors.WatchlistEntry;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Settings → Visitors with the keyboard: a shift lead fills the pass pool and the watchlist, an
 * administrator changes the visitor rules, and a receptionist does not get the tab at all.
 */
class VisitorSettingsFlowTest extends ShellTestBase {
    private static final String LEAD_NO = "L001";
    private static final String LEAD_PASSWORD = "lead2026";
    private static final String DESK_NO = "R001";
    private static final String DESK_PASSWORD = "desk2026";

    private Session admin;
    private Visit holdingP20;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, LEAD_NO, "周班长", Role.SHIFT_LEAD, LEAD_PASSWORD);
            TestSites.addStaff(ws, admin, DESK_NO, "李前台", Role.RECEPTIONIST, DESK_PASSWORD);
            ws.visitors().definePass(admin, "P20", true);
            holdingP20 = ws.visitors().checkIn(admin, VisitForm.of("陈访客", Purpose.VISIT, null, Verification.CONFIRMED)
                    .withHost(null, null, "管理处").withPass("P20"));
        };
    }

    @Test
    void aShiftLeadAddsARangeOfPassesSwitchesOneOffAndPutsSomeoneOnTheWatchlist() {
        openVisitorSettings(LEAD_NO, LEAD_PASSWORD);

        // The rules are shown, but only an administrator changes them.
        assertThat(robot.lookup("#visitorRulesSales").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#visitorRulesOverstay").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#visitorRulesSave").tryQuery()).isEmpty();
        assertThat(visible(robot, "#visitorRulesReadOnly")).isTrue();

        // A pass held by a visit shows who holds it.
        assertThat(passCell("P20", 2)).isEqualTo(holdingP20.number());

        robot.clickOn("#visitorPassInput");
        robot.write("p21-p23");
        robot.type(KeyCode.ENTER);

        assertThat(passTable().getItems()).extracting(PassState::passNo).containsExactly("P20", "P21", "P22", "P23");
        assertThat(passCell("P22", 1)).isEqualTo(zh.get("visitorSettings.passActive"));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("visitorSettings.passesAdded", 3, "P21–P23"));
        assertThat(robot.lookup("#visitorPassInput").queryTextInputControl().getText()).isEmpty();
        assertThat(workstation.visitors().activePasses()).containsExactly("P20", "P21", "P22", "P23");

        // From the field: Tab to the Add button, Tab into the list (on P21, the first added), Down to P22.
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.DOWN);
        assertThat(passTable().getSelectionModel().getSelectedItem().passNo()).isEqualTo("P22");
        robot.type(KeyCode.DELETE);

        assertThat(passCell("P22", 1)).isEqualTo(zh.get("visitorSettings.passOff"));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("visitorSettings.passSwitchedOff", "P22"));
        assertThat(workstation.visitors().passPool()).filteredOn(p -> p.passNo().equals("P22")).singleElement()
                .satisfies(p -> assertThat(p.active()).isFalse());
        assertThat(workstation.visitors().activePasses()).containsExactly("P20", "P21", "P23");

        // Adding the range again leaves the lost pass switched off.
        robot.clickOn("#visitorPassInput");
        robot.write("P21-P24");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#statusText"))
                .isEqualTo(zh.get("visitorSettings.passesAddedSkipped", 1, "P24", "P21, P22, P23"));
        assertThat(workstation.visitors().activePasses()).containsExactly("P20", "P21", "P23", "P24");

        // A range typed wrong is explained next to the field, and nothing is added.
        robot.write("P30-P25");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#visitorPassMessage")).contains(zh.get("visitor.passRangeInvalid"));
        assertThat(workstation.visitors().passPool()).hasSize(5);

        robot.clickOn("#visitorWatchName");
        robot.write("推销员");
        tabThenWrite(robot, "137 0000 1234");
        robot.type(KeyCode.TAB);                       // ID number: not known
        tabThenWrite(robot, "多次上门推销");
        robot.type(KeyCode.ENTER);

        Session lead = workstation.accounts().authenticate(LEAD_NO, LEAD_PASSWORD.toCharArray(),
                AccountService.Purpose.LOGIN);
        List<WatchlistEntry> stored = workstation.visitors().watchlist(lead);
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("推销员");
            assertThat(e.phone()).isEqualTo("13700001234");
            assertThat(e.hasIdNumber()).isFalse();
            assertThat(e.reason()).isEqualTo("多次上门推销");
        });
        TableView<WatchlistEntry> watch = robot.lookup("#visitorWatchTable").queryTableView();
        assertThat(watch.getItems()).extracting(WatchlistEntry::id).containsExactly(stored.get(0).id());
        assertThat(watchCell(watch, 0)).isEqualTo("推销员");
        assertThat(watchCell(watch, 1)).isEqualTo("137****1234");
        assertThat(watchCell(watch, 2)).isEqualTo(zh.get("common.no"));
        assertThat(watchCell(watch, 3)).isEqualTo("多次上门推销");
        assertThat(watchCell(watch, 4)).isEqualTo("周班长 (L001)");
        assertThat(watchCell(watch, 5)).isEqualTo("2026-11-22 09:30");
        assertThat(robot.lookup("#visitorWatchName").queryTextInputControl().getText()).as("form cleared").isEmpty();
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("visitorSettings.watchAdded", "推销员"));

        // Without a phone or an ID number nothing is stored and the form says why.
        robot.clickOn("#visitorWatchName");
        robot.write("某人");
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        tabThenWrite(robot, "无理由");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#visitorWatchMessage")).contains(zh.get("visitor.watchlistNeedsPhoneOrId"));
        assertThat(workstation.visitors().watchlist(lead)).hasSize(1);
    }

    @Test
    void anAdministratorRaisesTheOverstayHoursAndTurnsTheSalesRefusalOff() {
        openVisitorSettings(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(robot.lookup("#visitorRulesSales").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(visible(robot, "#visitorRulesFullIdWarning")).isTrue();

        robot.clickOn("#visitorRulesOverstay .text-field");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("6");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT); // back to "refuse sales"
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);

        WorkstationSettings now = workstation.settings().current();
        assertThat(now.visitorOverstayHours()).isEqualTo(6);
        assertThat(now.visitorSalesRefused()).isFalse();
        assertThat(now.visitorStoreFullIdNumbers()).isFalse();
        assertThat(now.language()).as("the other settings are kept").isEqualTo("zh-CN");
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("visitorSettings.rulesSaved"));
        assertThat(textOf(robot, "#visitorRulesMessage")).isEmpty();

        String stored = (String) SqlRows.query(workstation.dataDirectory().database(),
                "SELECT value FROM setting WHERE key = 'workstation'").get(0).get("value");
        assertThat(stored).contains("\"visitorOverstayHours\":6").contains("\"visitorSalesRefused\":false");
        List<Map<String, Object>> audit = SqlRows.query(workstation.dataDirectory().database(),
                "SELECT action, changes FROM audit_log WHERE entity = 'setting'");
        assertThat(audit).singleElement().satisfies(row -> assertThat((String) row.get("changes"))
                .contains("visitorOverstayHours").contains("visitorSalesRefused"));

        // The register follows at once: a salesperson can now be checked in.
        Visit sales = workstation.visitors().checkIn(admin, VisitForm.of("推销员", Purpose.SALES, null,
                Verification.CONFIRMED).withHost(null, null, "管理处"));
        assertThat(sales.status()).isEqualTo(VisitStatus.ON_SITE);
    }

    @Test
    void aReceptionistDoesNotSeeTheVisitorsTab() {
        signIn(DESK_NO, DESK_PASSWORD);
        openSettings();

        assertThat(tabTitles()).contains(zh.get("settings.tab.general"))
                .doesNotContain(zh.get("settings.tab.visitors"));
        assertThat(robot.lookup("#visitorSettings").tryQuery()).isEmpty();
    }

    private void openVisitorSettings(String employeeNo, String password) {
        signIn(employeeNo, password);
        openSettings();
        assertThat(tabTitles()).contains(zh.get("settings.tab.visitors"));
        robot.clickOn(zh.get("settings.tab.visitors"));
    }

    private void openSettings() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    }

    private List<String> tabTitles() {
        return robot.lookup("#settingsTabs .tab-label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private TableView<PassState> passTable() {
        return robot.lookup("#visitorPassTable").queryTableView();
    }

    private String passCell(String passNo, int column) {
        TableView<PassState> table = passTable();
        int row = table.getItems().stream().map(PassState::passNo).toList().indexOf(passNo);
        assertThat(row).as("row of %s", passNo).isNotNegative();
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static String watchCell(TableView<WatchlistEntry> table, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(0));
    }
}
