package com.frontdesk.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * What one batch file holds, decided before a byte is written: the kind, the outbox sequence
 * range, for a full export the sequence the snapshot was taken at, the counts per entity and
 * whether personal data goes whole. Everything in it follows from the outbox rows, so the same
 * range always gives the same id, header and bytes (see {@link #id()}).
 *
 * @param snapshotSeq for {@link BatchKind#FULL}: the last outbox row the snapshot sees; 0 for changes
 * @param createdAt the {@code changed_at} of the batch's last record, not the time of writing,
 *                  so a resend is byte for byte the same
 */
public record BatchPlan(SiteRef site, BatchKind kind, long snapshotSeq, long firstSeq, long lastSeq,
                        long recordCount, Map<String, Long> counts, Instant createdAt, boolean personalFull) {
    public BatchPlan {
        counts = Map.copyOf(counts);
    }

    /**
     * {@code 3f2a9c1d-c-000000000001-000000005000}: the first eight hex digits of the SHA-256 of
     * the site id (batches of several sites can share a folder), {@code c} for changes or
     * {@code f<snapshot>} for a full export, the first and last sequence, and {@code -p} when
     * personal data went whole (those bytes differ from the masked ones).
     */
    public String id() {
        String kindPart = kind == BatchKind.CHANGES ? "c" : String.format("f%012d", snapshotSeq);
        return String.format("%s-%s-%012d-%012d%s", siteTag(site.id()), kindPart, firstSeq, lastSeq,
                personalFull ? "-p" : "");
    }

    public String fileName() {
        return id() + ".json";
    }

    public String manifestName() {
        return id() + ".manifest.json";
    }

    static String siteTag(String siteId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(siteId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
