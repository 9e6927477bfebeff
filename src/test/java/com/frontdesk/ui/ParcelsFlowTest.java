package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.HeldParcel;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.parcels.ParcelStatus;
import com.frontdesk.parcels.SignatureRepository;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The parcel room with the keyboard: a scanned number takes a parcel in for a resident picked by
 * phone tail, and a neighbour collects it as a proxy, giving a phone and drawing a signature.
 */
class ParcelsFlowTest extends ShellTestBase {
    private Session admin;
    private Occupant zhang;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            admin = com.frontdesk.testsupport.TestSites.setUp(ws);
            Room room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            zhang = ws.directory().addOccupant(admin, room.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                    List.of("13812345678"), null, ParcelConsent.YES));
            ws.shelves().define(admin, "A1", "门口左侧", true);
            com.frontdesk.testsupport.TestSites.addStaff(ws, admin, "R001", "张丽", Role.RECEPTIONIST, "desk2026");
        };
    }

    @Test
    void aScannedParcelIsTakenInAndAProxyCollectsItWithADrawnSignature() throws TimeoutException {
        signIn("R001", "desk2026");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        robot.clickOn("#parcelTracking").write("SF1234567890123").type(KeyCode.ENTER);   // the scanner
        assertThat(robot.lookup("#parcelCarrier").queryComboBox().getValue()).isEqualTo(Carrier.SF);
        robot.write("5678");                                                    // recipient: phone tail
        DirectoryPicker picker = DirectoryPicker.of(robot.lookup("#parcelRecipient").query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> picker.isShowingSuggestions() && !picker.suggestions().getItems().isEmpty()).get());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(picker.selected().name()).isEqualTo("张三丰");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);            // pieces, size → shelf
        robot.type(KeyCode.DOWN);                                                // shelf A1
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);                             // the courier phoned
        robot.type(KeyCode.ENTER);                                               // take in, from the box

        assertThat(textOf(robot, "#parcelMessage")).isEmpty();
        List<HeldParcel> held = workstation.parcels().held(false, null, 10);
        assertThat(held).singleElement().satisfies(h -> {
            assertThat(h.parcel().trackingNo()).isEqualTo("SF1234567890123");
            assertThat(h.parcel().recipientOccupantId()).isEqualTo(zhang.id());
            assertThat(h.parcel().shelfCode()).isEqualTo("A1");
        });
        TableView<HeldParcel> list = robot.lookup("#parcelHeld").queryTableView();
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#parcelTracking").queryTextInputControl().isFocused()).as("ready for the next scan")
                .isTrue();

        robot.clickOn("#parcelsPickupTab");
        robot.clickOn("#pickupScan").write("SF1234567890123").type(KeyCode.ENTER);
        TableView<Parcel> toTake = robot.lookup("#pickupParcels").queryTableView();
        assertThat(toTake.getItems()).extracting(Parcel::id).containsExactly(held.get(0).parcel().id());
        robot.clickOn("#pickupProxy");
        robot.clickOn("#pickupCollector").write("李四");
        robot.clickOn("#pickupCollectorPhone").write("13700001111");
        drawOn("#pickupPad");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(textOf(robot, "#pickupMessage")).isEmpty();
        Parcel out = workstation.parcels().parcel(held.get(0).parcel().id()).orElseThrow();
        assertThat(out.status()).isEqualTo(ParcelStatus.PICKED_UP);
        assertThat(out.proxy()).isTrue();
        assertThat(out.collectorName()).isEqualTo("李四");
        assertThat(out.collectorPhone()).isEqualTo("13700001111");
        Optional<byte[]> png = workstation.store().read(h -> new SignatureRepository().png(h, out.signatureId()));
        assertThat(png).hasValueSatisfying(bytes -> assertThat(readable(bytes)).isTrue());
        assertThat(toTake.getItems()).isEmpty();
    }

    private static boolean readable(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png)) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
