package com.frontdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.Complaint;
import com.frontdesk.core.Actor;
import com.frontdesk.complaints.ComplaintForm;
import com.frontdesk.complaints.Severity;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.handover.Handover;
import com.frontdesk.handover.HandoverNote;
import com.frontdesk.handover.NotePriority;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.Deposit;
import com.frontdesk.parcels.DepositForm;
import com.frontdesk.parcels.LostItem;
import com.frontdesk.parcels.LostItemCategory;
import com.frontdesk.parcels.LostItemForm;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.phrases.Phrase;
import com.frontdesk.phrases.PhraseCategory;
import com.frontdesk.phrases.PhraseForm;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairForm;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One record of every kind, made through the modules' own services, found by each of its keys:
 * names (2-character Chinese names and 1-character surnames included), pinyin initials, phone
 * tails, room codes, numbers, tracking numbers and words of a description.
 */
class SearchServiceTest {
    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    SearchService search;
    Session admin;
    Session desk;
    Room room;
    Room other;
    Occupant zhou;
    Visit visit;
    Parcel parcel;
    Deposit deposit;
    LostItem lost;
    Repair repair;
    Complaint complaint;
    HandoverNote note;

    @BeforeEach
    void setUp() {
        admin = site.admin();
        search = site.ws().search();
        TestSites.addStaff(site.ws(), admin, "R001", "前台小李", Role.RECEPTIONIST, "desk2026");
        desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
        room = site.ws().directory().addRoom(admin, new RoomForm("3", "2", null, "1502", false));
        other = site.ws().directory().addRoom(admin, new RoomForm("5", "1", null, "0801", false));
        zhou = site.ws().directory().addOccupant(admin, room.id(), new OccupantForm("周杰", OccupantKind.OWNER, null,
                List.of("13912347788"), null, ParcelConsent.YES));
        site.ws().shelves().define(admin, "A1", null, true);
        clock.advance(Duration.ofMinutes(1));
        visit = site.ws().visitors().checkIn(desk, VisitForm.of("欧阳娜", Purpose.VISIT, room.id(), Verification.CONFIRMED)
                .withHost(room.id(), zhou.id(), null).withPhone("13600005566"));
        clock.advance(Duration.ofMinutes(1));
        parcel = site.ws().parcels().receive(desk, ParcelForm.of("SF1400123456789", Carrier.SF, room.id(), zhou.id())
                .withShelf("A1"));
        clock.advance(Duration.ofMinutes(1));
        deposit = site.ws().deposits().receive(desk, DepositForm.forRoom("蓝色行李箱", "马丽", "13711112222",
                other.id(), null).withShelf("A1"));
        clock.advance(Duration.ofMinutes(1));
        lost = site.ws().lostProperty().record(desk, LostItemForm.of("黑色钱包", LostItemCategory.WALLET_MONEY,
                "地下车库电梯口", "保安老陈", "前台保险柜"));
        clock.advance(Duration.ofMinutes(1));
        repair = site.ws().repairs().take(desk, RepairForm.phoned(room.id(), zhou.id(), "周杰", "13912347788",
                "PLUMBING", "卫生间地漏反水", RepairPriority.NORMAL));
        clock.advance(Duration.ofMinutes(1));
        complaint = site.ws().complaints().take(desk, ComplaintForm.phoned(other.id(), null, "13855554444",
                "电梯噪音扰民", "夜里电梯运行声音很大", "请检修", "NOISE", Severity.NORMAL, null));
        clock.advance(Duration.ofMinutes(1));
        Handover h = site.ws().handovers().start(desk, "LOBBY", "DAY");
        note = site.ws().handovers().addNote(desk, h.id(), "快递柜三号门锁坏了，已报修", NotePriority.HIGH);
    }

    private List<String> ids(String query, SearchKind kind) {
        return search.search(admin, query).of(kind).stream().map(SearchHit::refId).toList();
    }

    @Test
    void theDirectoryByNameInitialsPhoneTailAndRoomCode() {
        assertThat(ids("周杰", SearchKind.OCCUPANT)).as("a 2-character name").containsExactly(zhou.id());
        assertThat(ids("周", SearchKind.OCCUPANT)).as("a surname alone").containsExactly(zhou.id());
        assertThat(ids("zj", SearchKind.OCCUPANT)).as("pinyin initials").containsExactly(zhou.id());
        assertThat(ids("7788", SearchKind.OCCUPANT)).as("phone tail").containsExactly(zhou.id());
        assertThat(ids("3-2-1502", SearchKind.OCCUPANT)).as("room code").containsExactly(zhou.id());
        assertThat(ids("3-2-1502", SearchKind.ROOM)).containsExactly(room.id());
        assertThat(ids("0801", SearchKind.ROOM)).containsExactly(other.id());
        assertThat(ids("1391234", SearchKind.OCCUPANT)).as("the whole phone is not in the index").isEmpty();
    }

