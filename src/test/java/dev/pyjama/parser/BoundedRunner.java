package dev.pyjama.parser;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks one at a time on a thread with a large stack (as pyjama's main thread has),
 * each within a time bound. A task that overruns the bound is given a grace period: if it
 * then finishes it is run once more, and only a second overrun counts as too slow (a loaded
 * machine or a GC pause should not fail the fuzz test); if it does not finish at all it is
 * a hang, and its thread is abandoned for a fresh one.
 */
final class BoundedRunner implements AutoCloseable {
    /** What happened to a task: its result, what it threw, or that it ran out of time. */
    static final class Outcome<T> {
        final T value;
        final Throwable thrown;
        final String timeout;

        private Outcome(T value, Throwable thrown, String timeout) {
            this.value = value;
            this.thrown = thrown;
            this.timeout = timeout;
        }
    }

    private static final long GRACE_MILLIS = 30_000;

    private final String name;
    private final long stackBytes;
    private final long boundMillis;
    private ExecutorService executor;
    private int threads;

    BoundedRunner(String name, long stackBytes, long boundMillis) {
        this.name = name;
        this.stackBytes = stackBytes;
        this.boundMillis = boundMillis;
        this.executor = newExecutor();
    }

    private ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, name + "-" + (threads++), stackBytes);
            t.setDaemon(true);
            return t;
        });
    }

    <T> Outcome<T> run(Callable<T> task) throws InterruptedException {
        Future<T> f = executor.submit(task);
        try {
            return done(f.get(boundMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            // fall through to the grace period
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause(), null);
        }
        try {
            f.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            return new Outcome<>(null, null, "no result after " + (boundMillis + GRACE_MILLIS) + " ms (hang)");
        } catch (ExecutionException e) {
            // finished late: retried below
        }
        Future<T> again = executor.submit(task);
        long t0 = System.nanoTime();
        try {
            return done(again.get(boundMillis, TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause(), null);
        } catch (TimeoutException e) {
            try {
                again.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e2) {
                // too slow is what gets reported
            } catch (TimeoutException e2) {
                again.cancel(true);
                executor.shutdownNow();
                executor = newExecutor();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new Outcome<>(null, null, "over the " + boundMillis + " ms bound twice (second run: " + ms + " ms)");
        }
    }

    private static <T> Outcome<T> done(T value) {
        return new Outcome<>(value, null, null);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
