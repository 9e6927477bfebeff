package com.frontdesk.dashboard;

import com.frontdesk.core.CsvLines;
import com.frontdesk.core.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The monthly report as CSV (UTF-8 with a BOM, so Excel reads the Chinese right): a heading line
 * and the repairs' table, an empty line, then the complaints' table, each with its own header.
 * Category names come from Settings and are made inert for spreadsheets.
 */
public final class MonthlyReportCsv {
    private MonthlyReportCsv() {
    }

    public static void write(MonthlyReport report, Messages texts, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(text(report, texts));
        writer.flush();
    }

    static String text(MonthlyReport report, Messages texts) {
        StringBuilder out = new StringBuilder();
        CsvLines.appendLine(out, List.of(texts.get("report.repairsTitle")));
        out.append(CsvLines.header(texts, MonthlyReportCells.REPAIR_TITLES));
        report.repairs().forEach(l -> CsvLines.appendLine(out, inert(MonthlyReportCells.repair(l, report, texts))));
        out.append("\r\n");
        CsvLines.appendLine(out, List.of(texts.get("report.complaintsTitle")));
        out.append(CsvLines.header(texts, MonthlyReportCells.COMPLAINT_TITLES));
        report.complaints().forEach(l -> CsvLines.appendLine(out,
                inert(MonthlyReportCells.complaint(l, report, texts))));
        return out.toString();
    }

    private static List<String> inert(List<String> cells) {
        return cells.stream().map(CsvLines::inert).toList();
    }
}
