package com.frontdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The checklists per desk and shift: the regulations' defaults, versions, the rights and the validation. */
class ChecklistTemplateServiceTest {
    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    private ChecklistTemplateService templates;
    private Session lead;

    @BeforeEach
    void setUp() {
        templates = site.ws().checklistTemplates();
        TestSites.addStaff(site.ws(), site.admin(), "L001", "周班长", Role.SHIFT_LEAD, "lead2026");
        lead = site.ws().accounts().authenticate("L001", "lead2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    @Test
    void theFirstUseOfADeskAndShiftGivesItTheRegulationsChecklistAsVersionOne() {
        ChecklistTemplate lobby = templates.current("LOBBY", "NIGHT").orElseThrow();

        assertThat(lobby.version()).isEqualTo(1);
        assertThat(lobby.createdBy()).isEqualTo("system");
        assertThat(lobby.createdAt()).isEqualTo(clock.instant());
        assertThat(lobby.items()).extracting(ChecklistItem::name).startsWith("交接班记录本", "前台电话", "椅子", "签收本", "笔",
                "临时出入证", "雨伞", "雨伞套机", "访客登记本", "对讲机");
        assertThat(item(lobby, "UMBRELLAS")).isEqualTo(new ChecklistItem("UMBRELLAS", "雨伞", 11, null));
        assertThat(item(lobby, "CHAIRS").expected()).isEqualTo(2);
        assertThat(item(lobby, "TEMP_PASSES").auto()).isEqualTo(AutoCount.PASSES_OUT);
        assertThat(lobby.items()).extracting(ChecklistItem::auto).contains(AutoCount.VISITORS_ON_SITE,
                AutoCount.PARCELS_HELD, AutoCount.PARCELS_OVERDUE, AutoCount.REPAIRS_OPEN, AutoCount.REPAIRS_OVERDUE,
                AutoCount.COMPLAINTS_OPEN, AutoCount.COMPLAINTS_OVERDUE, AutoCount.COMPLAINTS_TO_CALL_BACK);
        assertThat(templates.current("LOBBY", "NIGHT")).as("made once").contains(lobby);

        ChecklistTemplate service = templates.current("SERVICE", "DAY").orElseThrow();
        assertThat(service.items()).extracting(ChecklistItem::code).doesNotContain("UMBRELLAS", "TEMP_PASSES");
        assertThat(service.items()).extracting(ChecklistItem::auto).contains(AutoCount.REPAIRS_OPEN,
                AutoCount.COMPLAINTS_TO_CALL_BACK).doesNotContain(AutoCount.VISITORS_ON_SITE);
        assertThat(templates.current("GATE", "DAY")).as("no such desk in the settings").isEmpty();
    }

    @Test
    void ensureDefaultsGivesEveryShiftItsChecklistOnce() {
        templates.current("LOBBY", "DAY");

        List<ChecklistTemplate> made = templates.ensureDefaults(lead);

        assertThat(made).extracting(t -> t.desk() + "/" + t.shift())
                .containsExactly("LOBBY/EVENING", "LOBBY/NIGHT", "SERVICE/DAY", "SERVICE/EVENING");
        assertThat(made).allSatisfy(t -> assertThat(t.createdBy()).isEqualTo("周班长 (L001)"));
        assertThat(templates.ensureDefaults(lead)).isEmpty();
        assertThat(SqlRows.query(site.db(), "SELECT count(*) AS n FROM handover_template"))
                .containsExactly(Map.of("n", 5));
    }

    @Test
    void aChangeMakesANewVersionAndAHandoverKeepingTheOldIdStillFindsIt() {
        ChecklistTemplate v1 = templates.current("LOBBY", "DAY").orElseThrow();
        clock.advance(Duration.ofDays(3));

        ChecklistTemplate v2 = templates.save(site.admin(), "LOBBY", "DAY", withUmbrellas(v1.items(), 12));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.id()).isNotEqualTo(v1.id());
        assertThat(v2.createdBy()).isEqualTo("王管理 (A001)");
        assertThat(v2.createdAt()).isEqualTo(clock.instant());
        assertThat(item(v2, "UMBRELLAS").expected()).isEqualTo(12);
        assertThat(templates.current("LOBBY", "DAY")).contains(v2);
        assertThat(templates.byId(v1.id())).contains(v1);
        assertThat(item(templates.byId(v1.id()).orElseThrow(), "UMBRELLAS").expected()).isEqualTo(11);
        assertThat(templates.versions("LOBBY", "DAY")).containsExactly(v2, v1);
        assertThat(templates.current("LOBBY", "NIGHT").orElseThrow().version()).as("other shifts keep theirs")
                .isEqualTo(1);

        assertThat(SqlRows.query(site.db(), "SELECT action, entity_id FROM audit_log WHERE entity = 'handover_template'"
                + " ORDER BY at")).contains(Map.of("action", "CREATE", "entity_id", v2.id()));
        assertThat(SqlRows.query(site.db(), "SELECT op FROM outbox WHERE entity = 'handover_template'"
                + " AND entity_id = '" + v2.id() + "'")).containsExactly(Map.of("op", "upsert"));
    }

    @Test
    void aRemovedShiftsVersionsAreStillFoundById() {
        ChecklistTemplate v1 = templates.current("SERVICE", "EVENING").orElseThrow();
        HandoverSettings s = site.ws().settings().current(HandoverSettings.DOCUMENT);
        site.ws().settings().update(site.admin(), HandoverSettings.DOCUMENT, s.withoutShift("SERVICE", "EVENING"));

        assertThat(templates.byId(v1.id())).contains(v1);
        assertThatThrownBy(() -> templates.save(site.admin(), "SERVICE", "EVENING", v1.items()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("handover.item.unknownShift");
    }

    @Test
    void savingTheSameItemsIsRefusedAndMakesNoVersion() {
        ChecklistTemplate v1 = templates.current("LOBBY", "DAY").orElseThrow();
        List<ChecklistItem> typedAgain = v1.items().stream()
                .map(i -> new ChecklistItem(" " + i.code().toLowerCase() + " ", i.name() + " ", i.expected(), i.auto()))
                .toList();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> templates.save(site.admin(), "LOBBY", "DAY", typedAgain));

        assertThat(e.problems())
                .containsExactly(new Problem("handoverChecklist", "handover.item.unchanged", List.of(1)));
        assertThat(templates.versions("LOBBY", "DAY")).containsExactly(v1);
    }

    @Test
    void onlyAdministratorsChangeAChecklist() {
        ChecklistTemplate v1 = templates.current("LOBBY", "DAY").orElseThrow();

        assertThatThrownBy(() -> templates.save(lead, "LOBBY", "DAY", withUmbrellas(v1.items(), 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(templates.versions("LOBBY", "DAY")).containsExactly(v1);
    }

    @Test
    void badItemsAreRefusedAndStoreNothing() {
        ChecklistTemplate v1 = templates.current("LOBBY", "DAY").orElseThrow();
        List<ChecklistItem> bad = List.of(
                new ChecklistItem("PENS", "笔", 1000, null),
                new ChecklistItem("PENS", "圆珠笔", 3, null),
                new ChecklistItem("KEYS", "", 1, null),
                new ChecklistItem("1X", "对讲机", 2, null),
                new ChecklistItem("RADIO", "一二三四五六七八九十一二三四五六七八九十一", 2, null),
                new ChecklistItem("A", "在场访客", 0, AutoCount.VISITORS_ON_SITE),
                new ChecklistItem("B", "访客", 0, AutoCount.VISITORS_ON_SITE));

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> templates.save(site.admin(), "LOBBY", "DAY", bad));

        assertThat(e.problems()).extracting(Problem::key).containsExactlyInAnyOrder("handover.item.expected",
                "handover.item.twice", "handover.item.name", "handover.item.code", "handover.item.name",
                "handover.item.autoTwice");
        assertThatThrownBy(() -> templates.save(site.admin(), "LOBBY", "DAY", List.of()))
                .isInstanceOf(ValidationException.class);
        List<ChecklistItem> sixtyOne = IntStream.rangeClosed(1, 61)
                .mapToObj(i -> new ChecklistItem("ITEM" + i, "物品" + i, 1, null)).toList();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> templates.save(site.admin(), "LOBBY", "DAY", sixtyOne)).problems())
                .containsExactly(new Problem("handoverChecklist", "handover.item.count", List.of(60)));
        assertThat(templates.save(site.admin(), "LOBBY", "DAY", sixtyOne.subList(0, 60)).items()).hasSize(60);
        assertThat(templates.versions("LOBBY", "DAY")).hasSize(2).last().isEqualTo(v1);
    }

    @Test
    void anAutomaticLineHasNoExpectedCount() {
        ChecklistTemplate v1 = templates.current("LOBBY", "DAY").orElseThrow();
        List<ChecklistItem> items = new ArrayList<>(v1.items());
        items.add(new ChecklistItem("deposits", "寄存物品", 5, AutoCount.DEPOSITS_HELD));

        ChecklistTemplate v2 = templates.save(site.admin(), "LOBBY", "DAY", items);

        assertThat(item(v2, "DEPOSITS")).isEqualTo(new ChecklistItem("DEPOSITS", "寄存物品", 0, AutoCount.DEPOSITS_HELD));
    }

    static List<ChecklistItem> withUmbrellas(List<ChecklistItem> items, int count) {
        return items.stream().map(i -> i.code().equals("UMBRELLAS") ? new ChecklistItem(i.code(), i.name(), count,
                null) : i).toList();
    }

    private static ChecklistItem item(ChecklistTemplate t, String code) {
        return t.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
