package app.dossier.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs library work off the FX thread and hands the result back on it, so the window never freezes.
 * One worker thread: the library is written by one writer at a time anyway, and results arrive in order.
 */
public final class Background {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-worker");
        t.setDaemon(true);
        return t;
    });

    /**
     * Reads for the window (a page of the table, the report being opened) on their own thread, so they are
     * answered while an import or a rebuild keeps the worker busy; the database serves both at once.
     */
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-reader");
        t.setDaemon(true);
        return t;
    });

    /**
     * Reads over the whole library (the filter's choices and counts, the cited sources) on a thread of their
     * own: at 10,000 reports they take a second, and a page or a report asked for meanwhile does not wait.
     */
    private static final ExecutorService SUMMARIES = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-summaries");
        t.setDaemon(true);
        return t;
    });

    private Background() {
    }

    /** Like {@link #run}, for work that only reads: it does not wait behind a running import. */
    public static <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(READER, work, onSuccess, onFailure);
    }

    /** Like {@link #read}, for a read over the whole library: pages and reports asked for meanwhile go first. */
    public static <T> void summarise(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(SUMMARIES, work, onSuccess, onFailure);
    }

    public static <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(WORKER, work, onSuccess, onFailure);
    }

    private static <T> void submit(ExecutorService executor, Callable<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        executor.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Waits until the work queued so far is done (at most the timeout): before a library is closed,
     * so that no write is cut off half-way.
     */
    public static void awaitIdle(long timeoutMillis) {
        try {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            WORKER.submit(() -> { }).get(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            READER.submit(() -> { }).get(Math.max(1, deadline - System.currentTimeMillis()),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            SUMMARIES.submit(() -> { }).get(Math.max(1, deadline - System.currentTimeMillis()),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // closing goes on; the journal already holds every decision
            System.getLogger(Background.class.getName()).log(System.Logger.Level.WARNING,
                    "Background work still running or failed when the library closed", e);
        }
    }

    /** The one worker, for work handed to the window from outside it (commands run for the command line). */
    public static java.util.concurrent.Executor worker() {
        return WORKER;
    }

    /** Starts a long task (with progress and cancel) on the worker. */
    public static void start(Task<?> task) {
        WORKER.submit(task);
    }
}
