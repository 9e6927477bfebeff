package com.frontdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DirectoryServiceTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    private DirectoryService directory;
    private Room r1503;
    private Occupant zhangSanfeng;

    @BeforeEach
    void fill() {
        directory = site.ws().directory();
        Session admin = site.admin();
        r1503 = directory.addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        zhangSanfeng = directory.addOccupant(admin, r1503.id(), form("张三丰", OccupantKind.OWNER, null, "13812345678"));
        Room r301 = directory.addRoom(admin, new RoomForm("1", "1", null, "301", false));
        directory.addOccupant(admin, r301.id(), form("张三", OccupantKind.OWNER, null, "13900001111"));
        Room office = directory.addRoom(admin, new RoomForm("T", null, "17", "1701", false));
        directory.addOccupant(admin, office.id(), form("李经理", OccupantKind.COMPANY, "华通科技有限公司", "02166667777"));
        directory.addRoom(admin, new RoomForm(null, null, null, "地下车库B1", true));
    }

    @Test
    void roomsGetTheCodesTheDeskReads() {
        assertThat(r1503.code()).isEqualTo("1-2-1503");
        assertThat(directory.search("T-17F", 10)).extracting(DirectoryEntry::roomCode).contains("T-17F-1701");
        assertThat(directory.search("地下车库", 10)).extracting(DirectoryEntry::roomCode).containsExactly("地下车库B1");
    }

    @Test
    void roomsAreListedInCountingOrderAPageAtATime() {
        for (String number : List.of("1001", "201", "101")) {
            directory.addRoom(site.admin(), new RoomForm("5", "1", null, number, false));
        }
        Building five = directory.buildings().stream().filter(b -> b.code().equals("5")).findFirst().orElseThrow();
        Unit one = directory.units(five.id()).get(0);

        List<Room> first = directory.rooms(five.id(), one.id(), null, 2);
        List<Room> rest = directory.rooms(five.id(), one.id(), first.get(1), 2);

        assertThat(first).extracting(Room::code).containsExactly("5-1-101", "5-1-201");
        assertThat(rest).extracting(Room::code).containsExactly("5-1-1001");
    }

    @Test
    void findsByRoomNumberPhoneTailInitialsNameAndCompany() {
        assertThat(directory.search("1503", 10)).extracting(DirectoryEntry::roomCode).first().isEqualTo("1-2-1503");
        assertThat(names(directory.search("5678", 10))).containsExactly("张三丰");
        assertThat(names(directory.search("zsf", 10))).containsExactly("张三丰");
        assertThat(names(directory.search("ZS", 10))).containsExactlyInAnyOrder("张三丰", "张三");
        assertThat(names(directory.search("三丰", 10))).containsExactly("张三丰");
        assertThat(names(directory.search("华通", 10))).containsExactly("李经理");
        assertThat(directory.search("  ", 10)).isEmpty();
        assertThat(directory.search("%", 10)).isEmpty();
    }

    @Test
    void aRoomCodeFindsThePeopleInTheRoom() {
        assertThat(names(directory.search("1-2-1503", 10))).containsExactly("张三丰");
    }

    @Test
    void surnamesAreSpelledAsPeopleSayThem() {
        directory.addOccupant(site.admin(), r1503.id(), form("曾小贤", OccupantKind.MEMBER, null, "13511110000"));
        directory.addOccupant(site.admin(), r1503.id(), form("单田芳", OccupantKind.MEMBER, null, "13511110001"));

        assertThat(names(directory.search("zxx", 10))).containsExactly("曾小贤");
        assertThat(names(directory.search("stf", 10))).containsExactly("单田芳");
    }

    @Test
    void roomsWhoseCodesCountTheSameAreAllPaged() {
        for (String number : List.of("0101", "101", "102")) {
            directory.addRoom(site.admin(), new RoomForm("6", null, null, number, false));
        }
        Building six = directory.buildings().stream().filter(b -> b.code().equals("6")).findFirst().orElseThrow();
        List<String> seen = new java.util.ArrayList<>();
        Room after = null;
        for (int page = 0; page < 4; page++) {
            List<Room> rooms = directory.rooms(six.id(), null, after, 1);
            if (rooms.isEmpty()) {
                break;
            }
            seen.add(rooms.get(0).code());
            after = rooms.get(0);
        }
        assertThat(seen).containsExactlyInAnyOrder("6-0101", "6-101", "6-102");
    }

    @Test
    void twoPeopleWithTheSameNameComeWithTheirRooms() {
        Room other = directory.addRoom(site.admin(), new RoomForm("3", "1", null, "1503", false));
        directory.addOccupant(site.admin(), other.id(), form("张三丰", OccupantKind.TENANT, null, "13700002222"));

        assertThat(directory.search("张三丰", 10)).filteredOn(DirectoryEntry::hasOccupant)
                .extracting(DirectoryEntry::roomCode).containsExactly("1-2-1503", "3-1-1503");
    }

    @Test
    void movedOutPeopleAreKeptAndListedAfterTheOthers() {
        Occupant tenant = directory.addOccupant(site.admin(), r1503.id(), form("王租户", OccupantKind.TENANT, null, "13600003333"));
        directory.moveOut(site.admin(), tenant.id());

        List<Occupant> inRoom = directory.occupants(r1503.id());
        assertThat(inRoom).extracting(Occupant::name).containsExactly("张三丰", "王租户");
        assertThat(inRoom.get(1).movedOut()).isTrue();
    }

    @Test
    void phonesAreMaskedInTheAuditLogAndARevealIsAudited() {
        String created = SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'occupant' AND entity_id = '"
                + zhangSanfeng.id() + "'").get(0).get("changes").toString();
        assertThat(created).contains("138****5678").doesNotContain("13812345678");

        Session lead = leadSession();
        assertThat(directory.revealPhones(lead, zhangSanfeng.id())).containsExactly("13812345678");
        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE entity_id = '" + zhangSanfeng.id()
                + "' AND action = 'REVEAL'")).hasSize(1);
    }

    @Test
    void receptionistsLookUpButDoNotEditOrReveal() {
        TestSites.addStaff(site.ws(), site.admin(), "R001", "前台", Role.RECEPTIONIST, "desk2026");
        Session desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);

        assertThat(directory.search("zsf", 5)).isNotEmpty();
        assertThat(catchThrowableOfType(UserFacingException.class, () ->
                directory.addOccupant(desk, r1503.id(), form("新住户", OccupantKind.TENANT, null, "13500004444"))).key())
                .isEqualTo("error.accessDenied");
        assertThat(catchThrowableOfType(UserFacingException.class, () ->
                directory.revealPhones(desk, zhangSanfeng.id())).key()).isEqualTo("error.accessDenied");
    }

    @Test
    void aBadPhoneIsRefusedAndNothingIsStored() {
        var before = SqlRows.snapshot(site.db());

        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                directory.addOccupant(site.admin(), r1503.id(), form("赵六", OccupantKind.TENANT, null, "call me")));

        assertThat(e.problems()).extracting(p -> p.field() + ":" + p.key()).containsExactly("phones:validation.phone");
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void aRoomCodeCannotBeAddedTwice() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                directory.addRoom(site.admin(), new RoomForm("1", "2", null, "1503", false)));

        assertThat(e.problems()).extracting(p -> p.key()).containsExactly("validation.roomExists");
    }

    @Test
    void aTitleIsStoredChangedAndClearedWithItsAuditAndOutboxAndOldRowsHaveNone() {
        assertThat(zhangSanfeng.title()).isNull();
        assertThat(directory.titleOf(zhangSanfeng.id())).isEmpty();

        Occupant li = directory.addOccupant(site.admin(), r1503.id(), new OccupantForm("李娜", OccupantKind.MEMBER, null,
                List.of("13700001234"), null, ParcelConsent.YES, Title.MS));
        assertThat(directory.occupants(r1503.id())).filteredOn(o -> o.id().equals(li.id())).singleElement()
                .satisfies(o -> assertThat(o.title()).isEqualTo(Title.MS));
        assertThat(directory.titleOf(li.id())).contains(Title.MS);

        directory.updateOccupant(site.admin(), zhangSanfeng.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                List.of("13812345678"), null, ParcelConsent.UNKNOWN, Title.MR));
        assertThat(directory.titleOf(zhangSanfeng.id())).contains(Title.MR);
        assertThat(directory.moveOut(site.admin(), zhangSanfeng.id()).title()).as("moving out keeps it").isEqualTo(Title.MR);
        directory.updateOccupant(site.admin(), li.id(), new OccupantForm("李娜", OccupantKind.MEMBER, null,
                List.of("13700001234"), null, ParcelConsent.YES, null));
        assertThat(directory.titleOf(li.id())).isEmpty();

        assertThat(SqlRows.query(site.db(), "SELECT title FROM occupant WHERE id = '" + li.id() + "'"))
                .singleElement().satisfies(r -> assertThat(r.get("title")).isNull());
        String changed = SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'occupant'"
                + " AND action = 'UPDATE' AND entity_id = '" + zhangSanfeng.id() + "' ORDER BY id LIMIT 1")
                .get(0).get("changes").toString();
        assertThat(changed).contains("MR");
        assertThat(SqlRows.query(site.db(), "SELECT payload FROM outbox WHERE entity_id = '" + li.id() + "'"))
                .anySatisfy(r -> assertThat(r.get("payload").toString()).contains("title").contains("MS"));
    }

    @Test
    void anImportedTitleIsStoredAndAnExportWritesItBack() throws Exception {
        List<ImportRow> rows = List.of(
                new ImportRow(2, "2", "1", null, "101", false, "周新", OccupantKind.OWNER, null, List.of("13511112222"),
                        null, ParcelConsent.YES, Title.MR),
                new ImportRow(3, "2", "1", null, "102", false, "吴敏", OccupantKind.OWNER, null, List.of(), null,
                        ParcelConsent.UNKNOWN));
        directory.importRows(site.admin(), new ImportPreview("UTF-8", rows, List.of(), List.of()));

        assertThat(directory.search("周新", 5)).singleElement()
                .satisfies(e -> assertThat(directory.titleOf(e.occupantId())).contains(Title.MR));
        assertThat(directory.search("吴敏", 5)).singleElement()
                .satisfies(e -> assertThat(directory.titleOf(e.occupantId())).isEmpty());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        directory.exportCsv(site.admin(), out);
        ImportPreview again = DirectoryCsv.parse(out.toByteArray());
        assertThat(again.rows()).filteredOn(r -> "周新".equals(r.name())).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo(Title.MR));
        assertThat(again.rows()).filteredOn(r -> "吴敏".equals(r.name())).singleElement()
                .satisfies(r -> assertThat(r.title()).isNull());
    }

    @Test
    void anImportStoresEverythingInOneGoAndSkipsPeopleAlreadyThere() {
        List<ImportRow> rows = List.of(
                new ImportRow(2, "2", "1", null, "101", false, "周新", OccupantKind.OWNER, null, List.of("13511112222"),
                        null, ParcelConsent.YES),
                new ImportRow(3, "2", "1", null, "102", false, "", null, null, List.of(), null, ParcelConsent.UNKNOWN),
                new ImportRow(4, "1", "2", null, "1503", false, "张三丰", OccupantKind.OWNER, null, List.of(), null,
                        ParcelConsent.UNKNOWN));

        ImportResult result = directory.importRows(site.admin(), new ImportPreview("UTF-8", rows, List.of(), List.of()));

        assertThat(result.roomsCreated()).isEqualTo(2);
        assertThat(result.occupantsCreated()).isEqualTo(1);
        assertThat(result.alreadyKnown()).isEqualTo(1);
        assertThat(names(directory.search("zx", 5))).containsExactly("周新");
        assertThat(directory.occupants(r1503.id())).hasSize(1);
    }

    @Test
    void aRowFailingInsideTheImportLeavesNothingStored() {
        List<ImportRow> rows = List.of(
                new ImportRow(2, "2", "1", null, "101", false, "周新", OccupantKind.OWNER, null, List.of("13511112222"),
                        null, ParcelConsent.YES),
                new ImportRow(3, "2", "1", null, "102", false, "吴二", OccupantKind.OWNER, null, List.of("call me"),
                        null, ParcelConsent.YES));
        var before = SqlRows.snapshot(site.db());

        assertThat(catchThrowableOfType(ValidationException.class, () ->
                directory.importRows(site.admin(), new ImportPreview("UTF-8", rows, List.of(), List.of())))).isNotNull();
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void someoneWhoMovedOutDoesNotStopANewTenantOfTheSameNameBeingImported() {
        directory.moveOut(site.admin(), zhangSanfeng.id());
        List<ImportRow> rows = List.of(new ImportRow(2, "1", "2", null, "1503", false, "张三丰", OccupantKind.TENANT,
                null, List.of("13700009999"), null, ParcelConsent.UNKNOWN));

        ImportResult result = directory.importRows(site.admin(), new ImportPreview("UTF-8", rows, List.of(), List.of()));

        assertThat(result.occupantsCreated()).isEqualTo(1);
        assertThat(directory.occupants(r1503.id())).extracting(Occupant::movedOut).containsExactly(false, true);
    }

    @Test
    void aPreviewWithErrorsIsNotImported() {
        ImportPreview bad = new ImportPreview("UTF-8",
                List.of(new ImportRow(2, "2", "1", null, "101", false, "", null, null, List.of(), null, ParcelConsent.UNKNOWN)),
                List.of(new ImportProblem(3, "import.roomMissing", List.of())), List.of());
        var before = SqlRows.snapshot(site.db());

        assertThat(catchThrowableOfType(UserFacingException.class, () -> directory.importRows(site.admin(), bad)).key())
                .isEqualTo("import.notImportable");
        assertThat(SqlRows.snapshot(site.db())).isEqualTo(before);
    }

    @Test
    void anExportMasksPhonesForAReceptionistAndAFullExportByALeadIsAuditedAndImportsAgain() throws Exception {
        TestSites.addStaff(site.ws(), site.admin(), "R001", "前台", Role.RECEPTIONIST, "desk2026");
        Session desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);
        java.io.ByteArrayOutputStream masked = new java.io.ByteArrayOutputStream();
        int lines = directory.exportCsv(desk, masked);

        String text = masked.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines).isEqualTo(4);
        assertThat(text).startsWith("\uFEFF" + String.join(",", DirectoryCsv.EXPORT_HEADER))
                .contains("138****5678").doesNotContain("13812345678");

        java.io.ByteArrayOutputStream full = new java.io.ByteArrayOutputStream();
        directory.exportCsv(leadSession(), full);
        assertThat(full.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("13812345678");
        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE action = 'EXPORT'")).hasSize(1);

        ImportPreview again = DirectoryCsv.parse(full.toByteArray());
        assertThat(again.errors()).isEmpty();
        assertThat(again.rows()).extracting(ImportRow::roomCode)
                .containsExactlyInAnyOrder("1-1-301", "1-2-1503", "T-17F-1701", "地下车库B1");
    }

    private Session leadSession() {
        TestSites.addStaff(site.ws(), site.admin(), "L001", "班长", Role.SHIFT_LEAD, "lead2026");
        return site.ws().accounts().authenticate("L001", "lead2026".toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);
    }

    private static List<String> names(List<DirectoryEntry> entries) {
        return entries.stream().filter(DirectoryEntry::hasOccupant).map(DirectoryEntry::name).toList();
    }

    static OccupantForm form(String name, OccupantKind kind, String company, String phone) {
        return new OccupantForm(name, kind, company, List.of(phone), null, ParcelConsent.UNKNOWN);
    }
}
