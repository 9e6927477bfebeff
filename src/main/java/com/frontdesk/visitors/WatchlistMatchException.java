package com.frontdesk.visitors;

import com.frontdesk.core.UserFacingException;
import java.util.List;

/**
 * Check-in stopped because the visitor matches the watchlist. The screen shows the reasons as a
 * blocking warning; a shift lead or administrator may retry with an override reason.
 */
public class WatchlistMatchException extends UserFacingException {
    private final transient List<WatchlistEntry> matches;

    public WatchlistMatchException(List<WatchlistEntry> matches) {
        super("visitor.watchlistMatch", matches.get(0).reason());
        this.matches = List.copyOf(matches);
    }

    public List<WatchlistEntry> matches() {
        return matches;
    }
}
