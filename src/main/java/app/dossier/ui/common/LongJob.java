package app.dossier.ui.common;

import java.util.function.Consumer;

/**
 * A long piece of library work and what to do when it ends, handed to {@link TaskRunner#start}. The
 * work reports progress and asks whether it was cancelled; the endings run on the FX thread.
 */
public final class LongJob<T> {
    /** The work itself, off the FX thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What the work tells the window while it runs. */
    public interface Progress {
        /** done of total (a negative total: not known), and a line for the status bar. */
        void update(long done, long total, String message);

        boolean cancelled();
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Runnable onCancelled = () -> { };
    private Consumer<Throwable> onFailure = e -> { };

    private LongJob(Work<T> work) {
        this.work = work;
    }

    public static <T> LongJob<T> of(Work<T> work) {
        return new LongJob<>(work);
    }

    public LongJob<T> onSuccess(Consumer<T> action) {
        onSuccess = action;
        return this;
    }

    public LongJob<T> onCancelled(Runnable action) {
        onCancelled = action;
        return this;
    }

    public LongJob<T> onFailure(Consumer<Throwable> action) {
        onFailure = action;
        return this;
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void cancelled() {
        onCancelled.run();
    }

    void failed(Throwable e) {
        onFailure.accept(e);
    }
}
