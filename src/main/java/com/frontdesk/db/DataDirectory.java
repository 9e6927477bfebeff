package com.frontdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The folder that holds the database, its backups and the logs of one site. */
public record DataDirectory(Path root) {
    public static final String DATABASE_FILE = "frontdesk.db";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** The folder given on the command line, or the user's data folder of this operating system. */
    public static DataDirectory resolve(Path override) {
        if (override != null) {
            return new DataDirectory(override);
        }
        return new DataDirectory(defaultRoot(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home"))));
    }

    static Path defaultRoot(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("FrontDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("FrontDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("frontdesk");
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path defaultBackups() {
        return root.resolve("backups");
    }

    public Path lockFile() {
        return root.resolve(".frontdesk.lock");
    }

    public DataDirectory create() {
        try {
            Files.createDirectories(root);
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
