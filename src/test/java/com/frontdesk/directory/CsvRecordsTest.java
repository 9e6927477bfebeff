package com.frontdesk.directory;

import com.frontdesk.core.CsvLines;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.directory.CsvRecords.Record;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    @Test
    void recordsKeepThePhysicalLineTheyStartOnWhateverTheLineEnding() {
        for (String end : List.of("\n", "\r\n", "\r")) {
            String text = String.join(end, "a,b", "\"x" + end + "y\",z", "", "c,d");

            assertThat(CsvRecords.read(text)).as("line ending %s", end.replace("\r", "CR").replace("\n", "LF"))
                    .containsExactly(
                            new Record(1, List.of("a", "b"), false),
                            new Record(2, List.of("x\ny", "z"), false),
                            new Record(4, List.of(""), false),
                            new Record(5, List.of("c", "d"), false));
        }
    }

    @Test
    void aTrailingLineBreakMakesNoExtraRecordButAnEmptyLastFieldCounts() {
        assertThat(CsvRecords.read("a,b\r\n")).containsExactly(new Record(1, List.of("a", "b"), false));
        assertThat(CsvRecords.read("a,\n")).containsExactly(new Record(1, List.of("a", ""), false));
        assertThat(CsvRecords.read("")).isEmpty();
    }

    @Test
    void quotesEscapeQuotesAndCommasAndStrayQuotesStayText() {
        assertThat(CsvRecords.read("\"a,\"\"b\"\"\",c\"d,\"e\"f\n"))
                .containsExactly(new Record(1, List.of("a,\"b\"", "c\"d", "ef"), false));
    }

    @Test
    void aQuoteLeftOpenIsFlaggedOnTheRecordItOpens() {
        List<Record> records = CsvRecords.read("a\n\"b\nc\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1)).isEqualTo(new Record(2, List.of("b\nc\n"), true));
    }

    @Test
    void blankMeansOnlyEmptyFields() {
        assertThat(new Record(1, List.of(""), false).blank()).isTrue();
        assertThat(new Record(1, List.of("", " ", ""), false).blank()).isTrue();
        assertThat(new Record(1, List.of("", "x"), false).blank()).isFalse();
    }

    @Test
    void writtenFieldsReadBackUnchanged() {
        List<String> fields = List.of("plain", "a,b", "say \"hi\"", "two\nlines", "", "甲、乙");
        StringBuilder out = new StringBuilder();
        CsvLines.appendLine(out, fields);

        assertThat(out.toString()).endsWith("\r\n");
        assertThat(CsvRecords.read(out.toString())).containsExactly(new Record(1, fields, false));
    }
}
