package com.frontdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.complaints.Complaint;
import com.frontdesk.complaints.ComplaintForm;
import com.frontdesk.complaints.Severity;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairForm;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lines the program counts agree with the other modules' records, and show the records behind them. */
class HandoverAutoCountsTest extends HandoverTestBase {
    private Room room;
    private Occupant zhang;

    @BeforeEach
    void setUpRecords() {
        room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        zhang = site.ws().directory().addOccupant(admin, room.id(), new OccupantForm("张三", OccupantKind.OWNER, null,
                List.of("13912345678"), null, ParcelConsent.YES));
        site.ws().shelves().define(admin, "A1", "门口左侧", true);
        site.ws().shelves().define(admin, "B2", null, true);
        site.ws().visitors().definePass(admin, "V01", true);
    }

    @Test
    void aNewDraftCountsVisitorsParcelsRepairsAndOverdueComplaintsWithTheirLists() {
        Visit visit = site.ws().visitors().checkIn(outgoing, VisitForm.of("李四", Purpose.VISIT, room.id(),
                Verification.CONFIRMED).withHost(room.id(), zhang.id(), null).withPass("V01"));
        Parcel p1 = site.ws().parcels().receive(outgoing, parcel("SF1000000001", "A1"));
        site.ws().parcels().receive(outgoing, parcel("SF1000000002", "A1"));
        site.ws().parcels().receive(outgoing, parcel("SF1000000003", "B2"));
        Repair repair = site.ws().repairs().take(outgoing, RepairForm.phoned(room.id(), zhang.id(), "张三",
                "139 1234 5678", "PLUMBING", "厨房水龙头漏水", RepairPriority.NORMAL));
        Complaint late = site.ws().complaints().take(outgoing, ComplaintForm.phoned(room.id(), zhang.id(), null,
                "隔壁装修噪音", "周末早上七点开始电钻施工", "要求物业制止", "NOISE", Severity.NORMAL, null));
        clock.advance(Duration.ofHours(49));

        Handover h = handovers.start(outgoing, LOBBY, DAY);

        HandoverItem visitors = item(h, "VISITORS");
        assertThat(visitors.counted()).isEqualTo(site.ws().visitors().countOnSite()).isEqualTo(1);
        assertThat(visitors.autoDetail()).contains(visit.number()).contains("李*").contains("V01")
                .doesNotContain("李四");
        HandoverItem parcels = item(h, "PARCELS");
        assertThat(parcels.counted()).isEqualTo(site.ws().parcels().countHeld()).isEqualTo(3);
        assertThat(parcels.autoDetail()).isEqualTo("A1: 2\nB2: 1");
        HandoverItem repairs = item(h, "REPAIRS");
        assertThat(repairs.counted()).isEqualTo(site.ws().repairLists().countOpen()).isEqualTo(1);
        assertThat(repairs.autoDetail()).contains(repair.number()).contains("1-2-1503");
        HandoverItem complaints = item(h, "COMPLAINTS_LATE");
        assertThat(complaints.counted()).isEqualTo(site.ws().complaintLists().countOverdue()).isEqualTo(1);
        assertThat(complaints.autoDetail()).contains(late.number());
        assertThat(p1.number()).isNotBlank();
    }

    @Test
    void theAutomaticLinesAreCountedAgainWhenTheOutgoingSideSigns() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        assertThat(item(h, "PARCELS").counted()).isZero();
        assertThat(item(h, "PARCELS").autoDetail()).isEmpty();
        countAllAsExpected(h);

        site.ws().parcels().receive(outgoing, parcel("SF1000000009", "B2"));
        handovers.signOutgoing(outgoing, h.id(), pw());

        assertThat(item(h, "PARCELS").counted()).isEqualTo(1);
        assertThat(item(h, "PARCELS").autoDetail()).isEqualTo("B2: 1");
        assertThat(handovers.verifyAll()).isEmpty();
    }

    @Test
    void everyAutomaticLineHasACountAndAnEmptyListWhenThereIsNothing() {
        AutoCounts counts = new AutoCounts(site.ws().visitors(), site.ws().parcels(), site.ws().deposits(),
                site.ws().lostProperty(), site.ws().repairLists(), site.ws().complaintLists());

        for (AutoCount a : AutoCount.values()) {
            assertThat(counts.count(a)).as(a.name()).isEqualTo(new AutoFigure(0, ""));
        }
    }

    private ParcelForm parcel(String tracking, String shelf) {
        return ParcelForm.of(tracking, Carrier.SF, room.id(), zhang.id()).withShelf(shelf);
    }
}
