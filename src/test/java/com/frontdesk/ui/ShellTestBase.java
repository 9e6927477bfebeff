package com.frontdesk.ui;

import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.testsupport.InlineTaskExecutor;
import com.frontdesk.testsupport.MutableClock;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real shell on a fresh data folder with a fixed clock; database work runs inline so
 * each keystroke's effect is on screen when the robot returns.
 */
abstract class ShellTestBase {
    @TempDir
    Path dataDir;

    final MutableClock clock = MutableClock.standard();
    final FxRobot robot = new FxRobot();
    final Messages zh = new Messages(Messages.CHINESE);
    Workstation workstation;
    Shell shell;

    /** Runs before the window opens, e.g. to set up a site so the test starts at the sign-in. */
    Consumer<Workstation> before() {
        return ws -> { };
    }

    @BeforeEach
    void startShell() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        workstation = Workstation.open(new DataDirectory(dataDir), clock);
        before().accept(workstation);
        FxToolkit.setupFixture(() -> {
            shell = new Shell(workstation, new InlineTaskExecutor(), stage);
            shell.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWorkstation() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (workstation != null) {
            workstation.close();
        }
    }

    /** Types into the sign-in form (clearing what a previous attempt left) and presses Enter. */
    void signIn(String employeeNo, String password) {
        robot.doubleClickOn("#loginEmployeeNo").eraseText(20);
        robot.write(employeeNo);
        tabThenWrite(robot, password);
        robot.type(KeyCode.ENTER);
    }

    static void tabThenWrite(FxRobot robot, String text) {
        robot.type(KeyCode.TAB);
        robot.write(text);
    }

    static String textOf(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    /** A stroke across a signature pad, as a finger or the mouse draws one. */
    void drawOn(String query) {
        Node pad = robot.lookup(query).query();
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());
        robot.moveTo(b.getMinX() + 40, b.getMinY() + b.getHeight() / 2).press(MouseButton.PRIMARY)
                .moveBy(60, -30).moveBy(60, 40).moveBy(80, -20).release(MouseButton.PRIMARY);
    }

    static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
