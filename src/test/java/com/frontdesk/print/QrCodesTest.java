package com.frontdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.Ids;
import com.google.zxing.common.BitMatrix;
import java.time.Clock;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QrCodesTest {
    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void aVisitIdRoundTripsThroughTheImageAndAQrReader() {
        String visitId = "0193f3a2-7c1e-7d4a-9b2f-5e8c1a2b3c4d";

        WritableImage image = FxThread.call(() -> QrCodes.image(visitId, 4));

        assertThat(QrDecoding.decode(image)).isEqualTo(visitId);
    }

    @Test
    void twoPixelsPerModuleAreEnoughForAReader() {
        String text = "FK-20261122-0007";

        WritableImage image = FxThread.call(() -> QrCodes.image(text, 2));

        assertThat(QrDecoding.decode(image)).isEqualTo(text);
    }

    @Test
    void theMatrixHasAQuietZoneAndTheImageSharpModules() {
        BitMatrix m = QrCodes.encode("0193f3a2-7c1e-7d4a-9b2f-5e8c1a2b3c4d");

        // 36 bytes at level M need version 3: 29 modules, plus 4 of quiet zone on each side
        assertThat(m.getWidth()).isEqualTo(29 + 2 * QrCodes.QUIET_ZONE).isEqualTo(m.getHeight());
        for (int i = 0; i < m.getWidth(); i++) {
            for (int q = 0; q < QrCodes.QUIET_ZONE; q++) {
                assertThat(m.get(i, q) || m.get(q, i) || m.get(i, m.getHeight() - 1 - q) || m.get(m.getWidth() - 1 - q, i))
                        .as("quiet zone at %d/%d", i, q).isFalse();
            }
        }
        // the finder pattern's corner module, right after the quiet zone, is black
        assertThat(m.get(QrCodes.QUIET_ZONE, QrCodes.QUIET_ZONE)).isTrue();

        WritableImage image = FxThread.call(() -> QrCodes.image(m, 3));
        assertThat(image.getWidth()).isEqualTo(m.getWidth() * 3.0);
        var pixels = image.getPixelReader();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                assertThat(argb).as("pixel %d,%d is pure black or white", x, y).isIn(0xFF000000, 0xFFFFFFFF);
                boolean black = argb == 0xFF000000;
                assertThat(black).isEqualTo(m.get(x / 3, y / 3));
                dark += black ? 1 : 0;
            }
        }
        assertThat(dark).isPositive();
    }

    @Test
    void aTimeOrderedIdOfTheProgramEncodesToo() {
        String id = new Ids(Clock.systemUTC()).next();

        assertThat(QrDecoding.decode(FxThread.call(() -> QrCodes.image(id, 2)))).isEqualTo(id);
    }

    @Test
    void nothingToEncodeIsRefused() {
        assertThatThrownBy(() -> QrCodes.encode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.encode("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
    }
}
