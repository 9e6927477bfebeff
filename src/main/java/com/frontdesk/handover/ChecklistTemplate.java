package com.frontdesk.handover;

import java.time.Instant;
import java.util.List;

/**
 * The checklist of one desk and shift, as one version: a change by an administrator makes a new
 * version, and a handover keeps the id of the version it used.
 */
public record ChecklistTemplate(String id, String desk, String shift, int version, List<ChecklistItem> items,
                                Instant createdAt, String createdBy) {
    public ChecklistTemplate {
        items = List.copyOf(items);
    }
}