    @Test
    void visitsByNameNumberPhoneTailHostAndInitials() {
        assertThat(ids("欧阳娜", SearchKind.VISIT)).containsExactly(visit.id());
        assertThat(ids("欧阳", SearchKind.VISIT)).as("2 characters").containsExactly(visit.id());
        assertThat(ids("娜", SearchKind.VISIT)).as("1 character").containsExactly(visit.id());
        assertThat(ids(visit.number(), SearchKind.VISIT)).containsExactly(visit.id());
        assertThat(ids("5566", SearchKind.VISIT)).containsExactly(visit.id());
        assertThat(ids("1502", SearchKind.VISIT)).as("the host's room").containsExactly(visit.id());
        assertThat(ids("zj", SearchKind.VISIT)).as("the host's initials").containsExactly(visit.id());
    }

    @Test
    void parcelsAndItemsByTrackingNumberDescriptionAndName() {
        assertThat(ids("SF1400123456789", SearchKind.PARCEL)).containsExactly(parcel.id());
        assertThat(ids("3456789", SearchKind.PARCEL)).as("end of the tracking number").containsExactly(parcel.id());
        assertThat(ids(parcel.number(), SearchKind.PARCEL)).containsExactly(parcel.id());
        assertThat(ids("sf14001234", SearchKind.PARCEL)).as("the start of a tracking number").containsExactly(parcel.id());
        assertThat(ids("1400123456789", SearchKind.PARCEL)).as("its digits without the carrier's letters")
                .containsExactly(parcel.id());
        assertThat(ids("00123456789", SearchKind.PARCEL)).as("digits inside it: the substring fallback")
                .containsExactly(parcel.id());
        assertThat(ids(parcel.number().substring(3), SearchKind.PARCEL)).as("a number without its letters")
                .containsExactly(parcel.id());
        assertThat(ids("周杰", SearchKind.PARCEL)).containsExactly(parcel.id());
        assertThat(ids("7788", SearchKind.PARCEL)).as("the recipient's phone tail").containsExactly(parcel.id());
        assertThat(ids("行李箱", SearchKind.DEPOSIT)).containsExactly(deposit.id());
        assertThat(ids("马丽", SearchKind.DEPOSIT)).containsExactly(deposit.id());
        assertThat(ids("2222", SearchKind.DEPOSIT)).containsExactly(deposit.id());
        assertThat(ids(deposit.number(), SearchKind.DEPOSIT)).containsExactly(deposit.id());
        assertThat(ids("钱包", SearchKind.LOST_ITEM)).as("2 characters of a description").containsExactly(lost.id());
        assertThat(ids("车库", SearchKind.LOST_ITEM)).containsExactly(lost.id());
        assertThat(ids(lost.number(), SearchKind.LOST_ITEM)).containsExactly(lost.id());
    }

    @Test
    void repairsComplaintsAndNotesByNumberWordsAndPeople() {
        assertThat(ids(repair.number(), SearchKind.REPAIR)).containsExactly(repair.id());
        assertThat(ids("地漏", SearchKind.REPAIR)).containsExactly(repair.id());
        assertThat(ids("地漏反水", SearchKind.REPAIR)).containsExactly(repair.id());
        assertThat(ids("7788", SearchKind.REPAIR)).containsExactly(repair.id());
        assertThat(ids("zj", SearchKind.REPAIR)).containsExactly(repair.id());
        assertThat(ids(complaint.number(), SearchKind.COMPLAINT)).containsExactly(complaint.id());
        assertThat(ids("噪音", SearchKind.COMPLAINT)).containsExactly(complaint.id());
        assertThat(ids("5-1-0801", SearchKind.COMPLAINT)).containsExactly(complaint.id());
        assertThat(ids("4444", SearchKind.COMPLAINT)).containsExactly(complaint.id());
        assertThat(ids("门锁", SearchKind.HANDOVER_NOTE)).containsExactly(note.id());
        assertThat(ids("快递柜", SearchKind.HANDOVER_NOTE)).containsExactly(note.id());
    }

