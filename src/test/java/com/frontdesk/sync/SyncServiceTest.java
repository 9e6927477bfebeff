package com.frontdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what on the Sync screen, the settings' checks and audit, and the automatic runs. */
class SyncServiceTest {
    private final MutableClock clock = MutableClock.standard();

    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    @TempDir
    Path headOffice;

    private SyncSettings folder(boolean fullPersonal) {
        return new SyncSettings(SyncTarget.Kind.FOLDER, headOffice.toString(), "", 15, 1000, fullPersonal);
    }

    @Test
    void onlyAdministratorsChangeTheTargetAndTokenAndRunAFullExportShiftLeadsMaySendNow() {
        Session lead = login("L001", Role.SHIFT_LEAD);
        Session desk = login("R001", Role.RECEPTIONIST);
        SyncService sync = site.ws().sync();

        assertThatThrownBy(() -> sync.updateSettings(lead, folder(false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sync.setToken(lead, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sync.fullExport(lead, SyncProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sync.sendNow(desk, SyncProgress.NONE)).isInstanceOf(AccessDeniedException.class);

        sync.updateSettings(site.admin(), folder(false));
        assertThat(sync.sendNow(lead, SyncProgress.NONE).ok()).isTrue();
        assertThat(sync.settings().target()).isEqualTo(SyncTarget.Kind.FOLDER);
    }

    @Test
    void turningFullPersonalDataOnIsAudited() {
        SyncService sync = site.ws().sync();
        sync.updateSettings(site.admin(), folder(false));
        sync.updateSettings(site.admin(), folder(true));

        assertThat(SqlRows.query(site.ws().dataDirectory().database(),
                "SELECT actor_name, changes FROM audit_log WHERE entity = 'setting' AND entity_id = 'sync' ORDER BY at, id"))
                .last().satisfies(row -> assertThat((String) row.get("changes"))
                        .contains("\"fullPersonalData\":{\"from\":false,\"to\":true}"));
    }

    @Test
    void aTargetMustBeCompleteAndAWebAddressHttps() {
        SyncService sync = site.ws().sync();
        assertThatThrownBy(() -> sync.updateSettings(site.admin(),
                new SyncSettings(SyncTarget.Kind.HTTPS, "", "http://hq.example.com/in", 15, 1000, false)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sync.updateSettings(site.admin(),
                new SyncSettings(SyncTarget.Kind.FOLDER, " ", "", 15, 1000, false)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sync.updateSettings(site.admin(),
                new SyncSettings(SyncTarget.Kind.FOLDER, "/x", "", 15, 10, false)))
                .isInstanceOf(ValidationException.class);
        sync.updateSettings(site.admin(), new SyncSettings(SyncTarget.Kind.HTTPS, "", "https://hq.example.com/in", 15,
                1000, false));
        assertThatThrownBy(() -> sync.sendNow(site.admin(), SyncProgress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("sync.error.noToken"));
        assertThatThrownBy(() -> site.ws().sync().sendFromCommandLine(java.util.Optional.of(
                SyncTarget.parse("http://hq.example.com/in")), false, SyncProgress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("sync.error.badUrl"));
    }

    @Test
    void theSchedulerSendsOnceEachIntervalOfTheClock() throws IOException {
        SyncService sync = site.ws().sync();
        sync.updateSettings(site.admin(), new SyncSettings(SyncTarget.Kind.FOLDER, headOffice.toString(), "", 30, 1000,
                false));
        SyncScheduler scheduler = new SyncScheduler(sync, clock);
        scheduler.tick();
        assertThat(manifests()).as("the first run comes at once when never run before").isEqualTo(1);

        SyncFixtures.guests(site.ws(), 3);
        clock.advance(Duration.ofMinutes(29));
        scheduler.tick();
        assertThat(manifests()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        assertThat(manifests()).isEqualTo(2);
        assertThat(sync.status().pendingChanges()).isZero();
        scheduler.close();
    }

    @Test
    void withoutATargetNothingRunsAutomaticallyAndSendNowSaysWhy() {
        SyncService sync = site.ws().sync();
        assertThat(sync.sendAutomatically()).isEmpty();
        assertThatThrownBy(() -> sync.sendNow(site.admin(), SyncProgress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("sync.error.noTarget"));
    }

    private long manifests() throws IOException {
        try (var files = Files.list(headOffice)) {
            return files.filter(f -> f.toString().endsWith(".manifest.json")).count();
        }
    }

    private Session login(String no, Role role) {
        TestSites.addStaff(site.ws(), site.admin(), no, "员工" + no, role, "pass" + no + "word");
        return site.ws().accounts().authenticate(no, ("pass" + no + "word").toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);
    }
}
