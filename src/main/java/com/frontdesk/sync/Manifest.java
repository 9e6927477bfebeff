package com.frontdesk.sync;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.frontdesk.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The small file beside a batch, written after it: a receiver takes a batch only when its
 * manifest is there and the file's size and SHA-256 match. Format: {@code docs/schema/manifest.schema.json}.
 */
final class Manifest {
    static final String FORMAT = "frontdesk-sync-manifest";

    private Manifest() {
    }

    static byte[] of(BatchFile batch) {
        BatchPlan plan = batch.plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", BatchWriter.FORMAT_VERSION);
            g.writeStringField("batchId", plan.id());
            g.writeStringField("file", plan.fileName());
            g.writeNumberField("size", batch.size());
            g.writeStringField("sha256", batch.sha256());
            g.writeObjectFieldStart("site");
            g.writeStringField("id", plan.site().id());
            g.writeStringField("code", plan.site().code());
            g.writeStringField("name", plan.site().name());
            g.writeEndObject();
            g.writeStringField("kind", plan.kind().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("firstSeq", plan.firstSeq());
            g.writeNumberField("lastSeq", plan.lastSeq());
            g.writeNumberField("recordCount", plan.recordCount());
            g.writeStringField("createdAt", plan.createdAt().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
