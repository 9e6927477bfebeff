package com.frontdesk.db;

import com.frontdesk.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a second program (or a restore) off a data folder that is in use. The operating system
 * drops the lock when the process ends, so a crash never leaves the folder locked.
 */
public final class InstanceLock implements AutoCloseable {
    /**
     * Lock files this process holds. A second attempt must be refused before it opens the file:
     * closing any channel on a locked file drops the process's lock on it (POSIX), which would
     * free the folder for another program.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(DataDirectory dir) {
        dir.create();
        Path file = dir.lockFile();
        if (!HELD.add(file)) {
            throw new UserFacingException("error.alreadyRunning", dir.root().toString());
        }
        try {
            return lockFile(dir, file);
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    private static InstanceLock lockFile(DataDirectory dir, Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new UserFacingException("error.alreadyRunning", dir.root().toString());
        }
        return new InstanceLock(file, channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
