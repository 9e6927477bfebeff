package com.frontdesk.print;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Reads a QR code back from pixels the way a scanner's decoder does: find it, binarise, decode. */
public final class QrDecoding {
    private QrDecoding() {
    }

    public static String decode(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return decode(w, h, argb);
    }

    public static String decode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return decode(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    private static String decode(int w, int h, int[] argb) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        try {
            return new QRCodeReader().decode(bitmap).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code in the image", e);
        }
    }
}
