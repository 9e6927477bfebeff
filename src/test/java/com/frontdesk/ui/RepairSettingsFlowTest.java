package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.repairs.FixerKind;
import com.frontdesk.repairs.RepairCategory;
import com.frontdesk.repairs.RepairDeadline;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.repairs.RepairSettings;
import com.frontdesk.repairs.RepairVendor;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Settings → Repairs with the keyboard: an administrator changes a deadline and adds a category
 * and a vendor; a shift lead only reads; a receptionist does not get the tab.
 */
class RepairSettingsFlowTest extends ShellTestBase {
    private static final String LEAD_NO = "L001";
    private static final String LEAD_PASSWORD = "lead2026";
    private static final String DESK_NO = "R001";
    private static final String DESK_PASSWORD = "desk2026";

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, LEAD_NO, "周班长", Role.SHIFT_LEAD, LEAD_PASSWORD);
            TestSites.addStaff(ws, admin, DESK_NO, "李前台", Role.RECEPTIONIST, DESK_PASSWORD);
        };
    }

    @Test
    void anAdministratorChangesTheUrgentFixHoursAndAddsACategoryAndAVendor() {
        openRepairSettings(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(robot.lookup("#repairLowByAgreement").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#repairFixUrgent .text-field").queryTextInputControl().getText()).isEqualTo("4");

        // The focus starts in the urgent respond hours; Tab to the fix hours, type over them, Enter.
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("6");
        robot.type(KeyCode.ENTER);

        RepairSettings stored = workstation.settings().current(RepairSettings.DOCUMENT);
        assertThat(stored.deadline(RepairPriority.URGENT)).isEqualTo(new RepairDeadline(2, 6));
        assertThat(stored.deadline(RepairPriority.HIGH)).isEqualTo(new RepairDeadline(4, 24));
        assertThat(stored.deadline(RepairPriority.NORMAL)).isEqualTo(new RepairDeadline(24, 72));
        assertThat(stored.deadline(RepairPriority.LOW)).isEqualTo(RepairDeadline.BY_AGREEMENT);
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("repairSettings.deadlinesSaved"));

        // Respond longer than fix is explained and nothing is stored.
        robot.clickOn("#repairRespondUrgent .text-field");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("9");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#repairDeadlineMessage")).contains(zh.get("repair.settings.respondAfterFix"));
        assertThat(workstation.settings().current(RepairSettings.DOCUMENT).urgent()).isEqualTo(new RepairDeadline(2, 6));

        // A category: code, Tab, name, Enter.
        robot.clickOn("#repairCategoryCode");
        robot.write("roof");
        tabThenWrite(robot, "屋面");
        robot.type(KeyCode.ENTER);
        stored = workstation.settings().current(RepairSettings.DOCUMENT);
        assertThat(stored.categories()).endsWith(new RepairCategory("ROOF", "屋面"));
        assertThat(stored.categories()).hasSize(RepairSettings.DEFAULT_CATEGORIES.size() + 1);
        assertThat(stored.urgent()).as("the deadline saved before stays").isEqualTo(new RepairDeadline(2, 6));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("repairSettings.categoryAdded", "ROOF", "屋面"));
        assertThat(robot.lookup("#repairCategoryCode").queryTextInputControl().getText()).isEmpty();

        // A vendor: Tab down from the category form (its name and button, the table, rename, remove)
        // to the vendor's name, Tab, kind (Up from "other vendor" to the manufacturer), Tab, phone, Enter.
        robot.type(KeyCode.TAB, 6);
        assertThat(robot.lookup("#repairVendorName").query().isFocused()).isTrue();
        robot.clickOn("#repairVendorName");   // clickable only when scrolled into the window
        robot.write("奥的斯电梯");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.UP, 3);
        tabThenWrite(robot, "4008001234");
        robot.type(KeyCode.ENTER);
        stored = workstation.settings().current(RepairSettings.DOCUMENT);
        assertThat(stored.vendors()).endsWith(new RepairVendor("奥的斯电梯", FixerKind.MANUFACTURER, "4008001234"));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("repairSettings.vendorAdded", "奥的斯电梯"));
        TableView<RepairVendor> vendors = robot.lookup("#repairVendorTable").queryTableView();
        int row = vendors.getItems().size() - 1;
        assertThat(vendors.getColumns().get(1).getCellData(row)).isEqualTo(zh.get("repair.fixer.MANUFACTURER"));
        assertThat(vendors.getColumns().get(2).getCellData(row)).isEqualTo(Masking.phone("4008001234"))
                .isNotEqualTo("4008001234");
        assertThat(stored.categories()).contains(new RepairCategory("ROOF", "屋面"));
    }

    @Test
    void aShiftLeadSeesTheRepairSettingsButChangesNothing() {
        openRepairSettings(LEAD_NO, LEAD_PASSWORD);

        assertThat(robot.lookup("#repairFixUrgent").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#repairLowByAgreement").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#repairDeadlinesSave").tryQuery()).isEmpty();
        assertThat(visible(robot, "#repairSettingsReadOnly")).isTrue();
        assertThat(robot.lookup("#repairCategoryCode").tryQuery()).isEmpty();
        assertThat(robot.lookup("#repairVendorName").tryQuery()).isEmpty();
        TableView<RepairCategory> categories = robot.lookup("#repairCategoryTable").queryTableView();
        assertThat(categories.getItems()).isEqualTo(RepairSettings.DEFAULT_CATEGORIES);

        robot.clickOn("#repairCategoryTable").type(KeyCode.HOME).type(KeyCode.DELETE);
        assertThat(workstation.settings().current(RepairSettings.DOCUMENT)).isEqualTo(RepairSettings.DEFAULTS);
    }

    @Test
    void aReceptionistDoesNotSeeTheRepairsTab() {
        signIn(DESK_NO, DESK_PASSWORD);
        openSettings();

        assertThat(tabTitles()).contains(zh.get("settings.tab.general"))
                .doesNotContain(zh.get("settings.tab.repairs"));
    }

    private void openRepairSettings(String employeeNo, String password) {
        signIn(employeeNo, password);
        openSettings();
        assertThat(tabTitles()).contains(zh.get("settings.tab.repairs"));
        // The tab's title may also be the rail's name for the Repairs screen: click the tab's own label.
        robot.clickOn(robot.lookup("#settingsTabs .tab-label")
                .match(n -> zh.get("settings.tab.repairs").equals(((Labeled) n).getText())).<Labeled>query());
    }

    private void openSettings() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    }

    private List<String> tabTitles() {
        return robot.lookup("#settingsTabs .tab-label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }
}
