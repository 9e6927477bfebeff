package com.frontdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.core.Json;
import com.frontdesk.core.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an audit entry's stored changes into one line in the reader's language:
 * "姓名：张丽 → 张莉；角色：前台客服员 → 班长/主管". Ids and timestamps of the record itself are
 * left out: the entry's own time and record column already say them.
 */
final class ChangeSummary {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Set<String> SKIPPED = Set.of("id", "createdAt", "updatedAt", "roomId", "buildingId", "unitId");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Where an enum value's display name may live, by the field that holds it ("kind" of a site or an occupant). */
    private static final Map<String, List<String>> VALUE_KEYS = Map.of("role", List.of("role."),
            "kind", List.of("siteKind.", "occupantKind."), "language", List.of("language."),
            "parcelConsent", List.of("parcelConsent."));

    private final Messages messages;
    private final ZoneId zone;

    ChangeSummary(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String of(String changes) {
        if (changes == null || changes.isBlank()) {
            return "";
        }
        JsonNode root;
        try {
            root = JSON.readTree(changes);
        } catch (JsonProcessingException e) {
            return changes;
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (SKIPPED.contains(name)) {
                continue;
            }
            JsonNode value = field.getValue();
            String label = messages.getOrDefault("field." + name, name);
            parts.add(value.has("from") || value.has("to")
                    ? messages.get("audit.changeFromTo", label, text(name, value.get("from")), text(name, value.get("to")))
                    : messages.get("audit.changeValue", label, text(name, value)));
        }
        return String.join(messages.get("audit.changeSeparator"), parts);
    }

    private String text(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return "—";
        }
        if (node.isBoolean()) {
            return messages.get(node.asBoolean() ? "common.yes" : "common.no");
        }
        if (!node.isValueNode()) {
            return node.toString();
        }
        String raw = node.asText();
        for (String prefix : VALUE_KEYS.getOrDefault(field, List.of())) {
            String text = messages.getOrDefault(prefix + raw, null);
            if (text != null) {
                return text;
            }
        }
        if (node.isTextual() && raw.endsWith("Z") && raw.contains("T")) {
            try {
                return TIME.format(Instant.parse(raw).atZone(zone));
            } catch (DateTimeParseException e) {
                return raw;
            }
        }
        return raw;
    }
}
