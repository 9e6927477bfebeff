package com.frontdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Launcher;
import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} as a scheduled task runs it: to a folder, again with nothing new, beside the open program, failing. */
class ExportCommandTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path temp;

    private Locale defaultLocale;
    private String logsProperty;
    private Path data;
    private Path headOffice;

    record Run(int exitCode, String err, String stdout) {
    }

    @BeforeEach
    void siteInAFolder() throws IOException {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        logsProperty = System.getProperty("frontdesk.logs");
        data = temp.resolve("data");
        headOffice = Files.createDirectories(temp.resolve("hq"));
        try (Workstation ws = Workstation.open(new DataDirectory(data), MutableClock.standard())) {
            TestSites.setUp(ws);
        }
    }

    @AfterEach
    void restoreGlobals() {
        Locale.setDefault(defaultLocale);
        if (logsProperty == null) {
            System.clearProperty("frontdesk.logs");
        } else {
            System.setProperty("frontdesk.logs", logsProperty);
        }
    }

    @Test
    void exportWritesThePendingChangesToTheFolderAndThenHasNothingNewToSend() throws IOException {
        Run first = run("export", "--data-dir", data.toString(), "--to", headOffice.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.stdout()).contains(ENGLISH.get("cli.exportDone", 1, 2, headOffice.toString()));
        assertThat(files("*.manifest.json")).hasSize(1);

        Run second = run("export", "--data-dir", data.toString(), "--to", headOffice.toString());
        assertThat(second.stdout()).contains(ENGLISH.get("cli.exportDone", 0, 0, headOffice.toString()));
        assertThat(files("*.manifest.json")).hasSize(1);
    }

    @Test
    void exportRunsBesideTheOpenProgram() throws IOException {
        try (Workstation open = Workstation.open(new DataDirectory(data), MutableClock.standard())) {
            Run run = run("export", "--data-dir", data.toString(), "--to", headOffice.toString(), "--full");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(files("*-f*.manifest.json")).hasSize(1);
            assertThat(open.sync().history(null, 5)).hasSize(1);
        }
    }

    @Test
    void aFolderThatIsNotThereEndsWithExitOneAndTheReason() {
        Path stick = temp.resolve("usb");
        Run run = run("export", "--data-dir", data.toString(), "--to", stick.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("sync.error.folderMissing", stick.toString()));
    }

    @Test
    void withoutATargetTheCommandSaysHowToSetOne() {
        Run run = run("export", "--data-dir", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("sync.error.noTarget"));
    }

    private List<Path> files(String glob) throws IOException {
        try (var files = Files.newDirectoryStream(headOffice, glob)) {
            return java.util.stream.StreamSupport.stream(files.spliterator(), false).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        int code;
        try (PrintStream capture = new PrintStream(stdout, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            code = Launcher.commandLine().setErr(new PrintWriter(err, true)).execute(args);
        } finally {
            System.setOut(originalOut);
        }
        return new Run(code, err.toString(), stdout.toString(StandardCharsets.UTF_8));
    }
}