    @Test
    void wordsTogetherNarrowAndResultsAreGroupedNewestFirst() {
        assertThat(ids("周杰 地漏", SearchKind.REPAIR)).containsExactly(repair.id());
        assertThat(ids("周杰 反水 7788", SearchKind.REPAIR)).containsExactly(repair.id());
        assertThat(ids("周杰 漏", SearchKind.PARCEL)).as("every word must match").isEmpty();
        SearchResults all = search.search(admin, "1502");
        assertThat(all.groups().keySet()).containsExactly(SearchKind.OCCUPANT, SearchKind.ROOM, SearchKind.VISIT,
                SearchKind.PARCEL, SearchKind.REPAIR);
        clock.advance(Duration.ofMinutes(1));
        Repair newer = site.ws().repairs().take(desk, RepairForm.phoned(room.id(), zhou.id(), "周杰", "13912347788",
                "PLUMBING", "厨房地漏堵塞", RepairPriority.NORMAL));
        assertThat(ids("地漏", SearchKind.REPAIR)).containsExactly(newer.id(), repair.id());
        assertThat(search.search(admin, "地漏", 1).of(SearchKind.REPAIR)).extracting(SearchHit::refId)
                .containsExactly(newer.id());
    }

    @Test
    void stepsInStepAfterEditsAndMoves() {
        site.ws().directory().updateOccupant(admin, zhou.id(), new OccupantForm("周杰伦", OccupantKind.OWNER, null,
                List.of("13912349900"), null, ParcelConsent.YES));
        assertThat(ids("杰伦", SearchKind.OCCUPANT)).containsExactly(zhou.id());
        assertThat(ids("zjl", SearchKind.OCCUPANT)).containsExactly(zhou.id());
        assertThat(ids("9900", SearchKind.OCCUPANT)).containsExactly(zhou.id());
        assertThat(ids("7788", SearchKind.OCCUPANT)).as("the old phone is gone").isEmpty();
        site.ws().visitors().checkOut(desk, visit.number());
        assertThat(search.search(admin, "欧阳娜").of(SearchKind.VISIT)).singleElement()
                .extracting(SearchHit::state).isEqualTo("CHECKED_OUT");
        site.ws().directory().moveOut(admin, zhou.id());
        assertThat(ids("周杰伦", SearchKind.OCCUPANT)).as("moved out").isEmpty();
        site.ws().handovers().noteDone(desk, note.id());
        assertThat(search.search(admin, "门锁").of(SearchKind.HANDOVER_NOTE)).singleElement()
                .extracting(SearchHit::state).isEqualTo("DONE");
    }

    @Test
    void aDeletedRecordLeavesTheIndex() {
        site.ws().store().write(Actor.SYSTEM, tx -> tx.handle()
                .execute("UPDATE lost_item SET deleted_at = ? WHERE id = ?", clock.millis(), lost.id()));
        assertThat(ids("钱包", SearchKind.LOST_ITEM)).as("marked deleted").isEmpty();
        site.ws().store().write(Actor.SYSTEM, tx -> tx.handle()
                .execute("DELETE FROM handover_note WHERE id = ?", note.id()));
        assertThat(ids("门锁", SearchKind.HANDOVER_NOTE)).as("deleted").isEmpty();
        int left = site.ws().store().read(h -> h.createQuery("SELECT count(*) FROM search_doc "
                + "WHERE kind IN ('lost_item', 'handover_note')").mapTo(Integer.class).one());
        assertThat(left).isZero();
        int fts = site.ws().store().read(h -> h.createQuery(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"钱包\"'").mapTo(Integer.class).one());
        assertThat(fts).as("the FTS rows went with it").isZero();
    }

