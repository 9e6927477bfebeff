package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Messages;
import com.frontdesk.testsupport.SqlRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/** The lists, keyset-paged on their indexes, the search, the counts and the CSV export. */
class RepairListsTest extends RepairTestBase {

    @Test
    void openMineWaitingForTheVendorAndByCategory() {
        Repair mine = taken(RepairPriority.NORMAL);
        repairs.dispatch(agent, mine.id(), toEngineer());
        clock.advance(Duration.ofMinutes(1));
        Repair vendor = taken(RepairPriority.HIGH);
        repairs.dispatch(agent, vendor.id(), DispatchForm.to(FixerKind.MANUFACTURER, "奥的斯电梯", null));
        repairs.start(agent, vendor.id(), null);
        repairs.hold(agent, vendor.id(), HoldReason.WAITING_VENDOR, "等厂家");
        clock.advance(Duration.ofMinutes(1));
        Repair parts = taken(RepairPriority.NORMAL);
        repairs.dispatch(agent, parts.id(), toEngineer());
        repairs.start(agent, parts.id(), null);
        repairs.hold(agent, parts.id(), HoldReason.WAITING_PARTS, "等配件");
        clock.advance(Duration.ofMinutes(1));
        Repair lift = repairs.take(desk, zhangPhones(RepairPriority.URGENT).withCategory("ELEVATOR"));
        clock.advance(Duration.ofMinutes(1));
        Repair gone = taken(RepairPriority.NORMAL);
        repairs.cancel(lead, gone.id(), "重复报修");

        assertThat(ids(lists.open(null, 10))).containsExactly(lift.id(), parts.id(), vendor.id(), mine.id());
        assertThat(ids(lists.mine(engineer.id(), null, 10))).containsExactly(parts.id(), mine.id());
        assertThat(ids(lists.waitingForVendor(null, 10))).containsExactly(vendor.id());
        assertThat(ids(lists.onHold(HoldReason.WAITING_PARTS, null, 10))).containsExactly(parts.id());
        assertThat(ids(lists.byCategory("ELEVATOR", null, 10))).containsExactly(lift.id());
        assertThat(ids(lists.byCategory("PLUMBING", null, 10)))
                .containsExactly(gone.id(), parts.id(), vendor.id(), mine.id());
        assertThat(ids(lists.forRoom(room.id(), null, 10))).hasSize(5);
        assertThat(lists.countOpen()).isEqualTo(4);
        assertThat(lists.countOnHold()).isEqualTo(2);

        repairs.resume(agent, vendor.id(), "配件到了");
        assertThat(lists.waitingForVendor(null, 10)).isEmpty();
        assertThat(lists.countOnHold()).isEqualTo(1);
    }

    @Test
    void pagesFollowEachOtherNewestFirstEvenWithinOneMillisecond() {
        List<String> all = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(0, taken(RepairPriority.NORMAL).id());
        }

