package com.frontdesk.db;

import com.frontdesk.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;

/** File-level operations on SQLite databases: online copies, integrity checks, replacing a file. */
final class SqliteFiles {
    private SqliteFiles() {
    }

    /**
     * A consistent copy of a live database through SQLite's backup API. It is written under a
     * temporary name and moved into place, so a half-written file never looks like a backup.
     */
    static void copyOnline(DataSource source, Path target) {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.deleteIfExists(temp);
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("backup to " + quote(temp));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(temp);
            throw new UserFacingException(e, "error.backupFailed", target.toString());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the file read-only and asks SQLite to check every page; true only for a healthy FrontDesk database. */
    static boolean isHealthyFrontDeskDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    return false;
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('flyway_schema_history', 'site', 'staff')")) {
                return rs.next() && rs.getInt(1) == 3;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** Puts {@code source} in place of the database file; the old file's WAL must not outlive it. */
    static void replaceDatabase(Path source, Path database) {
        Path temp = database.resolveSibling(database.getFileName() + ".incoming");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            deleteSidecars(database);
            Files.move(temp, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(e);
        }
    }

    static void deleteSidecars(Path database) throws IOException {
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-wal"));
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-shm"));
    }

    private static String quote(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stray .part file is harmless and overwritten next time
        }
    }
}
