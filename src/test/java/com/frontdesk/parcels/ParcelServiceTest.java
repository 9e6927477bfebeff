package com.frontdesk.parcels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.testsupport.SqlRows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intake, notice, pickup and the other ends of a parcel. */
class ParcelServiceTest extends ParcelTestBase {

    @Test
    void intakeNumbersTheParcelNamesTheRecipientFromTheDirectoryAndChecksTheShelf() {
        Parcel p = parcels.receive(desk, ParcelForm.of(" sf 1234 5678 9012 ", Carrier.SF, room.id(), zhang.id())
                .withShelf("a1").withSize(ParcelSize.LARGE, 2));

        assertThat(p.number()).isEqualTo("KD-20261122-0001");
        assertThat(p.trackingNo()).isEqualTo("SF123456789012");
        assertThat(p.recipientText()).isEqualTo("1-2-1503 · 张三");
        assertThat(p.shelfCode()).isEqualTo("A1");
        assertThat(p.status()).isEqualTo(ParcelStatus.HELD);
        assertThat(p.receivedBy()).isEqualTo(desk.user().id());
        assertThat(parcels.parcel(p.id())).contains(p);

        assertThatThrownBy(() -> parcels.receive(desk, forZhang("SF2").withShelf("Z9")))
                .isInstanceOf(ValidationException.class);
        site.ws().shelves().define(admin, "A2", null, false);
        assertThatThrownBy(() -> parcels.receive(desk, forZhang("SF3").withShelf("A2")))
                .isInstanceOf(ValidationException.class);
        assertThat(parcels.countHeld()).isEqualTo(1);
    }

    @Test
    void aTrackingNumberAlreadyOnTheShelfWarnsUntilTheDeskConfirms() {
        Parcel first = parcels.receive(desk, forZhang("YT1234567890123"));

        assertThatThrownBy(() -> parcels.receive(desk, forZhang("yt1234567890123")))
                .isInstanceOfSatisfying(DuplicateTrackingException.class,
                        e -> assertThat(e.held().id()).isEqualTo(first.id()));
        Parcel second = parcels.receive(desk, forZhang("YT1234567890123"), true);

        assertThat(parcels.heldByTracking("YT1234567890123")).extracting(Parcel::id)
                .containsExactly(first.id(), second.id());
        parcels.pickUp(desk, List.of(first.id(), second.id()), PickupForm.byRecipient("张三",
                SignatureInput.typed("张三")));
        assertThat(parcels.receive(desk, forZhang("YT1234567890123")).status()).as("no longer held: no warning")
                .isEqualTo(ParcelStatus.HELD);
    }

    @Test
    void nothingIsSignedForUnlessTheCourierPhonedTheRecipient() {
        assertThatThrownBy(() -> parcels.receive(desk, forZhang("SF1").withCourierPhoned(false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.key()).isEqualTo("parcel.courierMustPhone")));
        assertThat(parcels.countHeld()).isZero();
    }

