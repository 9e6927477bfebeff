package com.frontdesk.print;

import com.frontdesk.core.AtomicFiles;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pages on screen to a PDF file, one A4 page per node. Each node is drawn as an image at twice its
 * size, so the PDF looks exactly like the screen, Chinese included, with no font to embed. Two
 * steps, so the slow one stays off the JavaFX thread:
 *
 * <pre>{@code
 * List<BufferedImage> images = PdfPages.render(pages);        // JavaFX thread
 * ctx.run(() -> PdfPages.write(images, file, title), ...);    // background: compress and save
 * }</pre>
 *
 * Nodes are laid out for A4 portrait at 96 pixels per inch ({@link PrintPage#WIDTH} x
 * {@link PrintPage#HEIGHT}); a smaller node (a slip) keeps its size on the page, top centre, and a
 * larger one is shrunk to fit.
 */
public final class PdfPages {
    /** Image pixels per node pixel: 192 dpi on paper, sharp enough for text and QR codes. */
    public static final double SCALE = 2.0;

    private static final float POINTS_PER_PIXEL = 72f / 96f;

    private PdfPages() {
    }

    /** Draws each node as an image at {@link #SCALE}. Call on the JavaFX thread. */
    public static List<BufferedImage> render(List<? extends Node> pages) {
        Layout.requireFxThread();
        List<BufferedImage> images = new ArrayList<>(pages.size());
        for (Node page : pages) {
            Layout.prepare(page);
            Bounds b = page.getLayoutBounds();
            if (b.getWidth() <= 0 || b.getHeight() <= 0) {
                throw new IllegalArgumentException("a page has no size: " + page);
            }
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            params.setTransform(Transform.scale(SCALE, SCALE));
            images.add(toBufferedImage(page.snapshot(params, null)));
        }
        return images;
    }

    /**
     * Writes the images as an A4 PDF. The file appears whole or not at all: the document goes to
     * a temporary file in the same folder, which is then moved over the target.
     */
    public static void write(List<BufferedImage> images, Path target, String title) throws IOException {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no pages");
        }
        AtomicFiles.write(target, out -> {
            try (PDDocument doc = new PDDocument()) {
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("FrontDesk Workstation");
                for (BufferedImage image : images) {
                    addPage(doc, image);
                }
                doc.save(out);
            }
            return null;
        });
    }

    /** {@link #render} and {@link #write} in one go, on the JavaFX thread: for a page or two. */
    public static void save(List<? extends Node> pages, Path target, String title) throws IOException {
        write(render(pages), target, title);
    }

    private static void addPage(PDDocument doc, BufferedImage image) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
        float w = (float) (image.getWidth() / SCALE) * POINTS_PER_PIXEL;
        float h = (float) (image.getHeight() / SCALE) * POINTS_PER_PIXEL;
        float fit = Math.min(1f, Math.min(a4.getWidth() / w, a4.getHeight() / h));
        w *= fit;
        h *= fit;
        float x = (a4.getWidth() - w) / 2;
        float y = a4.getHeight() - h; // PDF y runs upwards: the page's top edge
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(xobject, x, y, w, h);
        }
    }

    /**
     * The snapshot's pixels as an AWT image, read through the PixelReader (javafx-swing is not on
     * the class path). Black-on-white pages become grey images, a third of the size of colour ones.
     */
    static BufferedImage toBufferedImage(WritableImage snapshot) {
        int w = (int) snapshot.getWidth();
        int h = (int) snapshot.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = snapshot.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        boolean grey = true;
        for (int p : argb) {
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            if (r != g || g != b) {
                grey = false;
                break;
            }
        }
        BufferedImage image;
        if (grey) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < argb.length; i++) {
                data[i] = (byte) (argb[i] & 0xFF);
            }
        } else {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, w, h, argb, 0, w);
        }
        return image;
    }
}
