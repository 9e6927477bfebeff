package com.frontdesk.repairs;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pictures a repair accepts, told apart by their first bytes: a name ending in .jpg says
 * nothing about what the file is. WebP is not among them: JavaFX's Image cannot decode it, and a
 * stored photo the screen cannot show helps nobody; the desk is asked for a JPEG or PNG instead.
 */
enum RepairPhotoType {
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Enough of the start of a file to recognise every type. */
    static final int HEAD = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    RepairPhotoType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<RepairPhotoType> detect(byte[] head) {
        return Arrays.stream(values()).filter(t -> head.length >= t.signature.length
                && Arrays.equals(head, 0, t.signature.length, t.signature, 0, t.signature.length)).findFirst();
    }
}
