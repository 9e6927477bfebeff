package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintBulkLoader;
import com.frontdesk.complaints.ComplaintSettings;

/**
 * The demo's complaint book: a year of complaints, praise and suggestions with their timelines
 * and call-backs, on the site's complaint settings (the defaults: 48 hours, 7 working days,
 * weekends only), generated and stored in bulk by {@link ComplaintBulkLoader} (no audit or outbox
 * entries: nobody made that history).
 */
final class DemoComplaints {
    private final Workstation ws;

    DemoComplaints(Workstation ws) {
        this.ws = ws;
    }

    ComplaintBulkLoader.Summary create(Session admin, int days) {
        return new ComplaintBulkLoader(ws.store()).loadDemo(admin.actor(), days, ComplaintBulkLoader.DEMO_SEED,
                ws.settings().current(ComplaintSettings.DOCUMENT));
    }
}
