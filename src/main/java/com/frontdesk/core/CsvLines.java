package com.frontdesk.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes RFC 4180 lines (CRLF, quotes only where needed), the way Excel and head office read them. */
public final class CsvLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvLines() {
    }

    /** The field as written to a file: in quotes when it holds a comma, a quote or a line break. */
    public static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** One record as a line ending in CRLF. */
    public static void appendLine(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * Text typed by visitors, made inert for spreadsheets: a cell starting with = + - @ (or a tab or
     * carriage return) would run as a formula when the file is opened, so it gets a leading apostrophe.
     * Only for files that are read, not imported again.
     */
    public static String inert(String field) {
        if (field == null || field.isEmpty()) {
            return field;
        }
        char c = field.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + field : field;
    }

    /**
     * One page of an export: its lines, the last record (where the next page starts) and how many.
     *
     * @param <K> the record a list pages after
     */
    public record Page<K>(String lines, K last, int size) {
    }

    /** Reads the page after a record (null: the first page). */
    @FunctionalInterface
    public interface Pages<K> {
        Page<K> after(K last);
    }

    /**
     * Writes a whole export: UTF-8 with a BOM (so Excel reads the Chinese right), the header, then
     * page after page until an empty one; a page at a time, so a large book never sits in memory.
     *
     * @return how many records were written
     */
    public static <K> int export(OutputStream out, String header, Pages<K> pages) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(header);
        int count = 0;
        for (Page<K> page = pages.after(null); page.size() > 0; page = pages.after(page.last())) {
            writer.write(page.lines());
            count += page.size();
        }
        writer.flush();
        return count;
    }

    /** The header line: each column's title in the user's language. */
    public static String header(Messages texts, List<String> titleKeys) {
        StringBuilder out = new StringBuilder();
        appendLine(out, titleKeys.stream().map(texts::get).toList());
        return out.toString();
    }

    /** A moment as the site reads it ("2026-11-22 09:30"); empty for none. */
    public static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
