package com.frontdesk.dashboard;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintForm;
import com.frontdesk.complaints.Severity;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.parcels.SignatureInput;
import com.frontdesk.repairs.CallBackForm;
import com.frontdesk.repairs.CompletionForm;
import com.frontdesk.repairs.DispatchForm;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.HoldReason;
import com.frontdesk.repairs.Rating;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairForm;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Two months of a small site, made through the services, every figure counted by hand. Beijing
 * time; the clock ends at 2026-11-22 09:30, a Sunday of the lobby's day shift (07:50–15:00).
 *
 * <pre>
 * Visits      V4 10-01 10:00 in, 11:00 out (before the 30 days: 10-24 … 11-22)
 *             V1 11-20 10:00 in, 11:00 out
 *             V2 11-22 08:00 in with pass V01, inside      V3 11-22 09:00 in, no pass, inside
 *             → on site 2, passes out 1; per day: 11-20 1, 11-22 2, the other 28 days 0
 * Parcels     P1 11-13 10:00 on A1 (9 days: 7+, overdue after 3 days)   P2 11-20 09:00 on A1 (2 days: 1–2)
 *             P3 11-22 08:00 on B2 (1.5 h: under 1)                     P4 11-21 08:00, returned to the courier
 *             → held 3, overdue 1; by age 1 / 1 / 0 / 1
 * Repairs     R5 PLUMBING  10-10 09:00 taken, 10:00 dispatched (1 h), 10-12 10:00 done (49 h),
 *                          10-13 called back all very satisfied (4 of 4), closed
 *             R4 HEATING   11-01 09:00 taken, never answered (overdue: respond in 24 h)
 *             R1 PLUMBING  11-03 09:00 taken, 10:00 dispatched (1 h), 11-05 10:00 done (49 h), not closed
 *             R3 ELEVATOR  11-10 08:00 taken, 08:30 dispatched (0.5 h), 09:00 on hold for the vendor
 *             R2 PLUMBING  11-22 09:00 taken, new
 *             → open (not closed or cancelled) 4: R1 R2 R3 R4; overdue 1: R4; on hold 1: R3
 *               this month per category: PLUMBING pending 1 (R2) done 1 (R1); ELEVATOR pending 1; HEATING pending 1
 * Complaints  C3 CLEANING 10-15 10:00   C2 NOISE 11-18 10:00   C1 NOISE 11-22 09:00, none acknowledged
 *             → open 3, overdue 2 (first response in 48 h: C3, C2), escalations waiting 2 (the same two)
 *               received: 2026-10 CLEANING 1, 2026-11 NOISE 2
 * Call-backs  R5's only: 4 ratings, 4 satisfied (June–November)
 * Handover    none: the day shift's is not done
 * </pre>
 */
public final class DashboardFixture {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Workstation ws;
    private final Session admin;
    private final MutableClock clock;
    private Room room;
    private Occupant zhang;

    private DashboardFixture(Workstation ws, Session admin, MutableClock clock) {
        this.ws = ws;
        this.admin = admin;
        this.clock = clock;
    }

    /** Loads the records above; the clock ends at 2026-11-22 09:30 Beijing. */
    public static DashboardFixture load(Workstation ws, Session admin, MutableClock clock) {
        DashboardFixture f = new DashboardFixture(ws, admin, clock);
        f.load();
        return f;
    }

