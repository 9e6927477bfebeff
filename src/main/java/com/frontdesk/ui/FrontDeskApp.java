package com.frontdesk.ui;

import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the data folder named by --data-dir (or the default) and hands the stage to the shell. */
public final class FrontDeskApp extends Application {
    public static final String DATA_DIR_PARAMETER = "data-dir";

    private Workstation workstation;
    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) {
        String dir = getParameters().getNamed().get(DATA_DIR_PARAMETER);
        try {
            workstation = Workstation.open(DataDirectory.resolve(dir == null ? null : Path.of(dir)), Clock.systemUTC());
        } catch (RuntimeException e) {
            // Before the site's language is known: the PC's language; the detail goes to the log.
            new ErrorReporter(Messages::forSystem).reportAndWait(e);
            Platform.exit();
            return;
        }
        LoggerFactory.getLogger(FrontDeskApp.class).info("FrontDesk started on {} (Java {}, JavaFX {})",
                workstation.dataDirectory().root(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"));
        executor = new FxTaskExecutor();
        new Shell(workstation, executor, stage).start();
    }

    @Override
    public void stop() {
        if (executor != null) {
            // A save still queued when the window closes is finished, not dropped.
            executor.shutdown();
        }
        if (workstation != null) {
            workstation.close();
        }
    }
}
