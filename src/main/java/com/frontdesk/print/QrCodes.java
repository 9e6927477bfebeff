package com.frontdesk.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * QR codes for printed slips and sheets, made on this computer (no network). Error correction M
 * survives a crease or a smudge; the quiet zone of four modules that scanners need is part of the
 * matrix and of the image.
 */
public final class QrCodes {
    /** Modules of white border on every side, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrCodes() {
    }

    /** The code as modules, one bit per module, quiet zone included (true = black). */
    public static BitMatrix encode(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("nothing to encode");
        }
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.MARGIN, QUIET_ZONE);
        try {
            // Size 0: the writer returns one bit per module, the smallest matrix, no rounding.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: too long", e);
        }
    }

    /**
     * The code as an image with square, sharp modules of {@code modulePixels} pixels each. Show it
     * in an {@code ImageView} with {@code setSmooth(false)} at its own size (or a whole multiple),
     * so neither the screen nor a 2x snapshot blurs the edges.
     */
    public static WritableImage image(String text, int modulePixels) {
        return image(encode(text), modulePixels);
    }

    public static WritableImage image(BitMatrix matrix, int modulePixels) {
        if (modulePixels < 1) {
            throw new IllegalArgumentException("modulePixels must be at least 1");
        }
        int w = matrix.getWidth() * modulePixels;
        int h = matrix.getHeight() * modulePixels;
        int[] argb = new int[w * h];
        Arrays.fill(argb, WHITE);
        for (int my = 0; my < matrix.getHeight(); my++) {
            for (int mx = 0; mx < matrix.getWidth(); mx++) {
                if (!matrix.get(mx, my)) {
                    continue;
                }
                for (int y = my * modulePixels; y < (my + 1) * modulePixels; y++) {
                    Arrays.fill(argb, y * w + mx * modulePixels, y * w + (mx + 1) * modulePixels, BLACK);
                }
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
