package app.dossier.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over inputs on a few worker threads and hands the results back in input order,
 * with at most a fixed number of inputs in flight (a bounded queue: memory stays flat however many
 * files a batch holds). The consumer is the calling thread; it may stop taking at any time.
 */
final class OrderedWorkers<I, R> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<I, R> work;
    private final Iterator<I> inputs;
    private final int inFlight;
    private final Deque<Future<R>> queue = new ArrayDeque<>();

    OrderedWorkers(int threads, Iterator<I> inputs, Function<I, R> work) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.inputs = inputs;
        this.inFlight = threads * 4;
        fill();
    }

    boolean hasNext() {
        return !queue.isEmpty();
    }

    /** Whether the next result is ready, so taking it would not wait. */
    boolean nextIsReady() {
        return !queue.isEmpty() && queue.peekFirst().isDone();
    }

    /** The next result in input order, waiting for it. */
    R next() {
        Future<R> head = queue.pollFirst();
        fill();
        return resultOf(head);
    }

    private void fill() {
        while (queue.size() < inFlight && inputs.hasNext()) {
            I input = inputs.next();
            queue.addLast(pool.submit(() -> work.apply(input)));
        }
    }

    /**
     * Stops: inputs not started are dropped; those running finish on their own (an original one of them
     * saved stays marked pending and is removed when the library next opens, as after a kill).
     */
    void stop() {
        for (Future<R> f : queue) {
            f.cancel(false);
        }
        queue.clear();
    }

    private static <R> R resultOf(Future<R> f) {
        try {
            boolean interrupted = false;
            while (true) {
                try {
                    R r = f.get();
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return r;
                } catch (InterruptedException e) {
                    // the writer must not lose a result it was handed; it notices the interrupt later
                    interrupted = true;
                }
            }
        } catch (CancellationException e) {
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
