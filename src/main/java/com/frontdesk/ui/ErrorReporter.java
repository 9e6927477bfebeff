package com.frontdesk.ui;

import com.frontdesk.core.Messages;
import com.frontdesk.core.UserFacingException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures end up: the user gets a short message in their language, the log gets
 * the detail. Installed for uncaught exceptions of every thread.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Supplier<Messages> messages;

    public ErrorReporter(Supplier<Messages> messages) {
        this.messages = messages;
    }

    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> report(e));
    }

    /** The sentence to show for a failure; unexpected ones are logged with their stack. */
    public String describe(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof UserFacingException u) {
            LOG.info("User-facing failure: {}", u.getMessage());
            return messages.get().format(u);
        }
        LOG.error("Unexpected failure", cause);
        return messages.get().get("error.unexpected");
    }

    public void report(Throwable e) {
        String text = describe(e);
        if (Platform.isFxApplicationThread()) {
            alert(text).show();
        } else {
            Platform.runLater(() -> alert(text).show());
        }
    }

    /** For a failure before any window exists, e.g. at start: the program stops after this. */
    public void reportAndWait(Throwable e) {
        alert(describe(e)).showAndWait();
    }

    private Alert alert(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text,
                new ButtonType(messages.get().get("action.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(messages.get().get("app.title"));
        alert.setHeaderText(null);
        return alert;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (!(t instanceof UserFacingException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof UserFacingException ? t : e;
    }
}
