package com.frontdesk.parcels;

/**
 * Filters of the lost-property history; null means "any".
 *
 * @param query a number (SW-20261122-0001), or the start of the description, the finder's or the
 *              claimant's name
 */
public record LostItemFilter(LostItemStatus status, LostItemCategory category, String query) {
    public static final LostItemFilter ALL = new LostItemFilter(null, null, null);

    public LostItemFilter {
        query = DepositForm.clean(query);
    }
}
