package com.frontdesk.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ageing by the clock and the settings, the shelf view, counts, history and its indexes. */
class ParcelListsTest extends ParcelTestBase {

    @Test
    void parcelsAgeByTheirSizeAndTheSettingsApplyAtOnce() {
        Parcel small = parcels.receive(desk, forZhang("SF1"));
        Parcel fresh = parcels.receive(desk, forZhang("SF2").withSize(ParcelSize.PERISHABLE, 1));

        clock.advance(Duration.ofHours(25));
        assertThat(overdue()).containsExactly(fresh.id());
        assertThat(parcels.countOverdue()).isEqualTo(1);

        clock.advance(Duration.ofDays(2));        // 3 days 1 hour
        assertThat(overdue()).containsExactly(small.id(), fresh.id());
        assertThat(parcels.countOverdue()).isEqualTo(2);

        site.ws().settings().update(admin, ParcelSettings.DOCUMENT, new ParcelSettings(5, 2, 30));
        assertThat(overdue()).containsExactly(fresh.id());
        assertThat(parcels.countOverdue()).isEqualTo(1);
    }

    @Test
    void theShelfViewShowsWhatIsOnEachShelf() {
        Parcel a = parcels.receive(desk, forZhang("SF1"));
        parcels.receive(desk, forZhang("SF2").withShelf("A2"));
        parcels.receive(desk, forZhang("SF3").withShelf(null));
        Parcel gone = parcels.receive(desk, forZhang("SF4"));
        parcels.returnToCourier(desk, gone.id(), "地址错误");

        assertThat(parcels.onShelf("a1", 10)).extracting(h -> h.parcel().id()).containsExactly(a.id());
        assertThat(parcels.countHeldByShelf()).isEqualTo(Map.of("", 1, "A1", 1, "A2", 1));
        assertThat(parcels.countHeld()).isEqualTo(3);
    }

    @Test
    void historySearchesByNumberTrackingOrRecipientWithFilters() {
        Parcel a = parcels.receive(desk, forZhang("SF1234567890"));
        clock.advance(Duration.ofDays(1));
        Parcel b = parcels.receive(desk, ParcelForm.of("JT1234567890123", Carrier.JT, room.id(), null));
        Parcel c = parcels.receive(desk, ParcelForm.of("X1", Carrier.OTHER, null, null).withRecipientText("物业办公室"));

        assertThat(history(ParcelFilter.ALL)).containsExactly(c.id(), b.id(), a.id());
        assertThat(history(query(a.number().toLowerCase()))).containsExactly(a.id());
        assertThat(history(query("jt 1234567890123"))).containsExactly(b.id());
        assertThat(history(query("1-2-1503"))).containsExactly(b.id(), a.id());
        assertThat(history(query("物业"))).containsExactly(c.id());
        assertThat(history(query("张三"))).as("the name after the room").containsExactly(a.id());
        assertThat(history(query("张"))).containsExactly(a.id());
        assertThat(history(new ParcelFilter(null, null, null, Carrier.SF, null, null))).containsExactly(a.id());
        LocalDate nov22 = LocalDate.of(2026, 11, 22);
        assertThat(history(new ParcelFilter(nov22, nov22, null, null, null, null))).containsExactly(a.id());
        assertThat(history(new ParcelFilter(null, null, ParcelStatus.HELD, null, room.id(), null)))
                .containsExactly(b.id(), a.id());
        List<Parcel> first = parcels.history(null, null, 2);
        assertThat(parcels.history(null, first.get(1), 2)).extracting(Parcel::id).containsExactly(a.id());
    }

    @Test
    void theListsUseTheirIndexes() {
        var plans = site.ws().store().read(h -> List.of(
                plan(h, "SELECT id FROM parcel WHERE status = 'HELD' AND deleted_at IS NULL"
                        + " AND (received_at, id) > (1, 'a') ORDER BY received_at, id LIMIT 50"),
                plan(h, "SELECT id FROM parcel WHERE status = 'HELD' AND deleted_at IS NULL AND notified_at IS NULL"
                        + " ORDER BY received_at, id LIMIT 50"),
                plan(h, "SELECT id FROM parcel WHERE deleted_at IS NULL AND (received_at, id) < (1, 'a')"
                        + " ORDER BY received_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM parcel WHERE recipient_room_id = 'r' AND status = 'HELD'"
                        + " AND deleted_at IS NULL ORDER BY received_at, id LIMIT 200"),
                plan(h, "SELECT id FROM parcel WHERE deleted_at IS NULL AND recipient_room_id = 'r'"
                        + " ORDER BY received_at DESC, id DESC LIMIT 50")));

        assertThat(plans.get(0)).contains("parcel_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(1)).contains("parcel_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(2)).contains("parcel_by_time").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(3)).contains("parcel_held_by_room");
        assertThat(plans.get(4)).contains("parcel_by_room").doesNotContain("TEMP B-TREE");
    }

    private List<String> overdue() {
        return parcels.held(false, null, 50).stream().filter(HeldParcel::overdue).map(h -> h.parcel().id()).toList();
    }

    private List<String> history(ParcelFilter f) {
        return parcels.history(f, null, 50).stream().map(Parcel::id).toList();
    }

    private static ParcelFilter query(String q) {
        return new ParcelFilter(null, null, null, null, null, q);
    }

    private static String plan(org.jdbi.v3.core.Handle h, String sql) {
        return String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + sql)
                .map((rs, ctx) -> rs.getString("detail")).list());
    }
}
