package com.frontdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.frontdesk.core.Messages;
import com.frontdesk.print.PrintPage.Column;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPagesTest {
    @TempDir
    Path dir;

    private final Messages zh = new Messages(Messages.CHINESE);

    @BeforeAll
    static void startFx() {
        FxThread.start();
    }

    @Test
    void pagesBecomeAnA4PdfWithOnePagePerNodeAndNoTemporaryFileLeft() throws IOException {
        Path pdf = dir.resolve("名单.pdf");

        List<BufferedImage> images = FxThread.call(() -> PdfPages.render(pages(60)));
        PdfPages.write(images, pdf, "名单");

        assertThat(images).hasSize(3).allSatisfy(i -> {
            assertThat(i.getWidth()).isEqualTo((int) (PrintPage.WIDTH * PdfPages.SCALE));
            assertThat(i.getHeight()).isEqualTo((int) (PrintPage.HEIGHT * PdfPages.SCALE));
        });
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("名单");
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                assertThat(page.getResources().getXObjectNames()).hasSize(1);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void thePageImageShowsThePageInkOnWhite() {
        BufferedImage image = FxThread.call(() -> PdfPages.render(pages(3)).get(0));

        assertThat(image.getType()).as("black on white is stored as grey").isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("the margin is white paper").isEqualTo(0xFFFFFF);
        long ink = IntStream.range(0, image.getHeight()).mapToLong(y -> IntStream.range(0, image.getWidth())
                .filter(x -> (image.getRGB(x, y) & 0xFF) < 128).count()).sum();
        assertThat(ink).as("text and lines were drawn").isGreaterThan(1000);
    }

    @Test
    void aQrCodeStaysReadableThroughTheDoubleSizeSnapshot() {
        String id = "0193f3a2-7c1e-7d4a-9b2f-5e8c1a2b3c4d";

        BufferedImage image = FxThread.call(() -> {
            ImageView qr = new ImageView(QrCodes.image(id, 4));
            qr.setSmooth(false);
            VBox slip = new VBox(PrintPage.label("凭条", 14, true), qr);
            slip.setStyle("-fx-background-color: white;");
            return PdfPages.render(List.of(slip)).get(0);
        });

        assertThat(QrDecoding.decode(image)).isEqualTo(id);
    }

    @Test
    void aNewFileReplacesTheOldOneWhole() throws IOException {
        Path pdf = dir.resolve("roll-call.pdf");
        PdfPages.write(FxThread.call(() -> PdfPages.render(pages(60))), pdf, "x");

        PdfPages.write(FxThread.call(() -> PdfPages.render(pages(1))), pdf, "x");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void aFailedSaveLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("busy.pdf");
        Files.createDirectories(target.resolve("inside")); // a non-empty folder cannot be replaced by a file
        List<BufferedImage> images = FxThread.call(() -> PdfPages.render(pages(1)));

        assertThatThrownBy(() -> PdfPages.write(images, target, "x")).isInstanceOf(IOException.class);

        assertThat(target.resolve("inside")).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void theSavedFileGetsTheUsualPermissionsNotThoseOfAPrivateTemporaryFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path pdf = dir.resolve("slip.pdf");
        PdfPages.write(FxThread.call(() -> PdfPages.render(pages(1))), pdf, "x");

        Path plain = Files.createFile(dir.resolve("plain.txt"));

        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void renderingOffTheFxThreadIsRefused() {
        assertThatThrownBy(() -> PdfPages.render(List.of(new VBox()))).isInstanceOf(IllegalStateException.class);
    }

    private List<VBox> pages(int rows) {
        PrintPage frame = new PrintPage(zh, "翠湖花园", "名单", ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0,
                ZoneId.of("Asia/Shanghai")), "");
        List<Column<Integer>> columns = List.of(
                Column.text("序号", 60, String::valueOf),
                Column.text("姓名", 200, i -> "访客" + i),
                Column.tickBox("已到", 50));
        return frame.table(columns, IntStream.rangeClosed(1, rows).boxed().toList(), PrintPage.ROWS_PER_PAGE,
                null, null);
    }
}
