package com.frontdesk.handover;

import java.util.Optional;

/** Where the handover finds its checklist: the current version for a desk and shift, or a version by id. */
public interface ChecklistTemplates {
    Optional<ChecklistTemplate> current(String desk, String shift);

    Optional<ChecklistTemplate> byId(String id);
}
