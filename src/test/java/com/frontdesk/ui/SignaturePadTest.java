package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.Messages;
import com.frontdesk.testsupport.InlineTaskExecutor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The signature pad on its own: drawing with the robot's mouse, touch, clearing, and the PNG it gives. */
class SignaturePadTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final FxRobot robot = new FxRobot();
    private final Messages zh = new Messages(Messages.CHINESE);
    private final List<Boolean> emptyChanges = new ArrayList<>();
    private SignaturePad pad;
    private Canvas canvas;

    @BeforeEach
    void showPad() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        UiContext ctx = new UiContext(null, zh, new InlineTaskExecutor(), new ErrorReporter(() -> zh));
        FxToolkit.setupStage(stage -> {
            pad = new SignaturePad(ctx, "pad");
            pad.emptyProperty().addListener((o, was, is) -> emptyChanges.add(is));
            TextField name = new TextField();
            name.setId("name");
            stage.setScene(new Scene(new VBox(8, name, pad.node()), 640, 320));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        canvas = robot.lookup("#pad").queryAs(Canvas.class);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theControlShowsTheHintAndAClearButton() {
        assertThat(robot.lookup("#padBox").tryQuery()).isPresent();
        assertThat(robot.lookup((Label l) -> zh.get("signature.hint").equals(l.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup("#padClear").queryButton().getText()).isEqualTo(zh.get("signature.clear"));
        assertThat(robot.lookup("#padClear").queryButton().isDisabled()).as("nothing to clear yet").isTrue();
        assertThat(canvas.isFocusTraversable()).isTrue();
    }

    @Test
    void anEmptyPadIsEmptyAndGivesNoPng() {
        assertThat(pad.isEmpty()).isTrue();
        assertThat(pad.emptyProperty().get()).isTrue();
        assertThatThrownBy(() -> onFx(pad::toPng)).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStrokeAcrossThePadBecomesAPngWithInkInTheMiddleAndWhiteCorners() throws IOException {
        stroke(100, 80, 380, 80);

        assertThat(pad.isEmpty()).isFalse();
        assertThat(emptyChanges).containsExactly(false);
        byte[] png = onFx(pad::toPng);
        assertThat(Arrays.copyOf(png, PNG_MAGIC.length)).isEqualTo(PNG_MAGIC);
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(SignaturePad.PNG_WIDTH);
        assertThat(image.getHeight()).isEqualTo(SignaturePad.PNG_HEIGHT);
        assertThat(dark(image, 300, 100)).as("the ink is centred").isTrue();
        // cropped to the ink and scaled to fit: the line runs almost from edge to edge
        assertThat(dark(image, 40, 100)).isTrue();
        assertThat(dark(image, 560, 100)).isTrue();
        for (int[] corner : new int[][] {{0, 0}, {599, 0}, {0, 199}, {599, 199}, {300, 20}, {300, 180}}) {
            assertThat(white(image, corner[0], corner[1])).as("white at %d,%d", corner[0], corner[1]).isTrue();
        }
    }

    @Test
    void aClickWithoutMovementIsADot() throws IOException {
        robot.clickOn(canvas);

        assertThat(pad.isEmpty()).isFalse();
        BufferedImage image = decode(onFx(pad::toPng));
        assertThat(dark(image, 300, 100)).isTrue();
        assertThat(white(image, 300, 80)).as("a dot, not a blot").isTrue();
    }

    @Test
    void twoStrokesStaySeparate() throws IOException {
        // Placed so that a line joining the end of the first to the start of the second would run
        // through the middle of the PNG.
        stroke(40, 40, 140, 40);
        stroke(340, 120, 440, 120);

        assertThat(pad.strokes()).hasSize(2);
        BufferedImage image = decode(onFx(pad::toPng));
        assertThat(darkInColumn(image, 100)).as("the first stroke is drawn").isTrue();
        assertThat(darkInColumn(image, 500)).as("the second stroke is drawn").isTrue();
        for (int x = 250; x <= 350; x++) {
            assertThat(darkInColumn(image, x)).as("nothing between the strokes at x=%d", x).isFalse();
        }
    }

    @Test
    void theClearButtonClearsAndGivesTheFocusBackToThePad() {
        stroke(100, 60, 300, 100);
        assertThat(robot.lookup("#padClear").queryButton().isDisabled()).isFalse();

        robot.clickOn("#padClear");

        assertThat(pad.isEmpty()).isTrue();
        assertThat(pad.strokes()).isEmpty();
        assertThat(emptyChanges).containsExactly(false, true);
        assertThat(canvas.isFocused()).as("ready to sign again").isTrue();
        assertThatThrownBy(() -> onFx(pad::toPng)).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void deleteAndBackspaceOnThePadClearIt() {
        stroke(100, 60, 300, 100);
        assertThat(canvas.isFocused()).as("drawing focuses the pad").isTrue();

        robot.type(KeyCode.DELETE);
        assertThat(pad.isEmpty()).isTrue();

        stroke(100, 60, 300, 100);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(pad.isEmpty()).isTrue();
        assertThat(emptyChanges).containsExactly(false, true, false, true);
    }

    @Test
    void aKeyboardUserReachesThePadWithTab() {
        robot.clickOn("#name");
        robot.type(KeyCode.TAB);

        assertThat(canvas.isFocused()).isTrue();
    }

    @Test
    void aFingerDrawsOnceAndTheMouseEventsMadeUpFromItAreIgnored() throws IOException {
        fire(touch(TouchEvent.TOUCH_PRESSED, TouchPoint.State.PRESSED, 1, 100, 80));
        fire(syntheticMouse(MouseEvent.MOUSE_PRESSED, 100, 80));
        fire(touch(TouchEvent.TOUCH_MOVED, TouchPoint.State.MOVED, 1, 200, 80));
        fire(syntheticMouse(MouseEvent.MOUSE_DRAGGED, 200, 80));
        fire(touch(TouchEvent.TOUCH_PRESSED, TouchPoint.State.PRESSED, 2, 50, 150)); // a second finger
        fire(touch(TouchEvent.TOUCH_MOVED, TouchPoint.State.MOVED, 2, 60, 150));
        fire(touch(TouchEvent.TOUCH_MOVED, TouchPoint.State.MOVED, 1, 300, 80));
        fire(touch(TouchEvent.TOUCH_RELEASED, TouchPoint.State.RELEASED, 1, 300, 80));
        fire(syntheticMouse(MouseEvent.MOUSE_RELEASED, 300, 80));

        assertThat(pad.isEmpty()).isFalse();
        assertThat(pad.strokes()).hasSize(1);
        assertThat(pad.strokes().get(0)).extracting(SignaturePad.Point::x).containsExactly(100.0, 200.0, 300.0);
        assertThat(dark(decode(onFx(pad::toPng)), 300, 100)).isTrue();
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Presses at one point of the pad, moves to another with the button down, and releases. */
    private void stroke(double x1, double y1, double x2, double y2) {
        robot.moveTo(canvas.localToScreen(x1, y1));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(canvas.localToScreen(x2, y2));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TouchEvent touch(EventType<TouchEvent> type, TouchPoint.State state, int id, double x, double y) {
        Point2D scene = canvas.localToScene(x, y);
        Point2D screen = canvas.localToScreen(x, y);
        TouchPoint point = new TouchPoint(id, state, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                canvas, new PickResult(canvas, scene.getX(), scene.getY()));
        return new TouchEvent(canvas, canvas, type, point, List.of(point), id, false, false, false, false);
    }

    private MouseEvent syntheticMouse(EventType<MouseEvent> type, double x, double y) {
        Point2D scene = canvas.localToScene(x, y);
        Point2D screen = canvas.localToScreen(x, y);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        return new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, true, false, false,
                new PickResult(canvas, scene.getX(), scene.getY()));
    }

    private void fire(Event event) {
        robot.interact(() -> Event.fireEvent(canvas, event));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        return image;
    }

    private static int grey(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        return grey(image, x, y) < 96;
    }

    private static boolean white(BufferedImage image, int x, int y) {
        return grey(image, x, y) == 255;
    }

    /** Any ink at all in a column: grey, too, since an antialiased edge is ink as well. */
    private static boolean darkInColumn(BufferedImage image, int x) {
        for (int y = 0; y < image.getHeight(); y++) {
            if (grey(image, x, y) < 255) {
                return true;
            }
        }
        return false;
    }
}
