package com.frontdesk.parcels;

/** Where a deposited item stands: at the desk, handed out to the collector, or given back to the depositor. */
public enum DepositStatus {
    HELD, HANDED_OUT, RETURNED;

    public String messageKey() {
        return "deposit.status." + name();
    }
}