    @Test
    void aWriteThatRollsBackLeavesNoEntry() {
        assertThatThrownBy(() -> site.ws().store().write(Actor.SYSTEM, tx -> {
            tx.handle().execute("INSERT INTO room (id, number, code, sort_key, created_at, updated_at) "
                    + "VALUES ('r-gone', '0909', '9-9-0909', '9-9-0909', 1, 1)");
            assertThat(search.search(admin, "9-9-0909").of(SearchKind.ROOM)).as("in the write, the entry is there")
                    .hasSize(1);
            throw new IllegalStateException("the write fails after the row went in");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ids("9-9-0909", SearchKind.ROOM)).isEmpty();
        int left = site.ws().store().read(h -> h.createQuery("SELECT count(*) FROM search_doc WHERE ref_id = 'r-gone'")
                .mapTo(Integer.class).one());
        assertThat(left).isZero();
    }

    @Test
    void aRoleSeesOnlyTheKindsOfItsModules() {
        TestSites.addStaff(site.ws(), admin, "G001", "客服小王", Role.AGENT, "desk2026");
        Session agent = site.ws().accounts().authenticate("G001", "desk2026".toCharArray(),
                AccountService.Purpose.LOGIN);
        SearchResults seen = search.search(agent, "1502");
        assertThat(seen.groups().keySet()).containsExactly(SearchKind.OCCUPANT, SearchKind.ROOM, SearchKind.REPAIR);
    }

    @Test
    void punctuationAndQuotesAreText() {
        assertThat(ids("\"周", SearchKind.OCCUPANT)).as("a quote is punctuation").containsExactly(zhou.id());
        assertThat(ids("50%", SearchKind.OCCUPANT)).as("LIKE's wildcards are text").isEmpty();
        assertThat(ids("周杰 1_", SearchKind.OCCUPANT)).isEmpty();
        assertThat(search.search(admin, "  ").isEmpty()).isTrue();
        assertThat(search.search(admin, "--").isEmpty()).isTrue();
        assertThat(ids("ＳＦ１４００", SearchKind.PARCEL)).as("full-width digits are folded").containsExactly(parcel.id());
    }

    @Test
    void phrasesByTitleWordsCodeInitialsAndTwoCharacters() {
        Phrase p = site.ws().phrases().create(admin, new PhraseForm(PhraseCategory.REPAIRS, "bx9", "电梯困人安抚",
                "{称呼|您}别慌，救援马上到。", "{title|Please} stay calm, help is coming.", "电梯 应急"));

        assertThat(ids("困人安抚", SearchKind.PHRASE)).as("words of the title").containsExactly(p.id());
        assertThat(ids("bx9", SearchKind.PHRASE)).as("its code").containsExactly(p.id());
        assertThat(ids("困人", SearchKind.PHRASE)).as("2 characters of the title").containsExactly(p.id());
        assertThat(ids("bx", SearchKind.PHRASE)).as("the start of its code: the starter's bx1… too, newest first")
                .startsWith(p.id()).hasSizeGreaterThan(1);
        assertThat(ids("dtkr", SearchKind.PHRASE)).as("the title's pinyin initials").containsExactly(p.id());
        assertThat(ids("应急", SearchKind.PHRASE)).as("a tag").containsExactly(p.id());
        assertThat(ids("救援马上", SearchKind.PHRASE)).as("the Chinese text").containsExactly(p.id());
        assertThat(ids("stay calm", SearchKind.PHRASE)).as("the English text").containsExactly(p.id());
        assertThat(search.search(desk, "困人安抚").of(SearchKind.PHRASE)).as("every role uses phrases")
                .singleElement().satisfies(hit -> {
                    assertThat(hit.title()).isEqualTo("电梯困人安抚");
                    assertThat(hit.code()).isEqualTo("bx9");
                    assertThat(hit.state()).isEqualTo("REPAIRS");
                });
    }

    @Test
    void theStarterLibraryIsIndexedWhenItIsWritten() {
        assertThat(search.search(admin, "来电问候").of(SearchKind.PHRASE)).as("not written yet").isEmpty();
        site.ws().phrases().ensureStarterLibrary();
        assertThat(search.search(admin, "来电问候").of(SearchKind.PHRASE)).extracting(SearchHit::code).contains("kc1");
    }

    @Test
    void aPhrasesEditAndDeleteKeepTheIndexInStep() {
        Phrase p = site.ws().phrases().create(admin, new PhraseForm(PhraseCategory.REPAIRS, "bx9", "电梯困人安抚",
                "{称呼|您}别慌，救援马上到。", "Please stay calm, help is coming.", ""));
        site.ws().phrases().update(admin, p.id(), new PhraseForm(PhraseCategory.APOLOGY, "qj7", "泳池闭馆致歉",
                "很抱歉，泳池今天闭馆清洁。", "We are sorry, the pool is closed for cleaning today.", ""));

        assertThat(ids("困人", SearchKind.PHRASE)).as("the old title is gone").isEmpty();
        assertThat(ids("bx9", SearchKind.PHRASE)).as("the old code is gone").isEmpty();
        assertThat(search.search(admin, "qj7").of(SearchKind.PHRASE)).singleElement().satisfies(hit -> {
            assertThat(hit.refId()).isEqualTo(p.id());
            assertThat(hit.title()).isEqualTo("泳池闭馆致歉");
            assertThat(hit.state()).isEqualTo("APOLOGY");
        });
        assertThat(ids("泳池", SearchKind.PHRASE)).containsExactly(p.id());

        site.ws().phrases().delete(admin, p.id());
        assertThat(ids("泳池", SearchKind.PHRASE)).as("a removed phrase leaves the index").isEmpty();
        assertThat(ids("qj7", SearchKind.PHRASE)).isEmpty();
        int left = site.ws().store().read(h -> h.createQuery("SELECT count(*) FROM search_doc WHERE ref_id = :id")
                .bind("id", p.id()).mapTo(Integer.class).one());
        assertThat(left).isZero();
    }
}
