package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.OnSiteVisit;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import com.frontdesk.visitors.VisitStatus;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The desk's other paths, keyboard only: the slip's code scanned into the check-out field, one key
 * on the on-site list, the lounge (host calls back, or the visitor is turned away), a returning
 * visitor's details, and a watchlist match a shift lead lets in with a reason.
 */
class VisitorsDeskFlowTest extends ShellTestBase {
    private Session admin;
    private Room room;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            admin = TestSites.setUp(ws);
            room = ws.directory().addRoom(admin, new RoomForm("1", "2", null, "1503", false));
            ws.directory().addOccupant(admin, room.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                    List.of("13812345678"), null, ParcelConsent.YES));
            ws.visitors().definePass(admin, "P01", true);
            ws.visitors().definePass(admin, "P02", true);
            TestSites.addStaff(ws, admin, "R001", "张丽", Role.RECEPTIONIST, "desk2026");
            TestSites.addStaff(ws, admin, "L001", "李秀英", Role.SHIFT_LEAD, "lead2026");
            TestSites.addStaff(ws, admin, "K001", "刘洋", Role.AGENT, "agent2026");
        };
    }

    @Test
    void theSlipsCodeScannedChecksOutAndOneKeyChecksOutTheSelectedRow() {
        Visit first = workstation.visitors().checkIn(admin, visit("李四").withPass("P01"));
        clock.advance(Duration.ofMinutes(1));
        Visit second = workstation.visitors().checkIn(admin, visit("王五").withPass("P02"));
        openVisitors("R001", "desk2026");

        robot.type(KeyCode.F4).write(first.id()).type(KeyCode.ENTER);   // the scanner types the QR code's text
        assertThat(workstation.visitors().visit(first.id()).orElseThrow().status()).isEqualTo(VisitStatus.CHECKED_OUT);
        assertThat(onSite().getItems()).extracting(o -> o.visit().id()).containsExactly(second.id());

        robot.clickOn("#visitorOnSite").type(KeyCode.HOME).type(KeyCode.ENTER);
        assertThat(workstation.visitors().visit(second.id()).orElseThrow().status()).isEqualTo(VisitStatus.CHECKED_OUT);
        assertThat(onSite().getItems()).isEmpty();
        assertThat(workstation.visitors().passesOut()).isEmpty();
        assertThat(textOf(robot, "#visitorStatus")).isEqualTo(zh.get("visitors.checkedOutPass", "王五", second.number(), "P02"));
    }

    @Test
    void aLoungeVisitorGoesInWhenTheHostCallsBackAndAnotherIsTurnedAway() {
        Visit waits = workstation.visitors().checkIn(admin, visit("李四").withVerification(Verification.NO_ANSWER));
        clock.advance(Duration.ofMinutes(1));
        Visit leaves = workstation.visitors().checkIn(admin, visit("王五").withVerification(Verification.NO_ANSWER));
        openVisitors("R001", "desk2026");
        TableView<Visit> lounge = robot.lookup("#visitorWaiting").queryTableView();
        assertThat(lounge.getItems()).extracting(Visit::id).containsExactly(waits.id(), leaves.id());

        focus(lounge);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER);
        robot.clickOn("#confirmPass").write("p02").type(KeyCode.ENTER);
        Visit in = workstation.visitors().visit(waits.id()).orElseThrow();
        assertThat(in.status()).isEqualTo(VisitStatus.ON_SITE);
        assertThat(in.passNo()).isEqualTo("P02");
        assertThat(onSite().getItems()).extracting(o -> o.visit().id()).containsExactly(waits.id());

        focus(lounge);
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        robot.type(KeyCode.ENTER);                                       // "Yes" has the focus
        assertThat(workstation.visitors().visit(leaves.id()).orElseThrow().status()).isEqualTo(VisitStatus.REFUSED);
        assertThat(lounge.getItems()).isEmpty();
    }

    @Test
    void aReturningVisitorsLastDetailsAreOfferedAndFilledWithF2() {
        workstation.visitors().checkIn(admin, visit("李四").withPhone("13700001234")
                .withDetails("顺达物流", "沪A12345", null));
        clock.advance(Duration.ofDays(2));
        openVisitors("R001", "desk2026");

        robot.type(KeyCode.TAB).write("13700001234").type(KeyCode.TAB);  // phone, then leave the field
        assertThat(textOf(robot, "#visitorReturning")).contains("李四", "顺达物流", "1-2-1503");
        robot.type(KeyCode.F2);

        assertThat(robot.lookup("#visitorName").queryTextInputControl().getText()).isEqualTo("李四");
        assertThat(robot.lookup("#visitorCompany").queryTextInputControl().getText()).isEqualTo("顺达物流");
        assertThat(robot.lookup("#visitorPlate").queryTextInputControl().getText()).isEqualTo("沪A12345");
        assertThat(robot.lookup("#visitorHost").queryTextInputControl().getText()).startsWith("1-2-1503");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);             // from the host to the verification: confirmed
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);

        assertThat(workstation.visitors().countOnSite()).as("the first visit was never checked out").isEqualTo(2);
        Visit again = workstation.visitors().onSite(null, 5).get(1).visit();
        assertThat(again.visitorName()).isEqualTo("李四");
        assertThat(again.hostRoomId()).isEqualTo(room.id());
        assertThat(again.company()).isEqualTo("顺达物流");
    }

    @Test
    void aWatchlistMatchNeedsTheShiftLeadsSignatureAndReason() {
        workstation.visitors().addToWatchlist(admin, "闹事者", "13900009999", null, "多次在大堂滋事");
        openVisitors("R001", "desk2026");
        robot.write("赵六");
        tabThenWrite(robot, "13900009999");
        robot.clickOn("#visitorHost").write("物业办公室");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);             // verification: confirmed
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);

        assertThat(textOf(robot, "#visitorMessage")).isEqualTo(zh.get("visitor.watchlistMatch", "多次在大堂滋事"));
        assertThat(textOf(robot, "#watchlistWarning")).contains("赵六", "多次在大堂滋事");
        assertThat(workstation.visitors().countOnSite()).isZero();
        robot.clickOn("#overrideLeadNo").write("L001");
        tabThenWrite(robot, "wrong");
        tabThenWrite(robot, "业主亲自下楼接");
        robot.type(KeyCode.ENTER);
        assertThat(workstation.visitors().countOnSite()).as("a wrong password lets nobody in").isZero();

        robot.doubleClickOn("#overrideLeadPassword").write("lead2026").type(KeyCode.ENTER);
        assertThat(workstation.visitors().countOnSite()).isEqualTo(1);
        assertThat(SqlRows.query(workstation.dataDirectory().database(),
                "SELECT a.actor_name, a.changes FROM audit_log a WHERE a.action = 'WATCHLIST_OVERRIDE'"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("actor_name").toString()).startsWith("李秀英");
                    assertThat(r.get("changes").toString()).contains("业主亲自下楼接");
                });
    }

    @Test
    void anAgentSeesNoVisitorOrParcelRecords() {
        workstation.visitors().checkIn(admin, visit("李四").withPhone("13700001234"));
        signIn("K001", "agent2026");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(textOf(robot, "#notAvailable")).isEqualTo(zh.get("module.notForRole"));
        assertThat(robot.lookup("#visitorOnSite").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertThat(textOf(robot, "#notAvailable")).isEqualTo(zh.get("module.notForRole"));
        assertThat(robot.lookup("#parcelHeld").tryQuery()).isEmpty();
    }

    /** Where Tab would take the desk; the robot goes there directly, whatever the window's size. */
    private void focus(javafx.scene.Node node) {
        robot.interact(node::requestFocus);
    }

    private VisitForm visit(String name) {
        return VisitForm.of(name, Purpose.VISIT, room.id(), Verification.CONFIRMED);
    }

    private void openVisitors(String no, String password) {
        signIn(no, password);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#visitorName");
    }

    private TableView<OnSiteVisit> onSite() {
        return robot.lookup("#visitorOnSite").queryTableView();
    }
}
