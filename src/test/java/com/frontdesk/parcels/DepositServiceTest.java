package com.frontdesk.parcels;

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
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deposited items: taken in for a recipient, handed out against a signature or returned; lists and counts. */
class DepositServiceTest {
    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    DepositService deposits;
    Session admin;
    Session desk;
    Session agent;
    Room room;
    Occupant resident;

    @BeforeEach
    void setUp() {
        admin = site.admin();
        deposits = site.ws().deposits();
        room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        resident = site.ws().directory().addOccupant(admin, room.id(), new OccupantForm("张三", OccupantKind.OWNER,
                null, List.of("13912345678"), null, ParcelConsent.UNKNOWN));
        site.ws().shelves().define(admin, "A1", "A区1号", true);
        site.ws().shelves().define(admin, "Z9", "旧货架", false);
        desk = signIn("R001", Role.RECEPTIONIST);
        agent = signIn("G001", Role.AGENT);
    }

    @Test
    void anItemTakenInGetsItsNumberTheRecipientAsTheDirectoryNamesThemAndItsShelf() {
        Deposit d = deposits.receive(desk, forResident("钥匙一串").withShelf(" a1 ").withNote("放在信封里"));

        assertThat(d.number()).isEqualTo("JC-20261122-0001");
        assertThat(d.status()).isEqualTo(DepositStatus.HELD);
        assertThat(d.recipientText()).isEqualTo("1-2-1503 · 张三");
        assertThat(d.recipientRoomId()).isEqualTo(room.id());
        assertThat(d.recipientOccupantId()).isEqualTo(resident.id());
        assertThat(d.shelfCode()).isEqualTo("A1");
        assertThat(d.depositorPhone()).isEqualTo("13800138000");
        assertThat(d.receivedAt()).isEqualTo(clock.instant());
        assertThat(d.receivedBy()).isEqualTo(desk.user().id());
        assertThat(deposits.deposit(d.id())).contains(d);
        assertThat(deposits.receive(desk, forResident("文件袋")).number()).isEqualTo("JC-20261122-0002");
    }

    @Test
    void aRecipientNotInTheDirectoryIsKeptAsTyped() {
        Deposit d = deposits.receive(desk, new DepositForm("蛋糕", "李四", null, null, null, " 装修队王师傅 ", null, null));

        assertThat(d.recipientText()).isEqualTo("装修队王师傅");
        assertThat(d.recipientRoomId()).isNull();
        assertThat(d.shelfCode()).isNull();
    }

