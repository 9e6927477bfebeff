package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.directory.Title;
import com.frontdesk.phrases.PhraseHit;
import com.frontdesk.phrases.PhraseSearch;
import com.frontdesk.repairs.DispatchForm;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairAction;
import com.frontdesk.repairs.RepairForm;
import com.frontdesk.repairs.RepairItem;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.repairs.RepairStatus;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The standard phrases with the keyboard: in a repair's note, Ctrl+/ opens the popup, the pinyin
 * initials of a title find the phrase, Enter puts it at the caret with the repair's number and the
 * owner's title (先生, as the directory records him) filled; an input method still composing keeps
 * Ctrl+/ for itself. The library screen copies a phrase, makes it a favourite and an administrator adds one.
 */
class PhrasesFlowTest extends ShellTestBase {
    private Repair repair;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            Room room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            Occupant owner = ws.directory().addOccupant(admin, room.id(), new OccupantForm("张三丰", OccupantKind.OWNER,
                    null, List.of("13812345678"), null, ParcelConsent.YES, Title.MR));
            repair = ws.repairs().take(admin, RepairForm.phoned(room.id(), owner.id(), "张三丰", "13812345678", "PLUMBING",
                    "厨房水龙头漏水", RepairPriority.NORMAL));
            ws.repairs().dispatch(admin, repair.id(), DispatchForm.inHouseNamed("王师傅"));
        };
    }

    @Test
    void aPhraseFoundByPinyinInitialsGoesIntoTheRepairNoteFilledWithTheRepairAndTheOwner() {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        TableView<RepairItem> table = robot.lookup("#repairTable").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        robot.type(KeyCode.S);                                                     // start: a step with a note
        WaitForAsyncUtils.waitForFxEvents();
        TextField note = robot.lookup("#repairStepNote").query();
        robot.targetWindow(note.getScene().getWindow());
        robot.write("师傅已出发。");

        // An input method composing "bx" in the field: Ctrl+/ is left to it, no popup.
        robot.interact(() -> Event.fireEvent(note, composing("bx")));
        ctrlSlash();
        assertThat(robot.lookup("#phrasePopupSearch").tryQuery()).isEmpty();
        robot.interact(() -> Event.fireEvent(note, committed()));

        // Esc closes the popup and leaves the note as it was.
        ctrlSlash();
        Window first = robot.lookup("#phrasePopupSearch").query().getScene().getWindow();
        robot.targetWindow(first);
        robot.type(KeyCode.ESCAPE);
        assertThat(first.isShowing()).isFalse();
        assertThat(note.getText()).isEqualTo("师傅已出发。");

        robot.targetWindow(note.getScene().getWindow());
        ctrlSlash();
        TextField search = robot.lookup("#phrasePopupSearch").query();
        Window popup = search.getScene().getWindow();
        assertThat(popup.getProperties()).containsKey("frontdesk.phrasePopup");
        robot.targetWindow(popup);
        robot.write("wxjd");                                                       // 维修进度告知
        ListView<?> list = robot.lookup("#phrasePopupList").queryListView();
        assertThat(list.getItems()).hasSize(1);
        robot.type(KeyCode.ENTER);

        String expected = "师傅已出发。张先生好，报修单" + repair.number() + "正在处理中，配件到了会第一时间安排。";
        assertThat(popup.isShowing()).isFalse();
        assertThat(note.getText()).isEqualTo(expected);
        assertThat(note.isFocused()).as("the caret is back in the note").isTrue();
        robot.targetWindow(note.getScene().getWindow());
        robot.type(KeyCode.ENTER);                                                 // saves the step

        Repair started = workstation.repairs().repair(repair.id()).orElseThrow();
        assertThat(started.status()).isEqualTo(RepairStatus.IN_PROGRESS);
        assertThat(workstation.repairs().detail(repair.id()).orElseThrow().timeline())
                .filteredOn(e -> e.action() == RepairAction.START).singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo(expected));
        assertThat(SqlRows.query(workstation.dataDirectory().database(),
                "SELECT u.uses FROM phrase_usage u JOIN phrase p ON p.id = u.phrase_id WHERE p.code = 'bx4'"))
                .singleElement().satisfies(r -> assertThat(r.get("uses")).isEqualTo(1));
    }

    @Test
    void theLibraryCopiesAPhraseMakesItAFavouriteAndTheAdministratorAddsOne() {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#phraseSearch").<TextField>query().isFocused()).isTrue();
        robot.write("xlzy");                                                       // 线路杂音
        TableView<PhraseHit> table = robot.lookup("#phraseTable").queryTableView();
        assertThat(table.getItems()).extracting(h -> h.phrase().code()).containsExactly("rx2");
        robot.type(KeyCode.DOWN);
        assertThat(textOf(robot, "#phrasePreviewEn")).startsWith("Sorry, the line is noisy.");

        robot.type(KeyCode.C);
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .isEqualTo("抱歉，电话里杂音比较大，如果听不清楚，我稍后给您回拨过去。"));
        robot.type(KeyCode.F);
        assertThat(table.getItems().get(0).favourite()).isTrue();
        assertThat(table.getItems().get(0).uses()).isEqualTo(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#phraseFormSave").query().getScene().getWindow());
        robot.type(KeyCode.DOWN);                                                  // first category: phone opening
        robot.type(KeyCode.TAB).write("kc9");
        robot.type(KeyCode.TAB).write("节日问候");
        robot.type(KeyCode.TAB).write("{称呼|您}好，节日快乐！");
        robot.type(KeyCode.TAB).write("Happy holidays, {title|dear guest}!");
        robot.type(KeyCode.ENTER);

        assertThat(workstation.phrases().byCode("kc9")).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("节日问候");
            assertThat(p.titleInitials()).isEqualTo("jrwh");
        });
        assertThat(workstation.phrases().search(workstation.accounts().authenticate(TestSites.ADMIN_NO,
                TestSites.ADMIN_PASSWORD.toCharArray(), com.frontdesk.accounts.AccountService.Purpose.LOGIN),
                PhraseSearch.words("jrwh"), 5)).extracting(h -> h.phrase().code()).containsExactly("kc9");
        assertThat(textOf(robot, "#phrasePreviewZh")).isEqualTo("您好，节日快乐！");
    }

    private void ctrlSlash() {
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static InputMethodEvent composing(String text) {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(new InputMethodTextRun(text, InputMethodHighlight.UNSELECTED_RAW)), "", text.length());
    }

    private static InputMethodEvent committed() {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "", 0);
    }
}
