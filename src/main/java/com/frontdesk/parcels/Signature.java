package com.frontdesk.parcels;

import java.time.Instant;

/**
 * A collector's signature: the name they gave and, when they drew it on the pad, the PNG's
 * SHA-256 (the image itself stays in the {@code signature} table and is read with
 * {@link SignatureRepository#png}). The audit log and head office get this record, not the image.
 */
public record Signature(String id, String signerName, String sha256, Instant createdAt) {
    public boolean drawn() {
        return sha256 != null;
    }
}
