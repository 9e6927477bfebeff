package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.sync.SentBatch;
import com.frontdesk.sync.SyncSettings;
import com.frontdesk.sync.SyncTarget;
import com.frontdesk.testsupport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sync screen with the keyboard: an administrator sets a folder as the target and sends now;
 * the batches appear in the history and in the folder. A shift lead may send but not change the
 * target.
 */
class SyncFlowTest extends ShellTestBase {
    private static final String LEAD_NO = "L001";
    private static final String LEAD_PASSWORD = "lead2026";

    @TempDir
    Path headOffice;

    private Session admin;

    @Override
    Consumer<Workstation> before() {
        return ws -> {
            admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, LEAD_NO, "周班长", Role.SHIFT_LEAD, LEAD_PASSWORD);
        };
    }

    @Test
    void anAdministratorSetsAFolderAndSendsNowAndSeesTheBatchInTheHistory() throws TimeoutException, IOException {
        signIn(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(robot, "#syncTarget")).isEqualTo(zh.get("sync.noTarget"));
        assertThat(textOf(robot, "#syncPending")).isEqualTo(zh.get("sync.pendingCount", 3));

        // Settings tab: Ctrl+Page Down twice; the target box has the focus.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).write(headOffice.toString()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workstation.sync().settings().target()).isEqualTo(SyncTarget.Kind.FOLDER);
        assertThat(workstation.sync().settings().folder()).isEqualTo(headOffice.toString());
        assertThat(textOf(robot, "#syncSettingsMessage")).isEqualTo(zh.get("sync.settingsSaved"));

        // Back to the history and send now.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        TableView<SentBatch> history = robot.lookup("#syncHistory").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !history.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(history.getItems()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(SentBatch.Status.ACKNOWLEDGED);
            assertThat(Files.exists(headOffice.resolve(b.id() + ".json"))).isTrue();
            assertThat(Files.exists(headOffice.resolve(b.id() + ".manifest.json"))).isTrue();
        });
        assertThat(textOf(robot, "#syncPending")).isEqualTo(zh.get("sync.pendingCount", 0));
        assertThat(textOf(robot, "#syncProgressText")).isEqualTo(zh.get("sync.sent", 1, 4));
        assertThat(textOf(robot, "#syncLastSuccess")).isNotEqualTo(zh.get("sync.never"));
    }

    @Test
    void aShiftLeadMaySendButSeesNoSettingsAndNoFullExport() {
        workstation.sync().updateSettings(admin, new SyncSettings(SyncTarget.Kind.FOLDER,
                headOffice.toString(), "", 15, 1000, false));
        signIn(LEAD_NO, LEAD_PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#syncTabs").query();
        assertThat(tabs.getTabs()).extracting(Tab::getText)
                .containsExactly(zh.get("sync.tab.history"), zh.get("sync.tab.failures"));
        assertThat(visible(robot, "#syncFullExport")).isFalse();
        assertThat(visible(robot, "#syncSendNow")).isTrue();
        assertThat(textOf(robot, "#syncTarget")).contains(headOffice.toString());
    }
}

