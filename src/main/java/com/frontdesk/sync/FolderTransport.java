package com.frontdesk.sync;

import java.nio.ByteBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Delivers to a folder (a shared drive or a USB stick). The batch is copied to a hidden
 * temporary name in the target folder, forced to disk and renamed; only then is the manifest
 * written the same way. A receiver that takes a batch only with its manifest therefore never
 * sees a partial one, and an interrupted copy is simply written again on the next run.
 */
public final class FolderTransport implements Transport {
    private final Path folder;
    private final UnaryOperator<OutputStream> copyStream;

    public FolderTransport(Path folder) {
        this(folder, UnaryOperator.identity());
    }

    /** {@code copyStream} wraps the stream the batch is copied through (tests interrupt it). */
    FolderTransport(Path folder, UnaryOperator<OutputStream> copyStream) {
        this.folder = folder;
        this.copyStream = copyStream;
    }

    @Override
    public String target() {
        return folder.toString();
    }

    @Override
    public void deliver(BatchFile batch) throws DeliveryException {
        if (!Files.isDirectory(folder)) {
            throw new DeliveryException("sync.error.folderMissing", folder.toString(), false, null);
        }
        try {
            Path temp = folder.resolve("." + batch.plan().fileName() + ".part");
            try (InputStream in = Files.newInputStream(batch.path());
                 FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = copyStream.apply(Channels.newOutputStream(channel));
                in.transferTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, folder.resolve(batch.plan().fileName()));
            Path manifestTemp = folder.resolve("." + batch.plan().manifestName() + ".part");
            try (FileChannel channel = FileChannel.open(manifestTemp, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(Manifest.of(batch)));
                channel.force(true);
            }
            moveIntoPlace(manifestTemp, folder.resolve(batch.plan().manifestName()));
        } catch (IOException e) {
            throw new DeliveryException("sync.error.folderWrite", e.getClass().getSimpleName() + ": " + e.getMessage(),
                    false, e);
        }
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares and FAT sticks cannot promise it; a rename within one folder is still all or nothing there.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder();
    }

    /** The rename itself reaches the disk only when the folder is flushed (not possible on every system). */
    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder as a channel; its rename is durable once the file was forced.
        }
    }
}
