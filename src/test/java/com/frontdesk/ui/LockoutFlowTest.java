package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Five wrong passwords at the sign-in lock the account; the screen says so. */
class LockoutFlowTest extends ShellTestBase {
    @Override
    Consumer<Workstation> before() {
        return TestSites::setUp;
    }

    @Test
    void fiveWrongPasswordsShowTheLockOutAndTheRightOneIsRefusedUntilItEnds() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(TestSites.ADMIN_NO, "wrong-pass" + attempt);
            assertThat(textOf(robot, "#loginMessage")).isEqualTo(zh.get("login.wrong"));
        }
        signIn(TestSites.ADMIN_NO, "wrong-pass5");
        assertThat(textOf(robot, "#loginMessage")).isEqualTo(zh.get("login.locked", 5));

        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(textOf(robot, "#loginMessage")).isEqualTo(zh.get("login.locked", 5));
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(robot.lookup("#mainWindow").tryQuery()).isPresent();
    }

    @Test
    void anIdleDeskLocksItselfAfterTheSetMinutes() {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(robot.lookup("#mainWindow").tryQuery()).isPresent();

        clock.advance(Duration.ofMinutes(9));
        robot.interact(shell::housekeeping);
        assertThat(visible(robot, "#lockScreen")).isFalse();

        clock.advance(Duration.ofMinutes(1));
        robot.interact(shell::housekeeping);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#lockScreen")).isTrue();
    }

    @Test
    void aRoleChangedWhileSignedInTakesEffectAtTheNextUnlock() {
        Session admin = workstation.accounts().authenticate(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD.toCharArray(),
                AccountService.Purpose.LOGIN);
        StaffMember desk = TestSites.addStaff(workstation, admin, "R001", "Zhang Li", Role.RECEPTIONIST, "desk2026");
        signIn("R001", "desk2026");
        assertThat(textOf(robot, "#userLabel")).contains(zh.get("role.RECEPTIONIST"));

        workstation.accounts().updateStaff(admin, desk.id(), desk.name(), Role.SHIFT_LEAD, desk.phone(), true);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.write("desk2026");
        robot.type(KeyCode.ENTER);

        assertThat(visible(robot, "#lockScreen")).isFalse();
        assertThat(textOf(robot, "#userLabel")).contains(zh.get("role.SHIFT_LEAD"));
    }
}
