package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.handover.ChecklistTemplate;
import com.frontdesk.handover.Desk;
import com.frontdesk.handover.HandoverBulkLoader;
import com.frontdesk.handover.HandoverSettings;
import com.frontdesk.handover.ShiftDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's handover book: the default checklist of every desk and shift of the handover settings
 * (the lobby's day, evening and night, the service desk's day and evening), made through the
 * checklist service as a new site gets them, then days of countersigned handovers, generated and
 * stored in bulk by {@link HandoverBulkLoader} (no audit or outbox entries: nobody signed that history).
 */
final class DemoHandovers {
    private final Workstation ws;

    DemoHandovers(Workstation ws) {
        this.ws = ws;
    }

    HandoverBulkLoader.Summary create(Session admin, int days) {
        ws.checklistTemplates().ensureDefaults(admin);
        HandoverSettings settings = ws.settings().current(HandoverSettings.DOCUMENT);
        List<ChecklistTemplate> templates = new ArrayList<>();
        for (Desk d : settings.desks()) {
            for (ShiftDef s : d.shifts()) {
                ws.checklistTemplates().current(d.code(), s.code()).ifPresent(templates::add);
            }
        }
        return new HandoverBulkLoader(ws.store()).loadDemo(admin.actor(), days, HandoverBulkLoader.DEMO_SEED,
                settings, templates);
    }
}
