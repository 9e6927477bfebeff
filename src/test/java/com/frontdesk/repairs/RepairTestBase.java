package com.frontdesk.repairs;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.SignatureInput;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A site (Asia/Shanghai, the clock at 2026-11-22 09:30 there) with room 1-2-1503 (张三), room
 * 1-2-1504, the public location 大堂; a receptionist, an agent, a shift lead, and an engineer's
 * account (an agent) to dispatch to; the vendor 奥的斯电梯 (manufacturer) in Settings.
 */
abstract class RepairTestBase {
    static final String ZHANG_PHONE = "13912345678";

    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    RepairService repairs;
    RepairLists lists;
    Session admin;
    Session desk;
    Session agent;
    Session lead;
    StaffMember engineer;
    Room room;
    Room otherRoom;
    Room lobby;
    Occupant zhang;

    @BeforeEach
    void setUpRepairs() {
        admin = site.admin();
        repairs = site.ws().repairs();
        lists = site.ws().repairLists();
        room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        otherRoom = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1504", false));
        lobby = site.ws().directory().addRoom(admin, new RoomForm(null, null, null, "大堂", true));
        zhang = site.ws().directory().addOccupant(admin, room.id(), new OccupantForm("张三", OccupantKind.OWNER, null,
                List.of(ZHANG_PHONE), null, ParcelConsent.UNKNOWN));
        desk = signIn("R001", Role.RECEPTIONIST);
        agent = signIn("G001", Role.AGENT);
        lead = signIn("L001", Role.SHIFT_LEAD);
        engineer = TestSites.addStaff(site.ws(), admin, "E001", "李师傅", Role.AGENT, "desk2026");
        site.ws().settings().update(admin, RepairSettings.DOCUMENT, RepairSettings.DEFAULTS.withVendors(List.of(
                new RepairVendor("奥的斯电梯", FixerKind.MANUFACTURER, "4008-888-888"),
                new RepairVendor("热力公司", FixerKind.UTILITY, null),
                new RepairVendor("城建集团", FixerKind.BUILDER, null))));
    }

    Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    /** 张三 of 1-2-1503 phones: the kitchen tap drips. */
    RepairForm zhangPhones(RepairPriority priority) {
        return RepairForm.phoned(room.id(), zhang.id(), "张三", "139 1234 5678", "PLUMBING", "厨房水龙头漏水",
                priority);
    }

    Repair taken(RepairPriority priority) {
        return repairs.take(desk, zhangPhones(priority));
    }

    DispatchForm toEngineer() {
        return DispatchForm.inHouse(engineer.id());
    }

    static CompletionForm signedFree() {
        return CompletionForm.free("更换阀芯", SignatureInput.typed("张三"));
    }

    static CompletionForm signedPaid(String yuan) {
        return CompletionForm.paid("更换水龙头", "水龙头一个", new BigDecimal(yuan), Payer.OWNER,
                SignatureInput.typed("张三"));
    }

    /** A normal repair of 张三 brought to the status by the steps of the flow (by the administrator). */
    Repair inStatus(RepairStatus status) {
        Repair r = taken(RepairPriority.NORMAL);
        String id = r.id();
        switch (status) {
            case NEW -> {
                return r;
            }
            case CANCELLED -> {
                return repairs.cancel(admin, id, "业主自行修好");
            }
            default -> {
            }
        }
        r = repairs.dispatch(admin, id, toEngineer());
        if (status == RepairStatus.DISPATCHED) {
            return r;
        }
        r = repairs.start(admin, id, null);
        if (status == RepairStatus.IN_PROGRESS) {
            return r;
        }
        if (status == RepairStatus.ON_HOLD) {
            return repairs.hold(admin, id, HoldReason.WAITING_PARTS, "等阀芯");
        }
        r = repairs.complete(admin, id, signedFree());
        if (status == RepairStatus.DONE) {
            return r;
        }
        r = repairs.callBack(admin, id, CallBackForm.all(Rating.SATISFIED, FeedbackGrade.ACCEPTABLE, null));
        if (status == RepairStatus.CALLED_BACK) {
            return r;
        }
        return repairs.close(admin, id, null);
    }
}
