package com.frontdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Online backups of the running database: on demand, and one automatic backup a day. The photos
 * go to a {@code photos} folder beside the backups ({@link AttachedFiles}).
 */
public final class BackupService {
    static final String AUTO_PREFIX = "frontdesk-auto-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final Clock clock;

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A consistent copy taken while the program runs, with the photos it points to beside it. */
    public Path backupTo(Path target) {
        SqliteFiles.copyOnline(database.dataSource(), target);
        AttachedFiles.copyMissing(database.file().toAbsolutePath().getParent(), target.toAbsolutePath().getParent());
        return target;
    }

    /**
     * Takes today's automatic backup if the folder has none yet, then keeps only the newest
     * {@code keep} automatic backups. Backups made by hand are never pruned.
     */
    public Optional<Path> dailyBackupIfDue(Path folder, int keep, ZoneId zone) {
        String today = clock.instant().atZone(zone).toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        List<Path> existing = automaticBackups(folder);
        boolean hasToday = existing.stream().anyMatch(p -> p.getFileName().toString().startsWith(AUTO_PREFIX + today));
        Optional<Path> made = Optional.empty();
        if (!hasToday) {
            made = Optional.of(backupTo(folder.resolve(timestamped(AUTO_PREFIX, clock, zone))));
        }
        prune(automaticBackups(folder), keep);
        return made;
    }

    /** The automatic backups in the folder, oldest first (their names sort by time). */
    public static List<Path> automaticBackups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(AUTO_PREFIX) && n.endsWith(".db");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String timestamped(String prefix, Clock clock, ZoneId zone) {
        return prefix + clock.instant().atZone(zone).format(STAMP) + ".db";
    }

    private static void prune(List<Path> oldestFirst, int keep) {
        int surplus = oldestFirst.size() - Math.max(keep, 1);
        for (int i = 0; i < surplus; i++) {
            try {
                Files.deleteIfExists(oldestFirst.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
