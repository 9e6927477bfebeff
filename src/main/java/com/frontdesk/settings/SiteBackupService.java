package com.frontdesk.settings;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import com.frontdesk.db.BackupService;
import com.frontdesk.db.DataDirectory;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Backups as the site configured them: which folder, how many kept, who may start one by hand. */
public final class SiteBackupService {
    private final BackupService backups;
    private final SettingsService settings;
    private final DataDirectory dataDirectory;
    private final Store store;
    private final AccessControl access;

    public SiteBackupService(BackupService backups, SettingsService settings, DataDirectory dataDirectory,
                             Store store, AccessControl access) {
        this.backups = backups;
        this.settings = settings;
        this.dataDirectory = dataDirectory;
        this.store = store;
        this.access = access;
    }

    /** The folder set in Settings, or the data folder's own {@code backups}. */
    public Path folder() {
        String configured = settings.current().backupFolder();
        return configured.isEmpty() ? dataDirectory.defaultBackups() : Path.of(configured);
    }

    public Optional<Path> dailyIfDue(ZoneId zone) {
        return backups.dailyBackupIfDue(folder(), settings.current().backupsToKeep(), zone);
    }

    /** "Back up now" from the menu; shift leads and administrators, recorded in the audit log. */
    public Path backupNow(Session session, ZoneId zone) {
        access.require(session, Permission.BACKUP);
        Path target = folder().resolve(BackupService.timestamped("frontdesk-manual-", store.clock(), zone));
        backups.backupTo(target);
        store.write(session.actor(), tx -> {
            tx.audit("backup", null, "BACKUP", Map.of("file", target.toString()));
            return null;
        });
        return target;
    }
}
