package com.frontdesk.db;

import com.frontdesk.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database file to the current schema at start. An existing database is backed up
 * before any migration runs; if a migration fails the backup is put back, so the user keeps
 * the database exactly as it was.
 */
public final class Migrations {
    public static final String DEFAULT_LOCATION = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final Clock clock;
    private final String[] locations;

    public Migrations(Clock clock) {
        this(clock, DEFAULT_LOCATION);
    }

    public Migrations(Clock clock, String... locations) {
        this.clock = clock;
        this.locations = locations.clone();
    }

    /** @return the backup taken before migrating, when there was an existing database to protect */
    public Optional<Path> migrate(Database database, Path backupFolder) {
        Flyway flyway = Flyway.configure()
                .dataSource(database.dataSource())
                .locations(locations)
                .load();
        MigrationInfoService info = inspect(flyway, database);
        if (Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED)) {
            // Written by a newer FrontDesk (e.g. a backup restored from another PC): opening it
            // with this version could misread or damage it.
            throw new UserFacingException("error.databaseTooNew", database.file().toString());
        }
        boolean pending = info.pending().length > 0;
        if (!pending) {
            return Optional.empty();
        }
        Optional<Path> backup = info.applied().length > 0
                ? Optional.of(backupBeforeMigration(database, backupFolder))
                : Optional.empty();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            LOG.error("Migration failed", e);
            putBack(database.file(), backup);
            throw new UserFacingException(e, "error.migrationFailed",
                    backup.map(Path::toString).orElse(database.file().toString()));
        }
        return backup;
    }

    /** Reading the schema history is the first touch of the file: a damaged file fails here. */
    private static MigrationInfoService inspect(Flyway flyway, Database database) {
        try {
            return flyway.info();
        } catch (FlywayException e) {
            LOG.error("Cannot read the database {}", database.file(), e);
            throw new UserFacingException(e, "error.databaseUnreadable", database.file().toString());
        }
    }

    private Path backupBeforeMigration(Database database, Path backupFolder) {
        Path target = backupFolder.resolve(BackupService.timestamped("pre-migration-", clock, ZoneId.systemDefault()));
        SqliteFiles.copyOnline(database.dataSource(), target);
        LOG.info("Backed up {} to {} before migrating", database.file(), target);
        return target;
    }

    private static void putBack(Path databaseFile, Optional<Path> backup) {
        try {
            if (backup.isPresent()) {
                SqliteFiles.replaceDatabase(backup.get(), databaseFile);
            } else {
                // A brand-new database that failed half-way holds nothing of the user's.
                SqliteFiles.deleteSidecars(databaseFile);
                Files.deleteIfExists(databaseFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
