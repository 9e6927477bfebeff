package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.HistoryFilter;
import com.frontdesk.visitors.OnSiteVisit;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk checks a visitor in with the keyboard (host picked by phone tail, host confirmed, a
 * pass issued), sees them on site, and checks them out by typing the pass as a scanner would.
 */
class VisitorsFlowTest extends ShellTestBase {
    private Session admin;
    private Room room1503;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            admin = TestSites.setUp(ws);
            room1503 = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            ws.directory().addOccupant(admin, room1503.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                    List.of("13812345678"), null, ParcelConsent.YES));
            ws.visitors().definePass(admin, "P01", true);
        };
    }

    @Test
    void theDeskChecksAVisitorInThroughTheHostCallAndOutByThePass() throws TimeoutException {
        openVisitors();
        robot.write("李四");
        tabThenWrite(robot, "13700001234");                  // phone
        robot.type(KeyCode.TAB).type(KeyCode.TAB);            // ID type, ID number (none given)
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB); // company, head count, purpose (visit)
        robot.type(KeyCode.TAB).write("5678");               // host: the phone tail
        DirectoryPicker picker = DirectoryPicker.of(robot.lookup("#visitorHost").query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> picker.isShowingSuggestions() && !picker.suggestions().getItems().isEmpty()).get());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(picker.selected()).isNotNull();
        assertThat(picker.selected().name()).isEqualTo("张三丰");
        assertThat(textOf(robot, "#visitorHostPhones")).as("phone hidden until asked").doesNotContain("13812345678");
        robot.type(KeyCode.F3);                               // the desk calls the host
        assertThat(textOf(robot, "#visitorHostPhones")).isEqualTo("张三丰  13812345678");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);           // verification: host confirmed
        tabThenWrite(robot, "p01");                           // pass
        robot.type(KeyCode.ENTER);

        assertThat(textOf(robot, "#visitorMessage")).isEmpty();
        assertThat(workstation.visitors().countOnSite()).isEqualTo(1);
        Visit stored = workstation.visitors().onSite(null, 10).get(0).visit();
        assertThat(stored.status()).isEqualTo(VisitStatus.ON_SITE);
        assertThat(stored.visitorName()).isEqualTo("李四");
        assertThat(stored.phone()).isEqualTo("13700001234");
        assertThat(stored.hostRoomId()).isEqualTo(room1503.id());
        assertThat(stored.passNo()).isEqualTo("P01");
        assertThat(onSiteTable().getItems()).extracting(o -> o.visit().id()).containsExactly(stored.id());
        assertThat(cell(0, 0)).isEqualTo(stored.number());
        assertThat(cell(0, 2)).isEqualTo("1-2-1503 · 张三丰");
        assertThat(cell(0, 3)).isEqualTo("P01");
        assertThat(textOf(robot, "#visitorPassesOut")).isEqualTo(zh.get("visitors.passesOut", 1, "P01 李四"));
        assertThat(cell(0, 5)).isEqualTo("137****1234");
        assertThat(textOf(robot, "#visitorStatus")).isEqualTo(zh.get("visitors.checkedIn", "李四", stored.number()));
        assertThat(robot.lookup("#visitorName").queryTextInputControl().getText()).as("form cleared").isEmpty();
        assertThat(textOf(robot, "#visitorHostPhones")).as("phone gone with the form").doesNotContain("13812345678");

        robot.clickOn("#visitorCheckOut").write("P01").type(KeyCode.ENTER);
        assertThat(onSiteTable().getItems()).isEmpty();
        assertThat(workstation.visitors().countOnSite()).isZero();
        assertThat(workstation.visitors().passesOut()).isEmpty();
        assertThat(textOf(robot, "#visitorPassesOut")).isEqualTo(zh.get("visitors.noPassesOut"));
        assertThat(workstation.visitors().visit(stored.id()).orElseThrow().status()).isEqualTo(VisitStatus.CHECKED_OUT);
        assertThat(textOf(robot, "#visitorStatus"))
                .isEqualTo(zh.get("visitors.checkedOutPass", "李四", stored.number(), "P01"));
        assertThat(robot.lookup("#visitorCheckOut").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void aSalesVisitIsRefusedWithTheLocalizedMessageAndNothingIsStored() throws TimeoutException {
        openVisitors();
        robot.write("推销员");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB); // phone, ID type, ID number
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB); // company, heads → purpose
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN); // visit → interview → delivery → contractor
        assertThat(visible(robot, "#visitorJobSize")).as("contractor fields shown for contractor work").isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);          // → meeting → sales
        assertThat(robot.lookup("#visitorJobSize").tryQuery()).as("contractor fields gone again").isEmpty();
        assertThat(robot.lookup("#visitorPurpose").queryComboBox().getValue().toString()).isEqualTo("SALES");
        tabThenWrite(robot, "物业办公室");                     // host as free text
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);           // host confirmed
        robot.type(KeyCode.ENTER);

        assertThat(textOf(robot, "#visitorMessage")).isEqualTo(zh.get("visitor.salesRefused"));
        assertThat(workstation.visitors().countOnSite()).isZero();
        assertThat(workstation.visitors().history(HistoryFilter.ALL, null, 10)).isEmpty();
        assertThat(onSiteTable().getItems()).isEmpty();
        assertThat(robot.lookup("#visitorName").queryTextInputControl().getText()).as("form kept").isEqualTo("推销员");
    }

    private void openVisitors() {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#visitorName");
    }

    private TableView<OnSiteVisit> onSiteTable() {
        return robot.lookup("#visitorOnSite").queryTableView();
    }

    private String cell(int row, int column) {
        return String.valueOf(onSiteTable().getColumns().get(column).getCellData(row));
    }
}
