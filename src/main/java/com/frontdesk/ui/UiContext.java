package com.frontdesk.ui;

import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.core.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** What every view needs: the services, the language, the background executor and the error reporter. */
public record UiContext(Workstation workstation, Messages messages, TaskExecutor executor, ErrorReporter errors) {

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** Runs database work off the FX thread; failures go to the global reporter. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        executor.execute(work, onSuccess, errors::report);
    }

    /** Like {@link #run} but the caller shows the failure itself, e.g. next to a form. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(work, onSuccess, onFailure);
    }
}
