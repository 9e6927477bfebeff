package com.frontdesk.handover;

import com.frontdesk.core.SiteDays;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** The handover book's lists: the history, the open notes of a desk, the refusals waiting for a lead. */
public final class HandoverLists {
    static final int MAX_PAGE = 500;
    /** How long before the next shift begins the outgoing side may start the handover into it. */
    public static final Duration HANDED_OVER_BEFORE = Duration.ofHours(1);

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
     * For the dashboard: the shift that began at {@code shiftStart} ({@link ShiftDef#lastStart}) was
     * taken over, that is, a handover of the desk started at most {@link #HANDED_OVER_BEFORE} before
     * it began (or since) is signed by both sides. The instant, not the site day the handover was
     * started on, tells this night's handover from last night's after midnight; and the shift the
     * handover is filed under does not matter, as one started before the overlap carries the
     * outgoing shift's name and one started in it the incoming shift's.
     */
    public boolean currentShiftDone(String desk, Instant shiftStart) {
        long since = shiftStart.minus(HANDED_OVER_BEFORE).toEpochMilli();
        return store.read(h -> repository.signedBothSides(h, desk, since));
    }


    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
