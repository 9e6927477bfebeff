package com.frontdesk.settings;

import com.frontdesk.core.Validation;
import com.frontdesk.visitors.VisitorRules;

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
 * @param visitorSalesRefused       door-to-door sales are refused at check-in and the desk is told to call security
 * @param visitorOverstayHours      a visitor inside longer than this is flagged on the on-site list
 * @param visitorStoreFullIdNumbers keep visitors' whole ID numbers; otherwise only the last four
 *                                  characters and a salted hash
 */
public record WorkstationSettings(
        String language,
        String backupFolder,
        int backupsToKeep,
        int idleLockMinutes,
        int lockoutAttempts,
        int lockoutMinutes,
        boolean visitorSalesRefused,
        int visitorOverstayHours,
        boolean visitorStoreFullIdNumbers) {

    private static final boolean DEFAULT_SALES_REFUSED = true;
    private static final int DEFAULT_OVERSTAY_HOURS = 4;
    private static final boolean DEFAULT_STORE_FULL_ID_NUMBERS = false;

    public static final WorkstationSettings DEFAULTS = new WorkstationSettings("zh-CN", "", 14, 10, 5, 5,
            DEFAULT_SALES_REFUSED, DEFAULT_OVERSTAY_HOURS, DEFAULT_STORE_FULL_ID_NUMBERS);

    /** The values a setting may take; the form's spinners and the validation share them. */
    public record Range(int min, int max) {
    }

    public static final Range BACKUPS_TO_KEEP = new Range(1, 365);
    public static final Range IDLE_LOCK_MINUTES = new Range(1, 240);
    public static final Range LOCKOUT_ATTEMPTS = new Range(3, 20);
    public static final Range LOCKOUT_MINUTES = new Range(1, 1440);
    public static final Range VISITOR_OVERSTAY_HOURS =
            new Range(VisitorRules.MIN_OVERSTAY_HOURS, VisitorRules.MAX_OVERSTAY_HOURS);

    public WorkstationSettings {
        language = language == null || language.isBlank() ? "zh-CN" : language;
        backupFolder = backupFolder == null ? "" : backupFolder.strip();
    }

    /** The general settings with the visitor rules at their defaults. */
    public WorkstationSettings(String language, String backupFolder, int backupsToKeep, int idleLockMinutes,
                               int lockoutAttempts, int lockoutMinutes) {
        this(language, backupFolder, backupsToKeep, idleLockMinutes, lockoutAttempts, lockoutMinutes,
                DEFAULT_SALES_REFUSED, DEFAULT_OVERSTAY_HOURS, DEFAULT_STORE_FULL_ID_NUMBERS);
    }

    public WorkstationSettings withLanguage(String tag) {
        return new WorkstationSettings(tag, backupFolder, backupsToKeep, idleLockMinutes, lockoutAttempts, lockoutMinutes,
                visitorSalesRefused, visitorOverstayHours, visitorStoreFullIdNumbers);
    }

    /** These settings with the General tab's fields replaced; the visitor rules stay as they are. */
    public WorkstationSettings withGeneral(String tag, String folder, int keep, int idleMinutes, int attempts,
                                           int minutes) {
        return new WorkstationSettings(tag, folder, keep, idleMinutes, attempts, minutes,
                visitorSalesRefused, visitorOverstayHours, visitorStoreFullIdNumbers);
    }

    /** These settings with the visitor rules replaced; everything else stays as it is. */
    public WorkstationSettings withVisitorRules(boolean salesRefused, int overstayHours, boolean storeFullIdNumbers) {
        return new WorkstationSettings(language, backupFolder, backupsToKeep, idleLockMinutes, lockoutAttempts,
                lockoutMinutes, salesRefused, overstayHours, storeFullIdNumbers);
    }

    /**
     * The visitor rules these settings give, with the site's ID salt. A stored number outside its
     * range (a hand-edited row) is brought back into it, so check-in keeps working.
     */
    public VisitorRules visitorRules(String idSalt) {
        int hours = Math.max(VISITOR_OVERSTAY_HOURS.min(), Math.min(VISITOR_OVERSTAY_HOURS.max(), visitorOverstayHours));
        return new VisitorRules(visitorSalesRefused, hours, visitorStoreFullIdNumbers, idSalt);
    }

    void validate() {
        new Validation()
                .check("zh-CN".equals(language) || "en".equals(language), "language", "validation.language")
                .range("backupsToKeep", backupsToKeep, BACKUPS_TO_KEEP.min(), BACKUPS_TO_KEEP.max())
                .range("idleLockMinutes", idleLockMinutes, IDLE_LOCK_MINUTES.min(), IDLE_LOCK_MINUTES.max())
                .range("lockoutAttempts", lockoutAttempts, LOCKOUT_ATTEMPTS.min(), LOCKOUT_ATTEMPTS.max())
                .range("lockoutMinutes", lockoutMinutes, LOCKOUT_MINUTES.min(), LOCKOUT_MINUTES.max())
                .range("visitorOverstayHours", visitorOverstayHours, VISITOR_OVERSTAY_HOURS.min(),
                        VISITOR_OVERSTAY_HOURS.max())
                .throwIfAny();
    }
}
