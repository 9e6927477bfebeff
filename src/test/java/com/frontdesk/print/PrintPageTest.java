package com.frontdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Messages;
import com.frontdesk.print.PrintPage.Column;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrintPageTest {
    private static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
    private final Messages en = new Messages(Messages.ENGLISH);

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void aLongListIsSplitIntoFullPagesWithTheHeaderOnEach() {
        List<VBox> pages = FxThread.call(() -> frame().table(columns(), IntStream.rangeClosed(1, 60).boxed().toList(),
                25, () -> PrintPage.label("total 60", 14, true), null));

        assertThat(pages).hasSize(3);
        for (int i = 0; i < 3; i++) {
            VBox page = pages.get(i);
            assertThat(text(page, "#printPageNo")).isEqualTo(en.get("print.pageOf", i + 1, 3)).isEqualTo("Page " + (i + 1) + " of 3");
            assertThat(text(page, "#printSite")).isEqualTo("Green Lake");
            assertThat(text(page, "#printTitle")).isEqualTo("Visitors");
            assertThat(text(page, "#printPrintedAt")).isEqualTo("Printed 2026-11-22 09:30 (Asia/Shanghai)");
        }
        assertThat(pages.stream().map(p -> p.lookupAll(".print-row").size()).toList()).containsExactly(25, 25, 10);
    }

    @Test
    void aFullPageFitsOnTheSheet() {
        VBox page = FxThread.call(() -> {
            VBox p = frame().table(columns(), IntStream.rangeClosed(1, PrintPage.ROWS_PER_PAGE).boxed().toList(),
                    PrintPage.ROWS_PER_PAGE, () -> PrintPage.label("total", 15, true),
                    () -> PrintPage.label("signed ____", 13, false)).get(0);
            Layout.prepare(p);
            return p;
        });

        assertThat(page.getWidth()).isEqualTo(PrintPage.WIDTH);
        assertThat(page.getHeight()).isEqualTo(PrintPage.HEIGHT);
        Node last = page.getChildren().get(page.getChildren().size() - 1);
        assertThat(last.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(PrintPage.HEIGHT - PrintPage.MARGIN);
    }

    @Test
    void noRowsStillMakeOnePage() {
        List<VBox> pages = FxThread.call(() -> frame().table(columns(), List.of(), 25, null, null));

        assertThat(pages).hasSize(1);
        assertThat(text(pages.get(0), "#printPageNo")).isEqualTo("Page 1 of 1");
    }

    @Test
    void splitKeepsOrderAndSize() {
        assertThat(PrintPage.split(List.of(1, 2, 3, 4, 5), 2)).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(PrintPage.split(List.of(1, 2), 2)).containsExactly(List.of(1, 2));
        assertThat(PrintPage.split(List.of(), 2)).containsExactly(List.of());
    }

    private PrintPage frame() {
        return new PrintPage(en, "Green Lake", "Visitors", PRINTED, "");
    }

    private static List<Column<Integer>> columns() {
        return List.of(Column.text("No.", 60, String::valueOf), Column.tickBox("Seen", 50));
    }

    private static String text(Node page, String id) {
        return ((Label) page.lookup(id)).getText();
    }
}
