package com.frontdesk.parcels;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.Site;
import com.frontdesk.accounts.SiteRepository;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The parcel history leaves the program as CSV: every parcel the filter finds, newest first, read
 * a page at a time, with the collector's phone masked. Each export is written to the audit log.
 */
public final class ParcelExportService {
    private final Store store;
    private final AccessControl access;
    private final ParcelService parcels;
    private final SiteRepository sites = new SiteRepository();

    public ParcelExportService(Store store, AccessControl access, ParcelService parcels) {
        this.store = store;
        this.access = access;
        this.parcels = parcels;
    }

    /**
     * Writes UTF-8 with a byte-order mark (so Excel reads the Chinese) and returns the number of
     * parcels written. The caller owns the stream and the file it goes to.
     */
    public int exportHistoryCsv(Session session, ParcelFilter filter, OutputStream out, Messages texts)
            throws IOException {
        access.require(session, Permission.HANDLE_PARCELS);
        ZoneId zone = store.read(sites::find).map(Site::zone).orElse(ZoneId.systemDefault());
        ParcelHistoryCsv csv = new ParcelHistoryCsv(texts, zone);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(csv.header());
        int count = 0;
        Parcel after = null;
        while (true) {
            List<Parcel> page = parcels.history(filter, after, ParcelService.MAX_PAGE);
            if (page.isEmpty()) {
                break;
            }
            writer.write(csv.lines(page));
            count += page.size();
            if (page.size() < ParcelService.MAX_PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        writer.flush();
        int written = count;
        store.write(session.actor(), tx -> {
            tx.audit(ParcelService.PARCEL, null, "EXPORT", Map.of("parcels", written));
            return null;
        });
        return count;
    }
}
