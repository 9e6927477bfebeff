package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Site;
import com.frontdesk.accounts.SiteKind;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A new site, driven only by the keyboard: wizard → sign-in → switch modules → lock → unlock. */
class FirstStartFlowTest extends ShellTestBase {
    @Test
    void newSiteIsSetUpSignedInNavigatedLockedAndUnlockedFromTheKeyboard() {
        assertThat(textOf(robot, "#setupStep")).isEqualTo(zh.get("setup.step1"));

        // Step 1: the site. The first field has focus; Tab walks the form; Enter moves on.
        robot.write("Lakeside Garden");
        tabThenWrite(robot, "lsg");
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#setupStep")).isEqualTo(zh.get("setup.step2"));

        // Step 2: the first administrator.
        robot.write("Wang Jian");
        tabThenWrite(robot, "A001");
        tabThenWrite(robot, "13800001111");
        tabThenWrite(robot, "secret2026");
        tabThenWrite(robot, "secret2026");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#loginEmployeeNo").tryQuery()).isPresent();
        Site site = workstation.sites().site().orElseThrow();
        assertThat(site.code()).isEqualTo("LSG");
        assertThat(site.name()).isEqualTo("Lakeside Garden");
        assertThat(site.kind()).isEqualTo(SiteKind.RESIDENTIAL);
        assertThat(site.zone().getId()).isEqualTo("Asia/Shanghai");

        // Sign in.
        robot.write("A001");
        tabThenWrite(robot, "secret2026");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#mainWindow").tryQuery()).isPresent();
        assertThat(textOf(robot, "#userLabel")).contains("Wang Jian", "A001", zh.get("role.ADMINISTRATOR"));
        assertThat(textOf(robot, "#siteLabel")).contains("Lakeside Garden");

        // Ctrl+7 opens the standard phrases.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#rail-phrases").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#phrasesView").tryQuery()).isPresent();

        // Ctrl+0 opens Settings, which is built.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#settingsTabs").tryQuery()).isPresent();
        assertThat(shell.mainWindow().current()).isEqualTo(Module.SETTINGS);

        // F1 lists the shortcuts.
        robot.type(KeyCode.F1);
        assertThat(robot.lookup("#shortcutList").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#shortcutList").tryQuery()).isEmpty();

        // Ctrl+L locks; the module shortcuts are dead while locked.
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertThat(visible(robot, "#lockScreen")).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        assertThat(shell.mainWindow().current()).isEqualTo(Module.SETTINGS);

        // A wrong password keeps it locked and says why; the right one opens it.
        robot.write("wrong-one1");
        robot.type(KeyCode.ENTER);
        assertThat(visible(robot, "#lockScreen")).isTrue();
        assertThat(textOf(robot, "#lockMessage")).isEqualTo(zh.get("login.wrong"));
        robot.write("secret2026");
        robot.type(KeyCode.ENTER);
        assertThat(visible(robot, "#lockScreen")).isFalse();

        String storedRole = workstation.store().read(h -> h.createQuery(
                "SELECT role FROM staff WHERE employee_no = 'A001'").mapTo(String.class).one());
        assertThat(storedRole).isEqualTo(Role.ADMINISTRATOR.name());
        List<String> staffEvents = workstation.store().read(h -> h.createQuery(
                "SELECT action FROM audit_log WHERE entity = 'staff' ORDER BY at, id").mapTo(String.class).list());
        assertThat(staffEvents).containsSubsequence("CREATE", "LOGIN", "UNLOCK_FAILED", "UNLOCK");
    }

    @Test
    void anInvalidSiteCodeIsExplainedAndNothingIsStored() {
        robot.write("Lakeside Garden");
        tabThenWrite(robot, "x");
        robot.type(KeyCode.ENTER);

        assertThat(textOf(robot, "#setupStep")).isEqualTo(zh.get("setup.step1"));
        assertThat(textOf(robot, "#setupMessage")).contains(zh.get("validation.siteCode"));
        assertThat(workstation.sites().site()).isEmpty();
    }

    @Test
    void aWeakAdministratorPasswordIsRefusedWithTheCursorInThePasswordField() {
        robot.write("Lakeside Garden");
        tabThenWrite(robot, "LSG");
        robot.type(KeyCode.ENTER);
        robot.write("Wang Jian");
        tabThenWrite(robot, "A001");
        tabThenWrite(robot, "13800001111");
        tabThenWrite(robot, "short");
        tabThenWrite(robot, "short");
        robot.type(KeyCode.ENTER);

        assertThat(textOf(robot, "#setupMessage")).contains(zh.get("validation.passwordLength", 8));
        assertThat(robot.lookup("#setupPassword").query().isFocused()).isTrue();
        assertThat(workstation.sites().site()).isEmpty();
        assertThat(robot.lookup("#loginEmployeeNo").tryQuery()).isEmpty();
    }
}
