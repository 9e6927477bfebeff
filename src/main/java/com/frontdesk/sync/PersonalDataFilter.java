package com.frontdesk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.frontdesk.core.Masking;
import com.frontdesk.core.PersonalData;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What head office may see of a record. Phones are masked as on screen ({@code 138****1234}, a
 * list element by element) and ID numbers are left out (null) unless the site turned full export
 * on. Signature images never reach the outbox (a signature record carries only the PNG's SHA-256),
 * so nothing else needs removing.
 */
final class PersonalDataFilter {
    private static final TypeReference<Map<String, PersonalData.Kind>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final boolean full;

    PersonalDataFilter(ObjectMapper json, boolean full) {
        this.json = json;
        this.full = full;
    }

    /** Null when the payload may go as it is stored; otherwise the record to write instead. */
    JsonNode filter(OutboxEntry entry) {
        if (full || entry.personal() == null) {
            return null;
        }
        try {
            Map<String, PersonalData.Kind> personal = json.readValue(entry.personal(), FIELDS);
            JsonNode state = json.readTree(entry.payload());
            if (!(state instanceof ObjectNode record)) {
                return null;
            }
            personal.forEach((field, kind) -> mask(record, field, kind));
            return record;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mask(ObjectNode record, String field, PersonalData.Kind kind) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (kind == PersonalData.Kind.ID_NUMBER) {
            record.putNull(field);
        } else if (value.isArray()) {
            ArrayNode masked = record.putArray(field);
            value.forEach(v -> {
                if (v.isNull()) {
                    masked.addNull();
                } else {
                    masked.add(Masking.phone(v.asText()));
                }
            });
        } else {
            record.put(field, Masking.phone(value.asText()));
        }
    }
}