        List<RepairItem> first = lists.open(null, 3);
        List<RepairItem> second = lists.open(first.get(2).repair(), 3);
        List<RepairItem> third = lists.open(second.get(2).repair(), 3);

        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(ids(third)).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(ids(lists.search(RepairFilter.ALL, second.get(2).repair(), 10))).containsExactly(all.get(6));
    }

    @Test
    void theSearchFindsANumberTheStartOfARoomCodeOrANameAndWordsOfTheDescription() {
        Repair tap = taken(RepairPriority.NORMAL);
        clock.advance(Duration.ofDays(1));
        Repair door = repairs.take(desk, RepairForm.phoned(otherRoom.id(), null, "王小明", "13700001111",
                "SECURITY_DOOR", "防盗门 锁芯 卡住", RepairPriority.HIGH));
        Repair lamp = repairs.take(desk, new RepairForm(RepairChannel.PATROL, lobby.id(), null, null, "保安老王", null,
                "ELECTRICAL", "吊灯不亮", RepairPriority.NORMAL));

        assertThat(search(tap.number().toLowerCase(Locale.ROOT))).containsExactly(tap.id());
        assertThat(search("1-2-15")).containsExactly(door.id(), tap.id());
        assertThat(search("1-2-1504")).containsExactly(door.id());
        assertThat(search("王")).as("the start of the reporter's name").containsExactly(door.id());
        assertThat(search("保安")).containsExactly(lamp.id());
        assertThat(search("大堂")).as("the start of the place").containsExactly(lamp.id());
        assertThat(search("漏水")).as("a word of the description").containsExactly(tap.id());
        assertThat(search("锁芯 防盗")).as("every word, in any order").containsExactly(door.id());
        assertThat(search("锁芯 漏水")).isEmpty();
        assertThat(search("100%")).isEmpty();
        assertThat(ids(lists.search(new RepairFilter(null, null, "PLUMBING", null, null), null, 10)))
                .containsExactly(tap.id());
        assertThat(ids(lists.search(new RepairFilter(null, RepairStatus.NEW, null, LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 23)), null, 10))).containsExactly(lamp.id(), door.id());
        assertThat(ids(lists.search(new RepairFilter("1-2", null, null, LocalDate.of(2026, 11, 22),
                LocalDate.of(2026, 11, 22)), null, 10))).containsExactly(tap.id());
    }

    @Test
    void theListsUseTheirIndexes() {
        List<String> plans = site.ws().store().read(h -> List.of(
                plan(h, "SELECT id FROM repair WHERE " + RepairRepository.OPEN
                        + " AND (reported_at, id) < (1, 'a') ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM repair WHERE assignee_staff_id = 's' AND " + RepairRepository.OPEN
                        + " ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM repair WHERE next_due < 5 AND deleted_at IS NULL"
                        + " AND (next_due, id) > (1, 'a') ORDER BY next_due, id LIMIT 50"),
                plan(h, "SELECT id FROM repair WHERE hold_reason = 'WAITING_VENDOR' AND deleted_at IS NULL"
                        + " ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM repair WHERE category = 'PLUMBING' AND deleted_at IS NULL"
                        + " ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM repair WHERE room_id = 'r' AND deleted_at IS NULL"
                        + " ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT rowid FROM repair WHERE deleted_at IS NULL AND room_code LIKE '1-2-15%' ESCAPE '!'"
                        + " ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT rowid FROM repair WHERE deleted_at IS NULL AND number = 'BX-20261122-0001'"
                        + " ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT rowid FROM repair WHERE deleted_at IS NULL AND (reporter_name >= 'x'"
                        + " AND reporter_name < 'y' OR location_text >= 'x' AND location_text < 'y'"
                        + " OR description LIKE '%x%' ESCAPE '!') ORDER BY reported_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT count(*) FROM repair WHERE " + RepairRepository.OPEN),
                plan(h, "SELECT count(*) FROM repair WHERE next_due < 5 AND deleted_at IS NULL"),
                plan(h, "SELECT count(*) FROM repair WHERE status = 'ON_HOLD' AND deleted_at IS NULL"),
                plan(h, "SELECT id FROM repair WHERE escalated_at IS NOT NULL AND deleted_at IS NULL"
                        + " ORDER BY escalated_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM repair_event WHERE repair_id = 'r' ORDER BY at, id"),
                plan(h, "SELECT id FROM repair WHERE rowid IN (SELECT rowid FROM repair WHERE deleted_at IS NULL"
                        + " AND room_code LIKE '1-2-15%' ESCAPE '!' ORDER BY reported_at DESC, id DESC LIMIT 50)"
                        + " ORDER BY reported_at DESC, id DESC")));

        assertThat(plans.get(0)).contains("repair_open").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(1)).contains("repair_by_assignee").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(2)).contains("repair_by_due").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(3)).contains("repair_by_hold").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(4)).contains("repair_by_category").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(5)).contains("repair_by_room").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(6)).contains("repair_by_room_code");
        assertThat(plans.get(7)).contains("number");
        assertThat(plans.get(8)).as("words of the description: the time index, newest first")
                .contains("repair_by_time").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(9)).as("either partial index holds only the open repairs")
                .containsAnyOf("USING COVERING INDEX repair_open", "USING INDEX repair_open",
                        "USING INDEX repair_by_assignee", "USING COVERING INDEX repair_by_assignee");
        assertThat(plans.get(10)).contains("repair_by_due");
        assertThat(plans.get(11)).contains("repair_by_status");
        assertThat(plans.get(12)).contains("repair_escalated").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(13)).contains("repair_event_by_repair").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(14)).as("only the page's rows are read").contains("repair_by_room_code")
                .contains("INTEGER PRIMARY KEY (rowid=?)");
    }

    @Test
    void theExportMasksPhonesDefusesFormulasAndIsAudited() throws IOException {
        Repair r = repairs.take(desk, RepairForm.phoned(room.id(), zhang.id(), "=HYPERLINK(\"x\")", ZHANG_PHONE,
                "PLUMBING", "+厨房漏水", RepairPriority.URGENT));
        repairs.dispatch(agent, r.id(), toEngineer());
        clock.advance(Duration.ofHours(5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int n = site.ws().repairReports().exportCsv(desk, RepairFilter.ALL, out, new Messages(Locale.SIMPLIFIED_CHINESE));

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(1);
        assertThat(csv).startsWith("\uFEFF报修单号,报修时间,报修方式,报修位置,报修人,联系电话,报修类别,报修内容");
        assertThat(csv).contains("139****5678").doesNotContain(ZHANG_PHONE);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("'+厨房漏水").contains("给排水")
                .contains("工程部").contains("李师傅").contains("超时").contains("2026-11-22 09:30");
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).endsWith("\r\n");
        assertThat(SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE action = 'EXPORT'"))
                .singleElement().satisfies(row -> assertThat(row.get("changes").toString()).contains("\"repairs\":1"));
    }

    private List<String> search(String q) {
        return ids(lists.search(RepairFilter.query(q), null, 10));
    }

    private static List<String> ids(List<RepairItem> items) {
        return items.stream().map(i -> i.repair().id()).toList();
    }

    private static String plan(Handle h, String sql) {
        return String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + sql)
                .map((rs, ctx) -> rs.getString("detail")).list());
    }
}
