package com.frontdesk.cli;

import static com.frontdesk.testsupport.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.db.InstanceLock;
import com.frontdesk.testsupport.CommandLineGlobals;
import com.frontdesk.testsupport.CommandLineRun;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code self-test}: what an installer, CI and support run on an installed program, with no display. */
@ExtendWith(CommandLineGlobals.class)
class SelfTestCommandTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path temp;

    @Test
    void onANewFolderItCreatesTheDatabaseAtTheLatestSchemaAndPrintsTheVersions() throws Exception {
        Path d = temp.resolve("new");

        CommandLineRun run = run("self-test", "--data-dir", d.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        assertThat(db).isRegularFile();
        String latest = latestMigration();
        assertThat(SqlRows.query(db, "SELECT max(CAST(version AS INTEGER)) AS v FROM flyway_schema_history"))
                .extracting(r -> String.valueOf(r.get("v"))).containsExactly(latest);
        assertThat(run.out())
                .contains(ENGLISH.get("cli.selfTest.program", "FrontDesk Workstation dev"))
                .contains("Java: " + Runtime.version())
                .contains(ENGLISH.get("cli.selfTest.schema", latest, db.toAbsolutePath().toString()))
                .contains(ENGLISH.get("cli.selfTest.databaseOk"))
                .contains(ENGLISH.get("cli.selfTest.logs", d.resolve("logs").toAbsolutePath().toString()))
                .contains(ENGLISH.get("cli.selfTest.passed"))
                .doesNotContain(ENGLISH.get("cli.selfTest.unknown"));
        // The versions come from the libraries themselves, not from constants in the command.
        assertThat(run.out()).containsPattern("(?m)^SQLite: 3\\.\\d+\\.\\d+$")
                .containsPattern("(?m)^JavaFX: 21\\.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aSiteInUseIsLeftAsItWasAndPasses() {
        Path d = temp.resolve("site");
        try (Workstation ws = Workstation.open(new DataDirectory(d), MutableClock.standard())) {
            TestSites.setUp(ws);
        }
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        Map<String, ?> before = SqlRows.snapshot(db);

        CommandLineRun run = run("--data-dir", d.toString(), "self-test");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(SqlRows.snapshot(db)).isEqualTo(before);
    }

    @Test
    void aRowPointingAtNothingFailsTheTestAndNamesTheTable() {
        Path d = temp.resolve("orphan");
        assertThat(run("self-test", "--data-dir", d.toString()).exitCode()).isZero();
        // Written behind the program's back: SQLite enforces foreign keys only per connection.
        SqlRows.execute(d.resolve(DataDirectory.DATABASE_FILE), "INSERT INTO unit (id, building_id, code, created_at,"
                + " updated_at) VALUES ('u1', 'no-such-building', '1', 0, 0)");

        CommandLineRun run = run("self-test", "--data-dir", d.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("cli.selfTest.foreignKey", "unit rowid 1 → building"))
                .contains(ENGLISH.get("cli.selfTest.failed", 1));
        assertThat(run.out()).doesNotContain(ENGLISH.get("cli.selfTest.passed"));
    }

    @Test
    void aDamagedPageFailsSqlitesIntegrityCheck() throws IOException {
        Path d = temp.resolve("damaged");
        assertThat(run("self-test", "--data-dir", d.toString()).exitCode()).isZero();
        Path db = d.resolve(DataDirectory.DATABASE_FILE);
        SqlRows.query(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        long page = ((Number) SqlRows.query(db, "SELECT rootpage FROM sqlite_master WHERE name = 'unit_code'")
                .get(0).get("rootpage")).longValue();
        long pageSize = ((Number) SqlRows.query(db, "PRAGMA page_size").get(0).get("page_size")).longValue();
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek((page - 1) * pageSize);
            file.write(new byte[] {(byte) 0x77, 0x77, 0x77, 0x77}); // not a b-tree page type
        }

        CommandLineRun run = run("self-test", "--data-dir", d.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENGLISH.get("cli.selfTest.integrity", ""))
                .contains("page " + page + ": btreeInitPage()");
    }

    @Test
    void aFolderThatAnotherProgramHoldsIsRefusedWithTheReason() {
        DataDirectory dir = new DataDirectory(temp.resolve("busy"));
        try (InstanceLock held = InstanceLock.acquire(dir)) {
            CommandLineRun run = run("self-test", "--data-dir", dir.root().toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(ENGLISH.get("error.alreadyRunning", dir.root().toString()));
        }
    }

    @Test
    void thisRuntimeHasEveryModuleThePackagedRuntimeMustKeep() {
        assertThat(RuntimeCheck.failing()).isEmpty();
    }

    /** The highest V<n>__ migration on the class path, so a new migration needs no change here. */
    private static String latestMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(SelfTestCommandTest.class.getResource("/db/migration").toURI());
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(folder)) {
            return String.valueOf(files.map(f -> version.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        }
    }
}
