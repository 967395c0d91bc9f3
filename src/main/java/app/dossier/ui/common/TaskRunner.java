package app.dossier.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where the window's background work runs; results and failures come back on the FX thread. The window
 * gets one {@link FxTaskRunner}; tests can hand the workbench a runner that works on the calling thread.
 * Four paths, so that opening a report is never queued behind an import:
 * reads on their own, whole-library summaries on theirs, library work in order, and long jobs (with progress and Cancel) in order with it.
 */
public interface TaskRunner {
    /** Work that only reads (a page of the table, the report being opened): answered while a long job runs. */
    <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Like {@link #read}, for a read over the whole library (the filter's choices and counts, the cited
     * sources, the overview): at 10,000 reports these take seconds, and a page or a report asked for
     * meanwhile does not wait. Whatever grows with the library goes here, never to {@link #read}.
     */
    <T> void summarise(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Library work (decisions, loads of whole views, exports), one at a time in the order given. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A long job (import, re-tagging, re-processing), in order with {@link #run}; its progress and Cancel. */
    <T> RunningJob start(LongJob<T> job);

    /** Work that may block on the operating system (a file opened in its viewer); waits for nothing. */
    void detached(Runnable work);

    /** Where work handed in from outside the window (command-line requests) runs: in order with {@link #run}. */
    Executor inOrder();

    /**
     * Waits until the work queued so far is done (at most the timeout): before a library is closed,
     * so that no write is cut off half-way.
     */
    void awaitIdle(long timeoutMillis);
}
