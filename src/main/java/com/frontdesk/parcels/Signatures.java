package com.frontdesk.parcels;

import com.frontdesk.core.WriteContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stores a validated signature inside the caller's write, so a handover and its signature commit together. */
public final class Signatures {
    static final String ENTITY = "signature";
    private static final SignatureRepository REPOSITORY = new SignatureRepository();

    private Signatures() {
    }

    /** @param field the form field a bad signature is reported on */
    public static Signature save(WriteContext tx, SignatureInput input, String field) {
        input.validate(field);
        byte[] png = input.png();
        Signature s = new Signature(tx.newId(), input.signerName(), png == null ? null : sha256(png), tx.now());
        REPOSITORY.insert(tx.handle(), s, png);
        tx.created(ENTITY, s.id(), s);
        return s;
    }

    /** The hex SHA-256 a signature row keeps of its PNG, for generated rows too. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
