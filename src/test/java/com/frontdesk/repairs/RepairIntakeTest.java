package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.testsupport.SqlRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intake: numbering, the place, the contact, the category from Settings, the deadline kept, the audit. */
class RepairIntakeTest extends RepairTestBase {

    @Test
    void intakeNumbersTheRepairNamesThePlaceAndKeepsTheDeadlineOfItsPriority() {
        Repair r = repairs.take(desk, zhangPhones(RepairPriority.URGENT));

        assertThat(r.number()).isEqualTo("BX-20261122-0001");
        assertThat(r.channel()).isEqualTo(RepairChannel.PHONE);
        assertThat(r.locationText()).isEqualTo("1-2-1503 · 张三");
        assertThat(r.roomCode()).isEqualTo("1-2-1503");
        assertThat(r.reporterPhone()).isEqualTo(ZHANG_PHONE);
        assertThat(r.category()).isEqualTo("PLUMBING");
        assertThat(r.status()).isEqualTo(RepairStatus.NEW);
        assertThat(r.reportedAt()).isEqualTo(clock.instant());
        assertThat(r.reportedBy()).isEqualTo(desk.user().id());
        assertThat(r.respondHours()).isEqualTo(2);
        assertThat(r.fixHours()).isEqualTo(4);
        assertThat(repairs.repair(r.id())).contains(r);
        assertThat(repairs.take(agent, zhangPhones(RepairPriority.LOW)).number()).isEqualTo("BX-20261122-0002");

        assertThat(repairs.timeline(r.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(RepairAction.TAKE);
            assertThat(e.fromStatus()).isNull();
            assertThat(e.toStatus()).isEqualTo(RepairStatus.NEW);
            assertThat(e.byStaffId()).isEqualTo(desk.user().id());
            assertThat(e.byName()).isEqualTo("员工R001");
        });
    }

    @Test
    void aPublicLocationIsARoomAndAPlaceNotInTheDirectoryIsTypedIn() {
        Repair lobbyLight = repairs.take(desk, new RepairForm(RepairChannel.PATROL, lobby.id(), null, null, "保安老王",
                null, "ELECTRICAL", "大堂吊灯不亮", RepairPriority.HIGH));
        Repair typed = repairs.take(desk, zhangPhones(RepairPriority.NORMAL).withLocationText("3号楼东侧路灯"));

        assertThat(lobbyLight.locationText()).isEqualTo("大堂");
        assertThat(lobbyLight.roomId()).isEqualTo(lobby.id());
        assertThat(lobbyLight.reporterPhone()).as("a patrol needs no contact phone").isNull();
        assertThat(typed.roomId()).isNull();
        assertThat(typed.roomCode()).isNull();
        assertThat(typed.locationText()).isEqualTo("3号楼东侧路灯");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsStored() {
        RepairForm empty = new RepairForm(RepairChannel.VISIT, null, null, null, " ", "12ab", null, "", null);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> repairs.take(desk, empty));

        assertThat(e.problems()).extracting(Problem::field, Problem::key).contains(
                tuple("location", "repair.locationRequired"),
                tuple("reporterName", "validation.required"),
                tuple("reporterPhone", "validation.phone"),
                tuple("repairCategory", "validation.required"),
                tuple("problem", "validation.required"),
                tuple("priority", "validation.required"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> repairs.take(desk,
                new RepairForm(RepairChannel.PHONE, room.id(), null, null, "张三", null, "PLUMBING", "漏水",
                        RepairPriority.LOW))).problems())
                .extracting(Problem::key).containsExactly("repair.phoneRequired");
        assertThat(catchThrowableOfType(ValidationException.class, () -> repairs.take(desk,
                zhangPhones(RepairPriority.LOW).withCategory("SPACESHIP"))).problems())
                .extracting(Problem::key).containsExactly("repair.categoryUnknown");
        assertThat(SqlRows.count(site.db(), "repair")).isZero();
        assertThat(SqlRows.count(site.db(), "repair_event")).isZero();
    }

    @Test
    void aPersonPickedFromTheDirectoryWithTheContactLeftBlankIsCalledOnTheirPhoneOnFile() {
        Repair r = repairs.take(desk, RepairForm.phoned(room.id(), zhang.id(), "张三", " ", "PLUMBING",
                "厨房水龙头漏水", RepairPriority.NORMAL));
        Repair typed = repairs.take(desk, RepairForm.phoned(room.id(), zhang.id(), "张三", "021-5555 1234",
                "PLUMBING", "卫生间漏水", RepairPriority.NORMAL));

        assertThat(r.reporterPhone()).isEqualTo(ZHANG_PHONE);
        assertThat(typed.reporterPhone()).as("a number typed wins over the one on file").isEqualTo("02155551234");
        assertThat(repairs.revealPhone(agent, r.id())).isEqualTo(ZHANG_PHONE);
    }

