package com.frontdesk.phrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.directory.DirectoryService;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.directory.Title;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PhraseServiceTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();
    PhraseService phrases;
    Session admin;
    Session desk;

    @BeforeEach
    void setUp() {
        phrases = site.ws().phrases();
        admin = site.admin();
        TestSites.addStaff(site.ws(), admin, "R001", "李静", Role.RECEPTIONIST, "desk2026");
        desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    @Test
    void theStarterLibraryIsWrittenOnceWithOver60PhrasesInEveryCategoryAndBothLanguages() {
        List<PhraseHit> all = phrases.search(desk, PhraseSearch.ALL, PhraseService.LIST_LIMIT);
        phrases.search(desk, PhraseSearch.ALL, PhraseService.LIST_LIMIT);

        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(h -> h.phrase().category()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PhraseCategory.values());
        assertThat(all).allSatisfy(h -> assertThat(h.phrase().textEn()).isNotBlank().isNotEqualTo(h.phrase().textZh()));
        assertThat(SqlRows.count(site.db(), "phrase")).isEqualTo(all.size());
        assertThat(SqlRows.query(site.db(), "SELECT count(*) AS n FROM outbox WHERE entity = 'phrase'").get(0).get("n"))
                .isEqualTo(all.size());
        // The starter library itself passes the rules of a saved library (codes, placeholders, includes).
        com.frontdesk.core.Validation v = new com.frontdesk.core.Validation();
        PhraseRules.checkLibrary(v, StarterPhrases.all().stream().map(PhraseForm::normalised).toList());
        assertThat(v.problems()).isEmpty();
    }

    @Test
    void aRemovedStarterPhraseDoesNotComeBackOnTheNextStart() {
        Phrase hello = phrases.search(admin, PhraseSearch.words("ls1"), 5).get(0).phrase();
        phrases.delete(admin, hello.id());

        PhraseService restarted = site.reopen().phrases();

        assertThat(restarted.search(admin, PhraseSearch.words("ls1"), 5)).extracting(h -> h.phrase().code())
                .doesNotContain("ls1");
    }

    @Test
    void searchFindsByCodeByPinyinInitialsOfTheTitleAndByWordsInTextsAndTags() {
        assertThat(codes(PhraseSearch.words("bx1")).get(0)).as("an exact code comes first").isEqualTo("bx1");
        assertThat(codes(PhraseSearch.words("bxysl"))).containsExactly("bx1");
        List<String> ts = codes(PhraseSearch.words("ts"));
        assertThat(ts.subList(0, 6)).as("codes before title initials alone (停水停电致歉)")
                .containsExactlyInAnyOrder("ts1", "ts2", "ts3", "ts4", "ts5", "ts6");
        assertThat(ts.get(6)).isEqualTo("qy5");
        assertThat(codes(PhraseSearch.ALL)).as("in the categories' order").startsWith("kc1", "kc2");
        assertThat(codes(PhraseSearch.words("wxjd"))).containsExactly("bx4");
        assertThat(codes(PhraseSearch.words("xlzy"))).containsExactly("rx2");
        assertThat(codes(PhraseSearch.words("杂音"))).contains("rx2");
        assertThat(codes(PhraseSearch.words("NOISY"))).contains("rx2");
        assertThat(codes(PhraseSearch.words("热线 回电"))).containsExactly("rx3");
        assertThat(codes(new PhraseSearch("", PhraseCategory.SIX_SOUNDS, false)))
                .containsExactly("ls1", "ls2", "ls3", "ls4", "ls5", "ls6");
    }

    @Test
    void favouritesComeFirstThenTheMostUsedForEachStaffMemberAlone() {
        Phrase bye = phrases.byCode("ls6").orElseThrow();
        Phrase thanks = phrases.byCode("ls3").orElseThrow();

        assertThat(phrases.toggleFavourite(desk, bye.id())).isTrue();
        phrases.recordUse(desk, thanks.id());
        phrases.recordUse(desk, thanks.id());

        List<PhraseHit> mine = phrases.search(desk, new PhraseSearch("", PhraseCategory.SIX_SOUNDS, false), 10);
        assertThat(mine).extracting(h -> h.phrase().code()).startsWith("ls6", "ls3");
        assertThat(mine.get(1).uses()).isEqualTo(2);
        assertThat(codes(new PhraseSearch("", null, true))).containsExactly("ls6");
        assertThat(phrases.search(admin, new PhraseSearch("", null, true), 10)).isEmpty();
        assertThat(phrases.toggleFavourite(desk, bye.id())).isFalse();
        assertThat(codes(new PhraseSearch("", null, true))).isEmpty();
    }

    @Test
    void theTitleOfAPickedOccupantComesFromTheDirectory() {
        DirectoryService directory = site.ws().directory();
        Room room = directory.addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        Occupant him = directory.addOccupant(admin, room.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                List.of(), null, ParcelConsent.UNKNOWN, Title.MR));
        Occupant her = directory.addOccupant(admin, room.id(), new OccupantForm("李娜", OccupantKind.MEMBER, null,
                List.of(), null, ParcelConsent.UNKNOWN, Title.MS));
        Occupant unknown = directory.addOccupant(admin, room.id(), new OccupantForm("王伟", OccupantKind.MEMBER, null,
                List.of(), null, ParcelConsent.UNKNOWN));
        Phrase accepted = phrases.byCode("bx1").orElseThrow();

        assertThat(phrases.fill(accepted, "zh-CN", phrases.values(desk, "zh-CN",
                new RecordOnScreen("BX-1", "1-2-1503", "张三丰", him.id())))).startsWith("张先生好，");
        assertThat(phrases.fill(accepted, "zh-CN", phrases.values(desk, "zh-CN",
                new RecordOnScreen("TS-1", "1-2-1503", "1-2-1503 · 李娜", her.id())))).startsWith("李女士好，");
        assertThat(phrases.fill(accepted, "en", phrases.values(desk, "en",
                new RecordOnScreen("BX-1", "1-2-1503", "李娜", her.id())))).contains("Ms Li");
        assertThat(phrases.fill(accepted, "zh-CN", phrases.values(desk, "zh-CN",
                new RecordOnScreen("BX-1", "1-2-1503", "王伟", unknown.id())))).startsWith("王先生/女士好，");
    }

    @Test
    void fillingUsesTheUserTheSiteAndTheRecordOnScreen() {
        Phrase accepted = phrases.byCode("bx1").orElseThrow();
        Map<String, String> values = phrases.values(desk, "zh-CN",
                new RecordOnScreen("BX-20261122-0007", "1-2-1503", "张三丰"));

        assertThat(phrases.fill(accepted, "zh-CN", values))
                .isEqualTo("张先生/女士好，您的报修已经登记，单号BX-20261122-0007，维修师傅会尽快与您联系上门时间。");
        assertThat(phrases.fill(phrases.byCode("kc1").orElseThrow(), "zh-CN", values))
                .contains("工号R001").contains(site.ws().sites().site().orElseThrow().name());
        assertThat(phrases.fill(phrases.byCode("js6").orElseThrow(), "en", values))
                .isEqualTo("Is there anything else I can help you with? Thank you for calling. Have a pleasant day, "
                        + "goodbye!");
    }

    @Test
    void anAdministratorsChangesAreAuditedAndSentAndTheDeskMayNotMakeThem() {
        PhraseForm form = new PhraseForm(PhraseCategory.REPAIRS, " BX9 ", "电梯困人安抚", "{称呼|您}别慌，救援马上到。",
                "{title|Please} stay calm, help is coming.", "电梯,  困人");

        assertThatThrownBy(() -> phrases.create(desk, form)).isInstanceOf(AccessDeniedException.class);
        Phrase made = phrases.create(admin, form);
        Phrase changed = phrases.update(admin, made.id(), new PhraseForm(PhraseCategory.REPAIRS, "bx9", "电梯困人安抚",
                "{称呼|您}别慌，救援五分钟内到。", made.textEn(), made.tags()));
        phrases.delete(admin, made.id());

        assertThat(made.code()).isEqualTo("bx9");
        assertThat(made.tags()).isEqualTo("电梯 困人");
        assertThat(made.titleInitials()).isEqualTo("dtkraf");
        assertThat(changed.textZh()).contains("五分钟");
        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE entity = 'phrase' AND entity_id = '"
                + made.id() + "' ORDER BY at, rowid")).extracting(r -> r.get("action"))
                .containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(SqlRows.query(site.db(), "SELECT op FROM outbox WHERE entity_id = '" + made.id() + "' ORDER BY rowid"))
                .extracting(r -> r.get("op")).containsExactly("upsert", "upsert", "delete");
        assertThat(phrases.byCode("bx9")).isEmpty();
    }

    @Test
    void aLoopOfPhrasesIncludingEachOtherIsRefusedWithThePathAndNothingIsStored() {
        phrases.create(admin, form("aa", "A {>js1}"));
        phrases.create(admin, form("bb", "B {>aa}"));
        Phrase a = phrases.byCode("aa").orElseThrow();

        assertThatThrownBy(() -> phrases.update(admin, a.id(), form("aa", "A {>bb}")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.key()).isEqualTo("phrase.loop");
                            assertThat(p.args()).containsExactly("aa → bb → aa");
                        }));
        assertThatThrownBy(() -> phrases.create(admin, form("cc", "C {>cc}")))
                .isInstanceOf(ValidationException.class);
        assertThat(phrases.byCode("aa").orElseThrow().textZh()).isEqualTo("A {>js1}");
        assertThat(phrases.byCode("cc")).isEmpty();
    }

    @Test
    void badFormsAreRefusedWithTheirFields() {
        assertThatThrownBy(() -> phrases.create(admin, new PhraseForm(null, "x y", "", "{客户}", "{>nothere}", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.key()).contains(
                                "phraseCategory:validation.required", "phraseCode:phrase.codeFormat",
                                "phraseTitle:validation.required", "phraseTextZh:phrase.unknownPlaceholder",
                                "phraseTextEn:phrase.unknownInclude"));
        assertThatThrownBy(() -> phrases.create(admin, form("ls1", "again")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("phrase.codeTaken"));
        Phrase bye = phrases.byCode("js1").orElseThrow();
        assertThatThrownBy(() -> phrases.delete(admin, bye.id()))
                .as("js6 includes js1").isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("phrase.includedBy"));
    }

    private static PhraseForm form(String code, String zh) {
        return new PhraseForm(PhraseCategory.WAITING, code, "测试" + code, zh, "en " + code, "");
    }

    private List<String> codes(PhraseSearch search) {
        return phrases.search(desk, search, PhraseService.LIST_LIMIT).stream().map(h -> h.phrase().code()).toList();
    }

    static String[] categories() {
        return Arrays.stream(PhraseCategory.values()).map(Enum::name).toArray(String[]::new);
    }
}
