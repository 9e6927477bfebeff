package com.frontdesk.visitors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** ID numbers as the register keeps them: the last four characters and a salted SHA-256 hash. */
final class IdNumbers {
    private IdNumbers() {
    }

    static String hash(String salt, String normalisedId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(normalisedId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String last4(String normalisedId) {
        return normalisedId.length() <= 4 ? normalisedId : normalisedId.substring(normalisedId.length() - 4);
    }
}
