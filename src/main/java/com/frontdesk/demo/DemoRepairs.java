package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.repairs.RepairBulkLoader;
import com.frontdesk.repairs.RepairSettings;
import java.util.List;

/**
 * The demo's repair book: the firms it hands repairs to, added in Settings as an administrator
 * would, then a year of repairs with their timelines and call-backs, generated and stored in bulk
 * by {@link RepairBulkLoader} (no audit or outbox entries: nobody made that history).
 */
final class DemoRepairs {
    private final Workstation ws;

    DemoRepairs(Workstation ws) {
        this.ws = ws;
    }

    RepairBulkLoader.Summary create(Session admin, int days) {
        RepairSettings settings = ws.settings().update(admin, RepairSettings.DOCUMENT,
                RepairBulkLoader.withDemoVendors(ws.settings().current(RepairSettings.DOCUMENT)));
        List<byte[]> signatures = DemoSignatures.pool(DemoSignatures.POOL, RepairBulkLoader.DEMO_SEED);
        return new RepairBulkLoader(ws.store()).loadDemo(admin.actor(), days, RepairBulkLoader.DEMO_SEED, settings,
                signatures);
    }
}
