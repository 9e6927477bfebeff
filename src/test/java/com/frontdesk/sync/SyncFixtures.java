package com.frontdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.Workstation;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Json;
import com.frontdesk.core.PersonalData;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Records with personal data written through the real write helper, and the published schemas. */
final class SyncFixtures {
    /** A record of the kind the modules write: a phone, a list of phones and an ID number. */
    record Guest(String id, String name, @PersonalData(PersonalData.Kind.PHONE) String phone,
                 @PersonalData(PersonalData.Kind.PHONE) List<String> phones,
                 @PersonalData(PersonalData.Kind.ID_NUMBER) String idNumber, String note) {
    }

    static final ObjectMapper JSON = Json.mapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private SyncFixtures() {
    }

    /** Writes {@code n} guests (created, then every third one updated, every fifth deleted). */
    static void guests(Workstation ws, int n) {
        Actor actor = new Actor("staff-1", "测试");
        for (int i = 0; i < n; i++) {
            Guest g = new Guest("g" + i, "客人" + i, "1380013" + String.format("%04d", i),
                    List.of("1391234" + String.format("%04d", i), "010-8888"), "11010119900307" + String.format("%04d", i),
                    "note " + i);
            ws.store().write(actor, tx -> {
                tx.created("guest", g.id(), g);
                return null;
            });
        }
    }

    static SiteRef site(Workstation ws) {
        var s = ws.sites().site().orElseThrow();
        return new SiteRef(s.id(), s.code(), s.name());
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the published schema finds in a document; empty when it is valid. */
    static String problems(String schemaFile, Path document) {
        try {
            Schema schema = SCHEMAS.getSchema(Files.newInputStream(Path.of("docs/schema", schemaFile)));
            return schema.validate(Files.readString(document), InputFormat.JSON).stream()
                    .map(Object::toString).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
