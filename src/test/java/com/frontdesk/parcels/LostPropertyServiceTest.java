package com.frontdesk.parcels;

import static com.frontdesk.parcels.DepositServiceTest.drawnSignature;
import static com.frontdesk.parcels.DepositServiceTest.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Problem;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.IdType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lost and found: recorded, claimed against an ID check and a signature, disposed of after the keep period. */
class LostPropertyServiceTest {
    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    LostPropertyService lost;
    Session admin;
    Session desk;
    Session lead;
    Session agent;

    @BeforeEach
    void setUp() {
        admin = site.admin();
        lost = site.ws().lostProperty();
        site.ws().shelves().define(admin, "L1", "失物柜", true);
        site.ws().shelves().define(admin, "Z9", "旧货架", false);
        desk = signIn("R001", Role.RECEPTIONIST);
        lead = signIn("L001", Role.SHIFT_LEAD);
        agent = signIn("G001", Role.AGENT);
    }

    @Test
    void aFoundItemIsNumberedAndFoundNowUnlessTheDeskSaysWhen() {
        LostItem now = lost.record(desk, umbrella());
        Instant yesterday = clock.instant().minus(Duration.ofHours(20));
        LostItem earlier = lost.record(desk, LostItemForm.of("工牌", LostItemCategory.DOCUMENTS_CARDS, "电梯厅",
                "业主王女士", "监控室保险柜").foundAt(yesterday).withNote("华通科技"));

        assertThat(now.number()).isEqualTo("SW-20261122-0001");
        assertThat(now.status()).isEqualTo(LostItemStatus.HELD);
        assertThat(now.foundAt()).isEqualTo(clock.instant());
        assertThat(now.shelfCode()).as("a shelf code in use").isEqualTo("L1");
        assertThat(now.keptText()).isNull();
        assertThat(now.keptWhere()).isEqualTo("L1");
        assertThat(now.recordedBy()).isEqualTo(desk.user().id());
        assertThat(earlier.number()).isEqualTo("SW-20261122-0002");
        assertThat(earlier.foundAt()).isEqualTo(yesterday);
        assertThat(earlier.shelfCode()).isNull();
        assertThat(earlier.keptWhere()).as("any other place, in words").isEqualTo("监控室保险柜");
        assertThat(lost.item(earlier.id())).contains(earlier);
    }

    @Test
    void aFindInTheFutureMissingFieldsOrAShelfOutOfUseAreRefusedAndStoreNothing() {
        ValidationException future = catchThrowableOfType(ValidationException.class,
                () -> lost.record(desk, umbrella().foundAt(clock.instant().plusSeconds(120))));
        assertThat(future.problems()).extracting(Problem::field, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("foundAt", "lostProperty.foundInFuture"));
        ValidationException missing = catchThrowableOfType(ValidationException.class,
                () -> lost.record(desk, LostItemForm.of(" ", null, null, "", null)));
        assertThat(missing.problems()).extracting(Problem::field)
                .containsExactly("description", "foundWhere", "foundBy", "keptWhere");
        ValidationException inactive = catchThrowableOfType(ValidationException.class,
                () -> lost.record(desk, LostItemForm.of("伞", null, "大堂", "保洁", "z9")));
        assertThat(inactive.problems()).extracting(Problem::field, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("keptWhere", "parcel.shelfUnknown"));
        assertThatThrownBy(() -> lost.record(agent, umbrella())).isInstanceOf(AccessDeniedException.class);

        assertThat(SqlRows.count(site.db(), "lost_item")).isZero();
    }

