package com.frontdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Messages;
import com.frontdesk.testsupport.InlineTaskExecutor;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.ui.ErrorReporter;
import com.frontdesk.ui.UiContext;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The import preview on screen: problems by line block the import; a clean file imports in one go. */
class ImportDialogTest {
    private static final String HEADER = "楼栋,单元,楼层,房号,公共区域,姓名,身份,公司,电话,备注,代收快递\r\n";

    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final Messages zh = new Messages(Messages.CHINESE);
    private Stage owner;

    @BeforeEach
    void showOwner() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(), 400, 300));
            s.show();
        });
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aFileWithABadRowShowsTheLineAndCannotBeImported() throws IOException {
        Path file = dir.resolve("units.csv");
        Files.write(file, (HEADER + "1,2,,1503,否,张三丰,业主,,13812345678,,同意\r\n"
                + "1,2,,1504,否,李四,房客,,13912345678,,同意\r\n").getBytes(Charset.forName("GBK")));

        open(file);

        ListView<String> problems = robot.lookup("#importProblems").queryListView();
        assertThat(problems.getItems()).containsExactly(zh.get("import.line", 3, zh.get("import.badKind", "房客")));
        assertThat(robot.lookup("#importNow").queryButton().isDisabled()).isTrue();
        assertThat(SqlRows.count(site.db(), "room")).isZero();
    }

    @Test
    void aCleanFileIsPreviewedThenImportedInOneGo() throws IOException {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, HEADER + "1,2,,1503,否,张三丰,业主,,13812345678,,同意\r\n"
                + "T,,17,1701,否,李经理,公司,华通科技有限公司,02166667777,,未知\r\n");

        open(file);
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo(zh.get("directory.importSummary", "UTF-8", 2, 0, 0));
        Button importNow = robot.lookup("#importNow").queryButton();
        assertThat(importNow.isDisabled()).isFalse();

        robot.clickOn(importNow);

        assertThat(summary.getText()).isEqualTo(zh.get("import.done", 2, 2, 0, 0));
        assertThat(SqlRows.query(site.db(), "SELECT code FROM room ORDER BY code")).extracting(r -> r.get("code"))
                .containsExactly("1-2-1503", "T-17F-1701");
    }

    private void open(Path file) {
        UiContext ctx = new UiContext(site.ws(), zh, new InlineTaskExecutor(), new ErrorReporter(() -> zh));
        robot.interact(() -> new ImportDialog(ctx, owner, site.admin(), () -> { }).show(file.toFile()));
    }
}
