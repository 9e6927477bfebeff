package com.frontdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.core.UserFacingException;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.standard();
    private Path dbFile;
    private Path backups;
    private Path extra;

    @BeforeEach
    void paths() throws IOException {
        dbFile = dir.resolve("frontdesk.db");
        backups = dir.resolve("backups");
        extra = Files.createDirectories(dir.resolve("extra-migrations"));
    }

    @Test
    void migratingAnEmptyFileCreatesTheFoundationTablesWithoutABackup() {
        Optional<Path> backup = new Migrations(clock).migrate(Database.open(dbFile), backups);

        assertThat(backup).isEmpty();
        assertThat(SqlRows.tables(dbFile)).contains(
                "site", "staff", "setting", "audit_log", "outbox", "number_counter", "flyway_schema_history");
        assertThat(SqlRows.query(dbFile, "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly(Map.of("version", "1", "success", 1), Map.of("version", "2", "success", 1),
                        Map.of("version", "3", "success", 1), Map.of("version", "4", "success", 1),
                        Map.of("version", "5", "success", 1), Map.of("version", "6", "success", 1),
                        Map.of("version", "7", "success", 1), Map.of("version", "8", "success", 1),
                        Map.of("version", "9", "success", 1), Map.of("version", "10", "success", 1), Map.of("version", "11", "success", 1),
                        Map.of("version", "12", "success", 1), Map.of("version", "13", "success", 1),
                        Map.of("version", "14", "success", 1), Map.of("version", "15", "success", 1),
                        Map.of("version", "16", "success", 1),
                        Map.of("version", "17", "success", 1));
    }

    @Test
    void everyConnectionIsOpenedDurably() throws SQLException {
        Database database = Database.open(dbFile);
        new Migrations(clock).migrate(database, backups);

        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(s, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(s, "synchronous")).isEqualTo("2");
            assertThat(Integer.parseInt(pragma(s, "busy_timeout"))).isPositive();
        }
    }

    @Test
    void aPendingMigrationOnAnExistingDatabaseIsPrecededByABackup() throws IOException {
        Database database = Database.open(dbFile);
        new Migrations(clock).migrate(database, backups);
        SqlRows.execute(dbFile, "INSERT INTO setting (key, value, updated_at) VALUES ('k', '\"v\"', 1)");
        Map<String, List<String>> beforeV2 = SqlRows.snapshot(dbFile);
        Files.writeString(extra.resolve("V900__notes.sql"), "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT);\n");

        Optional<Path> backup = withExtra().migrate(database, backups);

        assertThat(backup).isPresent();
        assertThat(backup.get()).exists().startsWith(backups);
        assertThat(SqlRows.snapshot(backup.get())).isEqualTo(beforeV2);
        assertThat(SqlRows.tables(dbFile)).contains("note");
        assertThat(SqlRows.rowsOf(dbFile, "setting")).isEqualTo(beforeV2.get("setting"));
    }

    @Test
    void nothingPendingMeansNoBackup() {
        Database database = Database.open(dbFile);
        new Migrations(clock).migrate(database, backups);

        assertThat(new Migrations(clock).migrate(database, backups)).isEmpty();
        assertThat(backups).doesNotExist();
    }

    @Test
    void aFailedMigrationLeavesTheOldDatabaseExactlyAsItWas() throws IOException {
        Database database = Database.open(dbFile);
        new Migrations(clock).migrate(database, backups);
        SqlRows.execute(dbFile, "INSERT INTO setting (key, value, updated_at) VALUES ('k', '\"v\"', 1)");
        SqlRows.execute(dbFile, "INSERT INTO number_counter (prefix, day, last) VALUES ('BX', '20261122', 4)");
        Map<String, List<String>> before = SqlRows.snapshot(dbFile);
        Files.writeString(extra.resolve("V900__broken.sql"), """
                CREATE TABLE v2_table (id INTEGER PRIMARY KEY);
                INSERT INTO v2_table (id) VALUES (1);
                INSERT INTO setting (key, value, updated_at) VALUES ('added-by-v2', '1', 2);
                UPDATE number_counter SET last = 99;
                INSERT INTO no_such_table (x) VALUES (1);
                """);

        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> withExtra().migrate(database, backups));

        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("error.migrationFailed");
        assertThat(SqlRows.tables(dbFile)).doesNotContain("v2_table");
        assertThat(SqlRows.snapshot(dbFile)).isEqualTo(before);
        // The database still opens and needs nothing from the built-in migrations.
        assertThat(new Migrations(clock).migrate(Database.open(dbFile), backups)).isEmpty();
    }

    @Test
    void aMigrationFailingInItsFirstStatementAlsoLeavesEverythingAsItWas() throws IOException {
        Database database = Database.open(dbFile);
        new Migrations(clock).migrate(database, backups);
        SqlRows.execute(dbFile, "INSERT INTO setting (key, value, updated_at) VALUES ('k', '\"v\"', 1)");
        Map<String, List<String>> before = SqlRows.snapshot(dbFile);
        Files.writeString(extra.resolve("V900__broken.sql"), "THIS IS NOT SQL;\n");

        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> withExtra().migrate(database, backups));

        assertThat(e.key()).isEqualTo("error.migrationFailed");
        assertThat(SqlRows.snapshot(dbFile)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws IOException {
        Database database = Database.open(dbFile);
        Files.writeString(extra.resolve("V900__notes.sql"), "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT);\n");
        withExtra().migrate(database, backups);
        Map<String, List<String>> before = SqlRows.snapshot(dbFile);

        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> new Migrations(clock).migrate(database, backups));

        assertThat(e.key()).isEqualTo("error.databaseTooNew");
        assertThat(SqlRows.snapshot(dbFile)).isEqualTo(before);
    }

    private Migrations withExtra() {
        return new Migrations(clock, Migrations.DEFAULT_LOCATION, "filesystem:" + extra.toAbsolutePath());
    }

    private static String pragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
