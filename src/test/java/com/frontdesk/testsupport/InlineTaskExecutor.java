package com.frontdesk.testsupport;

import com.frontdesk.core.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work on the caller's thread, so a test sees each action's result as soon as it returns. */
public final class InlineTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }
}
