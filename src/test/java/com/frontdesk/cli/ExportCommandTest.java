package com.frontdesk.cli;

import static com.frontdesk.testsupport.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.testsupport.CommandLineGlobals;
import com.frontdesk.testsupport.CommandLineRun;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} as a scheduled task runs it: to a folder, again with nothing new, beside the open program, failing. */
@ExtendWith(CommandLineGlobals.class)
class ExportCommandTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path temp;

    private Path data;
    private Path headOffice;

    @BeforeEach
    void siteInAFolder() throws IOException {
        data = temp.resolve("data");
        headOffice = Files.createDirectories(temp.resolve("hq"));
        try (Workstation ws = Workstation.open(new DataDirectory(data), MutableClock.standard())) {
            TestSites.setUp(ws);
        }
    }

    @Test
    void exportWritesThePendingChangesToTheFolderAndThenHasNothingNewToSend() throws IOException {
        CommandLineRun first = run("export", "--data-dir", data.toString(), "--to", headOffice.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.stdout()).contains(ENGLISH.get("cli.exportDone", 1, 2, headOffice.toString()));
        assertThat(files("*.manifest.json")).hasSize(1);

        CommandLineRun second = run("export", "--data-dir", data.toString(), "--to", headOffice.toString());
        assertThat(second.stdout()).contains(ENGLISH.get("cli.exportDone", 0, 0, headOffice.toString()));
        assertThat(files("*.manifest.json")).hasSize(1);
    }

    @Test
    void exportRunsBesideTheOpenProgram() throws IOException {
        try (Workstation open = Workstation.open(new DataDirectory(data), MutableClock.standard())) {
            CommandLineRun run = run("export", "--data-dir", data.toString(), "--to", headOffice.toString(), "--full");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(files("*-f*.manifest.json")).hasSize(1);
            assertThat(open.sync().history(null, 5)).hasSize(1);
        }
    }

    @Test
    void aFolderThatIsNotThereEndsWithExitOneAndTheReason() {
        Path stick = temp.resolve("usb");
        CommandLineRun run = run("export", "--data-dir", data.toString(), "--to", stick.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("sync.error.folderMissing", stick.toString()));
    }

    @Test
    void withoutATargetTheCommandSaysHowToSetOne() {
        CommandLineRun run = run("export", "--data-dir", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("sync.error.noTarget"));
    }

    private List<Path> files(String glob) throws IOException {
        try (var files = Files.newDirectoryStream(headOffice, glob)) {
            return java.util.stream.StreamSupport.stream(files.spliterator(), false).toList();
        }
    }
}
