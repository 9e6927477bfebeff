package com.frontdesk.handover;

import com.frontdesk.core.SiteDays;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** The handover book's lists: the history, the open notes of a desk, the refusals waiting for a lead. */
public final class HandoverLists {
    static final int MAX_PAGE = 500;

    private final Store store;
    private final AccessControl access;
    private final HandoverRepository repository = new HandoverRepository();

    public HandoverLists(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    /** Newest first, a page before {@code after} (null for the first page); the days are the site's. */
    public List<Handover> history(HandoverFilter filter, Handover after, int limit) {
        HandoverFilter f = filter == null ? HandoverFilter.ALL : filter;
        return store.read(h -> {
            ZoneId zone = SiteDays.zone(h);
            Long from = SiteDays.from(f.from(), zone);
            Long to = SiteDays.to(f.to(), zone);
            return repository.history(h, f, from, to, after, page(limit));
        });
    }

    /** The desk's notes not yet done, most urgent first, then oldest first: what the next draft carries. */
    public List<HandoverNote> openNotes(String desk) {
        return store.read(h -> repository.open(h, desk)).stream()
                .sorted(Comparator.comparing(HandoverNote::priority)).toList();
    }

    /** The shift lead's list: handovers the incoming side refused and no lead has countersigned, newest first. */
    public List<Handover> refusalsWaiting(Session session, Handover after, int limit) {
        access.require(session, Permission.COUNTERSIGN_HANDOVERS);
        return store.read(h -> repository.refused(h, after, page(limit)));
    }

    /** For the dashboard and the lead's notice. */
    public int countRefusalsWaiting() {
        return store.read(repository::countRefused);
    }

    /**
     * For the dashboard: the desk's handover of that shift, started since the shift began
     * ({@link ShiftDef#lastStart}), is signed by both sides. The start instant, not the site day
     * the handover was started on, tells this night's handover from last night's after midnight.
     */
    public boolean currentShiftDone(String desk, String shift, Instant shiftStart) {
        return store.read(h -> repository.signedBothSides(h, desk, shift, shiftStart.toEpochMilli()));
    }


    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
