package com.frontdesk.complaints;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A site (Asia/Shanghai; the clock at Sunday 2026-11-22 09:30 there) with room 1-2-1503 (张三,
 * phone on file), a receptionist, an agent and a shift lead, and the default complaint settings
 * (48 hours, 7 working days, weekends only until a test adds holidays).
 */
abstract class ComplaintTestBase {
    static final String ZHANG_PHONE = "13912345678";

    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    ComplaintService complaints;
    ComplaintLists lists;
    Session admin;
    Session desk;
    Session agent;
    Session lead;
    Room room;
    Occupant zhang;

    @BeforeEach
    void setUpComplaints() {
        admin = site.admin();
        complaints = site.ws().complaints();
        lists = site.ws().complaintLists();
        room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        zhang = site.ws().directory().addOccupant(admin, room.id(), new OccupantForm("张三", OccupantKind.OWNER, null,
                List.of(ZHANG_PHONE), null, ParcelConsent.UNKNOWN));
        desk = signIn("R001", Role.RECEPTIONIST);
        agent = signIn("G001", Role.AGENT);
        lead = signIn("L001", Role.SHIFT_LEAD);
    }

    Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    /** 张三 of 1-2-1503 phones about the noise of a renovation next door; the phone on file is used. */
    ComplaintForm zhangPhones(Severity severity, Mood mood) {
        return ComplaintForm.phoned(room.id(), zhang.id(), null, "隔壁装修噪音", "周末早上七点开始电钻施工",
                "要求物业制止并规定施工时间", "NOISE", severity, mood);
    }

    Complaint taken() {
        return complaints.take(desk, zhangPhones(Severity.NORMAL, null));
    }

    /** A normal case brought to the status by the steps (by the lead, who may take every step). */
    Complaint inStatus(ComplaintStatus status) {
        if (status == ComplaintStatus.RECORDED) {
            return complaints.take(desk, ComplaintForm.feedback(ComplaintKind.PRAISE, room.id(), zhang.id(),
                    "保安小王很热心", "SECURITY"));
        }
        Complaint c = taken();
        String id = c.id();
        switch (status) {
            case OPEN -> {
                return c;
            }
            case IN_HANDLING -> {
                return complaints.assign(lead, id, null, "王主管", "秩序部", null);
            }
            case ANSWERED -> {
                return answered(id);
            }
            case CLOSED -> {
                answered(id);
                return complaints.accept(lead, id, ResponseMethod.PHONE, null);
            }
            case REOPENED -> {
                answered(id);
                complaints.reject(lead, id, "还是很吵");
                return complaints.complaint(id).orElseThrow();
            }
            default -> throw new IllegalArgumentException(status.name());
        }
    }

    Complaint answered(String id) {
        complaints.assign(lead, id, null, "王主管", "秩序部", null);
        return complaints.answer(lead, id, AnswerForm.founded("装修队未按规定时间施工", "约谈装修队，张贴施工时间告示",
                "已要求装修队工作日 8:00-12:00、14:00-18:00 施工", ResponseMethod.PHONE));
    }
}
