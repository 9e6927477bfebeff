package com.frontdesk.db;

import com.frontdesk.core.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Puts a backup back in place of the site's database. It runs only while the program is closed
 * (it takes the same folder lock the program holds) and keeps the database it replaces.
 */
public final class RestoreService {
    private final Clock clock;

    public RestoreService(Clock clock) {
        this.clock = clock;
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
                SqliteFiles.copyOnline(Database.open(dir.database()).dataSource(), keptCopy);
            }
            SqliteFiles.replaceDatabase(from, dir.database());
            return keptCopy;
        }
    }
}
