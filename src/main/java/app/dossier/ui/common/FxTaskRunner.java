package app.dossier.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The window's runner: one thread for library work and long jobs (the library has one writer anyway,
 * and results arrive in order), one for reads (the database serves both at once), one for whole-library summaries, and a daemon thread per
 * detached call. The only place in the window that makes threads.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService worker = oneThread("dossier-worker");
    private final ExecutorService reader = oneThread("dossier-reader");
    private final ExecutorService summaries = oneThread("dossier-summaries");
    private final ExecutorService detached = Executors.newCachedThreadPool(r -> daemon(r, "dossier-detached"));

    /** One thread, so work runs in the order given; it ends when idle, so a closed window leaves none behind. */
    private static ExecutorService oneThread(String name) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, name));
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(reader, work, onSuccess, onFailure);
    }

    @Override
    public <T> void summarise(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(summaries, work, onSuccess, onFailure);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(worker, work, onSuccess, onFailure);
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

    @Override
    public <T> RunningJob start(LongJob<T> job) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.call(new LongJob.Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        RunningJob running = new RunningJob(task::cancel);
        running.bindTo(task.progressProperty(), task.messageProperty());
        task.setOnSucceeded(e -> {
            running.finished();
            job.succeeded(task.getValue());
        });
        task.setOnCancelled(e -> {
            running.finished();
            job.cancelled();
        });
        task.setOnFailed(e -> {
            running.finished();
            job.failed(task.getException());
        });
        worker.submit(task);
        return running;
    }

    @Override
    public void detached(Runnable work) {
        detached.submit(work);
    }

    @Override
    public Executor inOrder() {
        return worker;
    }

    @Override
    public void awaitIdle(long timeoutMillis) {
        try {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            worker.submit(() -> { }).get(timeoutMillis, TimeUnit.MILLISECONDS);
            reader.submit(() -> { }).get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            summaries.submit(() -> { }).get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing goes on; the journal already holds every decision
            LOG.log(System.Logger.Level.WARNING, "Background work still running or failed when the library closed", e);
        }
    }
}
