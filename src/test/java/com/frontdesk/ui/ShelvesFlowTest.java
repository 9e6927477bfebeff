package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.HeldParcel;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.parcels.ParcelService;
import com.frontdesk.parcels.ShelvesPane;
import com.frontdesk.testsupport.InlineTaskExecutor;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The shelves tab in a stage of its own: walk the shelves with the arrow keys, see what is on each, F5. */
class ShelvesFlowTest {
    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    private final FxRobot robot = new FxRobot();
    private final Messages zh = new Messages(Messages.CHINESE);
    private final List<String> statusBar = new ArrayList<>();
    private ParcelService parcels;
    private Session desk;
    private Room room;
    private Parcel oldA1;
    private Parcel newA1;
    private Parcel onA2;
    private Parcel onA3;
    private Parcel loose;

    @BeforeEach
    void setUp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Session admin = site.admin();
        parcels = site.ws().parcels();
        room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        site.ws().shelves().define(admin, "A1", "门口左侧", true);
        site.ws().shelves().define(admin, "A2", null, true);
        site.ws().shelves().define(admin, "A3", null, true);
        site.ws().shelves().define(admin, "B9", null, false);
        TestSites.addStaff(site.ws(), admin, "R001", "李前台", Role.RECEPTIONIST, "desk2026");
        desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);

        oldA1 = receive("SF1", "A1");
        clock.advance(Duration.ofDays(3));
        newA1 = receive("SF2", "A1");
        onA2 = receive("SF3", "A2");
        onA3 = receive("SF4", "A3");
        loose = receive("SF5", null);
        site.ws().shelves().define(admin, "A3", null, false);   // out of use with a parcel still on it
        clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theArrowKeysWalkTheShelvesAndTheRightSideShowsWhatIsOnEach() throws TimeoutException {
        open();
        TableView<?> shelves = robot.lookup("#shelvesList").queryTableView();
        TableView<HeldParcel> onShelf = robot.lookup("#shelvesParcels").queryTableView();

        assertThat(cells(shelves, 0)).containsExactly("A1 门口左侧", "A2", zh.get("shelves.outOfUse", "A3"),
                zh.get("shelves.noShelf"));
        assertThat(cells(shelves, 1)).containsExactly("2", "1", "1", "1");
        assertThat(onShelf.getItems()).extracting(h -> h.parcel().id()).containsExactly(oldA1.id(), newA1.id());
        assertThat(cells(onShelf, 5)).containsExactly(zh.get("shelves.overdue"), "");
        assertThat(textOf("#shelvesHeading")).isEqualTo(zh.get("shelves.heading", "A1 门口左侧", 2));

        robot.type(KeyCode.DOWN);
        assertThat(onShelf.getItems()).extracting(h -> h.parcel().id()).containsExactly(onA2.id());
        robot.type(KeyCode.DOWN);
        assertThat(onShelf.getItems()).extracting(h -> h.parcel().id()).containsExactly(onA3.id());
        robot.type(KeyCode.DOWN);
        assertThat(onShelf.getItems()).extracting(h -> h.parcel().id()).containsExactly(loose.id());
        assertThat(cells(onShelf, 0)).containsExactly(loose.number());

        // Enter goes to the parcels, Esc back to the shelves.
        robot.type(KeyCode.ENTER);
        assertThat(onShelf.isFocused()).isTrue();
        assertThat(onShelf.getSelectionModel().getSelectedItem().parcel().id()).isEqualTo(loose.id());
        robot.type(KeyCode.ESCAPE);
        assertThat(shelves.isFocused()).isTrue();
    }

    @Test
    void f5ReadsTheShelvesAgainAndKeepsTheChoice() throws TimeoutException {
        open();
        TableView<?> shelves = robot.lookup("#shelvesList").queryTableView();
        TableView<HeldParcel> onShelf = robot.lookup("#shelvesParcels").queryTableView();
        robot.type(KeyCode.DOWN);                                   // A2

        Parcel another = receive("SF6", "A2");
        robot.type(KeyCode.F5);

        assertThat(cells(shelves, 1)).containsExactly("2", "2", "1", "1");
        assertThat(onShelf.getItems()).extracting(h -> h.parcel().id()).containsExactly(onA2.id(), another.id());
        assertThat(textOf("#shelvesHeading")).isEqualTo(zh.get("shelves.heading", "A2", 2));
    }

    private Parcel receive(String tracking, String shelf) {
        return parcels.receive(desk, ParcelForm.of(tracking, Carrier.SF, room.id(), null).withShelf(shelf));
    }

    private void open() throws TimeoutException {
        UiContext ctx = new UiContext(site.ws(), zh, new InlineTaskExecutor(), new ErrorReporter(() -> zh));
        FxToolkit.setupStage(stage -> {
            ShelvesPane pane = new ShelvesPane(ctx, desk, statusBar::add);
            stage.setScene(new Scene(pane.root(), 1240, 760));
            stage.show();
            pane.focus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> cells(TableView<?> table, int column) {
        List<String> out = new ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            out.add(String.valueOf(table.getColumns().get(column).getCellData(row)));
        }
        return out;
    }

    private String textOf(String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
