package com.frontdesk.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read from a file (writing is {@code core.CsvLines}): fields separated by commas, optionally in double quotes with {@code ""} for a
 * quote and commas or line breaks inside. Lines end with CRLF, LF or a lone CR. Each record keeps
 * the physical line it starts on, so messages can point at the line a spreadsheet or editor shows.
 * Lenient where Excel and hand edits are: a quote inside an unquoted field, or text after a
 * closing quote, is kept as text.
 */
final class CsvRecords {
    private CsvRecords() {
    }

    /**
     * One record.
     *
     * @param line          the physical line (1-based) the record starts on
     * @param fields        the fields, unquoted; a line break inside a quoted field is kept as "\n"
     * @param unclosedQuote a quoted field ran to the end of the text without its closing quote
     */
    record Record(int line, List<String> fields, boolean unclosedQuote) {
        Record {
            fields = List.copyOf(fields);
        }

        /** An empty line, or one of only commas and spaces (spreadsheets write those). */
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        StringBuilder field = new StringBuilder();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            boolean unclosed = false;
            while (true) {
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                closed = true;
                                break;
                            }
                        } else if (c == '\r' || c == '\n') {
                            field.append('\n');
                            line++;
                            i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                        } else {
                            field.append(c);
                            i++;
                        }
                    }
                    unclosed |= !closed;
                }
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == ',' || c == '\r' || c == '\n') {
                        break;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i >= n) {
                    break;
                }
                char c = text.charAt(i);
                i++;
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && i < n && text.charAt(i) == '\n') {
                    i++;
                }
                line++;
                break;
            }
            records.add(new Record(start, fields, unclosed));
        }
        return records;
    }
}
