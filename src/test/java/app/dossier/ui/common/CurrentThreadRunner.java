package app.dossier.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread, so a test sees the outcome when the call returns. */
public final class CurrentThreadRunner implements TaskRunner {
    @Override
    public <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void summarise(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
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
    public <T> RunningJob start(LongJob<T> job) {
        boolean[] cancelled = {false};
        RunningJob running = new RunningJob(() -> cancelled[0] = true);
        T result;
        try {
            result = job.call(new LongJob.Progress() {
                @Override
                public void update(long done, long total, String message) {
                    running.show(total < 0 ? -1 : (double) done / Math.max(1, total), message);
                }

                @Override
                public boolean cancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            running.finished();
            job.failed(e);
            return running;
        }
        running.finished();
        if (cancelled[0]) {
            job.cancelled();
        } else {
            job.succeeded(result);
        }
        return running;
    }

    @Override
    public void detached(Runnable work) {
        work.run();
    }

    @Override
    public Executor inOrder() {
        return Runnable::run;
    }

    @Override
    public void awaitIdle(long timeoutMillis) {
        // nothing is ever left running
    }
}
