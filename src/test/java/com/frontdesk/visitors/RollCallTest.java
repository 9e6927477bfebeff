package com.frontdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Messages;
import com.frontdesk.print.FxThread;
import com.frontdesk.print.PdfPages;
import com.frontdesk.print.PrintPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evacuation roll call: exactly who is inside, every person counted, on as many pages as it takes. */
class RollCallTest extends VisitorTestBase {
    private final Messages zh = new Messages(Messages.CHINESE);

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void theRollCallListsEveryoneInsideWithFullNamesAndCountsEveryPerson() {
        visitors.checkIn(desk, visit("甲一").withHeadCount(2).withPass("V01").withDetails("顺丰速运", null, null));
        visitors.checkIn(desk, visit("乙二"));
        visitors.checkIn(desk, visit("丙三").withHeadCount(3));
        visitors.checkIn(desk, VisitForm.of("丁四", Purpose.VISIT, room.id(), Verification.NO_ANSWER)
                .withHost(room.id(), host.id(), null).withHeadCount(4));
        Visit gone = visitors.checkIn(desk, visit("戊五").withPass("V02"));
        visitors.checkOut(desk, gone.id());

        RollCall.Data data = RollCall.load(site.ws());
        List<VBox> pages = FxThread.call(() -> RollCall.pages(zh, data));

        assertThat(data.siteName()).isEqualTo("翠湖花园");
        assertThat(data.printedAt()).isEqualTo(clock.instant());
        assertThat(data.totalPersons()).isEqualTo(10);
        assertThat(pages).hasSize(1);
        VBox page = pages.get(0);
        assertThat(text(page, "#rollCallTotal")).isEqualTo(zh.get("print.rollCall.total", 10, 4, 1))
                .contains("10");
        List<List<String>> rows = rows(page);
        assertThat(rows).extracting(r -> r.get(1)).containsExactlyInAnyOrder("甲一", "乙二", "丙三", "丁四");
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("1", "2", "3", "4");
        assertThat(rows).filteredOn(r -> r.get(1).equals("甲一")).singleElement().satisfies(r -> {
            assertThat(r.get(2)).isEqualTo("2");
            assertThat(r.get(3)).isEqualTo("顺丰速运");
            assertThat(r.get(5)).isEqualTo("V01");
            assertThat(r.get(6)).isEqualTo("11-22 09:30");
            assertThat(r.get(7)).isEqualTo(zh.get("print.rollCall.onSite"));
        });
        assertThat(rows).filteredOn(r -> r.get(1).equals("丁四")).singleElement()
                .satisfies(r -> assertThat(r.get(7)).isEqualTo(zh.get("print.rollCall.waiting")));
        assertThat(VisitorSlipTest.texts(page)).noneMatch(t -> t.contains("戊五"));
        assertThat(text(page, "#printTitle")).isEqualTo(zh.get("print.rollCall.title"));
        assertThat(text(page, "#printPrintedAt")).isEqualTo(zh.get("print.printedAt", "2026-11-22 09:30", "Asia/Shanghai"));
    }

    @Test
    void sixtyPeopleSplitIntoPagesThatEachFitTheSheetAndSayWhichPageTheyAre() {
        for (int i = 1; i <= 60; i++) {
            visitors.checkIn(desk, visit("访客" + i));
        }

        RollCall.Data data = RollCall.load(site.ws());
        List<VBox> pages = FxThread.call(() -> {
            List<VBox> p = RollCall.pages(zh, data);
            p.forEach(RollCallTest::layOut);
            return p;
        });

        assertThat(pages).hasSize(3);
        for (int i = 0; i < pages.size(); i++) {
            VBox page = pages.get(i);
            assertThat(text(page, "#printPageNo")).isEqualTo(zh.get("print.pageOf", i + 1, 3));
            assertThat(text(page, "#rollCallTotal")).isEqualTo(zh.get("print.rollCall.total", 60, 60, 0));
            Node last = page.getChildren().get(page.getChildren().size() - 1);
            assertThat(last.getBoundsInParent().getMaxY()).as("page %d fits the sheet", i + 1)
                    .isLessThanOrEqualTo(PrintPage.HEIGHT - PrintPage.MARGIN);
        }
        List<String> numbers = pages.stream().flatMap(p -> rows(p).stream()).map(r -> r.get(0)).toList();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 60).mapToObj(String::valueOf).toList());
        assertThat(pages.stream().map(p -> rows(p).size()).toList()).containsExactly(25, 25, 10);
    }

    @Test
    void theRollCallSavedAsPdfHasItsPagesOnA4() throws IOException {
        for (int i = 1; i <= 30; i++) {
            visitors.checkIn(desk, visit("访客" + i));
        }
        Path pdf = dir.resolve(zh.get("print.rollCall.fileName", "20261122-0930"));

        RollCall.Data data = RollCall.load(site.ws());
        var images = FxThread.call(() -> PdfPages.render(RollCall.pages(zh, data)));
        PdfPages.write(images, pdf, zh.get("print.rollCall.title"));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void nobodyInsideStillGivesAPageThatSaysSo() {
        RollCall.Data data = RollCall.load(site.ws());

        List<VBox> pages = FxThread.call(() -> RollCall.pages(new Messages(Messages.ENGLISH), data));

        assertThat(pages).hasSize(1);
        assertThat(text(pages.get(0), "#rollCallTotal")).isEqualTo("No visitor is inside.");
        assertThat(rows(pages.get(0))).isEmpty();
    }

    private static void layOut(VBox page) {
        new Scene(page);
        page.applyCss();
        page.autosize();
        page.layout();
    }

    private static String text(Node page, String id) {
        return ((Labeled) page.lookup(id)).getText();
    }

    /** Each table row's cells as text (the tick box cell as ""). */
    private static List<List<String>> rows(Node page) {
        return page.lookupAll(".print-row").stream()
                .map(row -> ((Pane) row).getChildren().stream()
                        .map(cell -> ((Pane) cell).getChildren().get(0))
                        .map(c -> c instanceof Labeled l ? l.getText() : "")
                        .toList())
                .toList();
    }
}