    @Test
    void aClaimNeedsTheIdCheckedAndKeepsOnlyItsLastFourCharactersAndTheSignature() {
        LostItem item = lost.record(desk, umbrella());
        byte[] png = drawnSignature();

        ValidationException unchecked = catchThrowableOfType(ValidationException.class, () -> lost.claim(desk,
                item.id(), new LostItemClaim("13800138000", IdType.RESIDENT_ID, "110101199003071234", false),
                new SignatureInput("陈小姐", png)));
        assertThat(unchecked.problems()).extracting(Problem::field, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("idChecked", "lostProperty.idCheckRequired"));
        ValidationException noId = catchThrowableOfType(ValidationException.class, () -> lost.claim(desk,
                item.id(), new LostItemClaim(null, null, " ", true), SignatureInput.typed(" ")));
        assertThat(noId.problems()).extracting(Problem::field).containsExactly("claimantName", "idType", "idNumber");
        assertThat(lost.item(item.id()).orElseThrow().status()).isEqualTo(LostItemStatus.HELD);
        assertThat(SqlRows.count(site.db(), "signature")).isZero();

        clock.advance(Duration.ofDays(2));
        LostItem claimed = lost.claim(desk, item.id(),
                new LostItemClaim("138 0013 8000", IdType.RESIDENT_ID, "11010119900307123x", true),
                new SignatureInput("陈小姐", png));

        assertThat(claimed.status()).isEqualTo(LostItemStatus.CLAIMED);
        assertThat(claimed.claimantName()).isEqualTo("陈小姐");
        assertThat(claimed.claimantPhone()).isEqualTo("13800138000");
        assertThat(claimed.claimantIdType()).isEqualTo(IdType.RESIDENT_ID);
        assertThat(claimed.claimantIdLast4()).isEqualTo("123X");
        assertThat(claimed.idChecked()).isTrue();
        assertThat(claimed.closedBy()).isEqualTo(desk.user().id());
        assertThat(claimed.closedAt()).isEqualTo(clock.instant());
        assertThat(lost.item(item.id())).contains(claimed);
        assertThat(DepositServiceTest.storedPng(site, claimed.signatureId()))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualTo(png));
        assertThat(SqlRows.snapshot(site.db()).toString()).as("the whole ID number is stored nowhere")
                .doesNotContain("11010119900307");
    }

    @Test
    void theClaimantsPhoneIsMaskedInTheAuditLog() {
        LostItem item = lost.record(desk, umbrella());
        lost.claim(desk, item.id(), new LostItemClaim("13800138000", IdType.PASSPORT, "E12345678", true),
                SignatureInput.typed("Alice Smith"));

        String audit = SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'lost_item'").toString();
        assertThat(audit).doesNotContain("13800138000").contains("138****8000").contains("5678");
        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE entity_id = '" + item.id()
                + "' ORDER BY id")).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE");
        assertThat(SqlRows.query(site.db(), "SELECT payload FROM outbox WHERE entity = 'lost_item'").toString())
                .contains("13800138000");
    }

    @Test
    void anItemIsClaimedOrDisposedOfOnceOnly() {
        LostItem item = lost.record(desk, umbrella());
        lost.claim(desk, item.id(), checked(), SignatureInput.typed("陈小姐"));

        assertThatThrownBy(() -> lost.claim(desk, item.id(), checked(), SignatureInput.typed("别人")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("lostProperty.alreadyClaimed"));
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> lost.dispose(desk, item.id(), LostItemDisposal.of(LostItemDisposalMethod.DONATED, null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("lostProperty.alreadyClaimed"));
        assertThat(SqlRows.count(site.db(), "signature")).isEqualTo(1);
    }

    @Test
    void aReceptionistCannotDisposeOfAnItemBeforeTheKeepPeriodIsOver() {
        LostItem item = lost.record(desk, umbrella());
        clock.advance(Duration.ofDays(29));

        UserFacingException early = catchThrowableOfType(UserFacingException.class, () -> lost.dispose(desk,
                item.id(), new LostItemDisposal(LostItemDisposalMethod.DISCARDED, null, "占地方")));

        assertThat(early.key()).isEqualTo("lostProperty.notDueYet");
        assertThat(early.args()).containsExactly(item.number(), "2026-12-22");
        assertThat(lost.item(item.id()).orElseThrow().status()).isEqualTo(LostItemStatus.HELD);
        assertThat(lost.dueForDisposal(null, 10)).isEmpty();
        assertThat(lost.due(item)).isFalse();
    }

    @Test
    void aShiftLeadMayDisposeEarlyOnlyWithAReasonWhichTheAuditLogKeeps() {
        LostItem item = lost.record(desk, umbrella());
        clock.advance(Duration.ofDays(3));

        ValidationException noReason = catchThrowableOfType(ValidationException.class,
                () -> lost.dispose(lead, item.id(), LostItemDisposal.of(LostItemDisposalMethod.POLICE, null)));
        assertThat(noReason.problems()).extracting(Problem::field).containsExactly("disposalReason");

        LostItem gone = lost.dispose(lead, item.id(),
                new LostItemDisposal(LostItemDisposalMethod.POLICE, "交派出所 张警官", "疑似被盗物品"));

        assertThat(gone.status()).isEqualTo(LostItemStatus.DISPOSED);
        assertThat(gone.disposalMethod()).isEqualTo(LostItemDisposalMethod.POLICE);
        assertThat(gone.disposalNote()).isEqualTo("交派出所 张警官");
        assertThat(gone.earlyReason()).isEqualTo("疑似被盗物品");
        assertThat(gone.closedBy()).isEqualTo(lead.user().id());
        assertThat(SqlRows.query(site.db(), "SELECT actor_id, changes FROM audit_log WHERE action = 'EARLY_DISPOSAL'"
                + " AND entity_id = '" + item.id() + "'")).singleElement().satisfies(r -> {
                    assertThat(r.get("actor_id")).isEqualTo(lead.user().id());
                    assertThat(r.get("changes").toString()).contains("疑似被盗物品");
                });
    }

    @Test
    void afterTheKeepPeriodTheItemIsListedForDisposalAndAnyDeskMayDisposeOfIt() {
        LostItem old = lost.record(desk, umbrella());
        clock.advance(Duration.ofDays(10));
        LostItem newer = lost.record(desk, LostItemForm.of("钥匙", LostItemCategory.KEYS, "车库B1", "保安", "L1"));
        clock.advance(Duration.ofDays(20));                      // old: 30 days, newer: 20 days

        assertThat(lost.dueForDisposal(null, 10)).extracting(LostItem::id).containsExactly(old.id());
        assertThat(lost.countHeld()).isEqualTo(2);
        assertThat(lost.countDueForDisposal()).isEqualTo(1);
        assertThat(lost.due(lost.item(old.id()).orElseThrow())).isTrue();

        LostItem gone = lost.dispose(desk, old.id(), LostItemDisposal.of(LostItemDisposalMethod.DONATED, "捐给社区"));
        assertThat(gone.status()).isEqualTo(LostItemStatus.DISPOSED);
        assertThat(gone.earlyReason()).isNull();
        assertThat(SqlRows.query(site.db(), "SELECT id FROM audit_log WHERE action = 'EARLY_DISPOSAL'")).isEmpty();
        assertThat(lost.dueForDisposal(null, 10)).isEmpty();
        assertThat(lost.countHeld()).isEqualTo(1);

        site.ws().settings().update(admin, ParcelSettings.DOCUMENT, new ParcelSettings(3, 1, 14));
        assertThat(lost.keepDays()).isEqualTo(14);
        assertThat(lost.dueForDisposal(null, 10)).as("a shorter keep period applies at once")
                .extracting(LostItem::id).containsExactly(newer.id());
        assertThat(lost.countDueForDisposal()).isEqualTo(1);
    }

    @Test
    void theDueListPagesOldestFirst() {
        LostItem a = lost.record(desk, umbrella());
        clock.advance(Duration.ofMinutes(1));
        LostItem b = lost.record(desk, umbrella());
        clock.advance(Duration.ofMinutes(1));
        LostItem c = lost.record(desk, umbrella());
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        List<LostItem> first = lost.dueForDisposal(null, 2);
        assertThat(first).extracting(LostItem::id).containsExactly(a.id(), b.id());
        assertThat(lost.dueForDisposal(first.get(1), 2)).extracting(LostItem::id).containsExactly(c.id());
        assertThat(lost.held(null, 2)).extracting(LostItem::id).containsExactly(a.id(), b.id());
    }

    @Test
    void theHistoryPagesNewestFindFirstWithFiltersAndSearch() {
        LostItem umbrella = lost.record(desk, umbrella());
        clock.advance(Duration.ofMinutes(5));
        LostItem keys = lost.record(desk, LostItemForm.of("钥匙三把", LostItemCategory.KEYS, "车库B1", "保安小李", "L1"));
        clock.advance(Duration.ofMinutes(5));
        LostItem wallet = lost.record(desk, LostItemForm.of("黑色钱包", LostItemCategory.WALLET_MONEY, "大堂", "保洁阿姨",
                "监控室保险柜"));
        lost.claim(desk, wallet.id(), checked(), SignatureInput.typed("周先生"));

        List<LostItem> page = lost.history(LostItemFilter.ALL, null, 2);
        assertThat(page).extracting(LostItem::id).containsExactly(wallet.id(), keys.id());
        assertThat(lost.history(null, page.get(1), 2)).extracting(LostItem::id).containsExactly(umbrella.id());
        assertThat(lost.history(new LostItemFilter(LostItemStatus.CLAIMED, null, null), null, 10))
                .extracting(LostItem::id).containsExactly(wallet.id());
        assertThat(lost.history(new LostItemFilter(null, LostItemCategory.KEYS, null), null, 10))
                .extracting(LostItem::id).containsExactly(keys.id());
        assertThat(lost.history(new LostItemFilter(null, null, keys.number()), null, 10))
                .extracting(LostItem::id).containsExactly(keys.id());
        assertThat(lost.history(new LostItemFilter(null, null, "保"), null, 10)).as("the finder's name")
                .extracting(LostItem::id).containsExactly(wallet.id(), keys.id(), umbrella.id());
        assertThat(lost.history(new LostItemFilter(null, null, "周"), null, 10)).as("the claimant's name")
                .extracting(LostItem::id).containsExactly(wallet.id());
        assertThat(lost.history(new LostItemFilter(null, null, "黑色"), null, 10)).as("the start of the description")
                .extracting(LostItem::id).containsExactly(wallet.id(), umbrella.id());
    }

    @Test
    void theListsUseTheirIndexes() {
        var plans = site.ws().store().read(h -> List.of(
                plan(h, "SELECT id FROM lost_item WHERE status = 'HELD' AND deleted_at IS NULL"
                        + " AND (found_at, id) > (1, 'a') ORDER BY found_at, id LIMIT 50"),
                plan(h, "SELECT id FROM lost_item WHERE status = 'HELD' AND deleted_at IS NULL AND found_at <= 5"
                        + " AND (found_at, id) > (1, 'a') ORDER BY found_at, id LIMIT 50"),
                plan(h, "SELECT id FROM lost_item WHERE deleted_at IS NULL AND (found_at, id) < (1, 'a')"
                        + " ORDER BY found_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM lost_item WHERE deleted_at IS NULL AND category = 'KEYS'"
                        + " AND (found_at, id) < (1, 'a') ORDER BY found_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM lost_item WHERE deleted_at IS NULL AND status = 'CLAIMED'"
                        + " ORDER BY found_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT count(*) FROM lost_item WHERE status = 'HELD' AND deleted_at IS NULL AND found_at <= 5"),
                plan(h, "SELECT id FROM lost_item WHERE deleted_at IS NULL AND id IN ("
                        + "SELECT id FROM lost_item WHERE description >= '黑' AND description < '黑\uFFFF'"
                        + " UNION SELECT id FROM lost_item WHERE found_by >= '黑' AND found_by < '黑\uFFFF'"
                        + " UNION SELECT id FROM lost_item WHERE claimant_name >= '黑' AND claimant_name < '黑\uFFFF')"
                        + " ORDER BY found_at DESC, id DESC LIMIT 50")));

        assertThat(plans.get(0)).contains("lost_item_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(1)).contains("lost_item_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(2)).contains("lost_item_by_time").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(3)).contains("lost_item_by_category").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(4)).contains("lost_item_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(5)).contains("lost_item_by_status");
        assertThat(plans.get(6)).contains("lost_item_by_description", "lost_item_by_finder", "lost_item_by_claimant");
    }

    @Test
    void everyStatusCategoryAndDisposalMethodHasItsNameInBothLanguages() {
        assertKeysInBothBundles(Stream.of(
                Arrays.stream(LostItemStatus.values()).map(LostItemStatus::messageKey),
                Arrays.stream(LostItemCategory.values()).map(LostItemCategory::messageKey),
                Arrays.stream(LostItemDisposalMethod.values()).map(LostItemDisposalMethod::messageKey))
                .flatMap(s -> s).toList());
    }

    // --- helpers ---------------------------------------------------------------------------

    static void assertKeysInBothBundles(Collection<String> keys) {
        for (String file : List.of("i18n/messages.properties", "i18n/messages_zh_CN.properties")) {
            Properties p = new Properties();
            try (InputStream in = LostPropertyServiceTest.class.getClassLoader().getResourceAsStream(file)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(p.stringPropertyNames()).as(file).containsAll(keys);
        }
    }

    private LostItemForm umbrella() {
        return LostItemForm.of("黑色长柄雨伞", LostItemCategory.UMBRELLA, "1号楼大堂", "保洁员刘阿姨", "l1");
    }

    private static LostItemClaim checked() {
        return new LostItemClaim(null, IdType.RESIDENT_ID, "1234", true);
    }

    private Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }
}
