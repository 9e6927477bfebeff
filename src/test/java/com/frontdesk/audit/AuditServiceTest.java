package com.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Actor;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditServiceTest {
    private static final Actor ALICE = new Actor("alice-id", "Alice (R001)");
    private static final Actor BOB = new Actor("bob-id", "Bob (R002)");
    private static final Comparator<AuditEntry> NEWEST_FIRST =
            Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed();

    private final MutableClock clock = MutableClock.standard();
    // setting up the site adds three entries of its own
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);
    private Instant start;

    @BeforeEach
    void aLogOfFortyEntries() {
        start = clock.instant().plus(Duration.ofMinutes(1));
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) {
                clock.advance(Duration.ofMinutes(1)); // every three entries share one instant
            }
            Actor actor = i % 2 == 0 ? ALICE : BOB;
            String entity = i % 4 == 0 ? "parcel" : "visitor";
            String entityId = entity + "-" + i;
            site.ws().store().write(actor, tx -> {
                tx.audit(entity, entityId, "UPDATE", Map.of("n", entityId));
                return null;
            });
        }
    }

    @Test
    void pagingWalksTheWholeLogNewestFirstWithoutDuplicates() {
        List<AuditEntry> all = pageThrough(AuditFilter.ALL, 7);

        assertThat(all).hasSize(43);
        assertThat(new HashSet<>(all.stream().map(AuditEntry::id).toList())).hasSize(43);
        assertThat(all).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(all.stream().map(AuditEntry::id).toList()).containsExactlyElementsOf(
                SqlRows.query(site.db(), "SELECT id FROM audit_log ORDER BY at DESC, id DESC")
                        .stream().map(r -> (String) r.get("id")).toList());
        // entries 36..38 share one instant: their ids still keep the order they were written in
        assertThat(all.subList(0, 4)).extracting(AuditEntry::entityId)
                .containsExactly("visitor-39", "visitor-38", "visitor-37", "parcel-36");
    }

    @Test
    void filteringByActorKeepsOnlyTheirEntries() {
        List<AuditEntry> alice = pageThrough(new AuditFilter("alice-id", null, null, null), 4);

        assertThat(alice).hasSize(20).allSatisfy(e -> assertThat(e.actorName()).isEqualTo("Alice (R001)"));
        assertThat(alice).isSortedAccordingTo(NEWEST_FIRST);
    }

    @Test
    void filteringByEntityKeepsOnlyThatKind() {
        List<AuditEntry> parcels = pageThrough(new AuditFilter(null, "parcel", null, null), 3);

        assertThat(parcels).hasSize(10).allSatisfy(e -> assertThat(e.entity()).isEqualTo("parcel"));
        assertThat(pageThrough(new AuditFilter("bob-id", "parcel", null, null), 3)).isEmpty();
    }

    @Test
    void filteringByTimeIncludesTheStartAndExcludesTheEnd() {
        // the minutes start+1, start+2 and start+3 hold entries 3..11 (three per minute)
        Instant from = start.plus(Duration.ofMinutes(1));
        Instant until = start.plus(Duration.ofMinutes(4));

        List<AuditEntry> window = pageThrough(new AuditFilter(null, null, from, until), 2);

        assertThat(window).hasSize(9)
                .allSatisfy(e -> assertThat(e.at()).isAfterOrEqualTo(from).isBefore(until));
        assertThat(window.stream().map(AuditEntry::entityId).toList()).containsExactlyInAnyOrder(
                "visitor-3", "parcel-4", "visitor-5", "visitor-6", "visitor-7", "parcel-8", "visitor-9",
                "visitor-10", "visitor-11");
    }

    @Test
    void theEntityKindsAreListedOnce() {
        assertThat(site.ws().audit().entities(site.admin())).containsExactly("parcel", "site", "staff", "visitor");
    }

    private List<AuditEntry> pageThrough(AuditFilter filter, int size) {
        List<AuditEntry> all = new ArrayList<>();
        AuditEntry after = null;
        for (int guard = 0; guard < 100; guard++) {
            List<AuditEntry> page = site.ws().audit().page(site.admin(), filter, after, size);
            assertThat(page.size()).isLessThanOrEqualTo(size);
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
            after = page.get(page.size() - 1);
        }
        throw new AssertionError("paging did not end");
    }
}
