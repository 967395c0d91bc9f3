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

    private Background() {
    }

    public static <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        WORKER.submit(() -> {
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
            WORKER.submit(() -> { }).get(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // closing goes on; the journal already holds every decision
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
