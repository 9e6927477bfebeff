package com.frontdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.AccountService.Purpose;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.settings.WorkstationSettings;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginTest {
    private static final String PASSWORD = "desk2026a";
    private static final String WRONG = "wrong2026a";

    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);
    private StaffMember receptionist;

    @BeforeEach
    void addAReceptionist() {
        receptionist = TestSites.addStaff(site.ws(), site.admin(), "R001", "李前台", Role.RECEPTIONIST, PASSWORD);
    }

    @Test
    void theRightPasswordGivesASessionWithTheStaffMembersRole() {
        Session session = login("R001", PASSWORD);

        assertThat(session.role()).isEqualTo(Role.RECEPTIONIST);
        assertThat(session.user().id()).isEqualTo(receptionist.id());
        assertThat(site.admin().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(lastAudit(receptionist.id())).containsEntry("action", "LOGIN");
    }

    @Test
    void aWrongPasswordOrUnknownNumberIsRefusedWithTheSameMessage() {
        assertThat(refusal("R001", WRONG).key()).isEqualTo("login.wrong");
        assertThat(refusal("NOBODY", PASSWORD).key()).isEqualTo("login.wrong");
        assertThat(lastAudit(receptionist.id())).containsEntry("action", "LOGIN_FAILED");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFiveMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal("R001", WRONG)).as("attempt %d", i).isNotInstanceOf(AccountLockedException.class);
        }
        UserFacingException fifth = refusal("R001", WRONG);
        assertThat(fifth).isInstanceOf(AccountLockedException.class);
        assertThat(fifth.key()).isEqualTo("login.locked");
        assertThat(fifth.args()).containsExactly(5L);
        assertThat(lastAudit(receptionist.id())).containsEntry("action", "LOCKED_OUT");

        clock.advance(Duration.ofMinutes(4));
        UserFacingException stillLocked = refusal("R001", PASSWORD);
        assertThat(stillLocked).isInstanceOf(AccountLockedException.class);
        assertThat(stillLocked.args()).containsExactly(1L);

        clock.advance(Duration.ofMinutes(1));
        assertThat(login("R001", PASSWORD).role()).isEqualTo(Role.RECEPTIONIST);
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            refusal("R001", WRONG);
        }
        login("R001", PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(refusal("R001", WRONG)).isNotInstanceOf(AccountLockedException.class);
        }
    }

    @Test
    void theLockOutRulesComeFromTheSettings() {
        WorkstationSettings d = WorkstationSettings.DEFAULTS;
        site.ws().settings().update(site.admin(), new WorkstationSettings(d.language(), d.backupFolder(),
                d.backupsToKeep(), d.idleLockMinutes(), 3, 2));

        assertThat(refusal("R001", WRONG)).isNotInstanceOf(AccountLockedException.class);
        assertThat(refusal("R001", WRONG)).isNotInstanceOf(AccountLockedException.class);
        assertThat(refusal("R001", WRONG)).isInstanceOf(AccountLockedException.class);

        clock.advance(Duration.ofSeconds(119));
        assertThat(refusal("R001", PASSWORD)).isInstanceOf(AccountLockedException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(login("R001", PASSWORD).role()).isEqualTo(Role.RECEPTIONIST);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        site.ws().accounts().updateStaff(site.admin(), receptionist.id(), receptionist.name(),
                receptionist.role(), receptionist.phone(), false);

        assertThat(refusal("R001", PASSWORD).key()).isEqualTo("login.wrong");
    }

    private Session login(String no, String password) {
        return site.ws().accounts().authenticate(no, password.toCharArray(), Purpose.LOGIN);
    }

    private UserFacingException refusal(String no, String password) {
        UserFacingException e = catchThrowableOfType(UserFacingException.class, () -> login(no, password));
        assertThat(e).as("login of %s refused", no).isNotNull();
        return e;
    }

    private Map<String, Object> lastAudit(String staffId) {
        List<Map<String, Object>> rows = SqlRows.query(site.db(),
                "SELECT * FROM audit_log WHERE entity_id = '" + staffId + "' ORDER BY at DESC, id DESC LIMIT 1");
        assertThat(rows).isNotEmpty();
        return rows.get(0);
    }
}
