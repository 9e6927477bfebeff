package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Session;
import com.frontdesk.parcels.ParcelBulkLoader;
import java.util.List;

/**
 * The demo's parcel room: its shelves, defined through the shelf service as an administrator
 * would in Settings, then 90 days of parcels, deposited items and lost property, generated and
 * stored in bulk by {@link ParcelBulkLoader} (no audit or outbox entries: nobody made that history).
 */
final class DemoParcels {
    /** Code and name of each shelf: small parcels on A, large on B, cold on C, oversized on the floor. */
    static final List<String[]> SHELVES = List.of(
            new String[]{"A1", "小件 A1"}, new String[]{"A2", "小件 A2"}, new String[]{"A3", "小件 A3"},
            new String[]{"A4", "小件 A4"}, new String[]{"A5", "小件 A5"}, new String[]{"A6", "小件 A6"},
            new String[]{"B1", "大件 B1"}, new String[]{"B2", "大件 B2"}, new String[]{"B3", "大件 B3"},
            new String[]{"C1", "冷藏/生鲜 C1"}, new String[]{"FLOOR", "地面（超大件）"});

    private final Workstation ws;

    DemoParcels(Workstation ws) {
        this.ws = ws;
    }

    ParcelBulkLoader.Summary create(Session admin, int days) {
        for (String[] shelf : SHELVES) {
            ws.shelves().define(admin, shelf[0], shelf[1], true);
        }
        List<byte[]> signatures = DemoSignatures.pool(DemoSignatures.POOL, ParcelBulkLoader.DEMO_SEED);
        return new ParcelBulkLoader(ws.store()).loadDemo(admin.actor(), days, ParcelBulkLoader.DEMO_SEED, signatures);
    }
}
