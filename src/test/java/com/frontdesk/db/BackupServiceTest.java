package com.frontdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path folder;

    // 2026-11-22 21:00 in Beijing
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T13:00:00Z"));
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    @Test
    void aBackupIsAHealthyDatabaseWithTheSameRows() {
        Path copy = site.ws().backups().backupTo(folder.resolve("by-hand.db"));

        assertThat(copy).isRegularFile();
        assertThat(SqlRows.snapshot(copy)).isEqualTo(SqlRows.snapshot(site.db()));
        assertThat(SqlRows.query(copy, "PRAGMA integrity_check").get(0)).containsValue("ok");
        assertThat(SqlRows.count(copy, "staff")).isEqualTo(1);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no temporary file left behind").containsExactly(copy);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDailyBackupIsTakenOncePerDayOfTheSite() {
        Optional<Path> first = site.ws().backups().dailyBackupIfDue(folder, 14, SHANGHAI);
        assertThat(first).isPresent();
        assertThat(first.get().getFileName().toString()).startsWith("frontdesk-auto-20261122");

        clock.advance(Duration.ofHours(2)); // 23:00 in Beijing, same day
        assertThat(site.ws().backups().dailyBackupIfDue(folder, 14, SHANGHAI)).isEmpty();

        clock.advance(Duration.ofHours(1)); // 00:00 the next day in Beijing (still the 22nd in UTC)
        Optional<Path> second = site.ws().backups().dailyBackupIfDue(folder, 14, SHANGHAI);
        assertThat(second).isPresent();
        assertThat(second.get().getFileName().toString()).startsWith("frontdesk-auto-20261123");
        assertThat(BackupService.automaticBackups(folder)).containsExactly(first.get(), second.get());
    }

    @Test
    void onlyTheNewestAutomaticBackupsAreKeptAndBackupsMadeByHandAreNeverPruned() {
        Path byHand = site.ws().backups().backupTo(
                folder.resolve(BackupService.timestamped("frontdesk-manual-", clock, SHANGHAI)));
        Path other = site.ws().backups().backupTo(folder.resolve("before-holiday.db"));

        for (int day = 0; day < 6; day++) {
            site.ws().backups().dailyBackupIfDue(folder, 3, SHANGHAI); // 21:00 in Beijing
            clock.advance(Duration.ofHours(1));
            site.ws().backups().dailyBackupIfDue(folder, 3, SHANGHAI); // a second start the same evening adds nothing
            clock.advance(Duration.ofHours(23));
        }

        List<String> automatic = BackupService.automaticBackups(folder).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertThat(automatic).hasSize(3);
        assertThat(automatic.get(0)).startsWith("frontdesk-auto-20261125");
        assertThat(automatic.get(1)).startsWith("frontdesk-auto-20261126");
        assertThat(automatic.get(2)).startsWith("frontdesk-auto-20261127");
        assertThat(byHand).isRegularFile();
        assertThat(other).isRegularFile();
    }
}
