package com.frontdesk.repairs;

import com.frontdesk.core.CsvLines;
import com.frontdesk.core.Masking;
import com.frontdesk.core.Messages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs as CSV lines in the user's language. The reporter's phone is masked: the file leaves the
 * program and is not audited per reader. Text people typed goes through {@link CsvLines#inert}.
 */
final class RepairCsv {
    private static final List<String> COLUMNS = List.of("repair.col.number", "repair.col.reported", "field.channel",
            "field.location", "field.reporterName", "field.reporterPhone", "field.repairCategory", "field.problem",
            "field.priority", "repair.col.status", "field.fixerKind", "field.vendor", "field.assignee",
            "field.appointment", "repair.col.responded", "repair.col.fixed", "repair.col.heldHours",
            "repair.col.overdue", "field.serviceKind", "field.cost", "field.payer", "repair.col.closed");

    private final Messages texts;
    private final ZoneId zone;
    private final RepairSettings settings;

    RepairCsv(Messages texts, ZoneId zone, RepairSettings settings) {
        this.texts = texts;
        this.zone = zone;
        this.settings = settings;
    }

    String header() {
        return CsvLines.header(texts, COLUMNS);
    }

    String lines(List<RepairItem> items) {
        StringBuilder out = new StringBuilder();
        for (RepairItem item : items) {
            Repair r = item.repair();
            RepairClock c = item.clock();
            List<String> f = new ArrayList<>(COLUMNS.size());
            f.add(r.number());
            f.add(time(r.reportedAt()));
            f.add(texts.get(r.channel().messageKey()));
            f.add(CsvLines.inert(r.locationText()));
            f.add(CsvLines.inert(r.reporterName()));
            f.add(Masking.phone(r.reporterPhone()));
            f.add(CsvLines.inert(settings.categoryName(r.category())));
            f.add(CsvLines.inert(r.description()));
            f.add(texts.get(r.priority().messageKey()));
            f.add(texts.get(r.status().messageKey()));
            f.add(r.fixerKind() == null ? "" : texts.get(r.fixerKind().messageKey()));
            f.add(CsvLines.inert(r.vendor()));
            f.add(CsvLines.inert(r.assigneeName()));
            f.add(time(r.appointmentAt()));
            f.add(time(r.respondedAt()));
            f.add(time(r.fixedAt()));
            f.add(hours(c.heldFor()));
            f.add(c.overdueNow() ? texts.get("repair.col.overdue") : "");
            f.add(r.serviceKind() == null ? "" : texts.get(r.serviceKind().messageKey()));
            f.add(r.costCents() == null ? "" : BigDecimal.valueOf(r.costCents(), 2).toPlainString());
            f.add(r.payer() == null ? "" : texts.get(r.payer().messageKey()));
            f.add(time(r.closedAt()));
            CsvLines.appendLine(out, f);
        }
        return out.toString();
    }

    private String time(Instant i) {
        return CsvLines.time(i, zone);
    }

    private static String hours(Duration d) {
        return d.isZero() ? "" : BigDecimal.valueOf(d.toMinutes()).divide(BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
