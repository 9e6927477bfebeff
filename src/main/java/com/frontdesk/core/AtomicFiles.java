package com.frontdesk.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files the user takes away (exports, PDFs) appear whole or not at all: written to a temporary
 * file in the target's folder, forced to disk, then moved over the target.
 */
public final class AtomicFiles {
    /** What writes the file's content. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** @return what {@code content} returned (a count of lines, say) */
    public static <T> T write(Path target, Content<T> content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: that makes the file readable by its owner only, and the moved
        // file keeps those permissions.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            T result;
            try (FileChannel file = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // Writers such as PDFBox close the stream they were given; the channel must stay open to be forced.
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(file), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                result = content.writeTo(out);
                out.flush();
                file.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
