package com.frontdesk.ui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javax.imageio.ImageIO;

/**
 * A signature drawn with the mouse, a pen (tablets arrive as mouse events) or a finger (touch
 * events). The strokes are kept as point lists, so {@link #toPng()} renders them again at a fixed
 * size, cropped to the ink, whatever the size of the pad on screen or the screen's scaling.
 *
 * <p>Keyboard: the pad takes focus; Delete or Backspace clears it, so a signature can be redone
 * without the mouse. With no pad at the desk the screen asks for the typed name instead.
 */
public final class SignaturePad {
    /** Size of the drawing area on screen, in logical pixels. */
    static final double WIDTH = 480;
    static final double HEIGHT = 160;
    /** Size of the PNG {@link #toPng()} writes. */
    public static final int PNG_WIDTH = 600;
    public static final int PNG_HEIGHT = 200;

    private static final double INK_WIDTH = 2.5;
    /** Space between the ink and the edge of the PNG. */
    private static final double PNG_MARGIN = 12;
    /** A tiny scribble is enlarged at most this much, a single dot stays a dot. */
    private static final double MAX_SCALE = 3;
    /** Pointer moves shorter than this add no point (jitter of a resting pen or finger). */
    private static final double MIN_STEP = 0.75;
    private static final String BORDER = "#d5dbe3";
    private static final String FOCUS_BORDER = "#1f6feb";
    private static final int NO_TOUCH = -1;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final VBox box;
    private final List<List<Point>> strokes = new ArrayList<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    /** The stroke being drawn, or null between strokes. */
    private List<Point> current;
    private int touchId = NO_TOUCH;

    public SignaturePad(UiContext ctx, String id) {
        canvas.setId(id);
        canvas.setFocusTraversable(true);
        canvas.setAccessibleText(ctx.text("signature.pad"));
        canvas.setAccessibleHelp(ctx.text("signature.hint"));

        StackPane area = new StackPane(canvas);
        area.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        area.setStyle(frame(BORDER));
        canvas.focusedProperty().addListener((o, was, is) -> area.setStyle(frame(is ? FOCUS_BORDER : BORDER)));

        Label hint = new Label(ctx.text("signature.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button clear = Forms.button(ctx.text("signature.clear"), id + "Clear", () -> {
            clear();
            canvas.requestFocus();
        });
        clear.disableProperty().bind(empty.getReadOnlyProperty());
        clear.setMinWidth(Button.USE_PREF_SIZE);
        HBox bottom = new HBox(8, hint, clear);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.maxWidthProperty().bind(area.widthProperty());

        box = new VBox(6, area, bottom);
        box.setId(id + "Box");
        box.setFillWidth(false);
        box.setPadding(new Insets(2, 0, 2, 0));

        listen();
        paintBackground();
    }

    /** The control: the drawing area, the hint and the Clear button. */
    public Node node() {
        return box;
    }

