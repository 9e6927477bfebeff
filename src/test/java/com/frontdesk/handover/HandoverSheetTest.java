package com.frontdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.Messages;
import com.frontdesk.print.FxThread;
import com.frontdesk.print.PrintPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed handover sheet: header with site, desk, shift and number; the counts with each
 * difference and its note; the program's counts with their lists; the notes carried and new; the
 * three signers with their times (or the refusal with its reason); in both languages, as a PDF.
 */
class HandoverSheetTest extends HandoverTestBase {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Messages zh = new Messages(Messages.CHINESE);
    private final Messages en = new Messages(Messages.ENGLISH);

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void theSheetShowsCountsDifferencesListsNotesAndTheThreeSigners() throws IOException {
        Handover first = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(first);
        HandoverNote carried = handovers.addNote(outgoing, first.id(), "3号楼电梯明早年检", NotePriority.HIGH);
        signAll(first);

        Handover h = handovers.start(outgoing, LOBBY, DAY);
        handovers.count(outgoing, h.id(), "BOOK", 1, ItemCondition.GOOD, null);
        handovers.count(outgoing, h.id(), "PHONE", 1, ItemCondition.DAMAGED, "听筒有杂音，已报修");
        handovers.count(outgoing, h.id(), "UMBRELLAS", 10, ItemCondition.GOOD, "业主借伞一把，明日归还");
        handovers.addNote(outgoing, h.id(), "快递柜故障，厂家明天上门", NotePriority.LOW);
        Handover done = signAll(h);

        HandoverSheet.Data data = HandoverSheet.load(site.ws(), h.id());
        List<VBox> pages = FxThread.call(() -> layOut(HandoverSheet.pages(zh, data)));
        List<String> texts = texts(pages);

        assertThat(text(pages.get(0), "#printTitle")).isEqualTo(zh.get("print.handoverSheet.title"));
        assertThat(text(pages.get(0), "#printSite")).isEqualTo("翠湖花园");
        assertThat(text(pages.get(0), "#handoverSheetNumber")).isEqualTo(zh.get("print.handoverSheet.number",
                done.number()));
        assertThat(text(pages.get(0), "#handoverSheetDeskShift")).isEqualTo("岗位：大堂前台    班次：白班（07:50–15:00）");
        assertThat(texts).contains(zh.get("print.handoverSheet.previous", first.number()));
        // The counts, each difference marked and listed with its note.
        assertThat(texts).contains("交接班记录本", "≠ 前台电话", "≠ 雨伞", "听筒有杂音，已报修", "业主借伞一把，明日归还",
                zh.get("print.handoverSheet.differences", 2),
                "雨伞：应有 11，实点 10，完好。业主借伞一把，明日归还",
                "前台电话：应有 1，实点 1，损坏。听筒有杂音，已报修");
        // The program's counts and the lists behind them.
        assertThat(texts).contains(zh.get("handover.auto.VISITORS_ON_SITE") + "：0",
                zh.get("handover.auto.REPAIRS_OPEN") + "：0");
        // The notes: carried from the first handover, and new.
        assertThat(texts).contains("【高】3号楼电梯明早年检", "【低】快递柜故障，厂家明天上门");
        assertThat(texts).anyMatch(t -> t.contains("自 " + first.number() + " 延续"))
                .anyMatch(t -> t.contains("本班新增"));
        assertThat(carried.open()).isTrue();
        // The three signers with their times.
        assertThat(text(pages.get(pages.size() - 1), "#handoverSheetOutgoing")).isEqualTo("交班人：员工R001    签字时间 "
                + time(done.outgoingSignedAt()));
        assertThat(text(pages.get(pages.size() - 1), "#handoverSheetIncoming")).isEqualTo("接班人：员工R002    签字时间 "
                + time(done.incomingAt()));
        assertThat(text(pages.get(pages.size() - 1), "#handoverSheetLead")).isEqualTo("值班主管：员工L001    复核时间 "
                + time(done.countersignedAt()));
        assertThat(text(pages.get(pages.size() - 1), "#handoverSheetSeal")).contains(done.sealSha256());
        for (VBox page : pages) {
            Node last = page.getChildren().get(page.getChildren().size() - 1);
            assertThat(last.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(PrintPage.HEIGHT - PrintPage.MARGIN);
        }

        Path pdf = dir.resolve(HandoverSheet.fileName(zh, done));
        FxThread.call(() -> {
            HandoverSheet.writePdf(zh, data, pdf);
            return null;
        });
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages.size());
            assertThat(doc.getDocumentInformation().getTitle()).contains(done.number());
        }
        assertThat(Files.list(dir)).containsExactly(pdf);
    }

    @Test
    void aRefusedHandoverPrintsTheReasonAndTheLeadInEnglish() {
        Handover h = handovers.start(outgoing, LOBBY, DAY);
        countAllAsExpected(h);
        clock.advance(Duration.ofMinutes(5));
        handovers.signOutgoing(outgoing, h.id(), pw());
        clock.advance(Duration.ofMinutes(2));
        Handover refused = handovers.refuse(outgoing, h.id(), "R002", pw(), "Spare key missing");
        clock.advance(Duration.ofMinutes(10));
        Handover done = handovers.countersign(incoming, h.id(), "L001", pw());

        HandoverSheet.Data data = HandoverSheet.load(site.ws(), h.id());
        List<VBox> pages = FxThread.call(() -> layOut(HandoverSheet.pages(en, data)));
        List<String> texts = texts(pages);

        assertThat(text(pages.get(0), "#printTitle")).isEqualTo("Shift handover sheet");
        assertThat(text(pages.get(0), "#handoverSheetDeskShift")).startsWith("Desk: 大堂前台    Shift: 白班");
        assertThat(texts).contains("Every item as expected and in good condition.", "No notes.",
                "First handover of this desk", "Items counted", "Counted by the program",
                "Visitors on site: 0");
        VBox last = pages.get(pages.size() - 1);
        assertThat(text(last, "#handoverSheetIncoming")).isEqualTo("Incoming: 员工R002    refused "
                + time(refused.incomingAt()) + "    Reason: Spare key missing");
        assertThat(text(last, "#handoverSheetLead")).isEqualTo("Shift lead: 员工L001    countersigned "
                + time(done.countersignedAt()));
    }

    private Handover signAll(Handover h) {
        clock.advance(Duration.ofMinutes(5));
        handovers.signOutgoing(outgoing, h.id(), pw());
        clock.advance(Duration.ofMinutes(2));
        handovers.signIncoming(outgoing, h.id(), "R002", pw());
        clock.advance(Duration.ofMinutes(30));
        Handover done = handovers.countersign(incoming, h.id(), "L001", pw());
        clock.advance(Duration.ofHours(7));
        return done;
    }

    private static String time(Instant at) {
        return TIME.format(at.atZone(SHANGHAI));
    }

    private static List<VBox> layOut(List<VBox> pages) {
        for (VBox page : pages) {
            new Scene(page);
            page.applyCss();
            page.autosize();
            page.layout();
        }
        return pages;
    }

    private static String text(Node page, String id) {
        return ((Labeled) page.lookup(id)).getText();
    }

    private static List<String> texts(List<VBox> pages) {
        return pages.stream().flatMap(p -> p.lookupAll(".label").stream()).map(n -> ((Labeled) n).getText()).toList();
    }
}
