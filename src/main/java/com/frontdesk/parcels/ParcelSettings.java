package com.frontdesk.parcels;

import com.frontdesk.core.Validation;
import com.frontdesk.settings.SettingsDocument;
import com.frontdesk.settings.WorkstationSettings.Range;

/**
 * The parcel room's numbers, changed in Settings.
 *
 * @param overdueDays           a parcel held longer than this is overdue (highlighted, on the stale list)
 * @param perishableOverdueDays the same for perishable or cold parcels
 * @param lostPropertyKeepDays  lost property unclaimed this long is listed for disposal
 */
public record ParcelSettings(int overdueDays, int perishableOverdueDays, int lostPropertyKeepDays) {
    public static final ParcelSettings DEFAULTS = new ParcelSettings(3, 1, 30);
    public static final Range OVERDUE_DAYS = new Range(1, 30);
    public static final Range PERISHABLE_OVERDUE_DAYS = new Range(1, 7);
    public static final Range LOST_PROPERTY_KEEP_DAYS = new Range(7, 365);

    public static final SettingsDocument<ParcelSettings> DOCUMENT =
            new SettingsDocument<>("parcels", ParcelSettings.class, DEFAULTS, ParcelSettings::validate);

    void validate() {
        new Validation()
                .range("overdueDays", overdueDays, OVERDUE_DAYS.min(), OVERDUE_DAYS.max())
                .range("perishableOverdueDays", perishableOverdueDays, PERISHABLE_OVERDUE_DAYS.min(),
                        PERISHABLE_OVERDUE_DAYS.max())
                .range("lostPropertyKeepDays", lostPropertyKeepDays, LOST_PROPERTY_KEEP_DAYS.min(),
                        LOST_PROPERTY_KEEP_DAYS.max())
                .throwIfAny();
    }
}
