package com.frontdesk.complaints;

import com.frontdesk.core.SiteDays;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The complaint book's lists and counts, each case with its clocks at the clock's now. A list
 * returns the page after {@code after} (null for the first), at most {@value #MAX_PAGE} rows.
 */
public final class ComplaintLists {
    static final int MAX_PAGE = 500;

    private final Store store;
    private final AccessControl access;
    private final ComplaintRepository repository = new ComplaintRepository();

    public ComplaintLists(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    /** Complaints received, in handling or answered and waiting for the complainant, newest first. */
    public List<ComplaintItem> open(Complaint after, int limit) {
        return items(h -> repository.open(h, after, page(limit)));
    }

    /** The open cases assigned to this staff member, newest first. */
    public List<ComplaintItem> mine(String staffId, Complaint after, int limit) {
        return items(h -> repository.assignedTo(h, staffId, after, page(limit)));
    }

    /** Pending cases past a deadline now, the most overdue first. */
    public List<ComplaintItem> overdue(Complaint after, int limit) {
        long now = store.clock().millis();
        return items(h -> repository.overdue(h, now, after, page(limit)));
    }

    /**
     * The shift lead's list: cases escalated (anger, serious, urgent, a late first response) that no
     * lead has taken notice of, and cases whose first response is overdue now, newest first.
     */
    public List<ComplaintItem> escalations(Session session, Complaint after, int limit) {
        access.require(session, Permission.CLOSE_COMPLAINTS);
        long now = store.clock().millis();
        return items(h -> repository.escalationsWaiting(h, now, after, page(limit)));
    }

    /** Praise and suggestions, newest first. */
    public List<ComplaintItem> feedback(Complaint after, int limit) {
        return items(h -> repository.feedback(h, after, page(limit)));
    }

    /** Closed cases whose complainant has not been called back yet, newest first. */
    public List<ComplaintItem> toCallBack(Complaint after, int limit) {
        return items(h -> repository.toCallBack(h, after, page(limit)));
    }

    /** The search with its filters, newest first; dates are the site's days. */
    public List<ComplaintItem> search(ComplaintFilter filter, Complaint after, int limit) {
        ComplaintFilter f = filter == null ? ComplaintFilter.ALL : filter;
        return items(h -> {
            ZoneId zone = SiteDays.zone(h);
            Long from = SiteDays.from(f.from(), zone);
            Long to = SiteDays.to(f.to(), zone);
            return repository.search(h, from, to, f, after, page(limit));
        });
    }

    /** For the handover and the dashboard: complaints not yet closed. */
    public int countOpen() {
        return store.read(repository::countOpen);
    }

    /** For the handover and the dashboard: pending and past a deadline now. */
    public int countOverdue() {
        long now = store.clock().millis();
        return store.read(h -> repository.countOverdue(h, now));
    }

    /** For the dashboard and the lead's notice: escalations no lead has taken notice of yet. */
    public int countEscalationsWaiting() {
        long now = store.clock().millis();
        return store.read(h -> repository.countEscalationsWaiting(h, now));
    }

    /** For the handover: closed cases not yet called back. */
    public int countToCallBack() {
        return store.read(repository::countToCallBack);
    }

    private List<ComplaintItem> items(Store.Query<List<Complaint>> query) {
        Instant now = store.clock().instant();
        return store.read(query).stream().map(c -> new ComplaintItem(c, ComplaintClock.of(c, now))).toList();
    }


    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
