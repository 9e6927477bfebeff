package com.frontdesk.sync;

import com.frontdesk.core.Ids;
import com.frontdesk.core.Store;
import com.frontdesk.db.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a JVM of its own with a small heap by {@link StreamingExportTest}: writes every outbox
 * row of the database as one batch file and prints its record count, size and the heap limit.
 * Arguments: the database file, the spool folder.
 */
public final class StreamingExportMain {
    private StreamingExportMain() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        Store store = new Store(Database.open(Path.of(args[0])).jdbi(), clock, new Ids(clock));
        BatchExporter exporter = new BatchExporter(store);
        long rows = exporter.pendingAfter(0);
        BatchPlan plan = exporter.nextChanges(new SiteRef("site-1", "BIG", "大批量"), 0, (int) rows, false).orElseThrow();
        BatchFile file = exporter.write(plan, Path.of(args[1]));
        System.out.println("records=" + plan.recordCount() + " size=" + file.size() + " sha256=" + file.sha256()
                + " maxHeap=" + Runtime.getRuntime().maxMemory());
    }
}