    @Test
    void aPersonWithoutAPhoneOnFileStillNeedsTheContactTyped() {
        Occupant li = site.ws().directory().addOccupant(admin, otherRoom.id(), new OccupantForm("李四",
                OccupantKind.TENANT, null, List.of(), null, ParcelConsent.UNKNOWN));
        RepairForm blank = RepairForm.phoned(otherRoom.id(), li.id(), "李四", null, "PLUMBING", "漏水",
                RepairPriority.NORMAL);

        assertThat(catchThrowableOfType(ValidationException.class, () -> repairs.take(desk, blank)).problems())
                .extracting(Problem::field, Problem::key).containsExactly(tuple("reporterPhone", "repair.noPhoneOnFile"));
        assertThat(SqlRows.count(site.db(), "repair")).isZero();
        assertThat(repairs.take(desk, blank.withChannel(RepairChannel.PATROL)).reporterPhone())
                .as("a patrol needs no contact").isNull();
        assertThat(repairs.take(desk, RepairForm.phoned(otherRoom.id(), li.id(), "李四", "13700001111", "PLUMBING",
                "漏水", RepairPriority.NORMAL)).reporterPhone()).isEqualTo("13700001111");
    }

    @Test
    void aPersonWhoMovedOutIsNoLongerAPlaceToReportFor() {
        site.ws().directory().moveOut(admin, zhang.id());

        assertThatThrownBy(() -> repairs.take(desk, zhangPhones(RepairPriority.NORMAL)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("repair.locationNotFound"));
        assertThat(repairs.take(desk, RepairForm.phoned(room.id(), null, "张三", ZHANG_PHONE, "PLUMBING", "漏水",
                RepairPriority.NORMAL)).locationText()).isEqualTo("1-2-1503");
    }

    @Test
    void theCategoriesAreEditedInSettingsAndTheRepairKeepsTheCode() {
        assertThat(RepairSettings.DEFAULTS.categories()).extracting(RepairCategory::name).containsExactly(
                "土建", "门窗", "纱窗", "可视对讲", "防盗门", "电梯", "暖气", "给排水", "电气", "消防", "燃气", "公共设施", "其他");
        RepairSettings s = site.ws().settings().current(RepairSettings.DOCUMENT);
        List<RepairCategory> more = new ArrayList<>(s.categories());
        more.add(new RepairCategory("AIRCON", "空调"));
        site.ws().settings().update(admin, RepairSettings.DOCUMENT, s.withCategories(more));

        Repair r = repairs.take(desk, zhangPhones(RepairPriority.NORMAL).withCategory("AIRCON"));

        assertThat(r.category()).isEqualTo("AIRCON");
        assertThat(site.ws().settings().current(RepairSettings.DOCUMENT).categoryName("AIRCON")).isEqualTo("空调");
        more.add(new RepairCategory("AIRCON", "冷气"));
        assertThatThrownBy(() -> site.ws().settings().update(admin, RepairSettings.DOCUMENT, s.withCategories(more)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("repair.settings.categoryTwice"));
        assertThatThrownBy(() -> site.ws().settings().update(admin, RepairSettings.DOCUMENT,
                s.withCategories(List.of(new RepairCategory("air con", "空调")))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> site.ws().settings().update(admin, RepairSettings.DOCUMENT,
                s.withDeadline(RepairPriority.HIGH, new RepairDeadline(30, 24))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::key).containsExactly(
                                tuple("deadlineHigh", "repair.settings.respondAfterFix")));
        assertThatThrownBy(() -> site.ws().settings().update(lead, RepairSettings.DOCUMENT, s))
                .as("administrators change settings").isInstanceOf(com.frontdesk.core.AccessDeniedException.class);
    }

    @Test
    void theSettingsSurviveARestartAsTheyWereSaved() {
        RepairSettings s = site.ws().settings().current(RepairSettings.DOCUMENT)
                .withDeadline(RepairPriority.LOW, new RepairDeadline(48, 240));
        site.ws().settings().update(admin, RepairSettings.DOCUMENT, s);

        RepairSettings read = site.reopen().settings().current(RepairSettings.DOCUMENT);

        assertThat(read).isEqualTo(s);
        assertThat(read.vendor("奥的斯电梯")).hasValueSatisfying(v -> assertThat(v.kind())
                .isEqualTo(FixerKind.MANUFACTURER));
    }

    @Test
    void theContactPhoneIsMaskedInTheAuditLogAndWholeInTheOutbox() {
        Repair r = taken(RepairPriority.NORMAL);

        List<Map<String, Object>> audit = SqlRows.query(site.db(),
                "SELECT changes FROM audit_log WHERE entity = 'repair' AND action = 'CREATE'");
        assertThat(audit).singleElement().satisfies(row -> assertThat(row.get("changes").toString())
                .contains("139****5678").doesNotContain(ZHANG_PHONE).contains("BX-20261122-0001"));
        assertThat(SqlRows.query(site.db(), "SELECT payload FROM outbox WHERE entity = 'repair'"))
                .singleElement().satisfies(row -> assertThat(row.get("payload").toString()).contains(ZHANG_PHONE)
                        .contains(r.id()).doesNotContain("\"open\"").doesNotContain("\"escalated\""));
        assertThat(SqlRows.query(site.db(), "SELECT count(*) AS n FROM outbox WHERE entity = 'repair_event'"))
                .singleElement().satisfies(row -> assertThat(row.get("n")).isEqualTo(1));
        assertThat(SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity LIKE 'repair%'"))
                .allSatisfy(row -> assertThat(String.valueOf(row.get("changes"))).doesNotContain(ZHANG_PHONE));
    }

    @Test
    void everyDeskRoleTakesRepairs() {
        assertThat(List.of(desk, agent, lead, admin)).allSatisfy(s ->
                assertThat(repairs.take(s, zhangPhones(RepairPriority.NORMAL)).reportedBy()).isEqualTo(s.user().id()));
    }
}
