package com.frontdesk.parcels;

import com.frontdesk.core.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * What the collector gave: their name, and the PNG they drew on the pad (null when the desk has
 * no pad and the name was typed instead).
 */
public record SignatureInput(String signerName, byte[] png) {
    static final int MAX_PNG_BYTES = 1 << 20;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public SignatureInput {
        signerName = signerName == null || signerName.isBlank() ? null : signerName.strip();
        png = png == null || png.length == 0 ? null : png.clone();
    }

    public static SignatureInput typed(String name) {
        return new SignatureInput(name, null);
    }

    /** A defensive copy: the record must not be changed through the array it hands out. */
    @Override
    public byte[] png() {
        return png == null ? null : png.clone();
    }

    void validate(String field) {
        new Validation()
                .required(field, signerName).maxLength(field, signerName, 40)
                .check(png == null || isPng(png), field, "parcel.signatureInvalid")
                .throwIfAny();
    }

    /** A real PNG of sane size: the pad's output, not any bytes a caller passes. */
    static boolean isPng(byte[] bytes) {
        if (bytes.length > MAX_PNG_BYTES || bytes.length < PNG_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(bytes, PNG_MAGIC.length), PNG_MAGIC)) {
            return false;
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image != null && image.getWidth() > 0 && image.getWidth() <= 4000
                    && image.getHeight() > 0 && image.getHeight() <= 4000;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureInput other && java.util.Objects.equals(signerName, other.signerName)
                && Arrays.equals(png, other.png);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(signerName) + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "SignatureInput[" + signerName + ", " + (png == null ? "typed" : png.length + " bytes") + "]";
    }
}
