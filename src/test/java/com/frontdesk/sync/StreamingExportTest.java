package com.frontdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.frontdesk.testsupport.OpenWorkstation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A million outbox rows go out as one streamed batch from a JVM limited to 128 MB of heap. */
class StreamingExportTest {
    private static final int ROWS = 1_000_000;

    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    @TempDir
    Path spool;

    @Test
    void aMillionRowsStreamWithA128MegabyteHeap() throws Exception {
        Path db = site.ws().dataDirectory().database();
        long before;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            before = c.createStatement().executeQuery("SELECT count(*) FROM outbox").getLong(1);
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox (entity, entity_id, op, payload,"
                    + " personal, changed_at, changed_by) VALUES (?, ?, 'upsert', ?, ?, ?, 'staff-1')")) {
                for (int i = 0; i < ROWS; i++) {
                    boolean personal = i % 10 == 0;
                    insert.setString(1, personal ? "visit" : "repair");
                    insert.setString(2, "id-" + i);
                    insert.setString(3, "{\"id\":\"id-" + i + "\",\"number\":\"BX-20261122-" + i
                            + "\",\"phone\":\"1380013" + (1000 + i % 9000) + "\",\"note\":\"漏水 第" + i + "号\"}");
                    insert.setString(4, personal ? "{\"phone\":\"PHONE\"}" : null);
                    insert.setLong(5, 1_790_000_000_000L + i);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), StreamingExportMain.class.getName(),
                db.toString(), spool.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("records=" + (ROWS + before)).contains("maxHeap=");
        long maxHeap = Long.parseLong(output.replaceAll("(?s).*maxHeap=(\\d+).*", "$1"));
        assertThat(maxHeap).isLessThanOrEqualTo(128L * 1024 * 1024);

        Path batch;
        try (var files = Files.list(spool)) {
            batch = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        assertThat(countRecordsAndMaskedPhones(batch)).isEqualTo(new long[] {ROWS + before, ROWS / 10});
    }

    /** Reads the file back as a stream too: the records, and how many of the visits' phones came out masked. */
    private static long[] countRecordsAndMaskedPhones(Path batch) throws IOException {
        long records = 0;
        long masked = 0;
        String entity = null;
        try (JsonParser parser = SyncFixtures.JSON.getFactory().createParser(batch.toFile())) {
            int depth = 0;
            for (JsonToken t; (t = parser.nextToken()) != null; ) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                    if (depth == 2 && parser.getParsingContext().getParent().inArray()) {
                        records++;
                    }
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.VALUE_STRING && depth == 2 && "entity".equals(parser.currentName())) {
                    entity = parser.getText();
                } else if (t == JsonToken.VALUE_STRING && depth == 3 && "phone".equals(parser.currentName())
                        && "visit".equals(entity)) {
                    assertThat(parser.getText()).matches("138\\*{4}\\d{4}");
                    masked++;
                }
            }
        }
        return new long[] {records, masked};
    }
}
