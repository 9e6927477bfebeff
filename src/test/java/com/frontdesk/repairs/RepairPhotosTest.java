package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.Role;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Problem;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.SqlRows;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos on a repair: real pictures copied into the data folder, the row naming them, and every refusal. */
class RepairPhotosTest extends RepairTestBase {
    @TempDir
    Path picked;

    RepairPhotos photos;
    Repair repair;

    @BeforeEach
    void setUpPhotos() {
        photos = site.ws().repairPhotos();
        repair = taken(RepairPriority.NORMAL);
    }

    @Test
    void aPngAndAJpegLandInTheDataFolderWithTheirBytesAndTheRowsNameThem() throws IOException {
        Path png = picture("水龙头.png", "png", Color.BLUE);
        Path jpeg = picture("IMG_0001.JPG", "jpg", Color.RED);

        RepairPhoto first = photos.attach(desk, repair.id(), png);
        clock.advance(Duration.ofMinutes(1));
        RepairPhoto second = photos.attach(desk, repair.id(), jpeg);

        assertThat(first.mediaType()).isEqualTo("image/png");
        assertThat(first.file()).isEqualTo("photos/repairs/2026/11/" + first.id() + ".png");
        assertThat(first.originalName()).isEqualTo("水龙头.png");
        assertThat(first.sizeBytes()).isEqualTo(Files.size(png));
        assertThat(first.sha256()).isEqualTo(sha256(png));
        assertThat(first.addedBy()).isEqualTo(desk.user().id());
        assertThat(second.mediaType()).isEqualTo("image/jpeg");
        assertThat(second.file()).endsWith(second.id() + ".jpg");
        for (RepairPhoto p : List.of(first, second)) {
            Path stored = photos.file(p);
            assertThat(stored).isAbsolute().startsWith(site.ws().dataDirectory().root());
            assertThat(stored).isEqualTo(site.ws().dataDirectory().root().resolve(p.file()));
        }
        assertThat(Files.readAllBytes(photos.file(first))).isEqualTo(Files.readAllBytes(png));
        assertThat(Files.readAllBytes(photos.file(second))).isEqualTo(Files.readAllBytes(jpeg));
        assertThat(photos.photos(repair.id())).as("oldest first").containsExactly(first, second);
        assertThat(SqlRows.query(site.db(), "SELECT file, repair_id FROM repair_photo WHERE id = '" + first.id() + "'"))
                .containsExactly(Map.of("file", first.file(), "repair_id", repair.id()));
        assertThat(entries("audit_log", "action")).containsExactly("CREATE", "CREATE");
        assertThat(entries("outbox", "op")).containsExactly("upsert", "upsert");
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws IOException {
        Path text = Files.writeString(picked.resolve("报修.jpg"), "厨房水龙头漏水，请尽快处理", StandardCharsets.UTF_8);
        Path empty = Files.createFile(picked.resolve("empty.png"));
        Path pngNamedTxt = Files.move(picture("a.png", "png", Color.GREEN), picked.resolve("photo.txt"));

        assertRefused(() -> photos.attach(desk, repair.id(), text), "repair.photo.notJpegOrPng", "报修.jpg");
        assertRefused(() -> photos.attach(desk, repair.id(), empty), "repair.photo.notJpegOrPng", "empty.png");
        assertThat(photos.attach(desk, repair.id(), pngNamedTxt).mediaType()).isEqualTo("image/png");
        assertThat(photos.photos(repair.id())).hasSize(1);
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void aWebPIsRefusedBecauseTheScreenCannotShowIt() throws IOException {
        Path webp = Files.write(picked.resolve("微信图片.webp"),
                "RIFF\0\0\0\0WEBPVP8 \0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(() -> photos.attach(desk, repair.id(), webp), "repair.photo.notJpegOrPng", "微信图片.webp");
        assertThat(RepairPhotoType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).as("too short").isEmpty();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aPhotoOfMoreThanTenMegabytesIsRefusedAndNamesTheLimit() throws IOException {
        Path big = picture("big.png", "png", Color.BLUE);
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(RepairPhotos.MAX_BYTES + 1);
        }
        Path justRight = picture("right.png", "png", Color.RED);
        try (RandomAccessFile f = new RandomAccessFile(justRight.toFile(), "rw")) {
            f.setLength(RepairPhotos.MAX_BYTES);
        }

        assertThatThrownBy(() -> photos.attach(desk, repair.id(), big))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("photo", "repair.photo.tooBig", List.of("big.png", 10))));
        assertThat(photos.attach(desk, repair.id(), justRight).sizeBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void aRepairKeepsNinePhotosAndRefusesTheTenth() throws IOException {
        for (int i = 0; i < RepairPhotos.MAX_PER_REPAIR; i++) {
            photos.attach(desk, repair.id(), picture(i + ".png", "png", new Color(i * 20, 0, 0)));
        }
        Path tenth = picture("9.png", "png", Color.WHITE);

        assertRefused(() -> photos.attach(desk, repair.id(), tenth), "repair.photo.tooMany", 9);
        assertThat(photos.photos(repair.id())).hasSize(9);
        assertThat(storedFiles()).hasSize(9);
        Repair other = taken(RepairPriority.HIGH);
        assertThat(photos.attach(desk, other.id(), tenth).repairId()).as("the limit is per repair")
                .isEqualTo(other.id());
    }

    @Test
    void theSamePictureTwiceOnARepairIsRefusedAndLeavesNoFile() throws IOException {
        Path png = picture("a.png", "png", Color.BLUE);
        Path copy = Files.copy(png, picked.resolve("a (1).png"));
        photos.attach(desk, repair.id(), png);

        assertRefused(() -> photos.attach(agent, repair.id(), copy), "repair.photo.duplicate", "a (1).png");
        assertThat(photos.photos(repair.id())).hasSize(1);
        assertThat(storedFiles()).hasSize(1);
        Repair other = taken(RepairPriority.HIGH);
        assertThat(photos.attach(desk, other.id(), copy)).as("another repair may show the same picture").isNotNull();
    }

    @Test
    void aRepairThatDoesNotExistGetsNothingCopied() throws IOException {
        Path png = picture("a.png", "png", Color.BLUE);

        assertThatThrownBy(() -> photos.attach(desk, "no-such-repair", png))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("error.notFound"));
        assertThat(storedFiles()).isEmpty();
        assertThat(SqlRows.count(site.db(), "repair_photo")).isZero();
    }

    @Test
    void whenTheDatabaseRefusesTheRowTheCopiedFileIsRemoved() throws IOException {
        SqlRows.execute(site.db(), "CREATE TRIGGER fail_photo BEFORE INSERT ON repair_photo"
                + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        Path png = picture("a.png", "png", Color.BLUE);

        assertThatThrownBy(() -> photos.attach(desk, repair.id(), png)).hasStackTraceContaining("disk full");

        assertThat(storedFiles()).as("no photo and no temporary file").isEmpty();
        assertThat(SqlRows.count(site.db(), "repair_photo")).isZero();
        assertThat(entries("audit_log", "action")).isEmpty();
        assertThat(entries("outbox", "op")).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsRefused() {
        assertRefused(() -> photos.attach(desk, repair.id(), picked.resolve("gone.jpg")), "repair.photo.unreadable",
                "gone.jpg");
        assertRefused(() -> photos.attach(desk, repair.id(), picked), "repair.photo.unreadable",
                picked.getFileName().toString());
    }

    @Test
    void everyRoleAtTheDeskAttachesButOnlyThoseWhoCloseRepairsRemove() throws IOException {
        RepairPhoto byDesk = photos.attach(desk, repair.id(), picture("a.png", "png", Color.BLUE));
        photos.attach(agent, repair.id(), picture("b.png", "png", Color.RED));
        photos.attach(lead, repair.id(), picture("c.png", "png", Color.GREEN));
        site.ws().accounts().updateStaff(admin, desk.user().id(), desk.user().name(), Role.RECEPTIONIST, null, false);
        Path d = picture("d.png", "png", Color.BLACK);

        assertThatThrownBy(() -> photos.attach(desk, repair.id(), d)).as("a disabled account")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> photos.remove(agent, byDesk.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(photos.photos(repair.id())).hasSize(3);
    }

    @Test
    void aRemovedPhotoIsHiddenButItsRowAndFileStay() throws IOException {
        Path png = picture("a.png", "png", Color.BLUE);
        RepairPhoto photo = photos.attach(desk, repair.id(), png);
        clock.advance(Duration.ofHours(1));

        photos.remove(lead, photo.id());

        assertThat(photos.photos(repair.id())).isEmpty();
        assertThat(photos.file(photo)).exists().hasSameBinaryContentAs(png);
        assertThat(SqlRows.query(site.db(), "SELECT deleted_at FROM repair_photo"))
                .containsExactly(Map.of("deleted_at", Instant.parse("2026-11-22T02:30:00Z").toEpochMilli()));
        assertThat(entries("audit_log", "action")).containsExactly("CREATE", "DELETE");
        assertThat(entries("outbox", "op")).containsExactly("upsert", "delete");
        assertThatThrownBy(() -> photos.remove(lead, photo.id()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("error.notFound"));
        assertThat(photos.attach(desk, repair.id(), png).id()).as("the picture may be attached again")
                .isNotEqualTo(photo.id());
    }

    @Test
    void aRowThatPointsOutOfThePhotoFolderIsNotOpened() {
        RepairPhoto escaping = new RepairPhoto("x", repair.id(), "photos/repairs/../../frontdesk.db", "a.png",
                "image/png", 1, "0".repeat(64), Instant.EPOCH, desk.user().id());
        RepairPhoto absolute = new RepairPhoto("y", repair.id(), site.db().toString(), "a.png", "image/png", 1,
                "0".repeat(64), Instant.EPOCH, desk.user().id());

        assertThatThrownBy(() -> photos.file(escaping)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> photos.file(absolute)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** A small real picture, one colour, so different colours give different files. */
    private Path picture(String name, String format, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 6; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        Path file = picked.resolve(name);
        assertThat(ImageIO.write(image, format, file.toFile())).as("a writer for " + format).isTrue();
        return file;
    }

    /** Every file below the photo folder, temporary ones included. */
    private List<Path> storedFiles() throws IOException {
        Path folder = site.ws().dataDirectory().root().resolve("photos");
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private List<Object> entries(String table, String column) {
        return SqlRows.query(site.db(), "SELECT " + column + " FROM " + table + " WHERE "
                        + "entity = 'repair_photo' ORDER BY rowid")
                .stream().map(r -> r.get(column)).toList();
    }

    private static void assertRefused(Runnable attach, String key, Object arg) {
        assertThatThrownBy(attach::run).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                e.problems()).containsExactly(new Problem("photo", key, List.of(arg))));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
