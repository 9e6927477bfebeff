package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.settings.SettingsService;
import com.frontdesk.settings.WorkstationSettings;
import com.frontdesk.testsupport.SqlRows;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The visitor rules come from Settings: the workstation's own {@link VisitorService} (as the
 * composition root wires it, on a real SQLite file) follows an administrator's change at once,
 * without a restart.
 */
class VisitorRulesSettingsTest extends VisitorTestBase {
    private static final String ID = "110101199003071234";

    private VisitorService wired;
    private SettingsService settings;

    @BeforeEach
    void useTheWorkstationsService() {
        wired = site.ws().visitors();
        settings = site.ws().settings();
    }

    private void rules(boolean salesRefused, int overstayHours, boolean storeFullIdNumbers) {
        settings.update(admin, settings.current().withVisitorRules(salesRefused, overstayHours, storeFullIdNumbers));
    }

    private VisitForm sales(String name) {
        return VisitForm.of(name, Purpose.SALES, room.id(), Verification.CONFIRMED).withHost(room.id(), host.id(), null);
    }

    @Test
    void salesAreRefusedByDefaultAndGoThroughOnceAnAdministratorTurnsTheRefusalOff() {
        assertThat(settings.current().visitorSalesRefused()).isTrue();
        long visitsBefore = SqlRows.count(site.db(), "visit");

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> wired.checkIn(desk, sales("推销员甲")));
        assertThat(refused.key()).isEqualTo("visitor.salesRefused");
        assertThat(SqlRows.count(site.db(), "visit")).isEqualTo(visitsBefore);

        rules(false, 4, false);

        Visit v = wired.checkIn(desk, sales("推销员甲"));
        assertThat(v.status()).isEqualTo(VisitStatus.ON_SITE);
        assertThat(v.purpose()).isEqualTo(Purpose.SALES);

        rules(true, 4, false);
        assertThat(catchThrowableOfType(UserFacingException.class, () -> wired.checkIn(desk, sales("推销员乙"))).key())
                .isEqualTo("visitor.salesRefused");
    }

    @Test
    void wholeIdNumbersAreStoredOnlyWhileTheSettingIsOn() {
        Visit off = wired.checkIn(desk, visit("李四").withId(IdType.RESIDENT_ID, ID));

        rules(true, 4, true);
        Visit on = wired.checkIn(desk, visit("王五").withId(IdType.RESIDENT_ID, ID));

        rules(true, 4, false);
        Visit offAgain = wired.checkIn(desk, visit("赵六").withId(IdType.RESIDENT_ID, ID));

        Map<String, Map<String, Object>> stored = new HashMap<>();
        for (Map<String, Object> row : SqlRows.query(site.db(), "SELECT id, id_last4, id_hash, id_full FROM visit")) {
            stored.put((String) row.get("id"), row);
        }
        for (Visit v : List.of(off, offAgain)) {
            assertThat(stored.get(v.id())).containsEntry("id_last4", "1234").containsEntry("id_full", null);
            assertThat((String) stored.get(v.id()).get("id_hash")).hasSize(64);
        }
        assertThat(stored.get(on.id())).containsEntry("id_full", ID).containsEntry("id_last4", "1234");
        // The hash uses the site's own salt, kept in the settings table, so all three match one another.
        assertThat(stored.get(on.id()).get("id_hash")).isEqualTo(stored.get(off.id()).get("id_hash"))
                .isNotEqualTo(IdNumbers.hash(SALT, ID));
    }

    @Test
    void theOverstayHoursSettingDecidesTheOverstayFlagOfTheOnSiteList() {
        Visit v = wired.checkIn(desk, visit("张访客"));
        clock.advance(Duration.ofHours(5));

        assertThat(overstay(v)).as("5 h inside, the default limit is 4 h").isTrue();

        rules(true, 6, false);
        assertThat(overstay(v)).as("limit raised to 6 h").isFalse();

        clock.advance(Duration.ofHours(2));
        assertThat(overstay(v)).as("7 h inside").isTrue();

        rules(true, 1, false);
        Visit late = wired.checkIn(desk, visit("李访客"));
        clock.advance(Duration.ofMinutes(30));
        assertThat(overstay(late)).as("30 min inside, limit 1 h").isFalse();
        clock.advance(Duration.ofMinutes(31));
        assertThat(overstay(late)).as("61 min inside").isTrue();
    }

    @Test
    void aShiftLeadMayReadButNotChangeTheRules() {
        WorkstationSettings before = settings.current();

        assertThatThrownBy(() -> settings.update(lead, before.withVisitorRules(false, 8, true)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(settings.current()).isEqualTo(before);
        assertThat(SqlRows.query(site.db(), "SELECT key FROM setting WHERE key = 'workstation'")).isEmpty();
    }

    @Test
    void aHandEditedOverstayOutsideItsRangeIsBroughtBackIntoItSoTheListStillWorks() {
        SqlRows.execute(site.db(), "INSERT INTO setting (key, value, updated_at) VALUES ('workstation', "
                + "'{\"visitorOverstayHours\":0}', 0)");
        site.reopen();
        Visit v = site.ws().visitors().checkIn(desk, visit("张访客"));
        clock.advance(Duration.ofMinutes(90));

        assertThat(site.ws().settings().current().visitorRules("salt").overstayHours())
                .isEqualTo(VisitorRules.MIN_OVERSTAY_HOURS);
        assertThat(site.ws().visitors().onSite(null, 10)).singleElement()
                .satisfies(o -> {
                    assertThat(o.visit().id()).isEqualTo(v.id());
                    assertThat(o.overstay()).isTrue();
                });
    }

    private boolean overstay(Visit v) {
        return wired.onSite(null, 50).stream().filter(o -> o.visit().id().equals(v.id())).findFirst()
                .orElseThrow().overstay();
    }
}
