package com.frontdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Messages;
import com.frontdesk.core.ValidationException;
import com.frontdesk.print.FxThread;
import com.frontdesk.print.PrintPage;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly report for October and November 2026 against {@link DashboardFixture}, counted by hand:
 *
 * <pre>
 * Repairs     received done outstanding response-h fix-h call-backs satisfied
 * 2026-10 给排水   1     1       0          1.0      49.0      1        100%   (R5)
 *         total    1     1       0          1.0      49.0      1        100%
 * 2026-11 电梯     1     0       1          0.5       -        0              (R3)
 *         暖气     1     0       1           -        -        0              (R4, never answered)
 *         给排水   2     1       1          1.0      49.0      0              (R1 done, R2 new)
 *         total    4     1       3          0.8      49.0      0              (median of 0.5 and 1.0 = 0.75)
 * range            5     2       3          1.0      49.0      1        100%   (0.5, 1.0, 1.0; 49, 49)
 * Complaints: 2026-10 保洁卫生 1; 2026-11 噪音 2; none answered, so no times.
 * </pre>
 */
class MonthlyReportsTest {
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);
    private final Messages zh = new Messages(Messages.CHINESE);
    private Session lead;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @BeforeEach
    void setUp() {
        DashboardFixture.load(site.ws(), site.admin(), clock);
        lead = signIn("L001", Role.SHIFT_LEAD);
    }

    @Test
    void repairsPerCategoryAndMonthWithTheTotalsCountedByHand() {
        MonthlyReport r = site.ws().monthlyReports().report(lead, OCT, NOV);

        assertThat(r.repairs()).containsExactly(
                new MonthlyReport.RepairLine(OCT, "PLUMBING", "给排水", 1, 1, 0, 1.0, 49.0, 1, 4),
                new MonthlyReport.RepairLine(OCT, null, null, 1, 1, 0, 1.0, 49.0, 1, 4),
                new MonthlyReport.RepairLine(NOV, "ELEVATOR", "电梯", 1, 0, 1, 0.5, null, 0, 0),
                new MonthlyReport.RepairLine(NOV, "HEATING", "暖气", 1, 0, 1, null, null, 0, 0),
                new MonthlyReport.RepairLine(NOV, "PLUMBING", "给排水", 2, 1, 1, 1.0, 49.0, 0, 0),
                new MonthlyReport.RepairLine(NOV, null, null, 4, 1, 3, 0.75, 49.0, 0, 0),
                new MonthlyReport.RepairLine(null, null, null, 5, 2, 3, 1.0, 49.0, 1, 4));
        assertThat(MonthlyReportCells.repair(r.repairs().get(5), r, zh))
                .containsExactly("2026-11", "本月合计", "4", "1", "3", "0.8", "49.0", "0", "");
        assertThat(MonthlyReportCells.repair(r.repairs().get(6), r, zh))
                .containsExactly("2026-10 – 2026-11", "合计", "5", "2", "3", "1.0", "49.0", "1", "100%");
    }

    @Test
    void complaintsPerCategoryAndMonthWithTheTotals() {
        MonthlyReport r = site.ws().monthlyReports().report(lead, OCT, NOV);

        assertThat(r.complaints()).extracting(l -> l.month(), l -> l.name(), l -> l.figures().received(),
                        l -> l.figures().answered(), l -> l.figures().medianAnswerHours())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OCT, "保洁卫生", 1, 0, null),
                        org.assertj.core.groups.Tuple.tuple(OCT, null, 1, 0, null),
                        org.assertj.core.groups.Tuple.tuple(NOV, "噪音", 2, 0, null),
                        org.assertj.core.groups.Tuple.tuple(NOV, null, 2, 0, null),
                        org.assertj.core.groups.Tuple.tuple(null, null, 3, 0, null));
    }

    @Test
    void onlyShiftLeadsAndAdministratorsSeeIt() {
        Session desk = signIn("R001", Role.RECEPTIONIST);
        Session agent = signIn("G001", Role.AGENT);
        assertThatThrownBy(() -> site.ws().monthlyReports().report(desk, OCT, NOV))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> site.ws().monthlyReports().report(agent, OCT, NOV))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(site.ws().monthlyReports().report(site.admin(), OCT, NOV).repairs()).hasSize(7);
        assertThatThrownBy(() -> site.ws().monthlyReports().report(lead, NOV, OCT))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theCsvHasBothTablesWithTheirHeaders() throws IOException {
        MonthlyReport r = site.ws().monthlyReports().report(lead, OCT, NOV);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MonthlyReportCsv.write(r, zh, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF报修\r\n月份,类别,受理,完成,月末未完成,");
        assertThat(csv.split("\r\n")).contains("2026-10,给排水,1,1,0,1.0,49.0,1,100%",
                "2026-11,本月合计,4,1,3,0.8,49.0,0,", "2026-10 – 2026-11,合计,5,2,3,1.0,49.0,1,100%", "", "投诉",
                "2026-11,噪音,2,0,0,0,0,0,0,0,0,0,,,0,", "2026-10 – 2026-11,合计,3,0,0,0,0,0,0,0,0,0,,,0,");
    }

    @Test
    void thePdfHasTheTablesOnA4Pages() throws IOException {
        MonthlyReport r = site.ws().monthlyReports().report(lead, OCT, NOV);
        ZonedDateTime printed = clock.instant().atZone(ZoneId.of("Asia/Shanghai"));

        List<VBox> pages = FxThread.call(() -> layOut(MonthlyReportSheet.pages(zh, "翠湖花园", printed, r)));
        List<String> texts = pages.stream().flatMap(p -> p.lookupAll(".label").stream())
                .map(n -> ((Labeled) n).getText()).toList();

        assertThat(pages).hasSize(1);
        assertThat(((Labeled) pages.get(0).lookup("#printTitle")).getText()).isEqualTo("月度报表 2026-10 – 2026-11");
        assertThat(texts).contains("报修", "投诉", "响应时长中位数（小时）", "给排水", "电梯", "暖气", "保洁卫生", "噪音",
                "本月合计", "合计", "2026-10 – 2026-11", "0.8", "100%");
        for (VBox page : pages) {
            Node last = page.getChildren().get(page.getChildren().size() - 1);
            assertThat(last.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(PrintPage.HEIGHT - PrintPage.MARGIN);
        }

        Path pdf = dir.resolve("report.pdf");
        FxThread.call(() -> {
            MonthlyReportSheet.writePdf(zh, "翠湖花园", printed, r, pdf);
            return null;
        });
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("月度报表 2026-10 – 2026-11");
        }
        assertThat(Files.list(dir)).containsExactly(pdf);
    }

    @Test
    void aLongRangeRunsOverPagesRepeatingTheHeader() {
        MonthlyReport r = site.ws().monthlyReports().report(lead, YearMonth.of(2024, 12), NOV);
        ZonedDateTime printed = clock.instant().atZone(ZoneId.of("Asia/Shanghai"));

        List<VBox> pages = FxThread.call(() -> layOut(MonthlyReportSheet.pages(zh, "翠湖花园", printed, r)));

        // 24 months: a total line each, four category lines and the range's total, in two tables.
        assertThat(r.repairs()).hasSize(24 + 4 + 1);
        assertThat(r.complaints()).hasSize(24 + 2 + 1);
        assertThat(pages).hasSizeGreaterThan(1);
        for (VBox page : pages) {
            assertThat(page.lookupAll(".report-header")).isNotEmpty();
            Node last = page.getChildren().get(page.getChildren().size() - 1);
            assertThat(last.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(PrintPage.HEIGHT - PrintPage.MARGIN);
        }
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

    private Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), site.admin(), no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }
}
