package com.frontdesk.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Made-up drawn signatures for the demo: a few smooth pen strokes in black on a white 600×200
 * image, the pad's size, stored as PNGs of 2–5 KB. Drawing and encoding a PNG costs a few
 * milliseconds, so the demo draws a pool of them once and its thousands of pickups reuse the pool
 * (each pickup still gets its own signature row). Seeded: every demo has the same pool.
 */
final class DemoSignatures {
    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    /** Enough different signatures that a page of the history does not show the same one twice in a row. */
    static final int POOL = 40;

    private DemoSignatures() {
    }

    /** {@code count} different signature PNGs. */
    static List<byte[]> pool(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> pool = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pool.add(png(draw(random)));
        }
        return pool;
    }

    /**
     * A hand-written name: two to four characters written left to right, each a cursive loop of
     * six to ten points, and now and then an underline flourish.
     */
    private static BufferedImage draw(Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2.5f + random.nextFloat() * 1.5f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            int characters = 2 + random.nextInt(3);
            double left = 50 + random.nextInt(60);
            double width = (WIDTH - 2 * left) / characters;
            double slant = random.nextDouble() * 0.4;
            for (int c = 0; c < characters; c++) {
                double x0 = left + c * width;
                double baseline = 120 + random.nextInt(30);
                int points = 6 + random.nextInt(5);
                double[] xs = new double[points];
                double[] ys = new double[points];
                for (int p = 0; p < points; p++) {
                    double y = baseline - 20 - random.nextDouble() * 80;
                    xs[p] = x0 + width * (0.1 + 0.8 * p / (points - 1)) + (random.nextDouble() - 0.5) * width * 0.5
                            + slant * (baseline - y);
                    ys[p] = y;
                }
                g.draw(smooth(xs, ys));
            }
            if (random.nextInt(3) == 0) {
                double y = 160 + random.nextInt(20);
                g.draw(smooth(new double[]{left, WIDTH / 2.0, WIDTH - left},
                        new double[]{y, y + 8 - random.nextInt(16), y - 10}));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Quadratic curves from midpoint to midpoint with each point as control, as the pad draws a stroke. */
    private static Path2D smooth(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length - 1; i++) {
            path.quadTo(xs[i], ys[i], (xs[i] + xs[i + 1]) / 2, (ys[i] + ys[i + 1]) / 2);
        }
        path.lineTo(xs[xs.length - 1], ys[ys.length - 1]);
        return path;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
