package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Messages;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.directory.HostContact;
import com.frontdesk.testsupport.SqlRows;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** History search, the CSV export, a shift lead's correction of a closed visit, and the host's label and phones. */
class VisitorHistoryTest extends VisitorTestBase {

    @Test
    void searchFindsByNumberPhoneTailWholePhonePlateAndNamePrefix() {
        Visit li = visitors.checkIn(desk, visit("李四").withPhone("13800138000")
                .withDetails(null, "沪a 12345", null));
        clock.advance(Duration.ofMinutes(5));
        Visit liMing = visitors.checkIn(desk, visit("李明").withPhone("13900139000"));
        clock.advance(Duration.ofMinutes(5));
        Visit wang = visitors.checkIn(desk, visit("王五").withPhone("13700138000"));

        assertThat(search(li.number().toLowerCase())).containsExactly(li.id());
        assertThat(search("8000")).containsExactly(wang.id(), li.id());
        assertThat(search("138-0013-8000")).containsExactly(li.id());
        assertThat(search("沪A12345")).containsExactly(li.id());
        assertThat(search("李")).containsExactly(liMing.id(), li.id());
        assertThat(search("李明")).containsExactly(liMing.id());
        assertThat(search("赵")).isEmpty();
    }

    @Test
    void searchAnswersFromAnIndex() {
        var plans = site.ws().store().read(h -> List.of(
                plan(h, "SELECT id FROM visit WHERE plate = '沪A12345' AND deleted_at IS NULL"
                        + " ORDER BY checked_in_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM visit WHERE number = 'FK-20261122-0001' AND deleted_at IS NULL"
                        + " ORDER BY checked_in_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM visit WHERE visitor_name >= '李' AND visitor_name < '李\uFFFF'"
                        + " AND deleted_at IS NULL ORDER BY checked_in_at DESC, id DESC LIMIT 50")));

        assertThat(plans.get(0)).contains("visit_by_plate");
        assertThat(plans.get(1)).contains("sqlite_autoindex_visit");
        assertThat(plans.get(2)).contains("visit_by_name");
    }

    @Test
    void csvExportMasksPhonesAndIdNumbersAndDefusesFormulas() throws Exception {
        visitors.checkIn(desk, visit("=HYPERLINK(\"x\")").withPhone("13800138000")
                .withId(IdType.RESIDENT_ID, "110101199003071234").withDetails("某某公司", "沪A12345", "送文件"));
        clock.advance(Duration.ofMinutes(1));
        visitors.checkIn(desk, visit("王五"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = visitors.exportHistoryCsv(desk, HistoryFilter.ALL, out, new Messages(Messages.ENGLISH));

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(2);
        assertThat(csv).startsWith("\uFEFF").contains("138****8000", "****1234", "'=HYPERLINK", "1-2-1503 · 张三")
                .doesNotContain("13800138000", "110101199003071234", "\n=HYPERLINK");
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv.lines().toList().get(1)).as("newest first").startsWith(visitors.history(null, null, 1).get(0).number() + ",王五");
        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE entity = 'visit' AND action = 'EXPORT'"))
                .hasSize(1);
    }

    @Test
    void aShiftLeadCorrectsAClosedVisitWithAReasonAndItIsAudited() {
        Visit v = visitors.checkIn(desk, visit("李四").withPass("V01"));
        Instant arrived = v.checkedInAt();
        clock.advance(Duration.ofHours(6));
        visitors.checkOut(desk, v.number());
        Instant leftReally = arrived.plus(Duration.ofHours(2));
        VisitCorrection fix = new VisitCorrection("李思", "某公司", 2, "沪B 7777", null, leftReally, "登记时写错名字，忘记签离");

        assertThatThrownBy(() -> visitors.correct(desk, v.id(), fix)).isInstanceOf(AccessDeniedException.class);
        Visit after = visitors.correct(lead, v.id(), fix);

        assertThat(after.visitorName()).isEqualTo("李思");
        assertThat(after.plate()).isEqualTo("沪B7777");
        assertThat(after.headCount()).isEqualTo(2);
        assertThat(after.checkedOutAt()).isEqualTo(leftReally);
        assertThat(visitors.visit(v.id()).orElseThrow()).isEqualTo(after);
        List<Map<String, Object>> audit = SqlRows.query(site.db(),
                "SELECT action, changes FROM audit_log WHERE entity = 'visit' AND entity_id = '" + v.id()
                        + "' ORDER BY at, id");
        assertThat(audit).extracting(r -> r.get("action")).containsSubsequence("UPDATE", "CORRECTION");
        assertThat(audit.get(audit.size() - 1).get("changes").toString()).contains("忘记签离");
    }

    @Test
    void correctionsRefuseOpenVisitsImpossibleTimesAndAMissingReason() {
        Visit open = visitors.checkIn(desk, visit("李四"));
        VisitCorrection same = VisitCorrection.of(open).withReason("核对");
        assertThatThrownBy(() -> visitors.correct(lead, open.id(), same))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("visitor.stillOpen");

        clock.advance(Duration.ofHours(1));
        Visit closed = visitors.checkOut(desk, open.number());
        assertThatThrownBy(() -> visitors.correct(lead, closed.id(), VisitCorrection.of(closed)))
                .isInstanceOf(ValidationException.class);
        VisitCorrection beforeArrival = new VisitCorrection("李四", null, 1, null, null,
                closed.checkedInAt().minusSeconds(60), "时间");
        assertThatThrownBy(() -> visitors.correct(lead, closed.id(), beforeArrival))
                .isInstanceOf(ValidationException.class);
        VisitCorrection future = new VisitCorrection("李四", null, 1, null, null, clock.instant().plusSeconds(60), "时间");
        assertThatThrownBy(() -> visitors.correct(lead, closed.id(), future)).isInstanceOf(ValidationException.class);
        assertThat(visitors.visit(closed.id()).orElseThrow()).isEqualTo(closed);
    }

    @Test
    void theHostColumnComesFromTheDirectoryNotFromWhatTheScreenSent() {
        Visit v = visitors.checkIn(desk, VisitForm.of("李四", Purpose.VISIT, room.id(), Verification.CONFIRMED)
                .withHost(room.id(), host.id(), "whatever the screen says"));
        Visit roomOnly = visitors.checkIn(desk, VisitForm.of("王五", Purpose.VISIT, room.id(), Verification.CONFIRMED));

        assertThat(v.hostText()).isEqualTo("1-2-1503 · 张三");
        assertThat(roomOnly.hostText()).isEqualTo("1-2-1503");
    }

    @Test
    void theDeskSeesTheHostsPhoneToConfirmAndEachLookIsAudited() {
        List<HostContact> contacts = site.ws().directory().phonesToConfirmVisitor(desk, room.id(), host.id());

        assertThat(contacts).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("张三");
            assertThat(c.phones()).containsExactly("13912345678");
        });
        assertThat(SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'occupant'"
                + " AND action = 'REVEAL'")).singleElement()
                .satisfies(r -> assertThat(r.get("changes").toString()).contains("visitorConfirmation"));
    }

    private List<String> search(String query) {
        return visitors.history(new HistoryFilter(null, null, null, null, null, query), null, 50).stream()
                .map(Visit::id).toList();
    }

    private static String plan(org.jdbi.v3.core.Handle h, String sql) {
        return String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + sql)
                .map((rs, ctx) -> rs.getString("detail")).list());
    }
}
