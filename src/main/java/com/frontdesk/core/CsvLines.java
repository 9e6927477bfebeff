package com.frontdesk.core;

import java.util.List;

/** Writes RFC 4180 lines (CRLF, quotes only where needed), the way Excel and head office read them. */
public final class CsvLines {
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
}
