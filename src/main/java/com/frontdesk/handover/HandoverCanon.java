package com.frontdesk.handover;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical text of a handover and its SHA-256 (lower-case hex of the UTF-8 bytes).
 *
 * <p>Every value is written as {@code name=<length>:<value>} and a newline, {@code name=~} for
 * null; the length (in UTF-16 chars) makes the text unambiguous whatever a value holds, so no
 * escaping is needed. Times are epoch milliseconds, enums their names.
 *
 * <p><b>The seal</b> ({@code seal_sha256}, fixed at the outgoing signature) covers: the version tag
 * {@code frontdesk-handover-seal-v1}; id, number, desk, shift, day, template id and version,
 * started at, outgoing staff id and name, outgoing signed at, created at; the previous handover's
 * number and seal ({@code previous_sha256}: the chain); every line in position order (position,
 * code, name, expected, counted, condition, note, auto source, auto detail); the notes shown when
 * the outgoing side signed, ordered by creation time then id (id, the handover it was written in,
 * text, priority, written by id and name, written at). Not covered: a note's done mark, which
 * changes after signing by design, and updated_at.
 *
 * <p><b>The content</b> ({@code content_sha256}, again at each later signature) covers the tag
 * {@code frontdesk-handover-content-v1}, the seal, the status, the incoming staff id, name and
 * time, the refusal reason, and the lead's id, name and countersigning time.
 */
final class HandoverCanon {
    private HandoverCanon() {
    }

    static String seal(Handover h, List<HandoverItem> items, List<HandoverNote> shownNotes) {
        Text t = new Text("frontdesk-handover-seal-v1")
                .put("id", h.id()).put("number", h.number()).put("desk", h.desk()).put("shift", h.shift())
                .put("day", h.day() == null ? null : h.day().toString()).put("templateId", h.templateId())
                .put("templateVersion", Integer.toString(h.templateVersion())).put("startedAt", h.startedAt())
                .put("outgoingStaffId", h.outgoingStaffId()).put("outgoingName", h.outgoingName())
                .put("outgoingSignedAt", h.outgoingSignedAt()).put("createdAt", h.createdAt())
                .put("previousNumber", h.previousNumber()).put("previousSha256", h.previousSha256());
        List<HandoverItem> lines = items.stream().sorted(Comparator.comparingInt(HandoverItem::position)).toList();
        t.put("items", Integer.toString(lines.size()));
        for (HandoverItem i : lines) {
            t.put("item.position", Integer.toString(i.position())).put("item.code", i.code())
                    .put("item.name", i.name()).put("item.expected", str(i.expected()))
                    .put("item.counted", str(i.counted())).put("item.condition", name(i.condition()))
                    .put("item.note", i.note()).put("item.auto", name(i.auto())).put("item.autoDetail", i.autoDetail());
        }
        List<HandoverNote> notes = shownNotes.stream()
                .sorted(Comparator.comparing(HandoverNote::createdAt).thenComparing(HandoverNote::id)).toList();
        t.put("notes", Integer.toString(notes.size()));
        for (HandoverNote n : notes) {
            t.put("note.id", n.id()).put("note.handoverId", n.handoverId()).put("note.text", n.text())
                    .put("note.priority", name(n.priority())).put("note.createdBy", n.createdBy())
                    .put("note.createdByName", n.createdByName()).put("note.createdAt", n.createdAt());
        }
        return t.sha256();
    }

    static String content(Handover h) {
        return new Text("frontdesk-handover-content-v1")
                .put("seal", h.sealSha256()).put("status", name(h.status()))
                .put("incomingStaffId", h.incomingStaffId()).put("incomingName", h.incomingName())
                .put("incomingAt", h.incomingAt()).put("refusalReason", h.refusalReason())
                .put("leadStaffId", h.leadStaffId()).put("leadName", h.leadName())
                .put("countersignedAt", h.countersignedAt())
                .sha256();
    }

    private static String str(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static final class Text {
        private final StringBuilder text = new StringBuilder();

        Text(String tag) {
            text.append(tag).append('\n');
        }

        Text put(String name, Instant value) {
            return put(name, value == null ? null : Long.toString(value.toEpochMilli()));
        }

        Text put(String name, String value) {
            text.append(name).append('=');
            if (value == null) {
                text.append('~');
            } else {
                text.append(value.length()).append(':').append(value);
            }
            text.append('\n');
            return this;
        }

        String sha256() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }
}
