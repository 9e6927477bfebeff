package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The clock-driven reload runs while its screen is shown, not while skipped, and stops when it closes. */
class RefreshTest {
    private final AtomicInteger reloads = new AtomicInteger();
    private final AtomicBoolean busy = new AtomicBoolean();

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void reloadsOnTheClockSkipsWhileBusyAndStopsWhenTheScreenCloses() throws Exception {
        FxToolkit.registerPrimaryStage();
        StackPane holder = new StackPane();
        Label screen = new Label("list");
        FxToolkit.setupStage(stage -> {
            holder.getChildren().add(screen);
            Refresh.every(screen, Duration.millis(50), busy::get, reloads::incrementAndGet);
            stage.setScene(new Scene(holder, 200, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reloads.get() >= 2);

        busy.set(true);
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        int whileBusy = reloads.get();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(reloads.get()).as("nothing while the user is busy").isEqualTo(whileBusy);

        busy.set(false);
        WaitForAsyncUtils.asyncFx(() -> holder.getChildren().clear()).get();
        int atClose = reloads.get();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(reloads.get()).as("stopped with the screen").isEqualTo(atClose);
    }

    @Test
    void aHiddenWindowStopsTheReloads() throws Exception {
        FxToolkit.registerPrimaryStage();
        Label screen = new Label("list");
        javafx.stage.Stage[] shown = new javafx.stage.Stage[1];
        FxToolkit.setupStage(stage -> {
            shown[0] = stage;
            Refresh.every(screen, Duration.millis(50), busy::get, reloads::incrementAndGet);
            stage.setScene(new Scene(new StackPane(screen), 200, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reloads.get() >= 1);

        WaitForAsyncUtils.asyncFx(() -> shown[0].hide()).get();
        WaitForAsyncUtils.sleep(120, TimeUnit.MILLISECONDS);
        int atHide = reloads.get();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(reloads.get()).as("a closed window reaches no database").isEqualTo(atHide);
    }
}
