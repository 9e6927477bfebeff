package com.frontdesk.complaints;

import com.frontdesk.core.CsvLines;
import com.frontdesk.core.Masking;
import com.frontdesk.core.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Complaints, praise and suggestions as CSV lines in the user's language. The contact phone is
 * masked: the file leaves the program and is not audited per reader. Text people typed goes
 * through {@link CsvLines#inert}.
 */
final class ComplaintCsv {
    private static final List<String> COLUMNS = List.of("complaintCsv.col.number", "complaintCsv.col.received",
            "complaintCsv.col.kind", "complaintCsv.col.channel", "complaintCsv.col.complainant",
            "complaintCsv.col.phone", "complaintCsv.col.subject", "complaintCsv.col.whatHappened",
            "complaintCsv.col.whatTheyWant", "complaintCsv.col.category", "complaintCsv.col.nature",
            "complaintCsv.col.severity", "complaintCsv.col.mood", "complaintCsv.col.status",
            "complaintCsv.col.firstResponseDue", "complaintCsv.col.acknowledged", "complaintCsv.col.resolutionDue",
            "complaintCsv.col.assignee", "complaintCsv.col.department", "complaintCsv.col.answered",
            "complaintCsv.col.founded", "complaintCsv.col.judgement", "complaintCsv.col.cause",
            "complaintCsv.col.correctiveAction", "complaintCsv.col.compensation", "complaintCsv.col.answer",
            "complaintCsv.col.closed", "complaintCsv.col.overdue", "complaintCsv.col.escalation",
            "complaintCsv.col.calledBack");

    private final Messages texts;
    private final ZoneId zone;
    private final ComplaintSettings settings;

    ComplaintCsv(Messages texts, ZoneId zone, ComplaintSettings settings) {
        this.texts = texts;
        this.zone = zone;
        this.settings = settings;
    }

    String header() {
        return CsvLines.header(texts, COLUMNS);
    }

    String lines(List<ComplaintItem> items) {
        StringBuilder out = new StringBuilder();
        for (ComplaintItem item : items) {
            Complaint c = item.complaint();
            List<String> f = new ArrayList<>(COLUMNS.size());
            f.add(c.number());
            f.add(time(c.receivedAt()));
            f.add(texts.get(c.kind().messageKey()));
            f.add(texts.get(c.channel().messageKey()));
            f.add(CsvLines.inert(c.complainant()));
            f.add(Masking.phone(c.contactPhone()));
            f.add(CsvLines.inert(c.subject()));
            f.add(CsvLines.inert(c.whatHappened()));
            f.add(CsvLines.inert(c.whatTheyWant()));
            f.add(CsvLines.inert(settings.categoryName(c.category())));
            f.add(c.nature() == null ? "" : texts.get(c.nature().messageKey()));
            f.add(texts.get(c.severity().messageKey()));
            f.add(c.mood() == null ? "" : texts.get(c.mood().messageKey()));
            f.add(texts.get(c.status().messageKey()));
            f.add(time(c.firstResponseDue()));
            f.add(time(c.acknowledgedAt()));
            f.add(time(c.resolutionDue()));
            f.add(CsvLines.inert(c.assigneeName()));
            f.add(CsvLines.inert(c.department()));
            f.add(time(c.answeredAt()));
            f.add(c.founded() == null ? ""
                    : texts.get(c.founded() ? "complaintCsv.founded" : "complaintCsv.unfounded"));
            f.add(CsvLines.inert(c.judgement()));
            f.add(CsvLines.inert(c.cause()));
            f.add(CsvLines.inert(c.correctiveAction()));
            f.add(CsvLines.inert(c.compensation()));
            f.add(CsvLines.inert(c.answer()));
            f.add(time(c.closedAt()));
            f.add(item.overdue() ? texts.get("complaintCsv.col.overdue") : "");
            f.add(c.escalationReason() == null ? "" : texts.get(c.escalationReason().messageKey()));
            f.add(time(c.calledBackAt()));
            CsvLines.appendLine(out, f);
        }
        return out.toString();
    }

    private String time(Instant i) {
        return CsvLines.time(i, zone);
    }
}
