package com.frontdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.core.Actor;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SettingsServiceTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDefaultsApplyWhenNothingIsStored() {
        assertThat(SqlRows.count(site.db(), "setting")).isZero();
        assertThat(site.ws().settings().current()).isEqualTo(WorkstationSettings.DEFAULTS);
        assertThat(WorkstationSettings.DEFAULTS).isEqualTo(new WorkstationSettings("zh-CN", "", 14, 10, 5, 5,
                true, 4, false));
    }

    @Test
    void anUpdateIsReadBackAndSurvivesARestart() {
        WorkstationSettings changed = new WorkstationSettings("en", "/srv/backups", 30, 15, 6, 20);

        assertThat(site.ws().settings().update(site.admin(), changed)).isEqualTo(changed);
        assertThat(site.ws().settings().current()).isEqualTo(changed);

        site.reopen();
        assertThat(site.ws().settings().current()).isEqualTo(changed);
        assertThat(site.ws().siteBackups().folder()).isEqualTo(Path.of("/srv/backups"));
    }

    @Test
    void invalidValuesAreRefusedAndNothingIsStored() {
        Map<String, List<String>> before = SqlRows.snapshot(site.db());
        WorkstationSettings d = WorkstationSettings.DEFAULTS;

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> site.ws().settings().update(
                site.admin(), new WorkstationSettings("fr", d.backupFolder(), 0, 0, 2, d.lockoutMinutes())));

        assertThat(e.problems()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("language", "backupsToKeep", "idleLockMinutes", "lockoutAttempts");
        assertThat(e.problems()).filteredOn(p -> p.field().equals("idleLockMinutes"))
                .singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("validation.range");
                    assertThat(p.args()).containsExactly(1, 240);
                });
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
        assertThat(site.ws().settings().current()).isEqualTo(WorkstationSettings.DEFAULTS);
    }

    @Test
    void eachUpdateIsAuditedWithOnlyTheFieldsThatChanged() throws Exception {
        WorkstationSettings d = WorkstationSettings.DEFAULTS;
        site.ws().settings().update(site.admin(), new WorkstationSettings(d.language(), d.backupFolder(),
                d.backupsToKeep(), 15, d.lockoutAttempts(), d.lockoutMinutes()));
        site.ws().settings().update(site.admin(), new WorkstationSettings("en", d.backupFolder(),
                d.backupsToKeep(), 15, d.lockoutAttempts(), d.lockoutMinutes()));

        List<Map<String, Object>> audit = SqlRows.query(site.db(),
                "SELECT actor_id, action, changes FROM audit_log WHERE entity = 'setting' ORDER BY at, id");
        assertThat(audit).hasSize(2);
        assertThat(audit).allSatisfy(row -> assertThat(row)
                .containsEntry("actor_id", site.admin().user().id()).containsEntry("action", "UPDATE"));
        assertThat(json.readTree((String) audit.get(0).get("changes")))
                .isEqualTo(json.readTree("{\"idleLockMinutes\":{\"from\":10,\"to\":15}}"));
        assertThat(json.readTree((String) audit.get(1).get("changes")))
                .isEqualTo(json.readTree("{\"language\":{\"from\":\"zh-CN\",\"to\":\"en\"}}"));
        assertThat(SqlRows.count(site.db(), "outbox")).isEqualTo(2 + 2); // site + admin from setup, then two updates
    }

    @Test
    void savingUnchangedSettingsAddsNoAuditEntry() {
        WorkstationSettings changed = WorkstationSettings.DEFAULTS.withLanguage("en");
        site.ws().settings().update(site.admin(), changed);
        long audit = SqlRows.count(site.db(), "audit_log");

        site.ws().settings().update(site.admin(), changed);

        assertThat(SqlRows.count(site.db(), "audit_log")).isEqualTo(audit);
    }

    @Test
    void anyoneMayChooseTheLanguageAtTheLoginScreen() {
        site.ws().settings().changeLanguage(Actor.SYSTEM, "en");

        assertThat(site.ws().settings().current().language()).isEqualTo("en");
        assertThat(SqlRows.query(site.db(), "SELECT actor_name FROM audit_log WHERE entity = 'setting'"))
                .containsExactly(Map.of("actor_name", "system"));
    }

    @Test
    void storedSettingsFromAnotherVersionKeepDefaultsForMissingFieldsAndIgnoreUnknownOnes() {
        SqlRows.execute(site.db(), "INSERT INTO setting (key, value, updated_at) VALUES ('workstation', "
                + "'{\"idleLockMinutes\":20,\"aFieldFromTheFuture\":true}', 0)");
        site.reopen();

        WorkstationSettings read = site.ws().settings().current();

        assertThat(read.idleLockMinutes()).isEqualTo(20);
        assertThat(read.language()).isEqualTo("zh-CN");
        assertThat(read.lockoutAttempts()).isEqualTo(5);
        assertThat(read.backupsToKeep()).isEqualTo(14);
    }

    @Test
    void aRowWrittenBeforeTheVisitorRulesExistedReadsWithTheirDefaults() {
        SqlRows.execute(site.db(), "INSERT INTO setting (key, value, updated_at) VALUES ('workstation', "
                + "'{\"language\":\"en\",\"backupFolder\":\"\",\"backupsToKeep\":30,\"idleLockMinutes\":15,"
                + "\"lockoutAttempts\":6,\"lockoutMinutes\":20}', 0)");
        site.reopen();

        WorkstationSettings read = site.ws().settings().current();

        assertThat(read).isEqualTo(new WorkstationSettings("en", "", 30, 15, 6, 20, true, 4, false));
        assertThat(read.visitorRules("salt")).isEqualTo(new com.frontdesk.visitors.VisitorRules(true, 4, false, "salt"));
    }

    @Test
    void theVisitorRulesAreSavedAuditedAndSurviveARestartWithoutTouchingTheOtherSettings() throws Exception {
        WorkstationSettings general = WorkstationSettings.DEFAULTS.withLanguage("en");
        site.ws().settings().update(site.admin(), general);

        site.ws().settings().update(site.admin(), site.ws().settings().current().withVisitorRules(false, 8, true));
        site.reopen();

        WorkstationSettings read = site.ws().settings().current();
        assertThat(read.visitorSalesRefused()).isFalse();
        assertThat(read.visitorOverstayHours()).isEqualTo(8);
        assertThat(read.visitorStoreFullIdNumbers()).isTrue();
        assertThat(read.language()).isEqualTo("en");
        assertThat(json.readTree((String) SqlRows.query(site.db(),
                "SELECT changes FROM audit_log WHERE entity = 'setting' ORDER BY at DESC, id DESC LIMIT 1")
                .get(0).get("changes"))).isEqualTo(json.readTree("{\"visitorSalesRefused\":{\"from\":true,\"to\":false},"
                + "\"visitorOverstayHours\":{\"from\":4,\"to\":8},"
                + "\"visitorStoreFullIdNumbers\":{\"from\":false,\"to\":true}}"));

        // The General tab saves its own fields and keeps the visitor rules.
        WorkstationSettings again = read.withGeneral("zh-CN", "", 14, 10, 5, 5);
        assertThat(again.visitorOverstayHours()).isEqualTo(8);
        assertThat(again.visitorSalesRefused()).isFalse();
        assertThat(again.visitorStoreFullIdNumbers()).isTrue();
    }

    @Test
    void overstayHoursOutsideOneToSeventyTwoAreRefused() {
        for (int hours : new int[] {0, 73}) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> site.ws().settings().update(
                    site.admin(), WorkstationSettings.DEFAULTS.withVisitorRules(true, hours, false)));
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("visitorOverstayHours");
                assertThat(p.args()).containsExactly(1, 72);
            });
        }
        assertThat(site.ws().settings().update(site.admin(), WorkstationSettings.DEFAULTS.withVisitorRules(true, 72, false))
                .visitorOverstayHours()).isEqualTo(72);
    }
}
