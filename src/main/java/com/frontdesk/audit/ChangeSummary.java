package com.frontdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.core.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Turns an audit entry's stored changes into one readable line: "name: 张丽 → 张莉; role: …". */
final class ChangeSummary {
    private static final ObjectMapper JSON = Json.mapper();

    private ChangeSummary() {
    }

    static String of(String changes) {
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
            JsonNode value = field.getValue();
            if (value.has("from") || value.has("to")) {
                parts.add(field.getKey() + ": " + text(value.get("from")) + " → " + text(value.get("to")));
            } else {
                parts.add(field.getKey() + ": " + text(value));
            }
        }
        return String.join("; ", parts);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "—" : node.isValueNode() ? node.asText() : node.toString();
    }
}