    private void load() {
        at("2026-09-30T09:00");
        room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        zhang = ws.directory().addOccupant(admin, room.id(), new OccupantForm("张三", OccupantKind.OWNER, null,
                List.of("13912345678"), null, ParcelConsent.YES));
        ws.shelves().define(admin, "A1", "门口左侧", true);
        ws.shelves().define(admin, "B2", null, true);
        ws.visitors().definePass(admin, "V01", true);

        at("2026-10-01T10:00");
        Visit v4 = visit("赵六", null);
        at("2026-10-01T11:00");
        ws.visitors().checkOut(admin, v4.number());

        at("2026-10-10T09:00");
        Repair r5 = repair("PLUMBING", "厨房下水堵塞");
        at("2026-10-10T10:00");
        ws.repairs().dispatch(admin, r5.id(), DispatchForm.inHouse(admin.user().id()));
        at("2026-10-12T10:00");
        ws.repairs().complete(admin, r5.id(), signedFree());
        at("2026-10-13T10:00");
        ws.repairs().callBack(admin, r5.id(), CallBackForm.all(Rating.VERY_SATISFIED, FeedbackGrade.PRAISE, null));
        at("2026-10-13T11:00");
        ws.repairs().close(admin, r5.id(), null);

        at("2026-10-15T10:00");
        complaint("CLEANING", "楼道垃圾未清");

        at("2026-11-01T09:00");
        repair("HEATING", "暖气不热");

        at("2026-11-03T09:00");
        Repair r1 = repair("PLUMBING", "厨房水龙头漏水");
        at("2026-11-03T10:00");
        ws.repairs().dispatch(admin, r1.id(), DispatchForm.inHouse(admin.user().id()));
        at("2026-11-05T10:00");
        ws.repairs().complete(admin, r1.id(), signedFree());

        at("2026-11-10T08:00");
        Repair r3 = repair("ELEVATOR", "电梯异响");
        at("2026-11-10T08:30");
        ws.repairs().dispatch(admin, r3.id(), DispatchForm.inHouse(admin.user().id()));
        at("2026-11-10T09:00");
        ws.repairs().hold(admin, r3.id(), HoldReason.WAITING_VENDOR, "等厂家配件");

        at("2026-11-13T10:00");
        parcel("SF1000000001", "A1");
        at("2026-11-18T10:00");
        complaint("NOISE", "隔壁装修噪音");
        at("2026-11-20T09:00");
        parcel("SF1000000002", "A1");
        at("2026-11-20T10:00");
        Visit v1 = visit("李四", null);
        at("2026-11-20T11:00");
        ws.visitors().checkOut(admin, v1.number());
        at("2026-11-21T08:00");
        ws.parcels().returnToCourier(admin, parcel("SF1000000004", "B2").id(), "收件人拒收");

        at("2026-11-22T08:00");
        parcel("SF1000000003", "B2");
        visit("王五", "V01");
        at("2026-11-22T09:00");
        visit("钱七", null);
        repair("PLUMBING", "卫生间漏水");
        complaint("NOISE", "夜间施工噪音");
        at("2026-11-22T09:30");
    }

    /** Moves the clock to that Beijing time; the first call goes back from the standard start. */
    private void at(String beijing) {
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse(beijing).atZone(BEIJING).toInstant()));
    }

    /** A visitor for 张三 of 1-2-1503 let in now, with a pass or none. */
    public Visit visit(String name, String pass) {
        VisitForm form = VisitForm.of(name, Purpose.VISIT, room.id(), Verification.CONFIRMED)
                .withHost(room.id(), zhang.id(), null);
        return ws.visitors().checkIn(admin, pass == null ? form : form.withPass(pass));
    }

    private com.frontdesk.parcels.Parcel parcel(String tracking, String shelf) {
        return ws.parcels().receive(admin, ParcelForm.of(tracking, Carrier.SF, room.id(), zhang.id())
                .withShelf(shelf));
    }

    private Repair repair(String category, String description) {
        return ws.repairs().take(admin, RepairForm.phoned(room.id(), zhang.id(), "张三", "139 1234 5678", category,
                description, RepairPriority.NORMAL));
    }

    private void complaint(String category, String subject) {
        ws.complaints().take(admin, ComplaintForm.phoned(room.id(), zhang.id(), null, subject, "详见电话记录",
                "要求物业处理", category, Severity.NORMAL, null));
    }

    private static CompletionForm signedFree() {
        return CompletionForm.free("维修完毕", SignatureInput.typed("张三"));
    }
}
