package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.parcels.ParcelHistoryPane;
import com.frontdesk.parcels.ParcelStatus;
import com.frontdesk.parcels.PickupForm;
import com.frontdesk.parcels.SignatureInput;
import com.frontdesk.testsupport.InlineTaskExecutor;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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

/**
 * The parcel history in a stage of its own, keyboard only: a shift lead finds a picked-up parcel
 * by its tracking number and corrects its pieces with a reason; the desk fixes a held parcel's
 * shelf with no reason, and cannot touch one that has left.
 */
class ParcelHistoryFlowTest {
    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    private final FxRobot robot = new FxRobot();
    private final Messages zh = new Messages(Messages.CHINESE);
    private final List<String> statusBar = new ArrayList<>();
    private Session lead;
    private Session desk;
    private Parcel gone;
    private Parcel held;

    @BeforeEach
    void setUp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Session admin = site.admin();
        Room room = site.ws().directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
        var zhang = site.ws().directory().addOccupant(admin, room.id(), new OccupantForm("张三", OccupantKind.OWNER,
                null, List.of("13812345678"), null, ParcelConsent.YES));
        site.ws().shelves().define(admin, "A1", null, true);
        site.ws().shelves().define(admin, "A2", null, true);
        TestSites.addStaff(site.ws(), admin, "L001", "周班长", Role.SHIFT_LEAD, "lead2026");
        TestSites.addStaff(site.ws(), admin, "R001", "李前台", Role.RECEPTIONIST, "desk2026");
        lead = site.ws().accounts().authenticate("L001", "lead2026".toCharArray(), AccountService.Purpose.LOGIN);
        desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);

        gone = site.ws().parcels().receive(desk, ParcelForm.of("SF1234567890", Carrier.SF, room.id(), zhang.id())
                .withShelf("A1"));
        clock.advance(Duration.ofMinutes(20));
        held = site.ws().parcels().receive(desk, ParcelForm.of("YT9876543210123", Carrier.YTO, room.id(), zhang.id())
                .withShelf("A1"));
        clock.advance(Duration.ofHours(2));
        gone = site.ws().parcels().pickUp(desk, List.of(gone.id()), PickupForm.byProxy("赵六", "13912345678",
                SignatureInput.typed("赵六"))).get(0);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theLeadFindsAPickedUpParcelByTrackingNumberAndCorrectsItsPieces() throws TimeoutException {
        open(lead);
        TableView<Parcel> table = table();
        assertThat(table.getItems()).extracting(Parcel::id).containsExactly(held.id(), gone.id());
        assertThat(String.valueOf(table.getColumns().get(9).getCellData(1))).isEqualTo("赵六 · 139****5678");

        // The focus starts in the search box, where a scanner types the number and Enter.
        robot.write("sf 1234567890").type(KeyCode.ENTER);
        assertThat(table.getItems()).extracting(Parcel::id).containsExactly(gone.id());

        robot.clickOn("#parcelHistoryTable").type(KeyCode.HOME).type(KeyCode.ENTER);
        assertThat(textOf("#parcelEditHeader")).contains(gone.number());
        // Typed text goes to the robot's target window: the dialog, from now on.
        robot.targetWindow(robot.lookup("#parcelEditHeader").query().getScene().getWindow());
        robot.type(KeyCode.TAB).type(KeyCode.TAB);        // tracking → carrier → pieces
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);   // size, shelf, note, reason
        robot.type(KeyCode.ENTER);                        // no reason yet: refused, nothing stored
        assertThat(textOf(".form-message")).contains(zh.get("field.reason"));
        assertThat(site.ws().parcels().parcel(gone.id()).orElseThrow().pieces()).isEqualTo(1);

        robot.write("快递员实际交来两件");
        robot.type(KeyCode.ENTER);

        Parcel corrected = site.ws().parcels().parcel(gone.id()).orElseThrow();
        assertThat(corrected.pieces()).isEqualTo(2);
        assertThat(corrected.collectorPhone()).isEqualTo("13912345678");
        assertThat(table.getItems()).extracting(Parcel::pieces).containsExactly(2);
        assertThat(textOf("#parcelHistoryMessage")).isEqualTo(zh.get("parcelHistory.corrected", gone.number()));
        assertThat(statusBar).endsWith(zh.get("parcelHistory.corrected", gone.number()));
        List<Map<String, Object>> audit = SqlRows.query(site.db(),
                "SELECT changes FROM audit_log WHERE entity = 'parcel' AND action = 'CORRECTION'");
        assertThat(audit).singleElement()
                .satisfies(row -> assertThat((String) row.get("changes")).contains("快递员实际交来两件"));
    }

    @Test
    void theDeskMovesAHeldParcelToAnotherShelfButCannotCorrectOneThatHasLeft() throws TimeoutException {
        open(desk);
        TableView<Parcel> table = table();

        robot.clickOn("#parcelHistoryTable").type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(gone.id());
        assertThat(textOf("#parcelHistoryMessage")).isEqualTo(zh.get("parcelHistory.correctLeadsOnly"));
        assertThat(robot.lookup("#parcelEditTracking").tryQuery()).isEmpty();

        robot.type(KeyCode.UP).type(KeyCode.ENTER);
        assertThat(robot.lookup("#parcelEditReason").tryQuery()).as("no reason on a held parcel").isEmpty();
        robot.clickOn("#parcelEditShelf");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("a2");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);   // size, pieces
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("3").type(KeyCode.ENTER);             // Enter in the pieces field saves too

        assertThat(site.ws().parcels().parcel(held.id()).orElseThrow().shelfCode()).isEqualTo("A2");
        assertThat(site.ws().parcels().parcel(held.id()).orElseThrow().pieces()).isEqualTo(3);
        assertThat(table.getItems()).filteredOn(p -> p.id().equals(held.id())).singleElement()
                .satisfies(p -> assertThat(p.shelfCode()).isEqualTo("A2"));
        assertThat(textOf("#parcelHistoryMessage")).isEqualTo(zh.get("parcelHistory.edited", held.number()));
        assertThat(SqlRows.query(site.db(), "SELECT id FROM audit_log WHERE action = 'CORRECTION'")).isEmpty();
    }

    @Test
    void theFiltersNarrowTheListAndClearBringsItBack() throws TimeoutException {
        open(desk);
        TableView<Parcel> table = table();

        ComboBox<ParcelStatus> status = robot.lookup("#parcelHistoryStatus").queryComboBox();
        robot.interact(() -> status.setValue(ParcelStatus.HELD));
        robot.clickOn("#parcelHistoryApply");
        assertThat(table.getItems()).extracting(Parcel::id).containsExactly(held.id());

        robot.clickOn("#parcelHistoryClear");
        assertThat(table.getItems()).extracting(Parcel::id).containsExactly(held.id(), gone.id());

        robot.clickOn("#parcelHistorySearch").write("1-2-15").type(KeyCode.ENTER);
        assertThat(table.getItems()).hasSize(2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("KD-19990101").type(KeyCode.ENTER);
        assertThat(table.getItems()).isEmpty();
    }

    private void open(Session who) throws TimeoutException {
        UiContext ctx = new UiContext(site.ws(), zh, new InlineTaskExecutor(), new ErrorReporter(() -> zh));
        FxToolkit.setupStage(stage -> {
            ParcelHistoryPane pane = new ParcelHistoryPane(ctx, who, statusBar::add);
            stage.setScene(new Scene(pane.root(), 1280, 760));
            stage.show();
            pane.focus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<Parcel> table() {
        return robot.lookup("#parcelHistoryTable").queryTableView();
    }

    private String textOf(String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
