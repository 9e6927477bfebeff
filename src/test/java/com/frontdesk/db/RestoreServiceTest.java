package com.frontdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.settings.WorkstationSettings;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreServiceTest {
    private static final List<String> TABLES = List.of("site", "staff", "setting", "audit_log", "outbox", "number_counter");

    @TempDir
    Path root;
    @TempDir
    Path elsewhere;

    private final MutableClock clock = MutableClock.standard();
    private DataDirectory dir;
    private Path backup;

    @BeforeEach
    void aSiteWithABackup() {
        dir = new DataDirectory(root);
        try (Workstation ws = Workstation.open(dir, clock)) {
            Session admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, "R001", "李前台", Role.RECEPTIONIST, "desk2026a");
            backup = ws.backups().backupTo(elsewhere.resolve("monday.db"));
        }
    }

    @Test
    void restoringPutsBackTheDataAsItWasAtTheBackupAndKeepsTheReplacedDatabase() {
        Map<String, List<String>> atBackup = rows(backup);
        clock.advance(Duration.ofHours(3));
        try (Workstation ws = Workstation.open(dir, clock)) {
            Session admin = ws.accounts().authenticate(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD.toCharArray(),
                    com.frontdesk.accounts.AccountService.Purpose.LOGIN);
            TestSites.addStaff(ws, admin, "R002", "张前台", Role.RECEPTIONIST, "desk2026b");
            ws.settings().update(admin, WorkstationSettings.DEFAULTS.withLanguage("en"));
        }
        Map<String, List<String>> beforeRestore = rows(dir.database());
        assertThat(beforeRestore).isNotEqualTo(atBackup);

        Path kept = new RestoreService(clock).restore(dir, backup);

        try (Workstation ws = Workstation.open(dir, clock)) {
            assertThat(rows(ws.dataDirectory().database())).isEqualTo(atBackup);
            assertThat(ws.settings().current().language()).isEqualTo("zh-CN");
        }
        assertThat(kept).isRegularFile().startsWith(dir.defaultBackups());
        assertThat(rows(kept)).isEqualTo(beforeRestore);
    }

    /** Moving to a new PC: the backup folder carries the repair photos the database points to. */
    @Test
    void theRepairPhotosTravelWithTheBackupToANewPc(@TempDir Path newPc) throws IOException {
        Path photo = root.resolve("photos/repairs/2026/11/0193-leak.jpg");
        Files.createDirectories(photo.getParent());
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Path withPhotos;
        try (Workstation ws = Workstation.open(dir, clock)) {
            withPhotos = ws.backups().backupTo(elsewhere.resolve("tuesday.db"));
        }
        Path carried = elsewhere.resolve("photos/repairs/2026/11/0193-leak.jpg");
        assertThat(carried).hasSameBinaryContentAs(photo);
        assertThat(AttachedFiles.copyMissing(root, elsewhere)).as("a later backup copies only new photos").isZero();

        DataDirectory fresh = new DataDirectory(newPc);
        new RestoreService(clock).restore(fresh, withPhotos);

        assertThat(newPc.resolve("photos/repairs/2026/11/0193-leak.jpg")).hasSameBinaryContentAs(photo);
        assertThat(rows(fresh.database())).isEqualTo(rows(withPhotos));
    }

    /** A damaged database is the usual reason to restore: it must not stop the restore itself. */
    @Test
    void aDamagedDatabaseIsReplacedAndKeptAsItWas() throws IOException {
        byte[] damaged = new byte[8192];
        java.util.Arrays.fill(damaged, (byte) 0x5A);
        Files.write(dir.database(), damaged);

        Path kept = new RestoreService(clock).restore(dir, backup);

        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        assertThat(rows(dir.database())).isEqualTo(rows(backup));
    }

    @Test
    void aTextFileIsNotABackupAndTheDatabaseIsLeftAlone() throws IOException {
        Path text = Files.writeString(elsewhere.resolve("notes.db"), "this is not a database\n".repeat(200));

        assertRefusedAsNotABackup(text);
    }

    @Test
    void aSqliteFileWithoutOurTablesIsNotABackup() {
        Path foreign = elsewhere.resolve("other-app.db");
        SqlRows.execute(foreign, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)");
        SqlRows.execute(foreign, "INSERT INTO contacts (name) VALUES ('x')");

        assertRefusedAsNotABackup(foreign);
    }

    @Test
    void aTruncatedCopyOfARealBackupIsNotABackup() throws IOException {
        byte[] whole = Files.readAllBytes(backup);
        assertThat(SqlRows.tables(backup)).as("the backup itself is a FrontDesk database").contains("site", "staff");
        Path truncated = Files.write(elsewhere.resolve("monday-half.db"), Arrays.copyOf(whole, whole.length / 2));

        assertRefusedAsNotABackup(truncated);
    }

    @Test
    void aBackupCutOffAfterItsFirstPageIsNotABackup() throws IOException {
        byte[] whole = Files.readAllBytes(backup);
        int pageSize = ((Number) SqlRows.query(backup, "PRAGMA page_size").get(0).get("page_size")).intValue();
        assertThat(whole.length).isGreaterThan(pageSize);
        Path truncated = Files.write(elsewhere.resolve("monday-page1.db"), Arrays.copyOf(whole, pageSize));

        assertRefusedAsNotABackup(truncated);
    }

    @Test
    void aMissingFileIsNotABackup() {
        assertRefusedAsNotABackup(elsewhere.resolve("gone.db"));
    }

    @Test
    void restoreIsRefusedWhileTheProgramHasTheFolderOpen() {
        try (Workstation ws = Workstation.open(dir, clock)) {
            Map<String, Object> siteBefore = SqlRows.query(dir.database(), "SELECT * FROM site").get(0);
            Map<String, List<String>> before = rows(dir.database());

            UserFacingException e = catchThrowableOfType(UserFacingException.class,
                    () -> new RestoreService(clock).restore(dir, backup));

            assertThat(e.key()).isEqualTo("error.alreadyRunning");
            assertThat(rows(dir.database())).isEqualTo(before);
            assertThat(ws.sites().site()).isPresent();
            assertThat(SqlRows.query(dir.database(), "SELECT * FROM site").get(0)).isEqualTo(siteBefore);
        }
    }

    private void assertRefusedAsNotABackup(Path file) {
        byte[] bytesBefore = readBytes(dir.database());
        Map<String, List<String>> before = SqlRows.snapshot(dir.database());

        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> new RestoreService(clock).restore(dir, file));

        assertThat(e).as("restore of %s must be refused", file).isNotNull();
        assertThat(e.key()).isEqualTo("error.restoreNotABackup");
        assertThat(e.args()).containsExactly(file.toString());
        assertThat(readBytes(dir.database())).as("the database file, byte for byte").isEqualTo(bytesBefore);
        assertThat(SqlRows.snapshot(dir.database())).isEqualTo(before);
        assertThat(dir.defaultBackups()).doesNotExist();
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> rows(Path db) {
        Map<String, List<String>> all = new java.util.TreeMap<>();
        for (String table : TABLES) {
            all.put(table, SqlRows.rowsOf(db, table));
        }
        return all;
    }
}
