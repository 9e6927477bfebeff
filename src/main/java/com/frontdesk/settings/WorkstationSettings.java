package com.frontdesk.settings;

import com.frontdesk.core.Validation;

/**
 * The site's adjustable rules and preferences. Every number the regulations give is a default
 * here that the site can change.
 *
 * @param language      "zh-CN" or "en"
 * @param backupFolder  where backups go; empty means the data folder's {@code backups}
 * @param backupsToKeep how many automatic daily backups are kept
 * @param idleLockMinutes  the session locks after this many minutes without keyboard or mouse
 * @param lockoutAttempts  wrong passwords in a row that lock an account
 * @param lockoutMinutes   how long such an account stays locked
 */
public record WorkstationSettings(
        String language,
        String backupFolder,
        int backupsToKeep,
        int idleLockMinutes,
        int lockoutAttempts,
        int lockoutMinutes) {

    public static final WorkstationSettings DEFAULTS = new WorkstationSettings("zh-CN", "", 14, 10, 5, 5);

    public WorkstationSettings {
        language = language == null || language.isBlank() ? "zh-CN" : language;
        backupFolder = backupFolder == null ? "" : backupFolder.strip();
    }

    public WorkstationSettings withLanguage(String tag) {
        return new WorkstationSettings(tag, backupFolder, backupsToKeep, idleLockMinutes, lockoutAttempts, lockoutMinutes);
    }

    void validate() {
        new Validation()
                .check("zh-CN".equals(language) || "en".equals(language), "language", "validation.language")
                .range("backupsToKeep", backupsToKeep, 1, 365)
                .range("idleLockMinutes", idleLockMinutes, 1, 240)
                .range("lockoutAttempts", lockoutAttempts, 3, 20)
                .range("lockoutMinutes", lockoutMinutes, 1, 1440)
                .throwIfAny();
    }
}
