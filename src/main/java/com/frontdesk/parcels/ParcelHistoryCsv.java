package com.frontdesk.parcels;

import com.frontdesk.core.CsvLines;
import com.frontdesk.core.Masking;
import com.frontdesk.core.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The parcel history as CSV lines in the user's language. The collector's phone is masked: the
 * file leaves the program and is not audited per reader. Text the desk typed is made inert for
 * spreadsheets.
 */
final class ParcelHistoryCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final List<String> COLUMNS = List.of("parcelHistory.col.number", "field.trackingNo", "field.carrier",
            "field.recipient", "field.pieces", "field.size", "field.shelf", "parcelHistory.col.status",
            "parcelHistory.col.received", "parcelHistory.col.notified", "field.noticeMethod",
            "parcelHistory.col.left", "field.collectorName", "field.collectorPhone", "parcelHistory.col.proxy",
            "field.reason", "field.note");

    private final Messages texts;
    private final ZoneId zone;

    ParcelHistoryCsv(Messages texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    String header() {
        StringBuilder out = new StringBuilder();
        CsvLines.appendLine(out, COLUMNS.stream().map(texts::get).toList());
        return out.toString();
    }

    String lines(List<Parcel> parcels) {
        StringBuilder out = new StringBuilder();
        for (Parcel p : parcels) {
            List<String> f = new ArrayList<>(COLUMNS.size());
            f.add(p.number());
            f.add(CsvLines.inert(p.trackingNo()));
            f.add(texts.get(p.carrier().messageKey()));
            f.add(CsvLines.inert(p.recipientText()));
            f.add(Integer.toString(p.pieces()));
            f.add(texts.get(p.size().messageKey()));
            f.add(CsvLines.inert(p.shelfCode()));
            f.add(texts.get(p.status().messageKey()));
            f.add(time(p.receivedAt()));
            f.add(time(p.notifiedAt()));
            f.add(p.noticeMethod() == null ? "" : texts.get(p.noticeMethod().messageKey()));
            f.add(time(p.closedAt()));
            f.add(CsvLines.inert(p.collectorName()));
            f.add(Masking.phone(p.collectorPhone()));
            f.add(p.status() == ParcelStatus.PICKED_UP ? texts.get(p.proxy() ? "common.yes" : "common.no") : "");
            f.add(CsvLines.inert(p.endReason()));
            f.add(CsvLines.inert(p.note()));
            CsvLines.appendLine(out, f);
        }
        return out.toString();
    }

    private String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(zone));
    }
}
