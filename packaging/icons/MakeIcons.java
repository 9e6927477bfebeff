import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the program's icon (a white front-desk bell on a teal tile) at every size the installers
 * need and writes the PNGs, the Windows .ico and the macOS .icns. Only the JDK is needed:
 *
 *     java packaging/icons/MakeIcons.java packaging/icons
 *
 * Each size is drawn from the shapes, not scaled from a bigger picture, so 16 px stays sharp.
 */
public class MakeIcons {
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, png(draw(size)));
        }
        for (int size : PNG_SIZES) {
            Files.write(out.resolve("frontdesk-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("frontdesk.ico"), ico(png));
        Files.write(out.resolve("frontdesk.icns"), icns(png));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        // Tile: a little inset at large sizes, as desktop icons are; edge to edge at 16 px.
        double inset = size >= 48 ? s * 0.06 : 0;
        double tile = s - 2 * inset;
        g.setPaint(new GradientPaint(0, (float) inset, new Color(0x14, 0x9C, 0x8F),
                0, (float) (inset + tile), new Color(0x0B, 0x5F, 0x6E)));
        g.fill(new RoundRectangle2D.Double(inset, inset, tile, tile, tile * 0.42, tile * 0.42));

        g.setColor(Color.WHITE);
        double cx = s / 2;
        // The bell's dome: a half disc standing on the counter.
        double domeR = tile * 0.30;
        double baseY = inset + tile * 0.66;
        g.fill(new Arc2D.Double(cx - domeR, baseY - domeR, 2 * domeR, 2 * domeR, 0, 180, Arc2D.CHORD));
        // The counter plate under it, wider than the dome.
        double plateW = tile * 0.70;
        double plateH = Math.max(1.5, tile * 0.075);
        double plateY = baseY + Math.max(1, tile * 0.035);
        g.fill(new RoundRectangle2D.Double(cx - plateW / 2, plateY, plateW, plateH, plateH, plateH));
        // The button on top.
        double knobR = Math.max(1.2, tile * 0.055);
        double knobY = baseY - domeR - knobR * 0.9;
        g.fill(new Ellipse2D.Double(cx - knobR, knobY - knobR, 2 * knobR, 2 * knobR));
        // A highlight on the dome from 48 px up, where it reads as shine rather than noise.
        if (size >= 48) {
            g.setColor(new Color(0x0B, 0x5F, 0x6E, 90));
            g.setStroke(new BasicStroke((float) (tile * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double r = domeR * 0.68;
            g.draw(new Arc2D.Double(cx - r, baseY - r, 2 * r, 2 * r, 105, 45, Arc2D.OPEN));
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG entries (Windows Vista and later read them); 256 is written as 0. */
    static byte[] ico(Map<Integer, byte[]> png) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(6 + 16 * ICO_SIZES.length).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = head.capacity();
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            head.put((byte) (size % 256)).put((byte) (size % 256)).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (int size : ICO_SIZES) {
            out.write(png.get(size));
        }
        return out.toByteArray();
    }

    /** ICNS with PNG entries (macOS 10.7 and later), 1x and 2x (Retina) types. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        List<Object[]> entries = List.of(
                new Object[] {"icp4", 16}, new Object[] {"icp5", 32}, new Object[] {"icp6", 64},
                new Object[] {"ic07", 128}, new Object[] {"ic08", 256}, new Object[] {"ic09", 512},
                new Object[] {"ic10", 1024}, new Object[] {"ic11", 32}, new Object[] {"ic12", 64},
                new Object[] {"ic13", 512}, new Object[] {"ic14", 1024});
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Object[] e : entries) {
            byte[] image = png.get((Integer) e[1]);
            data.writeBytes((String) e[0]);
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo((OutputStream) file);
        return file.toByteArray();
    }
}
