package com.frontdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.directory.RoomForm;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/** The lists and counts the desk, the lead, the handover and the dashboard read, and their query plans. */
class ComplaintListsTest extends ComplaintTestBase {

    @Test
    void theListsHoldWhatTheySayMostOverdueFirstAndTheCountsAgree() {
        Complaint older = taken();
        clock.advance(Duration.ofHours(10));
        Complaint newer = taken();
        Complaint mine = taken();
        complaints.assign(agent, mine.id(), agent.user().id(), null, "客服部", null);
        Complaint closed = inStatus(ComplaintStatus.CLOSED);
        inStatus(ComplaintStatus.RECORDED);

        assertThat(lists.open(null, 10)).extracting(i -> i.complaint().id())
                .containsExactlyInAnyOrder(older.id(), newer.id(), mine.id());
        assertThat(lists.countOpen()).isEqualTo(3);
        assertThat(lists.mine(agent.user().id(), null, 10)).extracting(i -> i.complaint().id())
                .containsExactly(mine.id());
        assertThat(lists.toCallBack(null, 10)).extracting(i -> i.complaint().id()).containsExactly(closed.id());
        assertThat(lists.countToCallBack()).isEqualTo(1);
        assertThat(lists.overdue(null, 10)).isEmpty();

        clock.advance(Duration.ofHours(40));                                   // older: 50 h, the rest 40 h

        assertThat(lists.overdue(null, 10)).extracting(i -> i.complaint().id()).containsExactly(older.id());
        assertThat(lists.overdue(null, 10)).allSatisfy(i -> assertThat(i.overdue()).isTrue());
        clock.advance(Duration.ofHours(10));
        List<ComplaintItem> overdue = lists.overdue(null, 10);
        assertThat(overdue.get(0).complaint().id()).as("the most overdue first").isEqualTo(older.id());
        assertThat(overdue).hasSize(3);
        assertThat(lists.countOverdue()).isEqualTo(3);
        assertThat(lists.overdue(overdue.get(0).complaint(), 10)).hasSize(2);
    }

    @Test
    void theSearchFindsANumberARoomANameAndWords() {
        Complaint noise = taken();
        var other = site.ws().directory().addRoom(admin, new RoomForm("2", "1", null, "0801", false));
        Complaint parking = complaints.take(desk, new ComplaintForm(ComplaintKind.COMPLAINT,
                ComplaintChannel.VISIT, other.id(), null, null, "13600001111", "车位被占", "我的固定车位天天被外来车辆占用",
                null, "PARKING", Nature.QUALITY, Severity.NORMAL, null));
        Complaint walkIn = complaints.take(desk, new ComplaintForm(ComplaintKind.COMPLAINT, ComplaintChannel.VISIT,
                null, null, "王先生", "13500002222", "大堂地面湿滑", "下雨天大堂没有放防滑垫", null, "CLEANING",
                Nature.QUALITY, Severity.NORMAL, null));

        assertThat(search(noise.number().toLowerCase())).containsExactly(noise.id());
        assertThat(search("1-2-15")).containsExactly(noise.id());
        assertThat(search("2-1-08")).containsExactly(parking.id());
        assertThat(search("王先")).containsExactly(walkIn.id());
        assertThat(search("外来车辆")).containsExactly(parking.id());
        assertThat(search("装修 噪音")).containsExactly(noise.id());
        assertThat(search("100%")).isEmpty();
        assertThat(lists.search(new ComplaintFilter(null, null, null, "CLEANING", null, null), null, 10))
                .extracting(i -> i.complaint().id()).containsExactly(walkIn.id());
        assertThat(lists.search(new ComplaintFilter(null, null, null, null, LocalDate.of(2026, 11, 23), null),
                null, 10)).isEmpty();
    }

    @Test
    void theListsUseTheirIndexes() {
        List<String> plans = site.ws().store().read(h -> new ArrayList<>(List.of(
                plan(h, "SELECT id FROM complaint INDEXED BY complaint_open WHERE " + ComplaintRepository.OPEN
                        + " ORDER BY received_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM complaint WHERE next_due < 5 AND deleted_at IS NULL ORDER BY next_due, id"
                        + " LIMIT 50"),
                plan(h, "SELECT id FROM complaint WHERE status = 'CLOSED' AND called_back_at IS NULL"
                        + " AND deleted_at IS NULL ORDER BY received_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM complaint WHERE kind IN ('PRAISE', 'SUGGESTION') AND deleted_at IS NULL"
                        + " ORDER BY received_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM complaint_event WHERE complaint_id = 'c' ORDER BY at, id"))));

        assertThat(plans.get(0)).contains("complaint_open").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(1)).contains("complaint_by_due").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(2)).containsAnyOf("complaint_by_status", "complaint_to_call_back");
        assertThat(plans.get(3)).contains("complaint_by_kind");
        assertThat(plans.get(4)).contains("complaint_event_by_complaint").doesNotContain("TEMP B-TREE");
    }

    private List<String> search(String q) {
        return lists.search(ComplaintFilter.query(q), null, 10).stream().map(i -> i.complaint().id()).toList();
    }

    private static String plan(Handle h, String sql) {
        return String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + sql)
                .map((rs, ctx) -> rs.getString("detail")).list());
    }
}
