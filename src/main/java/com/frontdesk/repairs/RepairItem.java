package com.frontdesk.repairs;

/** A repair on a list, with its deadlines at the time the list was read. */
public record RepairItem(Repair repair, RepairClock clock) {
    public boolean overdue() {
        return clock.overdueNow();
    }
}
