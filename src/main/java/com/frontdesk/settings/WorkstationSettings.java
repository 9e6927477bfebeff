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

    /** The values a setting may take; the form's spinners and the validation share them. */
    public record Range(int min, int max) {
    }

    public static final Range BACKUPS_TO_KEEP = new Range(1, 365);
    public static final Range IDLE_LOCK_MINUTES = new Range(1, 240);
    public static final Range LOCKOUT_ATTEMPTS = new Range(3, 20);
    public static final Range LOCKOUT_MINUTES = new Range(1, 1440);

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
                .range("backupsToKeep", backupsToKeep, BACKUPS_TO_KEEP.min(), BACKUPS_TO_KEEP.max())
                .range("idleLockMinutes", idleLockMinutes, IDLE_LOCK_MINUTES.min(), IDLE_LOCK_MINUTES.max())
                .range("lockoutAttempts", lockoutAttempts, LOCKOUT_ATTEMPTS.min(), LOCKOUT_ATTEMPTS.max())
                .range("lockoutMinutes", lockoutMinutes, LOCKOUT_MINUTES.min(), LOCKOUT_MINUTES.max())
                .throwIfAny();
    }
}
