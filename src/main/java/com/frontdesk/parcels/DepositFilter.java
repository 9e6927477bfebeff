package com.frontdesk.parcels;

/**
 * Filters of the deposit history; null means "any".
 *
 * @param query a deposit number (JC-20261122-0001), or the start of the depositor's, the
 *              recipient's (a room code) or the collector's name
 */
public record DepositFilter(DepositStatus status, String query) {
    public static final DepositFilter ALL = new DepositFilter(null, null);

    public DepositFilter {
        query = DepositForm.clean(query);
    }
}
