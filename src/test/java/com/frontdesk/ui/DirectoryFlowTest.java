package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.audit.AuditEntry;
import com.frontdesk.audit.AuditFilter;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.directory.Title;
import com.frontdesk.testsupport.TestSites;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk finds an occupant in the directory by phone tail and by pinyin initials with the
 * keyboard alone, and an agent adds an occupant through the dialog.
 */
class DirectoryFlowTest extends ShellTestBase {
    private static final String AGENT_NO = "S001";
    private static final String AGENT_PASSWORD = "agent2026";

    private Session admin;
    private Room room1503;
    private Room room301;
    private Room room1701;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, AGENT_NO, "李客服", Role.AGENT, AGENT_PASSWORD);
            var directory = ws.directory();
            room1503 = directory.addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            room301 = directory.addRoom(admin, new RoomForm("1", "1", null, "301", false));
            room1701 = directory.addRoom(admin, new RoomForm("T", null, "17", "1701", false));
            directory.addOccupant(admin, room1503.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                    List.of("13812345678"), null, ParcelConsent.YES));
            directory.addOccupant(admin, room301.id(), new OccupantForm("张三", OccupantKind.OWNER, null,
                    List.of("13900001111"), null, ParcelConsent.UNKNOWN));
            directory.addOccupant(admin, room1701.id(), new OccupantForm("星河科技有限公司", OccupantKind.COMPANY,
                    "星河科技有限公司", List.of("02188886666"), null, ParcelConsent.YES));
        };
    }

    @Test
    void theDeskFindsAnOccupantByPhoneTailAndByPinyinInitialsWithTheKeyboard() throws TimeoutException {
        openDirectory(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        assertThat(room1503.code()).isEqualTo("1-2-1503");

        robot.write("5678");
        List<String> shown = suggestionsFor("5678");
        assertThat(shown).contains("1-2-1503 · 张三丰 · " + zh.get("occupantKind.OWNER") + " · 138****5678");
        assertThat(String.join("\n", shown)).doesNotContain("13812345678").doesNotContain("张三 ·");

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(selectedOccupant().name()).isEqualTo("张三丰");
        assertThat(occupantCell(selectedRow(), 4)).isEqualTo("138****5678"); // the phones column, masked
        assertThat(textOf(robot, "#directoryRoomTitle")).isEqualTo(zh.get("directory.roomHeader", "1-2-1503"));
        assertThat(picked().occupantId()).isEqualTo(selectedOccupant().id());

        // "zs" is the start of both 张三 (zs) and 张三丰 (zsf); 1-1-301 comes first.
        replaceSearch("zs");
        assertThat(suggestionsFor("zs")).hasSize(2);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(selectedOccupant().name()).isEqualTo("张三");
        assertThat(textOf(robot, "#directoryRoomTitle")).isEqualTo(zh.get("directory.roomHeader", "1-1-301"));

        replaceSearch("zsf");
        List<String> initials = suggestionsFor("zsf");
        assertThat(initials).hasSize(1);
        assertThat(initials.get(0)).startsWith("1-2-1503 · 张三丰 · ");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(selectedOccupant().name()).isEqualTo("张三丰");
        assertThat(textOf(robot, "#directoryRoomTitle")).isEqualTo(zh.get("directory.roomHeader", "1-2-1503"));

        // Esc closes the suggestions and keeps the typed text as free text.
        replaceSearch("王五");
        assertThat(suggestionsFor("王五")).isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(DirectoryPicker.of(robot.lookup("#directorySearch").query()).isShowingSuggestions()).isFalse();
        assertThat(robot.lookup("#directorySearch").queryTextInputControl().getText()).isEqualTo("王五");
        assertThat(picked()).isNull();
    }

    @Test
    void anAgentAddsAnOccupantWithTheKeyboardAndTheAuditKeepsThePhoneMasked() throws TimeoutException {
        openDirectory(AGENT_NO, AGENT_PASSWORD);
        assertThat(robot.lookup("#occupantReveal").tryQuery()).as("an agent may not reveal phones").isEmpty();

        robot.write("1701");
        assertThat(suggestionsFor("1701")).first().isEqualTo("T-17F-1701");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(textOf(robot, "#directoryRoomTitle")).isEqualTo(zh.get("directory.roomHeader", "T-17F-1701"));

        robot.clickOn("#occupantAdd");
        // Headless Monocle does not move keyboard focus to a new dialog window by itself.
        robot.clickOn("#occupantName");
        robot.write("赵六");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.DOWN); // title: not given → 先生 → 女士
        robot.type(KeyCode.TAB).type(KeyCode.DOWN); // type: owner → tenant
        tabThenWrite(robot, "星河科技有限公司");
        tabThenWrite(robot, "136 9876 5432");
        tabThenWrite(robot, "17楼前台");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN); // parcels: unknown → yes
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#occupantName").tryQuery()).as("the dialog closed").isEmpty();
        Occupant added = workstation.directory().occupants(room1701.id()).stream()
                .filter(o -> o.name().equals("赵六")).findFirst().orElseThrow();
        assertThat(added.kind()).isEqualTo(OccupantKind.TENANT);
        assertThat(added.title()).isEqualTo(Title.MS);
        assertThat(occupantCell(selectedRow(), 1)).isEqualTo(zh.get("occupantTitle.MS"));
        assertThat(added.company()).isEqualTo("星河科技有限公司");
        assertThat(added.phones()).containsExactly("13698765432");
        assertThat(added.note()).isEqualTo("17楼前台");
        assertThat(added.parcelConsent()).isEqualTo(ParcelConsent.YES);
        assertThat(selectedOccupant().id()).isEqualTo(added.id());
        assertThat(occupantCell(selectedRow(), 4)).isEqualTo("136****5432");

        List<AuditEntry> audit = workstation.audit().page(admin, new AuditFilter(null, "occupant", null, null), null, 20);
        AuditEntry created = audit.stream().filter(a -> added.id().equals(a.entityId())).findFirst().orElseThrow();
        assertThat(created.action()).isEqualTo("CREATE");
        assertThat(created.actorName()).startsWith("李客服");
        assertThat(created.changes()).contains("136****5432").doesNotContain("13698765432");
    }

    @Test
    void aShiftLeadRevealsThePhonesAuditedAndMovesAnOccupantOutWhoIsThenMarkedInTheSuggestions()
            throws TimeoutException {
        openDirectory(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.write("5678");
        suggestionsFor("5678");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        Occupant zhang = selectedOccupant();

        robot.clickOn("#occupantReveal");
        assertThat(occupantCell(selectedRow(), 4)).isEqualTo("13812345678");
        assertThat(workstation.audit().page(admin, new AuditFilter(null, "occupant", null, null), null, 20))
                .anyMatch(a -> a.action().equals("REVEAL") && zhang.id().equals(a.entityId()));

        robot.clickOn("#occupantMoveOut");
        Button confirm = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(zh.get("directory.moveOut"))).findFirst().orElseThrow();
        robot.clickOn(confirm);
        assertThat(workstation.directory().occupants(room1503.id())).singleElement()
                .satisfies(o -> assertThat(o.movedOut()).isTrue());
        assertThat(occupantCell(selectedRow(), 6)).isEqualTo(zh.get("common.yes"));

        robot.clickOn("#directorySearch");
        replaceSearch("5678");
        assertThat(suggestionsFor("5678")).containsExactly("1-2-1503 · 张三丰 · " + zh.get("occupantKind.OWNER")
                + " · 138****5678 · " + zh.get("directory.movedOutMark"));
    }

    private void openDirectory(String employeeNo, String password) {
        signIn(employeeNo, password);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.clickOn(zh.get("settings.tab.directory"));
        robot.clickOn("#directorySearch");
    }

    private void replaceSearch(String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    /** Waits out the debounce until the suggestions for the typed text are open, and reads them as shown. */
    private List<String> suggestionsFor(String typed) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            ListView<DirectoryEntry> list = suggestionList();
            return list != null && list.getScene() != null && list.getScene().getWindow().isShowing()
                    && robot.lookup("#directorySearch").queryTextInputControl().getText().equals(typed);
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<DirectoryEntry> list = suggestionList();
        if (list.getItems().isEmpty()) {
            assertThat(robot.from(list).lookup(".placeholder .label").queryAs(Label.class).getText())
                    .isEqualTo(zh.get("directory.noMatch"));
            return List.of();
        }
        return robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private ListView<DirectoryEntry> suggestionList() {
        return robot.lookup("#directorySearchSuggestions").tryQuery()
                .map(n -> {
                    @SuppressWarnings("unchecked")
                    ListView<DirectoryEntry> list = (ListView<DirectoryEntry>) n;
                    return list;
                }).orElse(null);
    }

    private DirectoryEntry picked() {
        return DirectoryPicker.of(robot.lookup("#directorySearch").query()).selected();
    }

    private TableView<Occupant> occupantTable() {
        return robot.lookup("#occupantTable").queryTableView();
    }

    private Occupant selectedOccupant() {
        return occupantTable().getSelectionModel().getSelectedItem();
    }

    private int selectedRow() {
        return occupantTable().getSelectionModel().getSelectedIndex();
    }

    private String occupantCell(int row, int column) {
        return String.valueOf(occupantTable().getColumns().get(column).getCellData(row));
    }
}
