package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Messages;
import com.frontdesk.print.FxThread;
import com.frontdesk.print.PdfPages;
import com.frontdesk.print.QrDecoding;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed slip: name masked, the rest readable, and a QR code that checks the visitor out. */
class VisitorSlipTest extends VisitorTestBase {
    private static final String HOST_TEXT = "1-2-1503 · 张三";
    private final Messages zh = new Messages(Messages.CHINESE);

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void theSlipMasksTheNameAndShowsHostPassTimeAndAReadableCodeOfTheVisitId() {
        Visit v = visitors.checkIn(desk, visit("李四光").withHost(room.id(), host.id(), HOST_TEXT)
                .withDetails("顺丰速运", null, null).withHeadCount(2).withPass("V02"));
        ZoneId zone = site.ws().sites().zone();

        VBox slip = FxThread.call(() -> VisitorSlip.node(zh, "翠湖花园", zone, v));

        List<String> texts = texts(slip);
        assertThat(texts).contains("李**", "翠湖花园", v.number(), "顺丰速运", "2", "1-2-1503", "V02",
                "2026-11-22 09:30", zh.get("print.slip.scanToCheckOut"));
        assertThat(texts).as("the visitor's name and the host's name stay off the slip")
                .noneMatch(t -> t.contains("李四光") || t.contains("张三"));
        ImageView qr = (ImageView) slip.lookup("#slipQr");
        assertThat(QrDecoding.decode(qr.getImage())).isEqualTo(v.id());
    }

    @Test
    void scanningTheCodeOfThePrintedSlipChecksTheVisitorOut() {
        Visit v = visitors.checkIn(desk, visit("王五").withHost(room.id(), host.id(), HOST_TEXT).withPass("V01"));
        ZoneId zone = site.ws().sites().zone();

        // what the printer gets: the slip drawn at twice its size, as the PDF and the paper carry it
        BufferedImage printed = FxThread.call(() -> PdfPages.render(List.of(VisitorSlip.node(zh, "翠湖花园", zone, v))).get(0));
        String scanned = QrDecoding.decode(printed);
        Visit out = visitors.checkOut(desk, scanned);

        assertThat(printed.getWidth()).isEqualTo((int) (VisitorSlip.WIDTH * PdfPages.SCALE));
        assertThat(out.id()).isEqualTo(v.id());
        assertThat(out.status()).isEqualTo(VisitStatus.CHECKED_OUT);
    }

    @Test
    void aVisitWithoutCompanyOrPassLeavesThoseLinesOut() {
        Visit v = visitors.checkIn(desk, visit("赵六").withHost(room.id(), host.id(), HOST_TEXT));

        VBox slip = FxThread.call(() -> VisitorSlip.node(new Messages(Messages.ENGLISH), "Green Lake",
                ZoneId.of("Asia/Shanghai"), v));

        assertThat(slip.lookup("#slipPass")).isNull();
        assertThat(slip.lookup("#slipCompany")).isNull();
        assertThat(((Labeled) slip.lookup("#slipName")).getText()).isEqualTo("赵*");
        assertThat(texts(slip)).contains("Visitor slip");
    }

    static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
