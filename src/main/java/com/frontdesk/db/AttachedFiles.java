package com.frontdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the database points to from the data folder (repair photos). A backup carries them in
 * a {@code photos} folder beside its database files, and a restore brings back the ones missing.
 * Each such file is written once under a unique name and never changed, so copying only the
 * missing ones keeps every backup of a folder complete without copying the photos again each day.
 */
final class AttachedFiles {
    static final String FOLDER = "photos";

    private AttachedFiles() {
    }

    /** Copies the files under {@code from/photos} that {@code to/photos} lacks; returns how many. */
    static int copyMissing(Path from, Path to) {
        Path source = from.resolve(FOLDER);
        if (!Files.isDirectory(source)) {
            return 0;
        }
        Path target = to.resolve(FOLDER);
        int copied = 0;
        for (Path file : files(source)) {
            Path copy = target.resolve(source.relativize(file).toString());
            if (!Files.exists(copy)) {
                copyWhole(file, copy);
                copied++;
            }
        }
        return copied;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A copy cut short (USB stick pulled) must not pass for the photo, or no later backup replaces it.
    private static void copyWhole(Path file, Path copy) {
        try {
            Files.createDirectories(copy.getParent());
            Path partial = copy.resolveSibling(copy.getFileName() + ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
