package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.parcels.ParcelSettings;
import com.frontdesk.parcels.ParcelSettingsPane;
import com.frontdesk.parcels.Shelf;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Settings → Parcels with the keyboard: an administrator changes the overdue days and adds,
 * renames and retires shelves; a shift lead only reads; a receptionist does not get the tab.
 */
class ParcelSettingsFlowTest extends ShellTestBase {
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
            Room room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            ws.shelves().define(admin, "A1", "门口左侧", true);
            ws.shelves().define(admin, "A2", null, true);
            ws.parcels().receive(admin, ParcelForm.of("SF1", Carrier.SF, room.id(), null).withShelf("A1"));
            ws.parcels().receive(admin, ParcelForm.of("SF2", Carrier.SF, room.id(), null).withShelf("A1"));
        };
    }

    @Test
    void anAdministratorChangesTheOverdueDaysAndAddsShelfB1() {
        openParcelSettings(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(cell("A1", 1)).isEqualTo("门口左侧");
        assertThat(cell("A1", 3)).isEqualTo("2");
        assertThat(cell("A2", 3)).isEqualTo("0");

        // The focus starts in the first number; type over it and press Enter.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("5");
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2");
        robot.type(KeyCode.ENTER);

        assertThat(workstation.settings().current(ParcelSettings.DOCUMENT)).isEqualTo(new ParcelSettings(5, 2, 30));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("parcelSettings.rulesSaved"));
        assertThat(SqlRows.query(workstation.dataDirectory().database(),
                "SELECT changes FROM audit_log WHERE entity = 'setting'")).singleElement()
                .satisfies(row -> assertThat((String) row.get("changes")).contains("overdueDays"));

        // A number out of range is explained and nothing is stored.
        robot.clickOn("#parcelRulesOverdue .text-field");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("45");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#parcelRulesMessage")).contains(zh.get("field.overdueDays"))
                .contains(zh.get("validation.range", 1, 30));
        assertThat(workstation.settings().current(ParcelSettings.DOCUMENT).overdueDays()).isEqualTo(5);

        // Shelf B1: code, Tab, name, Enter.
        robot.clickOn("#parcelShelfCode");
        robot.write("b1");
        tabThenWrite(robot, "快递柜旁");
        robot.type(KeyCode.ENTER);

        assertThat(workstation.shelves().shelves()).contains(new Shelf("B1", "快递柜旁", true));
        assertThat(shelfTable().getItems()).extracting(r -> r.shelf().code()).containsExactly("A1", "A2", "B1");
        assertThat(shelfTable().getSelectionModel().getSelectedItem().shelf().code()).isEqualTo("B1");
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("parcelSettings.shelfAdded", "B1"));
        assertThat(robot.lookup("#parcelShelfCode").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void anAdministratorTakesAShelfOutOfUseRenamesItAndPutsItBack() {
        openParcelSettings(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);

        robot.clickOn("#parcelShelfTable").type(KeyCode.HOME);
        robot.type(KeyCode.DELETE);
        assertThat(workstation.shelves().shelves()).contains(new Shelf("A1", "门口左侧", false));
        assertThat(cell("A1", 2)).isEqualTo(zh.get("parcelSettings.shelfOff"));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("parcelSettings.shelfTakenOutHeld", "A1", 2));
        assertThat(textOf(robot, "#parcelShelfToggle")).isEqualTo(zh.get("parcelSettings.putBack"));

        // F2 fills the form with the shelf; the new name is typed over the old one.
        robot.type(KeyCode.F2);
        assertThat(robot.lookup("#parcelShelfCode").queryTextInputControl().getText()).isEqualTo("A1");
        robot.write("门口右侧");
        robot.type(KeyCode.ENTER);
        assertThat(workstation.shelves().shelves()).as("renaming leaves it out of use")
                .contains(new Shelf("A1", "门口右侧", false));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("parcelSettings.shelfRenamed", "A1", "门口右侧"));

        robot.clickOn("#parcelShelfTable").type(KeyCode.HOME);
        robot.type(KeyCode.INSERT);
        assertThat(workstation.shelves().shelves()).contains(new Shelf("A1", "门口右侧", true));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("parcelSettings.shelfPutBack", "A1"));
        List<Map<String, Object>> audit = SqlRows.query(workstation.dataDirectory().database(),
                "SELECT action FROM audit_log WHERE entity = 'shelf' AND entity_id = 'A1'");
        assertThat(audit).hasSize(4);   // created in the set-up, out of use, renamed, back in use
    }

    @Test
    void aShiftLeadSeesTheNumbersAndShelvesButChangesNothing() {
        openParcelSettings(LEAD_NO, LEAD_PASSWORD);

        assertThat(robot.lookup("#parcelRulesOverdue").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#parcelRulesSave").tryQuery()).isEmpty();
        assertThat(visible(robot, "#parcelRulesReadOnly")).isTrue();
        assertThat(robot.lookup("#parcelShelfCode").tryQuery()).isEmpty();
        assertThat(cell("A1", 3)).isEqualTo("2");

        robot.clickOn("#parcelShelfTable").type(KeyCode.HOME).type(KeyCode.DELETE);
        assertThat(workstation.shelves().shelves()).contains(new Shelf("A1", "门口左侧", true));
    }

    @Test
    void aReceptionistDoesNotSeeTheParcelsTab() {
        signIn(DESK_NO, DESK_PASSWORD);
        openSettings();

        assertThat(tabTitles()).contains(zh.get("settings.tab.general"))
                .doesNotContain(zh.get("settings.tab.parcels"));
    }

    private void openParcelSettings(String employeeNo, String password) {
        signIn(employeeNo, password);
        openSettings();
        assertThat(tabTitles()).contains(zh.get("settings.tab.parcels"));
        // The tab's title is also the rail's name for the Parcels screen: click the tab's own label.
        robot.clickOn(robot.lookup("#settingsTabs .tab-label")
                .match(n -> zh.get("settings.tab.parcels").equals(((Labeled) n).getText())).<Labeled>query());
    }

    private void openSettings() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    }

    private List<String> tabTitles() {
        return robot.lookup("#settingsTabs .tab-label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private TableView<ParcelSettingsPane.ShelfRow> shelfTable() {
        return robot.lookup("#parcelShelfTable").queryTableView();
    }

    private String cell(String code, int column) {
        var table = shelfTable();
        int row = table.getItems().stream().map(r -> r.shelf().code()).toList().indexOf(code);
        assertThat(row).as("row of %s", code).isNotNegative();
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }
}
