package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitorListsTest extends VisitorTestBase {

    @Test
    void onSitePagesByArrivalAndFlagsOverstaysFromTheRuleAndClock() {
        List<Visit> in = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            in.add(visitors.checkIn(desk, visit("访客" + i)));
            clock.advance(Duration.ofHours(1));
        }
        // now: first arrived 5 h ago, second 4 h, third 3 h ...
        List<OnSiteVisit> first = visitors.onSite(null, 2);
        List<OnSiteVisit> second = visitors.onSite(first.get(1).visit(), 2);
        List<OnSiteVisit> third = visitors.onSite(second.get(1).visit(), 2);

        assertThat(first).extracting(o -> o.visit().id()).containsExactly(in.get(0).id(), in.get(1).id());
        assertThat(second).extracting(o -> o.visit().id()).containsExactly(in.get(2).id(), in.get(3).id());
        assertThat(third).extracting(o -> o.visit().id()).containsExactly(in.get(4).id());
        assertThat(first).extracting(OnSiteVisit::overstay).containsExactly(true, false);
        assertThat(second).extracting(OnSiteVisit::overstay).containsExactly(false, false);

        rules.set(new VisitorRules(true, 2, false, SALT));
        assertThat(visitors.onSite(null, 10)).extracting(OnSiteVisit::overstay)
                .containsExactly(true, true, true, false, false);
    }

    @Test
    void countsForHandoverAndDashboard() {
        visitors.checkIn(desk, visit("甲").withPass("V01"));
        visitors.checkIn(desk, visit("乙"));
        visitors.checkIn(desk, VisitForm.of("丙", Purpose.VISIT, room.id(), Verification.NO_ANSWER).withPass("V02"));
        Visit d = visitors.checkIn(desk, visit("丁").withPass("V03"));
        visitors.checkOut(desk, d.id());

        assertThat(visitors.countOnSite()).isEqualTo(2);
        assertThat(visitors.countPassesOut()).isEqualTo(2);
        assertThat(visitors.passesOut()).extracting(Visit::passNo).containsExactly("V01", "V02");
    }

    @Test
    void lastDetailsOfAReturningVisitorByPhone() {
        visitors.checkIn(desk, visit("李四").withPhone("13800138000").withDetails("顺丰", "京A12345", null));
        clock.advance(Duration.ofDays(3));
        Visit later = visitors.checkIn(desk, visit("李四").withPhone("13800138000").withDetails("顺丰速运", "京A12345", null)
                .withId(IdType.RESIDENT_ID, "110101199003071234"));
        visitors.checkIn(desk, visit("别人").withPhone("13900138000"));

        assertThat(visitors.lastDetails("138-0013-8000")).hasValueSatisfying(v -> {
            assertThat(v.id()).isEqualTo(later.id());
            assertThat(v.company()).isEqualTo("顺丰速运");
            assertThat(v.plate()).isEqualTo("京A12345");
            assertThat(v.hostRoomId()).isEqualTo(room.id());
            assertThat(v.idFull()).isNull();
        });
        assertThat(visitors.lastDetails("13700000000")).isEmpty();
        assertThat(visitors.lastDetails(" ")).isEmpty();
    }

    @Test
    void lastDetailsOfAReturningVisitorByName() {
        Visit old = visitors.checkIn(desk, visit("李四").withPhone("13800138000").withDetails("顺丰", null, null));
        clock.advance(Duration.ofDays(1));
        Visit other = visitors.checkIn(desk, visit("李四").withPhone("13900139000").withDetails("京东", null, null));
        visitors.checkIn(desk, visit("李四四"));

        assertThat(visitors.lastDetailsByName(" 李四 ", 5)).extracting(Visit::id).containsExactly(other.id(), old.id());
        assertThat(visitors.lastDetailsByName("", 5)).isEmpty();
    }

    @Test
    void historyPagesNewestFirstWithDateRangeInTheSitesZonePurposeStatusAndRoom() {
        // 2026-11-22 09:30 Beijing; day 2 at 09:30 +1 day, etc.
        Visit d1 = visitors.checkIn(desk, visit("第一天"));
        clock.advance(Duration.ofHours(15)); // 2026-11-23 00:30 Beijing (still 11-22 in UTC)
        Visit d2a = visitors.checkIn(desk, VisitForm.of("面试", Purpose.INTERVIEW, room.id(), Verification.CONFIRMED));
        Visit d2b = visitors.checkIn(desk, VisitForm.of("拒绝", Purpose.VISIT, room.id(), Verification.REFUSED));
        clock.advance(Duration.ofDays(1));
        Visit d3 = visitors.checkIn(desk, VisitForm.of("送货", Purpose.DELIVERY, null, Verification.CONFIRMED)
                .withHost(null, null, "物业办公室"));

        assertThat(visitors.history(HistoryFilter.ALL, null, 10)).extracting(Visit::id)
                .containsExactly(d3.id(), d2b.id(), d2a.id(), d1.id());
        List<Visit> p1 = visitors.history(null, null, 3);
        assertThat(visitors.history(null, p1.get(2), 3)).extracting(Visit::id).containsExactly(d1.id());

        LocalDate nov23 = LocalDate.of(2026, 11, 23);
        assertThat(visitors.history(new HistoryFilter(nov23, nov23, null, null, null), null, 10))
                .extracting(Visit::id).containsExactly(d2b.id(), d2a.id());
        assertThat(visitors.history(new HistoryFilter(null, LocalDate.of(2026, 11, 22), null, null, null), null, 10))
                .extracting(Visit::id).containsExactly(d1.id());
        assertThat(visitors.history(new HistoryFilter(null, null, Purpose.INTERVIEW, null, null), null, 10))
                .extracting(Visit::id).containsExactly(d2a.id());
        assertThat(visitors.history(new HistoryFilter(null, null, null, VisitStatus.REFUSED, null), null, 10))
                .extracting(Visit::id).containsExactly(d2b.id());
        assertThat(visitors.history(new HistoryFilter(nov23, null, null, null, room.id()), null, 10))
                .extracting(Visit::id).containsExactly(d2b.id(), d2a.id());
    }

    @Test
    void theListsUseTheirIndexes() {
        var plans = site.ws().store().read(h -> List.of(
                plan(h, "SELECT id FROM visit WHERE status = 'ON_SITE' AND deleted_at IS NULL"
                        + " AND (checked_in_at, id) > (1, 'a') ORDER BY checked_in_at, id LIMIT 50"),
                plan(h, "SELECT id FROM visit WHERE deleted_at IS NULL AND (checked_in_at, id) < (1, 'a')"
                        + " ORDER BY checked_in_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM visit WHERE phone_tail = '8000' AND phone = '13800138000'"
                        + " ORDER BY checked_in_at DESC, id DESC LIMIT 1"),
                plan(h, "SELECT id FROM visit WHERE visitor_name = '李四' AND deleted_at IS NULL"
                        + " ORDER BY checked_in_at DESC LIMIT 5"),
                plan(h, "SELECT id FROM visit WHERE pass_no = 'V01' AND status IN ('WAITING', 'ON_SITE')"
                        + " AND pass_no IS NOT NULL AND deleted_at IS NULL")));

        assertThat(plans.get(0)).contains("visit_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(1)).contains("visit_by_time").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(2)).contains("visit_by_phone_tail");
        assertThat(plans.get(3)).contains("visit_by_name").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(4)).contains("visit_open_pass");
    }

    private static String plan(org.jdbi.v3.core.Handle h, String sql) {
        return String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + sql)
                .map((rs, ctx) -> rs.getString("detail")).list());
    }
}
