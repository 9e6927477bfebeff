package com.frontdesk.repairs;

import com.frontdesk.core.SiteDays;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The repair book's lists and counts, each repair with its deadlines at the clock's now. A list
 * returns the page after {@code after} (null for the first), at most {@value #MAX_PAGE} rows.
 */
public final class RepairLists {
    static final int MAX_PAGE = 500;

    private final Store store;
    private final AccessControl access;
    private final RepairRepository repository = new RepairRepository();

    public RepairLists(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    /** Not closed and not cancelled, newest first. */
    public List<RepairItem> open(Repair after, int limit) {
        return items(h -> repository.open(h, after, page(limit)));
    }

    /** The open repairs assigned to this staff member, newest first. */
    public List<RepairItem> mine(String staffId, Repair after, int limit) {
        return items(h -> repository.assignedTo(h, staffId, after, page(limit)));
    }

    /** Pending repairs past a deadline at the clock's now, the most overdue first. */
    public List<RepairItem> overdue(Repair after, int limit) {
        long now = store.clock().millis();
        return items(h -> repository.overdue(h, now, after, page(limit)));
    }

    /** On hold waiting for the vendor, newest first. */
    public List<RepairItem> waitingForVendor(Repair after, int limit) {
        return onHold(HoldReason.WAITING_VENDOR, after, limit);
    }

    /** On hold for this reason, newest first. */
    public List<RepairItem> onHold(HoldReason reason, Repair after, int limit) {
        return items(h -> repository.onHold(h, reason, after, page(limit)));
    }

    /** Every repair of a category, newest first. */
    public List<RepairItem> byCategory(String category, Repair after, int limit) {
        return items(h -> repository.byCategory(h, category, after, page(limit)));
    }

    /** Every repair of a room or public location, newest first: what the desk looks at before taking a new one. */
    public List<RepairItem> forRoom(String roomId, Repair after, int limit) {
        return items(h -> repository.forRoom(h, roomId, after, page(limit)));
    }

    /** The search with its filters, newest first; dates are the site's days. */
    public List<RepairItem> search(RepairFilter filter, Repair after, int limit) {
        RepairFilter f = filter == null ? RepairFilter.ALL : filter;
        return items(h -> {
            ZoneId zone = SiteDays.zone(h);
            Long from = SiteDays.from(f.from(), zone);
            Long to = SiteDays.to(f.to(), zone);
            return repository.search(h, from, to, f, after, page(limit));
        });
    }

    /** Repairs whose call-back raised a grievance or anger, the latest first: the shift lead's list. */
    public List<RepairItem> escalations(Session session, Repair after, int limit) {
        access.require(session, Permission.CLOSE_REPAIRS);
        return items(h -> repository.escalated(h, after, page(limit)));
    }

    /** For the handover and the dashboard: not closed and not cancelled. */
    public int countOpen() {
        return store.read(repository::countOpen);
    }

    /** For the handover and the dashboard: pending and past a deadline now. */
    public int countOverdue() {
        long now = store.clock().millis();
        return store.read(h -> repository.countOverdue(h, now));
    }

    /** For the handover and the dashboard. */
    public int countOnHold() {
        return store.read(h -> repository.countByStatus(h, RepairStatus.ON_HOLD));
    }

    private List<RepairItem> items(Store.Query<List<Repair>> query) {
        Instant now = store.clock().instant();
        return store.read(query).stream().map(r -> new RepairItem(r, RepairClock.of(r, now))).toList();
    }


    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
