package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A shift lead searches the visit history by phone tail and corrects a forgotten check-out's visitor name. */
class VisitorsHistoryFlowTest extends ShellTestBase {
    private Session admin;
    private Visit li;
    private Visit wang;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            admin = TestSites.setUp(ws);
            Room room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            TestSites.addStaff(ws, admin, "L001", "李秀英", Role.SHIFT_LEAD, "lead2026");
            li = ws.visitors().checkIn(admin, VisitForm.of("李四", Purpose.VISIT, room.id(), Verification.CONFIRMED)
                    .withPhone("13700001234"));
            clock.advance(Duration.ofMinutes(30));
            wang = ws.visitors().checkIn(admin, VisitForm.of("王五", Purpose.DELIVERY, room.id(),
                    Verification.CONFIRMED).withPhone("13900005678"));
            clock.advance(Duration.ofHours(1));
            li = ws.visitors().checkOut(admin, li.number());
        };
    }

    @Test
    void theLeadFindsAVisitByPhoneTailAndCorrectsIt() {
        signIn("L001", "lead2026");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#visitorsHistoryTab");
        TableView<Visit> table = robot.lookup("#historyTable").queryTableView();
        assertThat(table.getItems()).extracting(Visit::id).containsExactly(wang.id(), li.id());

        robot.clickOn("#historySearch").write("1234").type(KeyCode.ENTER);
        assertThat(table.getItems()).extracting(Visit::id).containsExactly(li.id());
        assertThat(String.valueOf(table.getColumns().get(2).getCellData(0))).isEqualTo("137****1234");

        robot.clickOn("#historyTable").type(KeyCode.HOME).type(KeyCode.ENTER);
        robot.doubleClickOn("#correctName").eraseText(2).write("李思");
        robot.clickOn("#correctReason").write("身份证上是李思").type(KeyCode.ENTER);

        Visit corrected = workstation.visitors().visit(li.id()).orElseThrow();
        assertThat(corrected.visitorName()).isEqualTo("李思");
        assertThat(table.getItems()).extracting(Visit::visitorName).containsExactly("李思");
        assertThat(textOf(robot, "#historyStatus")).isEqualTo(zh.get("visitors.corrected", li.number()));
    }

    @Test
    void anOpenVisitIsNotCorrected() {
        signIn("L001", "lead2026");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#visitorsHistoryTab");
        robot.clickOn("#historyTable").type(KeyCode.HOME).type(KeyCode.ENTER);   // 王五 is still on site

        assertThat(textOf(robot, "#historyStatus")).isEqualTo(zh.get("visitor.stillOpen", wang.number()));
        assertThat(robot.lookup("#correctName").tryQuery()).isEmpty();
    }
}
