package com.frontdesk.repairs;

/** Who fixes it. A manufacturer, a utility or a vendor is named from the vendors in {@link RepairSettings}. */
public enum FixerKind {
    /** The site's own engineering department (工程部). */
    IN_HOUSE,
    /** The manufacturer, under warranty. */
    MANUFACTURER,
    /** The builder (开发商 / 施工方), for defects of the building. */
    BUILDER,
    /** A utility: heating, gas, water, power. */
    UTILITY,
    /** Another vendor the site works with. */
    VENDOR;

    /** The dispatch must name one of the vendors kept in Settings. */
    public boolean needsVendor() {
        return this == MANUFACTURER || this == UTILITY || this == VENDOR;
    }

    public String messageKey() {
        return "repair.fixer." + name();
    }
}
