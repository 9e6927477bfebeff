package com.frontdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.Workstation;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.testsupport.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path root;

    @Test
    void aSecondAcquireOnTheSameFolderIsRefusedUntilTheFirstIsClosed() {
        DataDirectory dir = new DataDirectory(root);
        InstanceLock first = InstanceLock.acquire(dir);

        UserFacingException refused = catchThrowableOfType(UserFacingException.class, () -> InstanceLock.acquire(dir));
        assertThat(refused).isNotNull();
        assertThat(refused.key()).isEqualTo("error.alreadyRunning");

        first.close();
        InstanceLock again = InstanceLock.acquire(dir);
        again.close();
    }

    @Test
    void aSecondWorkstationOnTheSameFolderIsRefused() {
        DataDirectory dir = new DataDirectory(root);
        try (Workstation first = Workstation.open(dir, MutableClock.standard())) {
            UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                    () -> Workstation.open(dir, MutableClock.standard()));
            assertThat(refused).isNotNull();
            assertThat(refused.key()).isEqualTo("error.alreadyRunning");
        }
        Workstation.open(dir, MutableClock.standard()).close();
    }

    @Test
    void anotherProcessIsRefusedWhileThisOneHoldsTheFolder() throws Exception {
        DataDirectory dir = new DataDirectory(root);
        try (InstanceLock held = InstanceLock.acquire(dir)) {
            assertThat(probeInAnotherJvm(dir)).isEqualTo(LockProbe.REFUSED);
        }
        assertThat(probeInAnotherJvm(dir)).isEqualTo(LockProbe.ACQUIRED);
    }

    @Test
    void aRefusedAttemptInThisProcessDoesNotReleaseTheLockForOtherProcesses() throws Exception {
        // On POSIX systems closing any file descriptor of a file drops every lock the process has on it;
        // the refused attempt closes its own channel and must not free the folder for a second program.
        DataDirectory dir = new DataDirectory(root);
        try (Workstation ws = Workstation.open(dir, MutableClock.standard())) {
            catchThrowableOfType(UserFacingException.class, () -> InstanceLock.acquire(dir));

            assertThat(probeInAnotherJvm(dir)).isEqualTo(LockProbe.REFUSED);
        }
    }

    @Test
    void theLockIsReleasedWhenTheHoldingProcessDies() throws Exception {
        DataDirectory dir = new DataDirectory(root);
        assertThat(probeInAnotherJvm(dir)).isEqualTo(LockProbe.ACQUIRED);
        // the probe ended; nothing it left behind keeps the folder locked
        InstanceLock.acquire(dir).close();
    }

    private static int probeInAnotherJvm(DataDirectory dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), dir.root().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        return p.exitValue();
    }
}
