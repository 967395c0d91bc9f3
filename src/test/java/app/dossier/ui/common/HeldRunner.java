package app.dossier.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A runner whose work waits in its lane, in order, until the test lets it through: what is queued in a lane
 * when a report is opened is what the report would wait for in the window. Used from the FX thread only.
 */
public final class HeldRunner implements TaskRunner {
    /** The runner's paths, as {@link TaskRunner} names them. */
    public enum Lane { READ, SUMMARISE, RUN }

    private final Map<Lane, Deque<Runnable>> lanes = new EnumMap<>(Lane.class);

    public HeldRunner() {
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ArrayDeque<>());
        }
    }

    /** How much work waits in the lane. */
    public int waiting(Lane lane) {
        return lanes.get(lane).size();
    }

    /** Runs the first work waiting in the lane (what it queues waits). */
    public void next(Lane lane) {
        lanes.get(lane).poll().run();
    }

    /** Runs the work waiting in the lane, and what it queues there meanwhile, until the lane is empty. */
    public void drain(Lane lane) {
        Deque<Runnable> queue = lanes.get(lane);
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    private <T> void hold(Lane lane, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        lanes.get(lane).add(() -> new CurrentThreadRunner().run(work, onSuccess, onFailure));
    }

    @Override
    public <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        hold(Lane.READ, work, onSuccess, onFailure);
    }

    @Override
    public <T> void summarise(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        hold(Lane.SUMMARISE, work, onSuccess, onFailure);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        hold(Lane.RUN, work, onSuccess, onFailure);
    }

    @Override
    public <T> RunningJob start(LongJob<T> job) {
        RunningJob running = new RunningJob(() -> { });
        lanes.get(Lane.RUN).add(() -> new CurrentThreadRunner().start(job));
        return running;
    }

    /** Opening a file in its viewer is nothing the window's lanes hold. */
    @Override
    public void detached(Runnable work) {
        new CurrentThreadRunner().detached(work);
    }

    @Override
    public Executor inOrder() {
        return work -> lanes.get(Lane.RUN).add(work);
    }

    @Override
    public void awaitIdle(long timeoutMillis) {
        // held work stays held: the test decides what runs
    }
}
