package com.frontdesk.repairs;

import com.frontdesk.core.AtomicFiles;
import com.frontdesk.core.Problem;
import com.frontdesk.core.Validation;
import com.frontdesk.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reading and copying the picture someone picked. It is read twice: once to judge it before the
 * database is asked anything, once to copy it. The copy must match what was judged, so a file
 * swapped or still being written in between is refused rather than stored under the wrong hash.
 */
final class RepairPhotoFile {
    /** The field a problem names, so the screen can mark the photo picker. */
    static final String FIELD = "photo";
    private static final String TOO_BIG = "repair.photo.tooBig";

    /** What a picture turned out to be; {@code name} is its file name, for the messages. */
    record Content(String name, RepairPhotoType type, long size, String sha256) {
    }

    private record Streamed(byte[] head, long size, String sha256) {
    }

    private RepairPhotoFile() {
    }

    /** Refuses, with the message the desk sees, what is not a readable JPEG or PNG of at most {@code max} bytes. */
    static Content inspect(Path source, long max, int maxMb) {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        try {
            new Validation().check(Files.isRegularFile(source) && Files.isReadable(source), FIELD,
                    "repair.photo.unreadable", name).throwIfAny();
            // The size first: a video of 2 GB is refused without being read.
            new Validation().check(Files.size(source) <= max, FIELD, TOO_BIG, name, maxMb).throwIfAny();
            Streamed s;
            try (InputStream in = Files.newInputStream(source)) {
                s = stream(in, OutputStream.nullOutputStream(), max);
            }
            Optional<RepairPhotoType> type = RepairPhotoType.detect(s.head());
            new Validation().check(type.isPresent(), FIELD, "repair.photo.notJpegOrPng", name)
                    .check(s.size() <= max, FIELD, TOO_BIG, name, maxMb).throwIfAny();
            return new Content(name, type.orElseThrow(), s.size(), s.sha256());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Copies whole or not at all: nothing lands at {@code target} unless its bytes are the ones judged. */
    static void copy(Path source, Path target, Content expected) {
        try (InputStream in = Files.newInputStream(source)) {
            AtomicFiles.write(target, out -> {
                Streamed s = stream(in, out, expected.size());
                new Validation().check(s.size() == expected.size() && s.sha256().equals(expected.sha256()), FIELD,
                        "repair.photo.changed", expected.name()).throwIfAny();
                return null;
            });
        } catch (IOException e) {
            throw unreadable(expected.name(), e);
        }
    }

    /** Keeps the failure that made the copy useless as the one reported; a file left behind is noted on it. */
    static void deleteAfter(Path file, RuntimeException failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Reads at most one byte past {@code max}: enough to tell a file that is (or grew) too big. */
    private static Streamed stream(InputStream in, OutputStream out, long max) throws IOException {
        MessageDigest sha = sha256();
        OutputStream digest = new DigestOutputStream(out, sha);
        byte[] head = in.readNBytes(RepairPhotoType.HEAD);
        digest.write(head);
        long size = head.length;
        byte[] buffer = new byte[1 << 16];
        int n;
        while (size <= max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - size))) > 0) {
            digest.write(buffer, 0, n);
            size += n;
        }
        digest.flush();
        return new Streamed(head, size, HexFormat.of().formatHex(sha.digest()));
    }

    private static ValidationException unreadable(String name, IOException cause) {
        ValidationException e = new ValidationException(List.of(new Problem(FIELD, "repair.photo.unreadable",
                List.of(name))));
        e.initCause(cause);
        return e;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