    @Test
    void badInputStoresNothingAndGivesTheNumberBack() {
        ValidationException missing = catchThrowableOfType(ValidationException.class, () -> deposits.receive(desk,
                new DepositForm(" ", "", "12ab", null, null, null, null, null)));
        assertThat(missing.problems()).extracting(Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("description", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("depositorName", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("depositorPhone", "validation.phone"),
                org.assertj.core.groups.Tuple.tuple("recipient", "deposit.recipientRequired"));

        ValidationException unknownShelf = catchThrowableOfType(ValidationException.class,
                () -> deposits.receive(desk, forResident("伞").withShelf("B7")));
        assertThat(unknownShelf.problems()).extracting(Problem::field, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shelf", "parcel.shelfUnknown"));
        ValidationException inactiveShelf = catchThrowableOfType(ValidationException.class,
                () -> deposits.receive(desk, forResident("伞").withShelf("Z9")));
        assertThat(inactiveShelf.problems()).extracting(Problem::key).containsExactly("parcel.shelfUnknown");

        site.ws().directory().moveOut(admin, resident.id());
        ValidationException movedOut = catchThrowableOfType(ValidationException.class,
                () -> deposits.receive(desk, forResident("伞")));
        assertThat(movedOut.problems()).extracting(Problem::key).containsExactly("deposit.recipientNotFound");

        assertThat(SqlRows.count(site.db(), "deposit")).isZero();
        assertThat(deposits.receive(desk, DepositForm.forRoom("伞", "李四", null, room.id(), null)).number())
                .as("a refused write gives its number back").isEqualTo("JC-20261122-0001");
    }

    @Test
    void aRoleWithoutParcelsMayNotTakeInOrHandOut() {
        assertThatThrownBy(() -> deposits.receive(agent, forResident("伞"))).isInstanceOf(AccessDeniedException.class);
        Deposit d = deposits.receive(desk, forResident("伞"));
        assertThatThrownBy(() -> deposits.handOut(agent, d.id(), SignatureInput.typed("张三")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(deposits.deposit(d.id()).orElseThrow().status()).isEqualTo(DepositStatus.HELD);
    }

    @Test
    void handingOutStoresTheDrawnSignatureInTheSameWrite() {
        Deposit d = deposits.receive(desk, forResident("钥匙一串"));
        clock.advance(Duration.ofHours(3));
        byte[] png = drawnSignature();

        Deposit out = deposits.handOut(desk, d.id(), new SignatureInput(" 张三 ", png));

        assertThat(out.status()).isEqualTo(DepositStatus.HANDED_OUT);
        assertThat(out.collectorName()).isEqualTo("张三");
        assertThat(out.closedBy()).isEqualTo(desk.user().id());
        assertThat(out.closedAt()).isEqualTo(clock.instant());
        assertThat(deposits.deposit(d.id())).contains(out);
        Signature signature = storedSignature(site, out.signatureId())
                .orElseThrow();
        assertThat(signature.drawn()).isTrue();
        assertThat(signature.signerName()).isEqualTo("张三");
        assertThat(storedPng(site, out.signatureId()))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualTo(png));
        assertThat(deposits.countHeld()).isZero();
    }

    @Test
    void aTypedNameIsASignatureWithoutAnImage() {
        Deposit d = deposits.receive(desk, forResident("钥匙一串"));

        Deposit out = deposits.handOut(desk, d.id(), SignatureInput.typed("张三的儿子"));

        assertThat(out.collectorName()).isEqualTo("张三的儿子");
        assertThat(storedPng(site, out.signatureId())).isEmpty();
        assertThat(storedSignature(site, out.signatureId()))
                .hasValueSatisfying(s -> assertThat(s.drawn()).isFalse());
    }

    @Test
    void anItemLeavesTheDeskOnceOnly() {
        Deposit d = deposits.receive(desk, forResident("钥匙一串"));
        deposits.handOut(desk, d.id(), SignatureInput.typed("张三"));

        UserFacingException twice = catchThrowableOfType(UserFacingException.class,
                () -> deposits.handOut(desk, d.id(), SignatureInput.typed("李四")));
        assertThat(twice.key()).isEqualTo("deposit.alreadyHandedOut");
        assertThat(twice.args()).containsExactly(d.number());
        assertThatThrownBy(() -> deposits.returnToDepositor(desk, d.id(), "取回"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("deposit.alreadyHandedOut"));
        assertThat(SqlRows.count(site.db(), "signature")).as("the refused hand-out stored no signature").isEqualTo(1);

        Deposit back = deposits.receive(desk, forResident("文件袋"));
        deposits.returnToDepositor(desk, back.id(), "收件人出差");
        assertThatThrownBy(() -> deposits.handOut(desk, back.id(), SignatureInput.typed("张三")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("deposit.alreadyReturned"));
    }

    @Test
    void handingOutNeedsTheCollectorsNameAndReturningAReason() {
        Deposit d = deposits.receive(desk, forResident("钥匙一串"));

        ValidationException noName = catchThrowableOfType(ValidationException.class,
                () -> deposits.handOut(desk, d.id(), new SignatureInput(" ", drawnSignature())));
        assertThat(noName.problems()).extracting(Problem::field).containsExactly("collectorName");
        ValidationException notAPng = catchThrowableOfType(ValidationException.class,
                () -> deposits.handOut(desk, d.id(), new SignatureInput("张三", new byte[] {1, 2, 3})));
        assertThat(notAPng.problems()).extracting(Problem::key).containsExactly("parcel.signatureInvalid");
        ValidationException noReason = catchThrowableOfType(ValidationException.class,
                () -> deposits.returnToDepositor(desk, d.id(), "  "));
        assertThat(noReason.problems()).extracting(Problem::field).containsExactly("reason");

        Deposit back = deposits.returnToDepositor(desk, d.id(), " 寄存人取回 ");
        assertThat(back.status()).isEqualTo(DepositStatus.RETURNED);
        assertThat(back.returnReason()).isEqualTo("寄存人取回");
        assertThat(back.signatureId()).isNull();
        assertThat(SqlRows.count(site.db(), "signature")).isZero();
    }

    @Test
    void theHeldListPagesOldestFirstAndTheHistoryNewestFirstWithFiltersAndSearch() {
        List<Deposit> in = new ArrayList<>();
        for (String who : List.of("王五", "王小明", "赵六", "钱七", "孙八")) {
            in.add(deposits.receive(desk, forResident("物品" + who).withDepositor(who)));
            clock.advance(Duration.ofMinutes(10));
        }
        Deposit other = deposits.receive(desk, new DepositForm("花", "周九", null, null, null, "物业办公室", null, null));
        deposits.handOut(desk, in.get(1).id(), SignatureInput.typed("张三"));
        deposits.returnToDepositor(desk, in.get(3).id(), "取回");

        List<Deposit> first = deposits.held(null, 2);
        List<Deposit> second = deposits.held(first.get(1), 2);
        assertThat(first).extracting(Deposit::id).containsExactly(in.get(0).id(), in.get(2).id());
        assertThat(second).extracting(Deposit::id).containsExactly(in.get(4).id(), other.id());
        assertThat(deposits.held(second.get(1), 2)).isEmpty();
        assertThat(deposits.countHeld()).isEqualTo(4);
        assertThat(deposits.heldForRoom(room.id())).extracting(Deposit::id)
                .containsExactly(in.get(0).id(), in.get(2).id(), in.get(4).id());

        List<Deposit> page1 = deposits.history(DepositFilter.ALL, null, 4);
        assertThat(page1).extracting(Deposit::id)
                .containsExactly(other.id(), in.get(4).id(), in.get(3).id(), in.get(2).id());
        assertThat(deposits.history(null, page1.get(3), 4)).extracting(Deposit::id)
                .containsExactly(in.get(1).id(), in.get(0).id());
        assertThat(deposits.history(new DepositFilter(DepositStatus.HANDED_OUT, null), null, 10))
                .extracting(Deposit::id).containsExactly(in.get(1).id());
        assertThat(deposits.history(new DepositFilter(null, in.get(2).number().toLowerCase()), null, 10))
                .extracting(Deposit::id).containsExactly(in.get(2).id());
        assertThat(deposits.history(new DepositFilter(null, "王"), null, 10)).as("the start of the depositor's name")
                .extracting(Deposit::id).containsExactly(in.get(1).id(), in.get(0).id());
        assertThat(deposits.history(new DepositFilter(null, "张三"), null, 10)).as("the collector's name")
                .extracting(Deposit::id).containsExactly(in.get(1).id());
        assertThat(deposits.history(new DepositFilter(null, "1-2-15"), null, 10)).as("the recipient's room code")
                .hasSize(5);
        assertThat(deposits.history(new DepositFilter(DepositStatus.HELD, "物业"), null, 10))
                .extracting(Deposit::id).containsExactly(other.id());
        assertThat(deposits.history(new DepositFilter(null, "小明"), null, 10)).as("a prefix, not a substring")
                .isEmpty();
    }

    @Test
    void theDepositorsPhoneIsMaskedInTheAuditLogButWholeInTheOutbox() {
        Deposit d = deposits.receive(desk, forResident("钥匙一串"));
        deposits.handOut(desk, d.id(), SignatureInput.typed("张三"));

        String audit = SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'deposit'").toString();
        assertThat(audit).doesNotContain("13800138000").contains("138****8000");
        assertThat(SqlRows.query(site.db(), "SELECT action FROM audit_log WHERE entity_id = '" + d.id() + "' ORDER BY id"))
                .extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE");
        String outbox = SqlRows.query(site.db(), "SELECT payload FROM outbox WHERE entity = 'deposit'").toString();
        assertThat(outbox).contains("13800138000");
    }

    @Test
    void theListsUseTheirIndexes() {
        var plans = site.ws().store().read(h -> List.of(
                plan(h, "SELECT id FROM deposit WHERE status = 'HELD' AND deleted_at IS NULL"
                        + " AND (received_at, id) > (1, 'a') ORDER BY received_at, id LIMIT 50"),
                plan(h, "SELECT id FROM deposit WHERE deleted_at IS NULL AND (received_at, id) < (1, 'a')"
                        + " ORDER BY received_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM deposit WHERE deleted_at IS NULL AND status = 'RETURNED'"
                        + " AND (received_at, id) < (1, 'a') ORDER BY received_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT count(*) FROM deposit WHERE status = 'HELD' AND deleted_at IS NULL"),
                plan(h, "SELECT id FROM deposit WHERE deleted_at IS NULL AND id IN ("
                        + "SELECT id FROM deposit WHERE depositor_name >= '王' AND depositor_name < '王\uFFFF'"
                        + " UNION SELECT id FROM deposit WHERE recipient_text >= '王' AND recipient_text < '王\uFFFF'"
                        + " UNION SELECT id FROM deposit WHERE collector_name >= '王' AND collector_name < '王\uFFFF')"
                        + " ORDER BY received_at DESC, id DESC LIMIT 50"),
                plan(h, "SELECT id FROM deposit WHERE recipient_room_id = 'r' AND status = 'HELD'"
                        + " AND deleted_at IS NULL ORDER BY received_at")));

        assertThat(plans.get(0)).contains("deposit_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(1)).contains("deposit_by_time").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(2)).contains("deposit_by_status").doesNotContain("TEMP B-TREE");
        assertThat(plans.get(3)).contains("deposit_by_status");
        assertThat(plans.get(4)).contains("deposit_by_depositor", "deposit_by_recipient", "deposit_by_collector")
                .doesNotContain("SCAN deposit\n").doesNotEndWith("SCAN deposit");
        assertThat(plans.get(5)).contains("deposit_by_room").doesNotContain("TEMP B-TREE");
    }

    @Test
    void everyStatusHasItsNameInBothLanguages() {
        LostPropertyServiceTest.assertKeysInBothBundles(
                java.util.Arrays.stream(DepositStatus.values()).map(DepositStatus::messageKey).toList());
    }

    // --- helpers ---------------------------------------------------------------------------

    private DepositForm forResident(String what) {
        return DepositForm.forRoom(what, "李四", "138-0013-8000", room.id(), resident.id());
    }

    private Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    static java.util.Optional<byte[]> storedPng(OpenWorkstation site, String signatureId) {
        return site.ws().store().<java.util.Optional<byte[]>>read(h -> new SignatureRepository().png(h, signatureId));
    }

    static java.util.Optional<Signature> storedSignature(OpenWorkstation site, String signatureId) {
        return site.ws().store().<java.util.Optional<Signature>>read(h -> new SignatureRepository().byId(h, signatureId));
    }

    static String plan(Handle h, String sql) {
        return String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + sql)
                .map((rs, ctx) -> rs.getString("detail")).list());
    }

    /** A real PNG, as the pad makes one: a stroke on a transparent background. */
    static byte[] drawnSignature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 70, 120, 20);
        g.drawLine(120, 20, 250, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
