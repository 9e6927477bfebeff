package com.frontdesk.handover;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A site (clock at 2026-11-22 09:30 Beijing) with the lobby desk's day checklist (handover book 1,
 * desk phone 1, umbrellas 11, and four lines the program counts), two receptionists, an agent,
 * two shift leads, all with the password {@value #PASSWORD}. The checklist comes from a small
 * in-memory {@link ChecklistTemplates}, not the settings module.
 */
abstract class HandoverTestBase {
    static final String PASSWORD = "desk2026";
    static final String LOBBY = "LOBBY";
    static final String DAY = "DAY";

    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    final Templates templates = new Templates();
    HandoverService handovers;
    Session admin;
    Session outgoing;
    Session incoming;
    Session agent;
    Session lead;
    Session lead2;

    @BeforeEach
    void setUpHandovers() {
        admin = site.admin();
        handovers = new HandoverService(site.ws().store(), new AccessControl(site.ws().store()),
                site.ws().accounts(), templates, new AutoCounts(site.ws().visitors(), site.ws().parcels(),
                site.ws().deposits(), site.ws().lostProperty(), site.ws().repairLists(), site.ws().complaintLists()));
        templates.add(LOBBY, DAY, List.of(
                new ChecklistItem("BOOK", "交接班记录本", 1, null),
                new ChecklistItem("PHONE", "前台电话", 1, null),
                new ChecklistItem("UMBRELLAS", "雨伞", 11, null),
                new ChecklistItem("VISITORS", "在场访客", 0, AutoCount.VISITORS_ON_SITE),
                new ChecklistItem("PARCELS", "在架快递", 0, AutoCount.PARCELS_HELD),
                new ChecklistItem("REPAIRS", "未完成报修", 0, AutoCount.REPAIRS_OPEN),
                new ChecklistItem("COMPLAINTS_LATE", "超时投诉", 0, AutoCount.COMPLAINTS_OVERDUE)));
        outgoing = signIn("R001", Role.RECEPTIONIST);
        incoming = signIn("R002", Role.RECEPTIONIST);
        agent = signIn("G001", Role.AGENT);
        lead = signIn("L001", Role.SHIFT_LEAD);
        lead2 = signIn("L002", Role.SHIFT_LEAD);
    }

    Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, PASSWORD);
        return site.ws().accounts().authenticate(no, PASSWORD.toCharArray(), AccountService.Purpose.LOGIN);
    }

    static char[] pw() {
        return PASSWORD.toCharArray();
    }

    /** Every line counted by hand as expected and in good condition. */
    void countAllAsExpected(Handover h) {
        handovers.count(outgoing, h.id(), "BOOK", 1, ItemCondition.GOOD, null);
        handovers.count(outgoing, h.id(), "PHONE", 1, ItemCondition.GOOD, null);
        handovers.count(outgoing, h.id(), "UMBRELLAS", 11, ItemCondition.GOOD, null);
    }

    /** A handover of the lobby counted and signed by R001, taken over by R002 and countersigned by L001. */
    Handover fullySigned() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(h);
        clock.advance(Duration.ofMinutes(5));
        handovers.signOutgoing(outgoing, h.id(), pw());
        clock.advance(Duration.ofMinutes(2));
        handovers.signIncoming(outgoing, h.id(), "R002", pw());
        clock.advance(Duration.ofMinutes(30));
        Handover done = handovers.countersign(incoming, h.id(), "L001", pw());
        clock.advance(Duration.ofHours(8));
        return done;
    }

    HandoverItem item(Handover h, String code) {
        return handovers.detail(h.id()).orElseThrow().items().stream().filter(i -> i.code().equals(code))
                .findFirst().orElseThrow();
    }

    /** The checklists as the settings module would keep them: one current version per desk and shift. */
    static final class Templates implements ChecklistTemplates {
        private final Map<String, ChecklistTemplate> current = new HashMap<>();
        private final Map<String, ChecklistTemplate> byId = new HashMap<>();

        void add(String desk, String shift, List<ChecklistItem> items) {
            String key = desk + "/" + shift;
            int version = current.containsKey(key) ? current.get(key).version() + 1 : 1;
            ChecklistTemplate t = new ChecklistTemplate("tpl-" + key + "-" + version, desk, shift, version, items,
                    Instant.parse("2026-11-01T00:00:00Z"), null);
            current.put(key, t);
            byId.put(t.id(), t);
        }

        @Override
        public Optional<ChecklistTemplate> current(String desk, String shift) {
            return Optional.ofNullable(current.get(desk + "/" + shift));
        }

        @Override
        public Optional<ChecklistTemplate> byId(String id) {
            return Optional.ofNullable(byId.get(id));
        }
    }
}
