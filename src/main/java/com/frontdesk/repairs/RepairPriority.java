package com.frontdesk.repairs;

/** How soon it must be dealt with; each has its deadlines in {@link RepairSettings}. */
public enum RepairPriority {
    URGENT, HIGH, NORMAL, LOW;

    public String messageKey() {
        return "repair.priority." + name();
    }
}
