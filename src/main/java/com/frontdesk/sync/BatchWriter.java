package com.frontdesk.sync;

import java.util.TreeMap;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.core.Json;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes one batch as a JSON document with Jackson's generator, record by record as the outbox
 * cursor hands them over, so a batch of any size needs little memory. The SHA-256 and the size
 * are counted on the way out. Format: {@code docs/schema/batch.schema.json}.
 */
final class BatchWriter {
    static final String FORMAT = "frontdesk-sync-batch";
    static final int FORMAT_VERSION = 1;

    /** The records of a plan, handed over in sequence order. */
    @FunctionalInterface
    interface Records {
        void forEach(Consumer<OutboxEntry> each);
    }

    record Written(String sha256, long size) {
    }

    private final ObjectMapper json = Json.mapper();

    Written write(BatchPlan plan, Records records, OutputStream target) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Counting counting = new Counting(target);
        PersonalDataFilter filter = new PersonalDataFilter(json, plan.personalFull());
        try (JsonGenerator g = json.getFactory().createGenerator(new DigestOutputStream(counting, sha), JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setCodec(json);
            header(g, plan);
            g.writeArrayFieldStart("records");
            try {
                records.forEach(e -> record(g, e, filter));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return new Written(HexFormat.of().formatHex(sha.digest()), counting.count);
    }

    private static void header(JsonGenerator g, BatchPlan plan) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", FORMAT_VERSION);
        g.writeStringField("batchId", plan.id());
        g.writeStringField("kind", plan.kind().name().toLowerCase(Locale.ROOT));
        g.writeObjectFieldStart("site");
        g.writeStringField("id", plan.site().id());
        g.writeStringField("code", plan.site().code());
        g.writeStringField("name", plan.site().name());
        g.writeEndObject();
        g.writeNumberField("firstSeq", plan.firstSeq());
        g.writeNumberField("lastSeq", plan.lastSeq());
        if (plan.kind() == BatchKind.FULL) {
            g.writeNumberField("snapshotSeq", plan.snapshotSeq());
        }
        g.writeStringField("createdAt", plan.createdAt().toString());
        g.writeStringField("personalData", plan.personalFull() ? "full" : "masked");
        g.writeNumberField("recordCount", plan.recordCount());
        g.writeObjectFieldStart("counts");
        for (Map.Entry<String, Long> c : new TreeMap<>(plan.counts()).entrySet()) {
            g.writeNumberField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
    }

    private static void record(JsonGenerator g, OutboxEntry e, PersonalDataFilter filter) {
        try {
            g.writeStartObject();
            g.writeNumberField("seq", e.seq());
            g.writeStringField("entity", e.entity());
            g.writeStringField("id", e.entityId());
            g.writeStringField("op", e.op());
            // The outbox sequence: it grows with every change of a record, so head office keeps the highest.
            g.writeNumberField("version", e.seq());
            g.writeStringField("changedAt", Instant.ofEpochMilli(e.changedAt()).toString());
            if (e.changedBy() == null) {
                g.writeNullField("changedBy");
            } else {
                g.writeStringField("changedBy", e.changedBy());
            }
            g.writeFieldName("state");
            JsonNode masked = filter.filter(e);
            if (masked == null) {
                g.writeRawValue(e.payload());
            } else {
                g.writeTree(masked);
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Counts the bytes that reach the file. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
