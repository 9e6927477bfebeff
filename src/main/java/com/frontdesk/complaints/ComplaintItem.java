package com.frontdesk.complaints;

/** A case on a list, with its clocks at the time the list was read. */
public record ComplaintItem(Complaint complaint, ComplaintClock clock) {
    public boolean overdue() {
        return clock.overdueNow();
    }
}
