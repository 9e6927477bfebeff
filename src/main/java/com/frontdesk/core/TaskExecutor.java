package com.frontdesk.core;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where database work runs. The screen's executor runs it on one background thread (SQLite
 * writes one at a time) and hands the result back on the FX thread; tests run it inline.
 */
public interface TaskExecutor {
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    void shutdown();
}
