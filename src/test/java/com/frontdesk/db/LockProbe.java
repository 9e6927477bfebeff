package com.frontdesk.db;

import com.frontdesk.core.UserFacingException;
import java.nio.file.Path;

/**
 * Run in a second JVM by {@link InstanceLockTest}: tries to take the folder lock and reports by
 * exit code. 0 = acquired (and released), 3 = refused as already running, 1 = anything else.
 */
public final class LockProbe {
    static final int ACQUIRED = 0;
    static final int REFUSED = 3;

    private LockProbe() {
    }

    public static void main(String[] args) {
        try (InstanceLock ignored = InstanceLock.acquire(new DataDirectory(Path.of(args[0])))) {
            System.exit(ACQUIRED);
        } catch (UserFacingException e) {
            System.exit("error.alreadyRunning".equals(e.key()) ? REFUSED : 1);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
