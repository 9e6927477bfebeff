package com.frontdesk.parcels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The signature rows of generated records (the demo's parcel room and repair book), stored in one
 * prepared batch inside the caller's transaction, without audit or outbox entries. A drawn
 * signature shows one image of a small pool, checked and hashed once here: drawing a PNG for each
 * of thousands of rows would take longer than the rest of a load. Real signatures go through
 * {@link Signatures#save}.
 */
public final class SignatureBatch {
    private static final String INSERT = """
            INSERT INTO signature (id, signer_name, png, sha256, created_at) VALUES (?, ?, ?, ?, ?)""";

    /**
     * One signature row.
     *
     * @param png the index of the pool's image it shows; -1 for a typed name
     */
    public record Row(String id, String signerName, int png, Instant createdAt) {
        public boolean drawn() {
            return png >= 0;
        }
    }

    private final List<byte[]> pngs;
    private final List<String> hashes;

    /** @param drawnSignatures the pool's images, each a PNG as the pad makes them */
    public SignatureBatch(List<byte[]> drawnSignatures) {
        pngs = List.copyOf(drawnSignatures);
        hashes = new ArrayList<>(pngs.size());
        for (byte[] png : pngs) {
            if (!SignatureInput.isPng(png)) {
                throw new IllegalArgumentException("not a signature PNG");
            }
            hashes.add(Signatures.sha256(png));
        }
    }

    /** How many images a drawn row can choose from (0: every row is a typed name). */
    public int poolSize() {
        return pngs.size();
    }

    /** Inserts the rows in the caller's transaction, before the records that refer to them. */
    public void insert(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(INSERT);
        for (Row s : rows) {
            boolean drawn = s.drawn();
            batch.bind(0, s.id()).bind(1, s.signerName()).bind(2, drawn ? pngs.get(s.png()) : null)
                    .bind(3, drawn ? hashes.get(s.png()) : null).bind(4, s.createdAt().toEpochMilli()).add();
        }
        batch.execute();
    }
}