    /** Nothing drawn yet (a click without movement is a dot, and counts as drawn). */
    public boolean isEmpty() {
        return empty.get();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public void clear() {
        strokes.clear();
        current = null;
        touchId = NO_TOUCH;
        empty.set(true);
        paintBackground();
    }

    /**
     * The drawing as a {@value #PNG_WIDTH}x{@value #PNG_HEIGHT} PNG, black on white, cropped to
     * the ink with a margin and scaled to fit. Call on the FX thread.
     *
     * @throws IllegalStateException when nothing is drawn
     */
    public byte[] toPng() {
        if (strokes.isEmpty()) {
            throw new IllegalStateException("The signature pad is empty");
        }
        BufferedImage image = render(strokes, PNG_WIDTH, PNG_HEIGHT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The strokes as drawn, for tests: a copy, each stroke its points in pad coordinates. */
    List<List<Point>> strokes() {
        return strokes.stream().map(List::copyOf).toList();
    }

    // ---- input ---------------------------------------------------------------------------------

    private void listen() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (isPen(e) && touchId == NO_TOUCH) {
                canvas.requestFocus();
                end();
                begin(e.getX(), e.getY());
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (isPen(e) && current != null && touchId == NO_TOUCH) {
                extend(e.getX(), e.getY());
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isSynthesized() && e.getButton() == MouseButton.PRIMARY && touchId == NO_TOUCH) {
                end();
                e.consume();
            }
        });

        canvas.addEventHandler(TouchEvent.TOUCH_PRESSED, e -> {
            TouchPoint p = e.getTouchPoint();
            if (touchId == NO_TOUCH && current == null) {
                canvas.requestFocus();
                touchId = p.getId();
                begin(p.getX(), p.getY());
            }
            e.consume();
        });
        canvas.addEventHandler(TouchEvent.TOUCH_MOVED, e -> {
            TouchPoint p = e.getTouchPoint();
            if (p.getId() == touchId) {
                extend(p.getX(), p.getY());
            }
            e.consume();
        });
        canvas.addEventHandler(TouchEvent.TOUCH_RELEASED, e -> {
            if (e.getTouchPoint().getId() == touchId) {
                end();
                touchId = NO_TOUCH;
            }
            e.consume();
        });
        // A finger on the pad draws; it must not scroll the page the pad sits in.
        canvas.addEventHandler(ScrollEvent.ANY, e -> {
            if (e.isDirect()) {
                e.consume();
            }
        });

        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !e.isShortcutDown()) {
                clear();
                e.consume();
            }
        });
    }

    /** The primary button of a real mouse or pen; mouse events made up from touch are ignored. */
    private static boolean isPen(MouseEvent e) {
        return !e.isSynthesized() && e.getButton() == MouseButton.PRIMARY;
    }

    private void begin(double x, double y) {
        current = new ArrayList<>();
        current.add(clamp(x, y));
        strokes.add(current);
        empty.set(false);
        GraphicsContext g = ink();
        Point p = current.get(0);
        g.fillOval(p.x - INK_WIDTH / 2, p.y - INK_WIDTH / 2, INK_WIDTH, INK_WIDTH);
    }

    private void extend(double x, double y) {
        if (current == null) {
            return;
        }
        Point p = clamp(x, y);
        Point last = current.get(current.size() - 1);
        if (Math.hypot(p.x - last.x, p.y - last.y) < MIN_STEP) {
            return;
        }
        current.add(p);
        // Draw the piece of the smooth path that this point completes (see trace()).
        GraphicsContext g = ink();
        int n = current.size();
        g.beginPath();
        if (n == 2) {
            Point a = current.get(0);
            Point m = mid(a, p);
            g.moveTo(a.x, a.y);
            g.lineTo(m.x, m.y);
        } else {
            Point a = current.get(n - 3);
            Point b = current.get(n - 2);
            Point from = mid(a, b);
            Point to = mid(b, p);
            g.moveTo(from.x, from.y);
            g.quadraticCurveTo(b.x, b.y, to.x, to.y);
        }
        g.stroke();
    }

    private void end() {
        if (current == null) {
            return;
        }
        int n = current.size();
        if (n >= 2) {
            Point a = current.get(n - 2);
            Point b = current.get(n - 1);
            Point m = mid(a, b);
            GraphicsContext g = ink();
            g.beginPath();
            g.moveTo(m.x, m.y);
            g.lineTo(b.x, b.y);
            g.stroke();
        }
        current = null;
    }

    private Point clamp(double x, double y) {
        return new Point(Math.max(0, Math.min(canvas.getWidth(), x)), Math.max(0, Math.min(canvas.getHeight(), y)));
    }

    // ---- drawing on screen ---------------------------------------------------------------------

    private GraphicsContext ink() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.BLACK);
        g.setFill(Color.BLACK);
        g.setLineWidth(INK_WIDTH);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        return g;
    }

    /** White paper with a faint line to sign on; the line is not part of the signature. */
    private void paintBackground() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.web(BORDER));
        g.setLineWidth(1);
        g.setLineCap(StrokeLineCap.BUTT);
        g.strokeLine(24, h - 36.5, w - 24, h - 36.5);
    }

    private static String frame(String color) {
        return "-fx-background-color: white; -fx-border-color: " + color + "; -fx-border-width: 2;"
                + " -fx-border-radius: 4; -fx-background-radius: 4;";
    }

    // ---- the PNG -------------------------------------------------------------------------------

    /** Renders the strokes black on white, their ink box centred and scaled to fit the image. */
    static BufferedImage render(List<List<Point>> strokes, int width, int height) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (List<Point> stroke : strokes) {
            for (Point p : stroke) {
                minX = Math.min(minX, p.x);
                minY = Math.min(minY, p.y);
                maxX = Math.max(maxX, p.x);
                maxY = Math.max(maxY, p.y);
            }
        }
        double inkW = maxX - minX;
        double inkH = maxY - minY;
        double scale = Math.min(MAX_SCALE, Math.min(
                inkW > 0 ? (width - 2 * PNG_MARGIN) / inkW : MAX_SCALE,
                inkH > 0 ? (height - 2 * PNG_MARGIN) / inkH : MAX_SCALE));
        float lineWidth = (float) Math.max(2, Math.min(4, INK_WIDTH * scale));
        double offsetX = (width - inkW * scale) / 2 - minX * scale;
        double offsetY = (height - inkH * scale) / 2 - minY * scale;

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(java.awt.Color.BLACK);
            g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (List<Point> stroke : strokes) {
                List<Point> scaled = stroke.stream()
                        .map(p -> new Point(offsetX + p.x * scale, offsetY + p.y * scale)).toList();
                if (scaled.size() == 1) {
                    Point p = scaled.get(0);
                    g.fill(new Ellipse2D.Double(p.x - lineWidth / 2.0, p.y - lineWidth / 2.0, lineWidth, lineWidth));
                } else {
                    g.draw(trace(scaled));
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The smooth path through a stroke's points: straight to the first midpoint, then quadratic
     * curves from midpoint to midpoint with each point as control, straight to the last point.
     * The screen draws the same path piece by piece as the points arrive.
     */
    private static Path2D trace(List<Point> points) {
        Path2D.Double path = new Path2D.Double();
        Point first = points.get(0);
        path.moveTo(first.x, first.y);
        Point m = mid(first, points.get(1));
        path.lineTo(m.x, m.y);
        for (int i = 1; i < points.size() - 1; i++) {
            Point c = points.get(i);
            Point to = mid(c, points.get(i + 1));
            path.quadTo(c.x, c.y, to.x, to.y);
        }
        Point last = points.get(points.size() - 1);
        path.lineTo(last.x, last.y);
        return path;
    }

    private static Point mid(Point a, Point b) {
        return new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
    }

    /** A point of a stroke in the pad's own coordinates (logical pixels, not device pixels). */
    record Point(double x, double y) {
    }
}
