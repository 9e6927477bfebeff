package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitorWatchlistAndPrivacyTest extends VisitorTestBase {
    private static final String ID = "110101199003071234";

    @Test
    void aPhoneOnTheWatchlistBlocksCheckInAndStoresNothing() {
        WatchlistEntry e = visitors.addToWatchlist(lead, "刘某", "137-0000-1111", null, "曾在大堂闹事");
        var before = SqlRows.snapshot(site.db());

        WatchlistMatchException m = catchThrowableOfType(WatchlistMatchException.class,
                () -> visitors.checkIn(desk, visit("另一个名字").withPhone("13700001111").withPass("V01")));

        assertThat(m.key()).isEqualTo("visitor.watchlistMatch");
        assertThat(m.args()).containsExactly("曾在大堂闹事");
        assertThat(m.matches()).extracting(WatchlistEntry::id).containsExactly(e.id());
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void aPhoneWithTheCountryCodeIsTheSamePhone() {
        visitors.addToWatchlist(lead, "刘某", "+86 137 0000 1111", null, "曾在大堂闹事");

        assertThatThrownBy(() -> visitors.checkIn(desk, visit("刘某").withPhone("13700001111")))
                .isInstanceOf(WatchlistMatchException.class);
        assertThatThrownBy(() -> visitors.checkIn(desk, visit("刘某").withPhone("0086-137-0000-1111")))
                .isInstanceOf(WatchlistMatchException.class);
        assertThat(visitors.watchlist(lead)).singleElement()
                .satisfies(w -> assertThat(w.phone()).isEqualTo("13700001111"));
    }

    @Test
    void anIdNumberOnTheWatchlistMatchesThroughItsHash() {
        WatchlistEntry e = visitors.addToWatchlist(lead, null, null, ID.toLowerCase().replace("1234", "123x"), "冒充快递员");
        assertThat(e.idHash()).isEqualTo(IdNumbers.hash(SALT, "11010119900307123X"));
        assertThat(SqlRows.query(site.db(), "SELECT * FROM watchlist").toString()).doesNotContain("110101199003");

        assertThatThrownBy(() -> visitors.checkIn(desk, visit("王某").withId(IdType.RESIDENT_ID, "11010119900307123x")))
                .isInstanceOf(WatchlistMatchException.class);
        assertThat(visitors.checkIn(desk, visit("王某").withId(IdType.RESIDENT_ID, ID)).status())
                .as("a different ID number does not match").isEqualTo(VisitStatus.ON_SITE);
    }

    @Test
    void onlyAShiftLeadOrAdministratorOverridesWithAReasonAndTheOverrideIsAudited() {
        WatchlistEntry e = visitors.addToWatchlist(lead, "刘某", "13700001111", null, "曾在大堂闹事");
        VisitForm form = visit("刘某").withPhone("13700001111");

        assertThatThrownBy(() -> visitors.checkIn(desk, form, "业主亲自下楼接")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitors.checkIn(lead, form, "  ")).isInstanceOf(WatchlistMatchException.class);

        Visit v = visitors.checkIn(lead, form, "业主亲自下楼接");

        assertThat(v.status()).isEqualTo(VisitStatus.ON_SITE);
        List<Map<String, Object>> audit = SqlRows.query(site.db(),
                "SELECT actor_id, changes FROM audit_log WHERE entity = 'visit' AND action = 'WATCHLIST_OVERRIDE'"
                        + " AND entity_id = '" + v.id() + "'");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor_id")).isEqualTo(lead.user().id());
        assertThat((String) audit.get(0).get("changes")).contains("业主亲自下楼接", e.id());
        assertThat(visitors.checkIn(admin, visit("刘某").withPhone("13700001111"), "管理处同意").status())
                .isEqualTo(VisitStatus.ON_SITE);
    }

    @Test
    void anOverrideWithoutAMatchIsNotAudited() {
        Visit v = visitors.checkIn(lead, visit("甲"), "无关");
        assertThat(SqlRows.query(site.db(), "SELECT id FROM audit_log WHERE action = 'WATCHLIST_OVERRIDE' AND entity_id = '"
                + v.id() + "'")).isEmpty();
    }

    @Test
    void watchlistEntriesNeedAPhoneOrIdAndAReasonAndCanBeRemoved() {
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> visitors.addToWatchlist(lead, "某人", null, null, null));
        assertThat(bad.problems()).extracting(p -> p.key())
                .containsExactly("visitor.watchlistNeedsPhoneOrId", "validation.required");

        WatchlistEntry e = visitors.addToWatchlist(lead, "刘某", "13700001111", null, "闹事");
        assertThat(visitors.watchlist(lead)).extracting(WatchlistEntry::id).containsExactly(e.id());
        visitors.removeFromWatchlist(lead, e.id());

        assertThat(visitors.watchlist(lead)).isEmpty();
        assertThat(SqlRows.count(site.db(), "watchlist")).as("soft deletion").isEqualTo(1);
        assertThat(visitors.checkIn(desk, visit("刘某").withPhone("13700001111")).status()).isEqualTo(VisitStatus.ON_SITE);
    }

    @Test
    void byDefaultAnIdNumberIsStoredOnlyAsLastFourAndSaltedHash() {
        Visit v = visitors.checkIn(desk, visit("李四").withId(IdType.RESIDENT_ID, ID));

        assertThat(v.idLast4()).isEqualTo("1234");
        assertThat(v.idFull()).isNull();
        assertThat(v.idHash()).isEqualTo(IdNumbers.hash(SALT, ID)).hasSize(64)
                .isNotEqualTo(IdNumbers.hash("another-site", ID));
        String everything = SqlRows.snapshot(site.db()).toString();
        assertThat(everything).doesNotContain(ID).doesNotContain("11010119900307");
    }

    @Test
    void fullIdNumbersAreKeptWhenTheSiteTurnsThatOnButMaskedInTheAuditLog() {
        rules.set(new VisitorRules(true, 4, true, SALT));
        Visit v = visitors.checkIn(desk, visit("李四").withId(IdType.RESIDENT_ID, ID).withPhone("13800138000"));

        assertThat(v.idFull()).isEqualTo(ID);
        assertThat(SqlRows.query(site.db(), "SELECT id_full FROM visit").get(0).get("id_full")).isEqualTo(ID);
        String audit = (String) SqlRows.query(site.db(),
                "SELECT changes FROM audit_log WHERE entity = 'visit' AND action = 'CREATE' AND entity_id = '"
                        + v.id() + "'").get(0).get("changes");
        assertThat(audit).doesNotContain(ID).contains("110***********1234")
                .doesNotContain("13800138000").contains("138****8000");
        String outbox = (String) SqlRows.query(site.db(),
                "SELECT payload FROM outbox WHERE entity = 'visit' AND entity_id = '" + v.id() + "'").get(0).get("payload");
        assertThat(outbox).contains("13800138000");
    }

    @Test
    void visitorAndWatchlistPhonesAreMaskedInTheAuditLog() {
        Visit v = visitors.checkIn(desk, visit("李四").withPhone("13800138000"));
        WatchlistEntry e = visitors.addToWatchlist(lead, "刘某", "13700001111", null, "闹事");
        visitors.checkOut(desk, v.id());

        String audit = SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity IN ('visit', 'watchlist')")
                .toString();
        assertThat(audit).doesNotContain("13800138000").doesNotContain("13700001111")
                .contains("138****8000").contains("137****1111");
        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE entity_id = '" + v.id() + "' ORDER BY id"))
                .extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE");
        assertThat(e.phone()).isEqualTo("13700001111");
    }
}
