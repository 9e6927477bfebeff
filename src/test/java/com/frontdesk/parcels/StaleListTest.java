package com.frontdesk.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Messages;
import com.frontdesk.print.FxThread;
import com.frontdesk.print.PdfPages;
import com.frontdesk.print.PrintPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overdue list: only parcels held beyond the days for their size, oldest first, on as many pages as it takes. */
class StaleListTest extends ParcelTestBase {
    private final Messages zh = new Messages(Messages.CHINESE);

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void onlyOverdueParcelsAppearWithTheirDaysHeld() {
        Parcel old = parcels.receive(desk, forZhang("SF1").withSize(ParcelSize.LARGE, 2));
        clock.advance(Duration.ofDays(1));
        Parcel cold = parcels.receive(desk, forZhang("SF2").withSize(ParcelSize.PERISHABLE, 1).withShelf("A2"));
        Parcel fresh = parcels.receive(desk, forZhang("SF3"));
        Parcel gone = parcels.receive(desk, ParcelForm.of("JT1234567890123", Carrier.JT, room.id(), null));
        parcels.returnToCourier(desk, gone.id(), "地址错误");
        clock.advance(Duration.ofDays(2).plusHours(2));   // old: 3 days 2 h; cold and fresh: 2 days 2 h

        StaleList.Data data = StaleList.load(site.ws());
        List<VBox> pages = FxThread.call(() -> StaleList.pages(zh, data));

        assertThat(data.overdue()).extracting(Parcel::id).containsExactly(old.id(), cold.id());
        assertThat(data.printedAt()).isEqualTo(clock.instant());
        assertThat(data.siteName()).isEqualTo("翠湖花园");
        assertThat(pages).hasSize(1);
        VBox page = pages.get(0);
        assertThat(text(page, "#printTitle")).isEqualTo(zh.get("print.staleList.title"));
        assertThat(text(page, "#staleListTotal")).isEqualTo(zh.get("print.staleList.total", 2, 3, 1));
        List<List<String>> rows = rows(page);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("1", old.number(), "SF1", zh.get("parcel.carrier.SF"),
                "1-2-1503 · 张三", "A1", "11-22 09:30", "3", "");
        assertThat(rows.get(1)).containsExactly("2", cold.number(), "SF2", zh.get("parcel.carrier.SF"),
                "1-2-1503 · 张三", "A2", "11-23 09:30", "2", "");
        assertThat(texts(page)).noneMatch(t -> t.contains(fresh.number()) || t.contains(gone.number()));
    }

    @Test
    void theSettingsDecideWhatIsOverdue() {
        parcels.receive(desk, forZhang("SF1"));
        clock.advance(Duration.ofDays(4));
        assertThat(StaleList.load(site.ws()).overdue()).hasSize(1);

        site.ws().settings().update(admin, ParcelSettings.DOCUMENT, new ParcelSettings(7, 1, 30));

        StaleList.Data data = StaleList.load(site.ws());
        assertThat(data.overdue()).isEmpty();
        List<VBox> pages = FxThread.call(() -> StaleList.pages(new Messages(Messages.ENGLISH), data));
        assertThat(pages).hasSize(1);
        assertThat(text(pages.get(0), "#staleListTotal")).isEqualTo("No parcel is overdue.");
        assertThat(rows(pages.get(0))).isEmpty();
    }

    @Test
    void sixtyOverdueParcelsSplitIntoPagesThatFitTheSheet() throws IOException {
        for (int i = 1; i <= 60; i++) {
            parcels.receive(desk, forZhang("SF" + (1000 + i)));
        }
        clock.advance(Duration.ofDays(5));

        StaleList.Data data = StaleList.load(site.ws());
        List<VBox> pages = FxThread.call(() -> {
            List<VBox> p = StaleList.pages(zh, data);
            p.forEach(StaleListTest::layOut);
            return p;
        });

        assertThat(pages).hasSize(3);
        for (int i = 0; i < pages.size(); i++) {
            VBox page = pages.get(i);
            assertThat(text(page, "#printPageNo")).isEqualTo(zh.get("print.pageOf", i + 1, 3));
            Node last = page.getChildren().get(page.getChildren().size() - 1);
            assertThat(last.getBoundsInParent().getMaxY()).as("page %d fits the sheet", i + 1)
                    .isLessThanOrEqualTo(PrintPage.HEIGHT - PrintPage.MARGIN);
        }
        assertThat(pages.stream().map(p -> rows(p).size()).toList()).containsExactly(25, 25, 10);
        assertThat(pages.stream().flatMap(p -> rows(p).stream()).map(r -> r.get(2)).toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).mapToObj(i -> "SF" + (1000 + i)).toList());

        Path pdf = dir.resolve(zh.get("print.staleList.fileName", "20261127-0930"));
        var images = FxThread.call(() -> PdfPages.render(StaleList.pages(zh, data)));
        PdfPages.write(images, pdf, zh.get("print.staleList.title"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(Files.list(dir)).containsExactly(pdf);
    }

    @Test
    void theListReadsTheHeldParcelsPageByPageUntilNoneAreLeft() {
        List<Parcel> received = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> parcels.receive(desk, forZhang("YT" + (10000 + i)))).toList();
        clock.advance(Duration.ofHours(12));
        parcels.receive(desk, forZhang("YT20000"));                 // not overdue: on the last page
        clock.advance(Duration.ofDays(3));

        assertThat(StaleList.load(site.ws(), 2).overdue()).extracting(Parcel::id)
                .containsExactlyElementsOf(received.stream().map(Parcel::id).toList());
        assertThat(StaleList.load(site.ws(), 4).overdue()).hasSize(7);
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

    private static List<String> texts(Node page) {
        return page.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).toList();
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
