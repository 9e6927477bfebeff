package com.frontdesk.visitors;

import com.frontdesk.accounts.AccessControl;
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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A site with a room, its occupant, a receptionist, a shift lead, a pass pool and the visitor service. */
abstract class VisitorTestBase {
    static final String SALT = "site-salt-CHG";

    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    final AtomicReference<VisitorRules> rules = new AtomicReference<>(VisitorRules.defaults(SALT));
    VisitorService visitors;
    Session admin;
    Session desk;
    Session lead;
    Room room;
    Occupant host;

    @BeforeEach
    void setUpVisitors() {
        admin = site.admin();
        visitors = new VisitorService(site.ws().store(), new AccessControl(site.ws().store()), site.ws().directory(),
                rules::get);
        room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        host = site.ws().directory().addOccupant(admin, room.id(), new OccupantForm("张三", OccupantKind.OWNER, null,
                List.of("13912345678"), null, ParcelConsent.UNKNOWN));
        desk = signIn("R001", Role.RECEPTIONIST);
        lead = signIn("L001", Role.SHIFT_LEAD);
        for (String pass : List.of("V01", "V02", "V03")) {
            visitors.definePass(admin, pass, true);
        }
    }

    Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    /** A confirmed visit to room 1503's occupant. */
    VisitForm visit(String name) {
        return VisitForm.of(name, Purpose.VISIT, room.id(), Verification.CONFIRMED).withHost(room.id(), host.id(), null);
    }
}
