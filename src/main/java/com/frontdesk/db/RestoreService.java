package com.frontdesk.db;

import com.frontdesk.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back in place of the site's database. It runs only while the program is closed
 * (it takes the same folder lock the program holds) and keeps the database it replaces.
 */
public final class RestoreService {
    private final Clock clock;

    public RestoreService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Keeps the database being replaced: a consistent copy when SQLite can read it, the raw files
     * (with the WAL) when it cannot — a damaged database is the usual reason for a restore.
     */
    private static void keep(Path database, Path target) {
        try {
            SqliteFiles.copyOnline(Database.open(database).dataSource(), target);
        } catch (RuntimeException unreadable) {
            LoggerFactory.getLogger(RestoreService.class).warn("Keeping unreadable {} as raw files", database, unreadable);
            try {
                Files.createDirectories(target.getParent());
                Files.copy(database, target, StandardCopyOption.REPLACE_EXISTING);
                Path wal = database.resolveSibling(database.getFileName() + "-wal");
                if (Files.exists(wal)) {
                    Files.copy(wal, target.resolveSibling(target.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return where the replaced database was kept, if there was one */
    public Path restore(DataDirectory dir, Path from) {
        if (!SqliteFiles.isHealthyFrontDeskDatabase(from)) {
            throw new UserFacingException("error.restoreNotABackup", from.toString());
        }
        try (InstanceLock ignored = InstanceLock.acquire(dir)) {
            Path keptCopy = null;
            if (Files.exists(dir.database())) {
                keptCopy = dir.defaultBackups().resolve(
                        BackupService.timestamped("before-restore-", clock, ZoneId.systemDefault()));
                keep(dir.database(), keptCopy);
            }
            SqliteFiles.replaceDatabase(from, dir.database());
            AttachedFiles.copyMissing(from.toAbsolutePath().getParent(), dir.root());
            return keptCopy;
        }
    }
}
