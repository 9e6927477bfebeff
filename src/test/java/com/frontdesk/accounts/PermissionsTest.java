package com.frontdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.AccountService.Purpose;
import com.frontdesk.audit.AuditFilter;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.settings.WorkstationSettings;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Roles are enforced by the services themselves, not only by hidden buttons. */
class PermissionsTest {
    private static final String PASSWORD = "desk2026a";

    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();
    private StaffMember target;

    @BeforeEach
    void addATarget() {
        target = site.ws().accounts().addStaff(site.admin(),
                new NewStaff("R009", "赵保洁", Role.RECEPTIONIST, "13912345678", PASSWORD.toCharArray()));
    }

    @Test
    void aReceptionistIsRefusedEveryAdministrativeActionAndNothingIsStored() {
        TestSites.addStaff(site.ws(), site.admin(), "R001", "李前台", Role.RECEPTIONIST, PASSWORD);
        Session receptionist = login("R001");
        Map<String, List<String>> before = SqlRows.snapshot(site.db());

        assertDenied(() -> site.ws().accounts().addStaff(receptionist,
                new NewStaff("R002", "新人", Role.ADMINISTRATOR, null, "newbie2026".toCharArray())));
        assertDenied(() -> site.ws().audit().page(receptionist, AuditFilter.ALL, null, 10));
        assertDenied(() -> site.ws().settings().update(receptionist, WorkstationSettings.DEFAULTS.withLanguage("en")));
        assertDenied(() -> site.ws().accounts().revealPhone(receptionist, target.id()));
        assertDenied(() -> site.ws().accounts().updateStaff(receptionist, receptionist.user().id(), "李前台",
                Role.ADMINISTRATOR, null, true));
        assertDenied(() -> site.ws().accounts().resetPassword(receptionist, target.id(), "taken2026".toCharArray()));
        assertDenied(() -> site.ws().accounts().staffPage(receptionist, null, 10));

        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void aShiftLeadMayReadTheAuditLogAndRevealAPhoneWhichIsItselfAudited() {
        TestSites.addStaff(site.ws(), site.admin(), "S001", "周班长", Role.SHIFT_LEAD, PASSWORD);
        Session lead = login("S001");

        assertThat(site.ws().audit().page(lead, AuditFilter.ALL, null, 10)).isNotEmpty();
        assertThat(site.ws().accounts().revealPhone(lead, target.id())).isEqualTo("13912345678");

        List<Map<String, Object>> reveal = SqlRows.query(site.db(),
                "SELECT * FROM audit_log WHERE action = 'REVEAL'");
        assertThat(reveal).hasSize(1);
        assertThat(reveal.get(0)).containsEntry("actor_id", lead.user().id())
                .containsEntry("entity", "staff").containsEntry("entity_id", target.id());
        assertThat((String) reveal.get(0).get("changes")).contains("phone").doesNotContain("13912345678");
    }

    @Test
    void aShiftLeadMayNotManageStaffOrChangeSettings() {
        TestSites.addStaff(site.ws(), site.admin(), "S001", "周班长", Role.SHIFT_LEAD, PASSWORD);
        Session lead = login("S001");

        assertDenied(() -> site.ws().accounts().addStaff(lead,
                new NewStaff("R002", "新人", Role.RECEPTIONIST, null, "newbie2026".toCharArray())));
        assertDenied(() -> site.ws().settings().update(lead, WorkstationSettings.DEFAULTS.withLanguage("en")));
    }

    private Session login(String no) {
        return site.ws().accounts().authenticate(no, PASSWORD.toCharArray(), Purpose.LOGIN);
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).key()).isEqualTo("error.accessDenied");
    }
}