    @Test
    void aRecipientWhoRefusedParcelsIsTurnedBackToTheCourier() {
        assertThatThrownBy(() -> parcels.receive(desk, ParcelForm.of("JT1234567890123", Carrier.JT,
                wang.roomId(), wang.id())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("parcel.consentNo");
        assertThat(parcels.countHeld()).isZero();
    }

    @Test
    void theNoticeIsRecordedAndTheNotNotifiedListShrinks() {
        Parcel a = parcels.receive(desk, forZhang("SF1"));
        clock.advance(Duration.ofMinutes(1));
        Parcel b = parcels.receive(desk, forZhang("SF2"));
        assertThat(parcels.held(true, null, 10)).extracting(h -> h.parcel().id()).containsExactly(a.id(), b.id());

        clock.advance(Duration.ofMinutes(5));
        List<Parcel> told = parcels.notified(desk, List.of(a.id()), NoticeMethod.SMS);

        assertThat(told).singleElement().satisfies(p -> {
            assertThat(p.noticeMethod()).isEqualTo(NoticeMethod.SMS);
            assertThat(p.notifiedAt()).isEqualTo(clock.instant());
            assertThat(p.notifiedBy()).isEqualTo(desk.user().id());
        });
        assertThat(parcels.held(true, null, 10)).extracting(h -> h.parcel().id()).containsExactly(b.id());
        assertThat(parcels.held(false, null, 10)).hasSize(2);
    }

    @Test
    void theRecipientSignsOnceForSeveralParcelsAndTheDrawnPngIsKept() {
        Parcel a = parcels.receive(desk, forZhang("SF1"));
        Parcel b = parcels.receive(desk, forZhang("SF2"));
        byte[] png = drawnSignature();

        List<Parcel> out = parcels.pickUp(desk, List.of(a.id(), b.id()),
                PickupForm.byRecipient("张三", new SignatureInput("张三", png)));

        assertThat(out).extracting(Parcel::status).containsOnly(ParcelStatus.PICKED_UP);
        assertThat(out).extracting(Parcel::signatureId).doesNotContainNull().containsOnly(out.get(0).signatureId());
        assertThat(out).extracting(Parcel::closedBy).containsOnly(desk.user().id());
        String signatureId = out.get(0).signatureId();
        SignatureRepository signatures = new SignatureRepository();
        java.util.Optional<byte[]> stored = site.ws().store().read(h -> signatures.png(h, signatureId));
        assertThat(stored).hasValue(png);
        java.util.Optional<Signature> signature = site.ws().store().read(h -> signatures.byId(h, signatureId));
        assertThat(signature).hasValueSatisfying(s -> assertThat(s.drawn()).isTrue());
        assertThat(parcels.countHeld()).isZero();
        assertThatThrownBy(() -> parcels.pickUp(desk, List.of(a.id()), PickupForm.byRecipient("张三",
                SignatureInput.typed("张三")))).hasMessageContaining("parcel.notHeld");
    }

    @Test
    void aProxyGivesNameAndPhoneAndSignsWithTheirOwnName() {
        Parcel a = parcels.receive(desk, forZhang("SF1"));

        assertThatThrownBy(() -> parcels.pickUp(desk, List.of(a.id()),
                PickupForm.byProxy("赵六", null, SignatureInput.typed("赵六")))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> parcels.pickUp(desk, List.of(a.id()),
                PickupForm.byProxy("赵六", "13700001111", SignatureInput.typed("张三"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> parcels.pickUp(desk, List.of(a.id()),
                PickupForm.byProxy("赵六", "13700001111", new SignatureInput("赵六", new byte[] {1, 2, 3}))))
                .as("bytes that are not a PNG").isInstanceOf(ValidationException.class);
        Parcel out = parcels.pickUp(desk, List.of(a.id()),
                PickupForm.byProxy("赵六", "137 0000 1111", new SignatureInput("赵六", drawnSignature()))).get(0);

        assertThat(out.proxy()).isTrue();
        assertThat(out.collectorName()).isEqualTo("赵六");
        assertThat(out.collectorPhone()).isEqualTo("13700001111");
        List<Map<String, Object>> audit = SqlRows.query(site.db(),
                "SELECT changes FROM audit_log WHERE entity = 'parcel' AND action = 'UPDATE'");
        assertThat(audit).singleElement().satisfies(r -> assertThat(r.get("changes").toString())
                .contains("137****1111").doesNotContain("13700001111"));
    }

    @Test
    void someoneElseCollectsOnlyAsAProxy() {
        Parcel a = parcels.receive(desk, forZhang("SF1"));

        assertThatThrownBy(() -> parcels.pickUp(desk, List.of(a.id()),
                PickupForm.byRecipient("赵六", SignatureInput.typed("赵六"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.key()).isEqualTo("parcel.proxyRequired")));
        assertThat(parcels.countHeld()).isEqualTo(1);
    }

    @Test
    void anUnknownConsentIsAskedAtPickupAndStored() {
        Parcel forLi = parcels.receive(desk, ParcelForm.of("SF9", Carrier.SF, room.id(), li.id()));

        assertThatThrownBy(() -> parcels.pickUp(desk, List.of(forLi.id()),
                PickupForm.byRecipient("李四", SignatureInput.typed("李四")))).isInstanceOf(ValidationException.class);
        parcels.pickUp(desk, List.of(forLi.id()),
                PickupForm.byRecipient("李四", SignatureInput.typed("李四")).withConsent(ParcelConsent.NO));

        assertThat(site.ws().directory().occupants(room.id())).filteredOn(o -> o.id().equals(li.id()))
                .singleElement().satisfies(o -> assertThat(o.parcelConsent()).isEqualTo(ParcelConsent.NO));
        assertThatThrownBy(() -> parcels.receive(desk, ParcelForm.of("SF10", Carrier.SF, room.id(), li.id())))
                .hasMessageContaining("parcel.consentNo");
    }

    @Test
    void parcelsOfTwoRecipientsAreNotPickedUpTogether() {
        Parcel a = parcels.receive(desk, forZhang("SF1"));
        Parcel b = parcels.receive(desk, ParcelForm.of("SF2", Carrier.SF, room.id(), null));

        assertThatThrownBy(() -> parcels.pickUp(desk, List.of(a.id(), b.id()),
                PickupForm.byRecipient("张三", SignatureInput.typed("张三"))))
                .hasMessageContaining("parcel.oneRecipientOnly");
        assertThat(parcels.countHeld()).isEqualTo(2);
        assertThat(SqlRows.count(site.db(), "signature")).as("nothing half-stored").isZero();
    }

    @Test
    void aParcelThatLeftIsReadOnlyExceptForAShiftLeadWithAReason() {
        Parcel held = parcels.receive(desk, forZhang("SF1"));
        Parcel moved = parcels.edit(desk, held.id(), ParcelEdit.of(held).withShelfAndPieces("A2", 3));
        assertThat(moved.shelfCode()).isEqualTo("A2");
        assertThat(moved.pieces()).isEqualTo(3);
        Parcel out = parcels.pickUp(desk, List.of(held.id()), PickupForm.byRecipient("张三",
                SignatureInput.typed("张三"))).get(0);

        ParcelEdit fix = ParcelEdit.of(out).withShelfAndPieces("A2", 2);
        assertThatThrownBy(() -> parcels.edit(desk, out.id(), fix.withReason("点错件数")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> parcels.edit(lead, out.id(), fix)).isInstanceOf(ValidationException.class);
        Parcel corrected = parcels.edit(lead, out.id(), fix.withReason("点错件数"));

        assertThat(corrected.pieces()).isEqualTo(2);
        assertThat(corrected.status()).isEqualTo(ParcelStatus.PICKED_UP);
        assertThat(SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE action = 'CORRECTION'"))
                .singleElement().satisfies(r -> assertThat(r.get("changes").toString()).contains("点错件数"));
    }

    @Test
    void returnedToTheCourierOrTakenUpBySecurityNeedsAReason() {
        Parcel a = parcels.receive(desk, forZhang("SF1"));
        Parcel b = parcels.receive(desk, forZhang("SF2"));

        assertThatThrownBy(() -> parcels.returnToCourier(desk, a.id(), " ")).isInstanceOf(ValidationException.class);
        assertThat(parcels.returnToCourier(desk, a.id(), "收件人拒收").status()).isEqualTo(ParcelStatus.RETURNED);
        Parcel up = parcels.takenUpBySecurity(desk, b.id(), "联系不上，保安送至门口");
        assertThat(up.status()).isEqualTo(ParcelStatus.TAKEN_UP);
        assertThat(up.endReason()).isEqualTo("联系不上，保安送至门口");
        assertThat(up.closedAt()).isEqualTo(clock.instant());
        assertThat(parcels.countHeld()).isZero();
    }
}
