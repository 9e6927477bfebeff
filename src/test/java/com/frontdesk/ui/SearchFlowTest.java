package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.phrases.Phrase;
import com.frontdesk.phrases.PhraseCategory;
import com.frontdesk.phrases.PhraseForm;
import com.frontdesk.phrases.PhraseHit;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairForm;
import com.frontdesk.repairs.RepairItem;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The global search the way a receptionist uses it: Ctrl+K from another module, a 2-character
 * name typed, Down into the results grouped by kind, Enter opens the repair in the repairs module,
 * selected; Ctrl+K again, a visit number, Enter opens the visitor history on it.
 */
class SearchFlowTest extends ShellTestBase {
    private static final String DESK_NO = "R001";
    private static final String DESK_PASSWORD = "desk2026";
    private Repair repair;
    private Visit visit;
    private Phrase phrase;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            Room room = ws.directory().addRoom(admin, new RoomForm("3", "2", null, "1502", false));
            Occupant zhou = ws.directory().addOccupant(admin, room.id(), new OccupantForm("周杰", OccupantKind.OWNER,
                    null, List.of("13912347788"), null, ParcelConsent.YES));
            TestSites.addStaff(ws, admin, DESK_NO, "张丽", Role.RECEPTIONIST, DESK_PASSWORD);
            repair = ws.repairs().take(admin, RepairForm.phoned(room.id(), zhou.id(), "周杰", "13912347788",
                    "PLUMBING", "卫生间地漏反水", RepairPriority.NORMAL));
            visit = ws.visitors().checkIn(admin, VisitForm.of("欧阳娜", Purpose.VISIT, room.id(),
                    Verification.CONFIRMED).withHost(room.id(), zhou.id(), null));
            phrase = ws.phrases().create(admin, new PhraseForm(PhraseCategory.RECEPTION, "yc7", "泳池闭馆通知",
                    "很抱歉，泳池今天闭馆清洁。", "Sorry, the pool is closed for cleaning today.", ""));
        };
    }

    @Test
    void ctrlKTypeDownEnterOpensTheRecordInItsModule() throws TimeoutException {
        signIn(DESK_NO, DESK_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);     // at the parcels
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField box = robot.lookup("#globalSearchBox").query();
        assertThat(box.isFocused()).as("Ctrl+K puts the cursor in the box").isTrue();

        robot.write("周杰");
        robot.type(KeyCode.ENTER);                                                        // search now, no pause
        ListView<?> results = robot.lookup("#globalSearchResults").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        // 周杰 himself, the visit he was host of, the repair he reported: a heading above each.
        assertThat(results.getItems()).hasSize(6);
        assertThat(textOf(robot, "#globalSearchSummary")).isEqualTo(zh.get("search.found", 3, 3));

        // Down into the results: the first record under the first heading, then on to the repair.
        robot.type(KeyCode.DOWN);
        assertThat(results.isFocused()).isTrue();
        assertThat(results.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.type(KeyCode.DOWN);                                  // the heading of visits is skipped
        assertThat(results.getSelectionModel().getSelectedIndex()).isEqualTo(3);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results.getSelectionModel().getSelectedIndex()).isEqualTo(5);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<RepairItem> repairs = robot.lookup("#repairTable").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> repairs.getSelectionModel().getSelectedItem() != null);
        assertThat(repairs.getSelectionModel().getSelectedItem().repair().id()).isEqualTo(repair.id());
        assertThat(((TextField) robot.lookup("#repairQuery").query()).getText()).isEqualTo(repair.number());

        // Ctrl+K from the repairs, a visit's number, Enter twice: the history shows that visit.
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(visit.number());
        robot.type(KeyCode.ENTER);
        ListView<?> again = robot.lookup("#globalSearchResults").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> again.getItems().size() == 2);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextField historySearch = robot.lookup("#historySearch").query();
        assertThat(historySearch.getText()).isEqualTo(visit.number());
        TableView<?> history = robot.lookup("#historyTable").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> history.getItems().size() == 1);

        // Esc goes back to the box from the results, and clears it.
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write("欧阳");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#globalSearchResults")
                .queryAs(ListView.class).getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        TextField box2 = robot.lookup("#globalSearchBox").query();
        assertThat(box2.isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(box2.getText()).isEmpty();
    }

    @Test
    void aPhraseResultOpensTheLibraryOnIt() throws TimeoutException {
        signIn(DESK_NO, DESK_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("泳池闭馆");
        robot.type(KeyCode.ENTER);
        ListView<?> results = robot.lookup("#globalSearchResults").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> results.getItems().size() == 2);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<PhraseHit> table = robot.lookup("#phraseTable").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().phrase().id()).isEqualTo(phrase.id());
        assertThat(((TextField) robot.lookup("#phraseSearch").query()).getText()).isEqualTo("yc7");
    }
}
