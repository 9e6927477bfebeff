package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.handover.ChecklistItem;
import com.frontdesk.handover.ChecklistTemplate;
import com.frontdesk.handover.HandoverSettings;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Settings → Handover with the keyboard: an administrator finds the umbrellas in the lobby's day
 * checklist, changes the expected count and saves version 2; a shift lead reads it and changes
 * nothing; a receptionist does not get the tab.
 */
class HandoverSettingsFlowTest extends ShellTestBase {
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
    void anAdministratorChangesTheUmbrellasAndSavesVersionTwo() {
        openHandoverSettings(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        // 09:30 on the clock: the lobby's day shift is on duty, in the top bar and in the checklist chosen.
        assertThat(textOf(robot, "#topShift")).isEqualTo(zh.get("top.shift", "白班"));
        assertThat(robot.lookup("#handoverChecklistShift").queryComboBox().getValue().toString()).contains("LOBBY");
        assertThat(textOf(robot, "#handoverChecklistVersion")).startsWith("第 1 版，system");
        assertThat(focused("#handoverChecklistTable")).isTrue();

        // Down to the umbrellas, Enter fills the form with the count selected, type 12, Enter puts it back.
        robot.type(KeyCode.HOME).type(KeyCode.DOWN, 6);
        assertThat(selected().name()).isEqualTo("雨伞");
        robot.type(KeyCode.ENTER);
        assertThat(focused("#handoverItemExpected")).isTrue();
        robot.write("12");
        robot.type(KeyCode.ENTER);
        assertThat(focused("#handoverChecklistTable")).isTrue();
        assertThat(selected()).isEqualTo(new ChecklistItem("UMBRELLAS", "雨伞", 12, null));
        assertThat(visible(robot, "#handoverChecklistUnsaved")).isTrue();
        assertThat(current().version()).as("nothing stored before saving").isEqualTo(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        ChecklistTemplate v2 = current();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.createdBy()).isEqualTo("王管理 (A001)");
        assertThat(v2.items()).contains(new ChecklistItem("UMBRELLAS", "雨伞", 12, null));
        assertThat(workstation.checklistTemplates().versions("LOBBY", "DAY")).hasSize(2)
                .last().satisfies(v1 -> assertThat(v1.items())
                        .contains(new ChecklistItem("UMBRELLAS", "雨伞", 11, null)));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("handoverSettings.versionSaved", "大堂前台", "白班", 2));
        assertThat(textOf(robot, "#handoverChecklistVersion")).startsWith("第 2 版，王管理");
        assertThat(visible(robot, "#handoverChecklistUnsaved")).isFalse();

        // Saving again with nothing changed is explained and stores nothing.
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(textOf(robot, "#handoverChecklistMessage")).contains(zh.get("handover.item.unchanged", 2));
        assertThat(current().version()).isEqualTo(2);
    }

    @Test
    void aShiftLeadSeesTheChecklistButChangesNothing() {
        openHandoverSettings(LEAD_NO, LEAD_PASSWORD);

        assertThat(visible(robot, "#handoverSettingsReadOnly")).isTrue();
        for (String input : List.of("#handoverItemCode", "#handoverItemExpected", "#handoverChecklistSave",
                "#handoverShiftCode", "#handoverWorkstationSave")) {
            assertThat(robot.lookup(input).tryQuery()).as(input).isEmpty();
        }
        assertThat(robot.lookup("#handoverWorkstationDesk").query().isDisabled()).isTrue();
        TableView<ChecklistItem> table = robot.lookup("#handoverChecklistTable").queryTableView();
        assertThat(table.getItems()).contains(new ChecklistItem("UMBRELLAS", "雨伞", 11, null));
        assertThat(robot.lookup("#handoverShiftTable").queryTableView().getItems()).hasSize(5);

        assertThat(focused("#handoverChecklistTable")).isTrue();
        robot.type(KeyCode.HOME).type(KeyCode.DOWN, 6).type(KeyCode.DELETE).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(table.getItems()).contains(new ChecklistItem("UMBRELLAS", "雨伞", 11, null));
        assertThat(current().version()).isEqualTo(1);
        assertThat(workstation.settings().current(HandoverSettings.DOCUMENT)).isEqualTo(HandoverSettings.DEFAULTS);
    }

    @Test
    void aReceptionistDoesNotSeeTheHandoverTab() {
        signIn(DESK_NO, DESK_PASSWORD);
        openSettings();
        assertThat(tabTitles()).contains(zh.get("settings.tab.general"))
                .doesNotContain(zh.get("settings.tab.handover"));
    }

    private ChecklistTemplate current() {
        return workstation.checklistTemplates().current("LOBBY", "DAY").orElseThrow();
    }

    private ChecklistItem selected() {
        TableView<ChecklistItem> table = robot.lookup("#handoverChecklistTable").queryTableView();
        return table.getSelectionModel().getSelectedItem();
    }

    private boolean focused(String query) {
        Node n = robot.lookup(query).query();
        return n.isFocused();
    }

    private void openHandoverSettings(String employeeNo, String password) {
        signIn(employeeNo, password);
        openSettings();
        assertThat(tabTitles()).contains(zh.get("settings.tab.handover"));
        robot.clickOn(robot.lookup("#settingsTabs .tab-label")
                .match(n -> zh.get("settings.tab.handover").equals(((Labeled) n).getText())).<Labeled>query());
    }

    private void openSettings() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    }

    private List<String> tabTitles() {
        return robot.lookup("#settingsTabs .tab-label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }
}
