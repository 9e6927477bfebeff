package com.frontdesk.repairs;

/**
 * Where a repair stands. The allowed steps between them are {@link RepairAction}'s; the
 * timeline ({@link RepairEvent}) keeps every step.
 */
public enum RepairStatus {
    NEW, DISPATCHED, IN_PROGRESS, ON_HOLD, DONE, CALLED_BACK, CLOSED, CANCELLED;

    /** Not closed and not cancelled: on the open list, counted for the handover. */
    public boolean open() {
        return this != CLOSED && this != CANCELLED;
    }

    /** Open and not yet fixed: the deadlines still run. */
    public boolean pending() {
        return this == NEW || this == DISPATCHED || this == IN_PROGRESS || this == ON_HOLD;
    }

    public String messageKey() {
        return "repair.status." + name();
    }
}
