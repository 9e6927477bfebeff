package com.frontdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SetupTest {
    @RegisterExtension
    final OpenWorkstation fresh = OpenWorkstation.empty();

    @Test
    void setupCreatesTheSiteAndFirstAdministratorWithTheirAuditAndOutboxEntries() {
        assertThat(fresh.ws().sites().isSetUp()).isFalse();

        TestSites.setUp(fresh.ws());

        assertThat(fresh.ws().sites().isSetUp()).isTrue();
        assertThat(fresh.ws().sites().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(SqlRows.query(fresh.db(), "SELECT code, name, zone_id, kind FROM site")).containsExactly(
                Map.of("code", "CHG", "name", "翠湖花园", "zone_id", "Asia/Shanghai", "kind", "RESIDENTIAL"));
        assertThat(SqlRows.query(fresh.db(), "SELECT employee_no, role, active FROM staff")).containsExactly(
                Map.of("employee_no", TestSites.ADMIN_NO, "role", "ADMINISTRATOR", "active", 1));
        assertThat(SqlRows.query(fresh.db(),
                "SELECT entity, action FROM audit_log WHERE action = 'CREATE' ORDER BY entity"))
                .containsExactly(Map.of("entity", "site", "action", "CREATE"),
                        Map.of("entity", "staff", "action", "CREATE"));
        assertThat(SqlRows.query(fresh.db(), "SELECT entity, op FROM outbox ORDER BY entity"))
                .containsExactly(Map.of("entity", "site", "op", "upsert"), Map.of("entity", "staff", "op", "upsert"));
    }

    @Test
    void setupRunsOnlyOnce() {
        TestSites.setUp(fresh.ws());
        Map<String, List<String>> before = SqlRows.snapshot(fresh.db());

        UserFacingException e = catchThrowableOfType(UserFacingException.class, () -> fresh.ws().sites().setUp(
                new SiteForm("EVIL", "另一个小区", "Asia/Shanghai", SiteKind.OFFICE_TOWER),
                new NewStaff("X001", "入侵者", Role.ADMINISTRATOR, null, "takeover2026".toCharArray())));

        assertThat(e.key()).isEqualTo("error.alreadySetUp");
        assertThat(SqlRows.snapshot(fresh.db())).isEqualTo(before);
    }

    @Test
    void theFirstAccountMustBeAnAdministrator() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> fresh.ws().sites().setUp(
                new SiteForm("CHG", "翠湖花园", "Asia/Shanghai", SiteKind.RESIDENTIAL),
                new NewStaff("R001", "李前台", Role.RECEPTIONIST, null, "desk2026a".toCharArray())));

        assertThat(e.problems()).extracting(p -> p.key()).contains("validation.firstAdmin");
        assertThat(SqlRows.count(fresh.db(), "site")).isZero();
        assertThat(SqlRows.count(fresh.db(), "staff")).isZero();
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> fresh.ws().sites().setUp(
                new SiteForm("CHG", "翠湖花园", "Mars/Olympus", SiteKind.RESIDENTIAL),
                new NewStaff("A001", "王管理", Role.ADMINISTRATOR, null, "admin1234".toCharArray())));

        assertThat(e.problems()).extracting(p -> p.field()).contains("timeZone");
        assertThat(SqlRows.count(fresh.db(), "site")).isZero();
        assertThat(fresh.ws().sites().isSetUp()).isFalse();
    }
}
