package com.frontdesk.handover;

import java.util.List;

/**
 * A handover with its lines in order and the notes it shows: for a draft its own and the desk's
 * open notes as they are now, for a signed one those it showed when the outgoing side signed.
 */
public record HandoverDetail(Handover handover, List<HandoverItem> items, List<HandoverNote> notes) {
    public HandoverDetail {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }
}
