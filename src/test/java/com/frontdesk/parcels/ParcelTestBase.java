package com.frontdesk.parcels;

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
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A site with room 1-2-1503 (张三, who agreed the desk holds parcels; 李四, not asked yet) and room
 * 1-2-1504 (王五, who refused), shelves A1 and A2, a receptionist and a shift lead.
 */
abstract class ParcelTestBase {
    final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    ParcelService parcels;
    Session admin;
    Session desk;
    Session lead;
    Room room;
    Occupant zhang;
    Occupant li;
    Occupant wang;

    @BeforeEach
    void setUpParcels() {
        admin = site.admin();
        parcels = site.ws().parcels();
        room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        Room other = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1504", false));
        zhang = occupant(room, "张三", ParcelConsent.YES);
        li = occupant(room, "李四", ParcelConsent.UNKNOWN);
        wang = occupant(other, "王五", ParcelConsent.NO);
        site.ws().shelves().define(admin, "a1", "门口左侧", true);
        site.ws().shelves().define(admin, "A2", null, true);
        desk = signIn("R001", Role.RECEPTIONIST);
        lead = signIn("L001", Role.SHIFT_LEAD);
    }

    Occupant occupant(Room r, String name, ParcelConsent consent) {
        return site.ws().directory().addOccupant(admin, r.id(), new OccupantForm(name, OccupantKind.OWNER, null,
                List.of("139" + Math.abs(name.hashCode() % 100000000)), null, consent));
    }

    Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), admin, no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    /** A small parcel for 张三 on shelf A1. */
    ParcelForm forZhang(String tracking) {
        return ParcelForm.of(tracking, Carrier.SF, room.id(), zhang.id()).withShelf("A1");
    }

    /** A stroke drawn as a pad would: black on white. */
    static byte[] drawnSignature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 70, 120, 30);
        g.drawLine(120, 30, 260, 60);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
