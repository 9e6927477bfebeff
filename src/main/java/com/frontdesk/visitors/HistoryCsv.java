package com.frontdesk.visitors;

import com.frontdesk.core.CsvLines;
import com.frontdesk.core.Masking;
import com.frontdesk.core.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The visit history as CSV lines in the user's language. Phones are masked and an ID number shows
 * only its type and last four characters: the file leaves the program and is not audited per reader.
 */
final class HistoryCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> COLUMNS = List.of("visitors.col.number", "field.visitorName", "field.phone",
            "field.idType", "field.idNumber", "field.company", "field.headCount", "field.purpose", "field.host",
            "field.verification", "visitors.col.status", "field.passNo", "field.plate", "visitors.col.in",
            "visitors.col.out", "field.note");

    private final Messages texts;
    private final ZoneId zone;

    HistoryCsv(Messages texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    String header() {
        StringBuilder out = new StringBuilder();
        CsvLines.appendLine(out, COLUMNS.stream().map(texts::get).toList());
        return out.toString();
    }

    String lines(List<Visit> visits) {
        StringBuilder out = new StringBuilder();
        for (Visit v : visits) {
            List<String> f = new ArrayList<>(COLUMNS.size());
            f.add(v.number());
            f.add(CsvLines.inert(v.visitorName()));
            f.add(Masking.phone(v.phone()));
            f.add(v.idType() == null ? "" : texts.get(v.idType().messageKey()));
            f.add(v.idLast4() == null ? "" : "****" + v.idLast4());
            f.add(CsvLines.inert(v.company()));
            f.add(Integer.toString(v.headCount()));
            f.add(texts.get(v.purpose().messageKey()));
            f.add(CsvLines.inert(v.hostText()));
            f.add(texts.get(v.verification().messageKey()));
            f.add(texts.get(v.status().messageKey()));
            f.add(CsvLines.inert(v.passNo()));
            f.add(CsvLines.inert(v.plate()));
            f.add(time(v.checkedInAt()));
            f.add(time(v.checkedOutAt()));
            f.add(CsvLines.inert(v.note()));
            CsvLines.appendLine(out, f);
        }
        return out.toString();
    }

    private String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(zone));
    }
}
