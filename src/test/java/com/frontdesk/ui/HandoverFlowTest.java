package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.handover.Handover;
import com.frontdesk.handover.HandoverDetail;
import com.frontdesk.handover.HandoverFilter;
import com.frontdesk.handover.HandoverItem;
import com.frontdesk.handover.HandoverNote;
import com.frontdesk.handover.HandoverStatus;
import com.frontdesk.handover.ItemCondition;
import com.frontdesk.handover.NotePriority;
import com.frontdesk.testsupport.TestSites;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The handover book with the keyboard, as the issue asks: at 09:30 the lobby's outgoing receptionist
 * starts the handover, counts every item (one umbrella of the eleven lent to an owner, noted), leaves a
 * note for the next shift and signs with her password; the incoming receptionist signs at the same
 * desk with his employee number and password; the shift lead countersigns. The record is checked
 * through the services and its chain verifies.
 */
class HandoverFlowTest extends ShellTestBase {
    private static final String OUT_NO = "R001";
    private static final String OUT_PASSWORD = "desk2026";
    private static final String IN_NO = "R002";
    private static final String IN_PASSWORD = "next2026";
    private static final String LEAD_NO = "L001";
    private static final String LEAD_PASSWORD = "lead2026";
    private static final String UMBRELLA_NOTE = "一把借给 1-2-1503 业主";

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            Session admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, OUT_NO, "李前台", Role.RECEPTIONIST, OUT_PASSWORD);
            TestSites.addStaff(ws, admin, IN_NO, "陈前台", Role.RECEPTIONIST, IN_PASSWORD);
            TestSites.addStaff(ws, admin, LEAD_NO, "周班长", Role.SHIFT_LEAD, LEAD_PASSWORD);
        };
    }

    @Test
    void countedSignedOutSignedInAndCountersigned() {
        signIn(OUT_NO, OUT_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).as("nothing open: the start button waits for Enter").isEqualTo("handoverStart");
        robot.type(KeyCode.ENTER);

        HandoverDetail draft = latest();
        Handover h = draft.handover();
        assertThat(h.status()).isEqualTo(HandoverStatus.DRAFT);
        assertThat(h.desk()).isEqualTo("LOBBY");
        assertThat(h.shift()).as("09:30 is the lobby's day shift").isEqualTo("DAY");
        assertThat(h.outgoingName()).isEqualTo("李前台");
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("handoverView.started", h.number()));
        assertThat(textOf(robot, "#handoverAuto-PARCELS_HELD")).as("counted by the program").isEqualTo("0");
        assertThat(robot.lookup("#handoverAuto-PARCELS_HELD").tryQuery().map(Node::isFocusTraversable))
                .contains(false);

        // Every item counted as the paper book is: the count, Tab past the condition (good), the note, Tab on.
        for (HandoverItem item : draft.items().stream().filter(i -> !i.automatic()).toList()) {
            assertThat(focusedId()).isEqualTo("handoverCount-" + item.code());
            boolean umbrellas = item.code().equals("UMBRELLAS");
            robot.write(umbrellas ? "10" : Integer.toString(item.expected()));
            robot.type(KeyCode.TAB).type(KeyCode.TAB);
            if (umbrellas) {
                assertThat(robot.lookup("." + "handover-difference").queryAll()).as("a difference without a note")
                        .hasSize(1);
                robot.write(UMBRELLA_NOTE);
                assertThat(robot.lookup(".handover-difference").queryAll()).isEmpty();
            }
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId()).as("after the last item: the notes").isEqualTo("handoverNoteText");
        assertThat(latest().items()).filteredOn(i -> !i.automatic())
                .allSatisfy(i -> assertThat(i.counted()).isNotNull());

        // A note for the next shift, added with Enter.
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("3号电梯维保至下午三点").type(KeyCode.ENTER);
        assertThat(latest().notes()).extracting(HandoverNote::text).containsExactly("3号电梯维保至下午三点");
        TableView<?> notes = robot.lookup("#handoverNotes").queryTableView();
        assertThat(notes.getItems()).hasSize(1);

        // The outgoing receptionist signs with her own password.
        clock.advance(Duration.ofMinutes(5));
        sign(() -> robot.write(OUT_PASSWORD).type(KeyCode.ENTER));
        assertThat(latest().handover().status()).isEqualTo(HandoverStatus.OUTGOING_SIGNED);
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("handoverView.signedOut", h.number()));
        assertThat(robot.lookup("#handoverCount-UMBRELLAS").query().isDisabled()).as("sealed").isTrue();

        // The incoming receptionist, at the same desk: employee number and password.
        clock.advance(Duration.ofMinutes(3));
        sign(() -> robot.write(IN_NO).type(KeyCode.TAB).write(IN_PASSWORD).type(KeyCode.ENTER));
        assertThat(latest().handover().status()).isEqualTo(HandoverStatus.INCOMING_SIGNED);

        // The shift lead countersigns the same way.
        clock.advance(Duration.ofMinutes(2));
        sign(() -> robot.write(LEAD_NO).type(KeyCode.TAB).write(LEAD_PASSWORD).type(KeyCode.ENTER));
        assertThat(textOf(robot, "#statusText")).isEqualTo(zh.get("handoverView.countersigned", h.number()));

        HandoverDetail done = workstation.handovers().detail(h.id()).orElseThrow();
        Handover signed = done.handover();
        assertThat(signed.status()).isEqualTo(HandoverStatus.COUNTERSIGNED);
        HandoverItem umbrellas = done.items().stream().filter(i -> i.code().equals("UMBRELLAS")).findFirst()
                .orElseThrow();
        assertThat(umbrellas.expected()).isEqualTo(11);
        assertThat(umbrellas.counted()).isEqualTo(10);
        assertThat(umbrellas.condition()).isEqualTo(ItemCondition.GOOD);
        assertThat(umbrellas.note()).isEqualTo(UMBRELLA_NOTE);
        assertThat(done.items()).filteredOn(i -> !i.automatic() && !i.code().equals("UMBRELLAS"))
                .allSatisfy(i -> {
                    assertThat(i.counted()).isEqualTo(i.expected());
                    assertThat(i.condition()).isEqualTo(ItemCondition.GOOD);
                    assertThat(i.note()).isNull();
                });
        assertThat(done.notes()).singleElement().satisfies(n -> {
            assertThat(n.priority()).isEqualTo(NotePriority.NORMAL);
            assertThat(n.open()).isTrue();
        });
        assertThat(List.of(signed.outgoingName(), signed.incomingName(), signed.leadName()))
                .containsExactly("李前台", "陈前台", "周班长");
        assertThat(signed.outgoingSignedAt()).isEqualTo(signed.startedAt().plus(Duration.ofMinutes(5)));
        assertThat(signed.incomingAt()).isEqualTo(signed.startedAt().plus(Duration.ofMinutes(8)));
        assertThat(signed.countersignedAt()).isEqualTo(clock.instant());
        assertThat(workstation.handovers().verifyAll()).isEmpty();

        // Done: the desk may start the next one; the record is in the history with its signers.
        assertThat(visible(robot, "#handoverStart")).isTrue();
        robot.targetWindow(mainWindow());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> history = robot.lookup("#handoverHistory").queryTableView();
        assertThat(history.getItems()).hasSize(1);
        assertThat(history.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(textOf(robot, "#handoverRecordSigners")).contains("李前台", "陈前台", "周班长");
        robot.clickOn("#handoverVerify");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(robot, "#handoverVerified")).isEqualTo(zh.get("handoverView.verifiedGood"));
    }

    /**
     * The service's word shows in the dialogs: an item not counted stops the outgoing signature before
     * any password, a wrong password keeps the dialog open; the incoming side refuses with a reason
     * (Ctrl+R) and the lead countersigns the refusal.
     */
    @Test
    void aWrongPasswordIsToldAndARefusalGoesToTheLead() {
        Session out = workstation.accounts().authenticate(OUT_NO, OUT_PASSWORD.toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);
        Handover h = workstation.handovers().start(out, "LOBBY", "DAY");
        HandoverDetail draft = workstation.handovers().detail(h.id()).orElseThrow();
        draft.items().stream().filter(i -> !i.automatic() && !i.code().equals("KEYS")).forEach(i ->
                workstation.handovers().count(out, h.id(), i.code(), i.expected(), ItemCondition.GOOD, null));

        signIn(OUT_NO, OUT_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).as("the line still to count").isEqualTo("handoverCount-KEYS");

        openSignature();
        robot.write("wrong").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogMessage()).isEqualTo(zh.get("handover.notCounted", "钥匙（串）"));
        robot.type(KeyCode.ESCAPE);
        robot.targetWindow(mainWindow());
        robot.write("1").type(KeyCode.ENTER);

        openSignature();
        robot.write("wrong").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogMessage()).as("the password refused, the dialog still open").isNotBlank();
        assertThat(latest().handover().status()).isEqualTo(HandoverStatus.DRAFT);
        robot.write(OUT_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(latest().handover().status()).isEqualTo(HandoverStatus.OUTGOING_SIGNED);

        robot.targetWindow(mainWindow());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#handoverSignSave").query().getScene().getWindow());
        robot.write(IN_NO).type(KeyCode.TAB).write(IN_PASSWORD).type(KeyCode.TAB).write("对讲机没电").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Handover refused = latest().handover();
        assertThat(refused.status()).isEqualTo(HandoverStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("对讲机没电");
        assertThat(refused.incomingName()).isEqualTo("陈前台");

        sign(() -> robot.write(LEAD_NO).type(KeyCode.TAB).write(LEAD_PASSWORD).type(KeyCode.ENTER));
        assertThat(latest().handover().status()).isEqualTo(HandoverStatus.COUNTERSIGNED);
        assertThat(latest().handover().leadName()).isEqualTo("周班长");
    }

    /** A refused handover waits for a shift lead: the top bar says so from any module, and its link opens the handover. */
    @Test
    void aRefusedHandoverIsShownToTheLeadInTheTopBar() {
        Session out = workstation.accounts().authenticate(OUT_NO, OUT_PASSWORD.toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);
        Handover h = workstation.handovers().start(out, "LOBBY", "DAY");
        workstation.handovers().detail(h.id()).orElseThrow().items().stream().filter(i -> !i.automatic())
                .forEach(i -> workstation.handovers().count(out, h.id(), i.code(), i.expected(), ItemCondition.GOOD,
                        null));
        workstation.handovers().signOutgoing(out, h.id(), OUT_PASSWORD.toCharArray());
        workstation.handovers().refuse(out, h.id(), IN_NO, IN_PASSWORD.toCharArray(), "对讲机没电");

        signIn(LEAD_NO, LEAD_PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#refusalNotice").queryLabeled().getText()).isEqualTo(zh.get("top.refusals", 1));
        robot.clickOn("#refusalNotice");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.mainWindow().current()).isEqualTo(com.frontdesk.ui.Module.HANDOVER);
        sign(() -> robot.write(LEAD_NO).type(KeyCode.TAB).write(LEAD_PASSWORD).type(KeyCode.ENTER));
        assertThat(latest().handover().status()).isEqualTo(HandoverStatus.COUNTERSIGNED);
        robot.interact(shell::housekeeping);
        assertThat(visible(robot, "#refusalNotice")).isFalse();
    }

    private void openSignature() {
        robot.targetWindow(mainWindow());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#handoverSignSave").query().getScene().getWindow());
    }

    private String dialogMessage() {
        Node save = robot.lookup("#handoverSignSave").query();
        return robot.from(save.getScene().getRoot()).lookup(".form-message").queryLabeled().getText();
    }

    /** Ctrl+Enter opens the next signature's dialog; the robot types into it, then returns to the window. */
    private void sign(Runnable typing) {
        robot.targetWindow(mainWindow());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#handoverSignSave").query().getScene().getWindow());
        typing.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#handoverSignSave").tryQuery()).as("the dialog closed: signed").isEmpty();
        robot.targetWindow(mainWindow());
    }

    private HandoverDetail latest() {
        Handover h = workstation.handovers().history(new HandoverFilter("LOBBY", null, null, null), null, 1).get(0);
        return workstation.handovers().detail(h.id()).orElseThrow();
    }

    private String focusedId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = mainWindow().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private Window mainWindow() {
        return robot.lookup("#mainWindow").query().getScene().getWindow();
    }
}
