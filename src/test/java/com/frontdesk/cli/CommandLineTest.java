package com.frontdesk.cli;

import static com.frontdesk.testsupport.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.Site;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.testsupport.CommandLineGlobals;
import com.frontdesk.testsupport.CommandLineRun;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a newcomer or an administrator uses it: {@code demo-data}, {@code backup},
 * {@code restore}, {@code --help} and {@code -V}. Every test runs a subcommand (or a help option):
 * the form without a command opens the window.
 */
@ExtendWith(CommandLineGlobals.class)
class CommandLineTest {
    private static final List<String> DEMO_STAFF = List.of("A001", "L001", "R001", "R002", "K001");
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.standard();

    // ---- demo-data ----------------------------------------------------------------------------

    @Test
    void demoDataWithTheFolderAfterTheCommandCreatesTheDemoSiteThere() {
        Path d = temp.resolve("after");

        CommandLineRun run = run("demo-data", "--data-dir", d.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertDemoSiteIn(d, run);
    }

    @Test
    void demoDataWithTheFolderBeforeTheCommandCreatesTheDemoSiteThere() {
        Path d = temp.resolve("before");

        CommandLineRun run = run("--data-dir", d.toString(), "demo-data");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertDemoSiteIn(d, run);
    }

    @Test
    void demoDataIsRefusedForAFolderThatAlreadyHoldsASiteAndChangesNothing() {
        Path d = temp.resolve("real-site");
        try (Workstation ws = Workstation.open(new DataDirectory(d), clock)) {
            TestSites.setUp(ws);
        }
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        Map<String, List<String>> before = SqlRows.snapshot(db);

        CommandLineRun run = run("demo-data", "--data-dir", d.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("cli.demoExists", new DataDirectory(d).root().toString()));
        assertThat(SqlRows.snapshot(db)).isEqualTo(before);
        assertThat(SqlRows.query(db, "SELECT employee_no FROM staff"))
                .extracting(r -> r.get("employee_no")).containsExactly(TestSites.ADMIN_NO);
    }

    // ---- backup -------------------------------------------------------------------------------

    @Test
    void backupCopiesTheDatabaseToTheFile() {
        Path d = temp.resolve("site");
        aSiteWithTwoStaff(d);
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        Path f = temp.resolve("copies").resolve("monday.db");

        CommandLineRun run = run("--data-dir", d.toString(), "backup", "--to", f.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(f).isRegularFile();
        assertThat(SqlRows.query(f, "PRAGMA integrity_check").get(0)).containsValue("ok");
        assertThat(SqlRows.rowsOf(f, "staff")).hasSize(2).isEqualTo(SqlRows.rowsOf(db, "staff"));
        assertThat(SqlRows.rowsOf(f, "site")).isEqualTo(SqlRows.rowsOf(db, "site"));
        assertThat(run.allOut()).contains(ENGLISH.get("cli.backupWritten", f.toAbsolutePath().toString()));
    }

    @Test
    void backupOfAFolderWithoutADatabaseFailsAndDoesNotCreateTheFolder() {
        Path d = temp.resolve("mistyped");
        Path f = temp.resolve("never.db");

        CommandLineRun run = run("backup", "--data-dir", d.toString(), "--to", f.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("cli.noDatabase", new DataDirectory(d).root().toString()));
        assertThat(d).doesNotExist();
        assertThat(f).doesNotExist();
    }

    // ---- restore ------------------------------------------------------------------------------

    @Test
    void restorePutsBackTheDataAsItWasAtTheBackup() {
        Path d = temp.resolve("site");
        aSiteWithTwoStaff(d);
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        Map<String, List<String>> atBackup = SqlRows.snapshot(db);
        Path f = temp.resolve("monday.db");
        assertThat(run("--data-dir", d.toString(), "backup", "--to", f.toString()).exitCode()).isZero();
        try (Workstation ws = Workstation.open(new DataDirectory(d), clock)) {
            TestSites.addStaff(ws, signIn(ws), "R009", "赵前台", Role.RECEPTIONIST, "desk2026x");
        }
        assertThat(SqlRows.snapshot(db)).isNotEqualTo(atBackup);

        CommandLineRun run = run("restore", "--data-dir", d.toString(), "--from", f.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.allOut()).contains(ENGLISH.get("cli.restored", f.toAbsolutePath().toString()));
        // Reopened as the program does at start; read without signing in, which would add audit rows.
        try (Workstation ws = Workstation.open(new DataDirectory(d), clock)) {
            assertThat(ws.sites().site()).map(Site::code).contains("CHG");
        }
        assertThat(SqlRows.snapshot(db)).isEqualTo(atBackup);
        assertThat(SqlRows.query(db, "SELECT employee_no FROM staff ORDER BY employee_no"))
                .extracting(r -> r.get("employee_no")).containsExactly(TestSites.ADMIN_NO, "R001");
    }

    @Test
    void restoreRefusesAFileThatIsNotAFrontDeskBackupAndChangesNothing() throws IOException {
        Path d = temp.resolve("site");
        aSiteWithTwoStaff(d);
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        Map<String, List<String>> before = SqlRows.snapshot(db);
        Path notes = Files.writeString(temp.resolve("notes.db"), "not a database\n".repeat(100));

        CommandLineRun run = run("--data-dir", d.toString(), "restore", "--from", notes.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("error.restoreNotABackup", notes.toAbsolutePath().toString()));
        assertThat(SqlRows.snapshot(db)).isEqualTo(before);
        assertThat(new DataDirectory(d).defaultBackups()).doesNotExist();
    }

    // ---- help and version ---------------------------------------------------------------------

    @Test
    void helpListsTheCommands() {
        CommandLineRun run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo-data", "backup", "restore", "--data-dir");
    }

    @Test
    void versionNamesTheProgram() {
        CommandLineRun run = run("-V");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).startsWith("FrontDesk Workstation"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void assertDemoSiteIn(Path d, CommandLineRun run) {
        assertThat(d.resolve(DataDirectory.DATABASE_FILE)).isRegularFile();
        assertThat(run.stdout()).contains(ENGLISH.get("cli.demoCreated", "翠湖花园", new DataDirectory(d).root().toString()));
        try (Workstation ws = Workstation.open(new DataDirectory(d), clock)) {
            assertThat(ws.sites().site()).map(Site::code).contains("CHG");
            // The administrator's sign-in as printed for the newcomer works.
            String adminLine = run.stdout().lines().filter(l -> l.strip().startsWith("A001\t")).findFirst()
                    .orElseThrow(() -> new AssertionError("no sign-in printed for A001:\n" + run.stdout()));
            String[] columns = adminLine.strip().split("\t");
            assertThat(columns).hasSize(4);
            assertThat(columns[3]).isEqualTo(ENGLISH.get(Role.ADMINISTRATOR.messageKey()));
            Session admin = ws.accounts().authenticate("A001", columns[2].toCharArray(), AccountService.Purpose.LOGIN);
            assertThat(ws.accounts().staffPage(admin, null, 50)).extracting(StaffMember::employeeNo)
                    .containsExactlyInAnyOrderElementsOf(DEMO_STAFF);
        }
        for (String no : DEMO_STAFF) {
            assertThat(run.stdout()).as("sign-in printed for %s", no).containsPattern("(?m)^\\s*" + no + "\t");
        }
    }

    // ---- import-units --------------------------------------------------------------------------

    private static final String UNITS = "楼栋,单元,楼层,房号,公共区域,姓名,身份,公司,电话,备注,代收快递\r\n"
            + "1,2,,1503,否,张三丰,业主,,13812345678,,同意\r\n"
            + "T,,17,1701,否,李经理,公司,华通科技有限公司,02166667777,,未知\r\n";

    @Test
    void importUnitsReadsAGbkFileAndStoresEveryRowAsTheAdministrator() throws IOException {
        Path d = temp.resolve("site");
        aSiteWithTwoStaff(d);
        Path file = temp.resolve("units.csv");
        Files.write(file, UNITS.getBytes(java.nio.charset.Charset.forName("GBK")));

        CommandLineRun run = run("import-units", file.toString(), "--data-dir", d.toString(),
                "--user", TestSites.ADMIN_NO, "--password=" + TestSites.ADMIN_PASSWORD);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.stdout()).contains("GBK", ENGLISH.get("import.done", 2, 2, 0, 0));
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        assertThat(SqlRows.query(db, "SELECT code FROM room ORDER BY code")).extracting(r -> r.get("code"))
                .containsExactly("1-2-1503", "T-17F-1701");
        assertThat(SqlRows.query(db, "SELECT actor_name FROM audit_log WHERE entity = 'occupant'"))
                .extracting(r -> r.get("actor_name").toString()).allMatch(a -> a.contains(TestSites.ADMIN_NO));
    }

    @Test
    void importUnitsWithABadRowListsItsLineAndStoresNothing() throws IOException {
        Path d = temp.resolve("site");
        aSiteWithTwoStaff(d);
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        Map<String, List<String>> before = SqlRows.snapshot(db);
        Path file = temp.resolve("units.csv");
        Files.writeString(file, UNITS + "2,1,,101,否,王五,业主,,call me,,同意\r\n");

        CommandLineRun run = run("import-units", file.toString(), "--data-dir", d.toString(),
                "--user", TestSites.ADMIN_NO, "--password=" + TestSites.ADMIN_PASSWORD);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).contains(ENGLISH.get("import.line", 4, ENGLISH.get("import.badPhone", "call me")));
        assertThat(run.err()).contains(ENGLISH.get("import.notImportable"));
        assertThat(SqlRows.snapshot(db)).isEqualTo(before);
    }

    @Test
    void importUnitsNeedsAnAdministrator() throws IOException {
        Path d = temp.resolve("site");
        aSiteWithTwoStaff(d);
        Path file = temp.resolve("units.csv");
        Files.writeString(file, UNITS);

        CommandLineRun run = run("import-units", file.toString(), "--data-dir", d.toString(), "--user", "R001",
                "--password=desk2026a");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("error.accessDenied"));
        assertThat(SqlRows.count(d.resolve(DataDirectory.DATABASE_FILE), "room")).isZero();
    }

    /** A set-up site with its administrator and one receptionist (R001), closed again. */
    private void aSiteWithTwoStaff(Path d) {
        try (Workstation ws = Workstation.open(new DataDirectory(d), clock)) {
            Session admin = TestSites.setUp(ws);
            TestSites.addStaff(ws, admin, "R001", "李前台", Role.RECEPTIONIST, "desk2026a");
        }
    }

    private static Session signIn(Workstation ws) {
        return ws.accounts().authenticate(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD.toCharArray(),
                AccountService.Purpose.LOGIN);
    }
}
