package com.frontdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.dashboard.DashboardSnapshot.AgeBand;
import com.frontdesk.dashboard.DashboardSnapshot.CategoryCount;
import com.frontdesk.dashboard.DashboardSnapshot.DayCount;
import com.frontdesk.dashboard.DashboardSnapshot.MonthCount;
import com.frontdesk.handover.Handover;
import com.frontdesk.handover.HandoverItem;
import com.frontdesk.handover.ItemCondition;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's figures against {@link DashboardFixture}, counted by hand. */
class DashboardServiceTest {
    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    private Session admin;
    private Session desk;

    @BeforeEach
    void setUp() {
        admin = site.admin();
        desk = signIn("R001", Role.RECEPTIONIST);
        DashboardFixture.load(site.ws(), admin, clock);
    }

    @Test
    void theTilesCountWhatWasCountedByHand() {
        DashboardSnapshot s = site.ws().dashboard().snapshot(desk);

        assertThat(s.visitorsOnSite()).isEqualTo(2);
        assertThat(s.passesOut()).isEqualTo(1);
        assertThat(s.parcelsHeld()).isEqualTo(3);
        assertThat(s.parcelsOverdue()).isEqualTo(1);
        assertThat(s.repairsOpen()).isEqualTo(4);
        assertThat(s.repairsOverdue()).isEqualTo(1);
        assertThat(s.repairsOnHold()).isEqualTo(1);
        assertThat(s.complaintsOpen()).isEqualTo(3);
        assertThat(s.complaintsOverdue()).isEqualTo(2);
        assertThat(s.escalationsWaiting()).as("a first response late goes to the lead").isEqualTo(2);
        assertThat(s.shift()).isEqualTo(new DashboardSnapshot.ShiftState("大堂前台", "白班", false, 0));
        // The same counts the handover's automatic lines and the modules' lists use.
        assertThat(s.repairsOpen()).isEqualTo(site.ws().repairLists().countOpen());
        assertThat(s.parcelsHeld()).isEqualTo(site.ws().parcels().countHeld());
    }

    @Test
    void theChartsHoldTheDaysAgesCategoriesMonthsAndRatingsCountedByHand() {
        DashboardSnapshot s = site.ws().dashboard().snapshot(desk);

        assertThat(s.visitsPerDay()).hasSize(30);
        assertThat(s.visitsPerDay().get(0)).isEqualTo(new DayCount(LocalDate.of(2026, 10, 24), 0));
        assertThat(s.visitsPerDay().get(29)).isEqualTo(new DayCount(LocalDate.of(2026, 11, 22), 2));
        assertThat(s.visitsPerDay().stream().filter(d -> d.visits() > 0))
                .containsExactly(new DayCount(LocalDate.of(2026, 11, 20), 1), new DayCount(LocalDate.of(2026, 11, 22), 2));

        assertThat(s.parcelsByAge()).containsExactly(new AgeBand(0, 1, 1), new AgeBand(1, 3, 1), new AgeBand(3, 7, 0),
                new AgeBand(7, null, 1));

        assertThat(s.repairsByCategory()).containsExactly(new CategoryCount("ELEVATOR", "电梯", 1, 0),
                new CategoryCount("HEATING", "暖气", 1, 0), new CategoryCount("PLUMBING", "给排水", 1, 1));

        assertThat(s.complaintsByMonth()).containsExactly(
                new MonthCount(YearMonth.of(2026, 10), "CLEANING", "保洁卫生", 1),
                new MonthCount(YearMonth.of(2026, 11), "NOISE", "噪音", 2));

        assertThat(s.satisfaction()).isEqualTo(new DashboardSnapshot.Satisfaction(4, 4, 0, 0));
        assertThat(s.satisfaction().share()).isEqualTo(1.0);
    }

    @Test
    void theShiftsHandoverIsDoneOnceTheIncomingSideSigned() {
        Session incoming = signIn("R002", Role.RECEPTIONIST);
        Handover h = site.ws().handovers().start(desk, "LOBBY", "DAY");
        for (HandoverItem item : site.ws().handovers().detail(h.id()).orElseThrow().items()) {
            if (!item.automatic()) {
                site.ws().handovers().count(desk, h.id(), item.code(), item.expected(), ItemCondition.GOOD, null);
            }
        }
        site.ws().handovers().signOutgoing(desk, h.id(), "desk2026".toCharArray());
        assertThat(site.ws().dashboard().snapshot(desk).shift().done()).as("the incoming side has not signed")
                .isFalse();

        site.ws().handovers().signIncoming(desk, h.id(), "R002", "desk2026".toCharArray());

        assertThat(site.ws().dashboard().snapshot(incoming).shift().done()).isTrue();
    }

    @Test
    void everyRoleSeesTheDashboard() {
        Map<Role, Boolean> may = java.util.Arrays.stream(Role.values()).collect(Collectors.toMap(r -> r,
                r -> r.may(com.frontdesk.accounts.Permission.VIEW_DASHBOARD)));
        assertThat(may).containsOnlyKeys(Role.values()).doesNotContainValue(false);
        Session agent = signIn("G001", Role.AGENT);
        assertThat(site.ws().dashboard().snapshot(agent).visitorsOnSite()).isEqualTo(2);
    }

    @Test
    void aDisabledAccountIsRefused() {
        Session agent = signIn("G002", Role.AGENT);
        site.ws().accounts().updateStaff(admin, agent.user().id(), agent.user().name(), Role.AGENT, null, false);
        assertThatThrownBy(() -> site.ws().dashboard().snapshot(agent)).isInstanceOf(AccessDeniedException.class);
    }

    private Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }
}
