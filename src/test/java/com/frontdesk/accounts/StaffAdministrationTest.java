package com.frontdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.AccountService.Purpose;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StaffAdministrationTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    @Test
    void aTakenEmployeeNumberIsAValidationProblemWhateverItsCase() {
        TestSites.addStaff(site.ws(), site.admin(), "R001", "李前台", Role.RECEPTIONIST, "desk2026a");
        Map<String, List<String>> before = SqlRows.snapshot(site.db());

        for (String no : new String[] {"R001", "r001", " R001 "}) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                    TestSites.addStaff(site.ws(), site.admin(), no, "另一个", Role.AGENT, "other2026a"));
            assertThat(e).as("employee number %s", no).isNotNull();
            assertThat(e.problems()).singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("employeeNo"))
                    .satisfies(p -> assertThat(p.key()).isEqualTo("validation.employeeNoTaken"));
        }
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void aWeakPasswordIsRefusedAndNothingIsStored() {
        Map<String, List<String>> before = SqlRows.snapshot(site.db());

        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                TestSites.addStaff(site.ws(), site.admin(), "R001", "李前台", Role.RECEPTIONIST, "short1"));

        assertThat(e.problems()).extracting(p -> p.key()).contains("validation.passwordLength");
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void theLastActiveAdministratorCannotBeDemoted() {
        StaffMember me = site.admin().user();
        Map<String, List<String>> before = SqlRows.snapshot(site.db());

        UserFacingException e = catchThrowableOfType(UserFacingException.class, () ->
                site.ws().accounts().updateStaff(site.admin(), me.id(), me.name(), Role.SHIFT_LEAD, me.phone(), true));

        assertThat(e.key()).isEqualTo("validation.lastAdministrator");
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void aDemotedAdministratorLosesTheRightAtOnceEvenWithTheSessionStillOpen() {
        // a second administrator signs in, is then demoted by the first, and with the session still
        // open tries to disable the first
        TestSites.addStaff(site.ws(), site.admin(), "A002", "钱管理", Role.ADMINISTRATOR, "second2026a");
        Session second = site.ws().accounts().authenticate("A002", "second2026a".toCharArray(), Purpose.LOGIN);
        site.ws().accounts().updateStaff(site.admin(), second.user().id(), "钱管理", Role.SHIFT_LEAD, null, true);
        Map<String, List<String>> before = SqlRows.snapshot(site.db());
        StaffMember first = site.admin().user();

        UserFacingException e = catchThrowableOfType(UserFacingException.class, () ->
                site.ws().accounts().updateStaff(second, first.id(), first.name(), first.role(), first.phone(), false));

        assertThat(e.key()).isEqualTo("error.accessDenied");
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
        assertThat(SqlRows.query(site.db(), "SELECT active FROM staff WHERE id = '" + first.id() + "'"))
                .containsExactly(Map.of("active", 1));
    }

    @Test
    void aDisabledStaffMembersOpenSessionIsRefused() {
        TestSites.addStaff(site.ws(), site.admin(), "L001", "李班长", Role.SHIFT_LEAD, "lead2026a");
        Session lead = site.ws().accounts().authenticate("L001", "lead2026a".toCharArray(), Purpose.LOGIN);
        site.ws().accounts().updateStaff(site.admin(), lead.user().id(), lead.user().name(), Role.SHIFT_LEAD, null, false);

        UserFacingException e = catchThrowableOfType(UserFacingException.class, () ->
                site.ws().accounts().revealPhone(lead, site.admin().user().id()));

        assertThat(e.key()).isEqualTo("error.accessDenied");
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        StaffMember me = site.admin().user();

        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                site.ws().accounts().updateStaff(site.admin(), me.id(), me.name(), me.role(), me.phone(), false));

        assertThat(e.problems()).extracting(p -> p.key()).contains("validation.cannotDisableSelf");
    }

    @Test
    void withASecondAdministratorTheFirstMayBeDemoted() {
        StaffMember other = TestSites.addStaff(site.ws(), site.admin(), "A002", "钱管理", Role.ADMINISTRATOR,
                "second2026a");

        StaffMember demoted = site.ws().accounts().updateStaff(site.admin(), other.id(), other.name(), Role.SHIFT_LEAD,
                other.phone(), true);

        assertThat(demoted.role()).isEqualTo(Role.SHIFT_LEAD);
        assertThat(SqlRows.query(site.db(), "SELECT role FROM staff WHERE id = '" + other.id() + "'"))
                .containsExactly(Map.of("role", "SHIFT_LEAD"));
    }

    @Test
    void passwordsAreStoredAsSaltedPbkdf2AndNeverReachTheAuditLogOrOutbox() {
        StaffMember r = TestSites.addStaff(site.ws(), site.admin(), "R001", "李前台", Role.RECEPTIONIST,
                "first2026a");
        site.ws().accounts().resetPassword(site.admin(), r.id(), "second2026b".toCharArray());
        Session session = site.ws().accounts().authenticate("R001", "second2026b".toCharArray(), Purpose.LOGIN);
        site.ws().accounts().changeOwnPassword(session, "second2026b".toCharArray(), "third2026c".toCharArray());
        catchThrowableOfType(UserFacingException.class,
                () -> site.ws().accounts().authenticate("R001", "fourth2026d".toCharArray(), Purpose.LOGIN));

        List<Map<String, Object>> hashes = SqlRows.query(site.db(), "SELECT password_hash FROM staff");
        assertThat(hashes).hasSize(2).allSatisfy(row -> {
            String hash = (String) row.get("password_hash");
            assertThat(hash).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        });
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));

        String traces = SqlRows.query(site.db(), "SELECT changes FROM audit_log").toString()
                + SqlRows.query(site.db(), "SELECT payload FROM outbox");
        assertThat(traces).doesNotContain(TestSites.ADMIN_PASSWORD, "first2026a", "second2026b", "third2026c",
                "fourth2026d", "pbkdf2", "hash");
        assertThat(site.ws().accounts().authenticate("R001", "third2026c".toCharArray(), Purpose.LOGIN).role())
                .isEqualTo(Role.RECEPTIONIST);
    }
}
