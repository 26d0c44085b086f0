package dev.pyjama;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The Java thread an embedded interpreter runs Python on: its main thread in Python's sense,
 * made with a large stack (Python calls are Java calls), serving the callers' tasks one at a
 * time. A task submitted from that thread itself (a Java callback calling back into its
 * interpreter) runs at once.
 */
final class InterpreterThread {
    private final ExecutorService executor;
    private volatile Thread thread;
    private final AtomicBoolean closing = new AtomicBoolean();

    InterpreterThread(String name, long stackSize) {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, name, stackSize);
            t.setDaemon(true); // an interpreter nobody closed does not keep the JVM alive
            thread = t;
            return t;
        });
    }

    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /**
     * Runs {@code task} on the interpreter's thread and returns its result, rethrowing what it
     * throws. When the waiting caller is interrupted, {@code onInterrupt} asks Python to stop
     * (once) and the wait goes on; afterwards {@code settled} drops a request that came too
     * late, and the caller's interrupt flag is set again.
     */
    <T> T call(Supplier<T> task, Runnable onInterrupt, Runnable settled) {
        if (isCurrent()) return task.get();
        FutureTask<T> f = new FutureTask<>(task::get);
        try {
            executor.execute(f);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the Python interpreter is closed");
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    if (!interrupted && onInterrupt != null) onInterrupt.run();
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error r) throw r;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                if (settled != null) settled.run();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Marks the interpreter closing; false when it already was. */
    boolean markClosing() {
        return closing.compareAndSet(false, true);
    }

    boolean isClosing() {
        return closing.get();
    }

    /**
     * For an interpreter that became unreachable without {@link PythonInterpreter#close()}: lets
     * its idle thread end (no finalisation of the Python side: nobody can observe it any more).
     */
    void abandon() {
        closing.set(true);
        executor.shutdown();
    }

    /** Ends the thread once its queued tasks are done (waits for it, unless called on it). */
    void shutdown() {
        closing.set(true);
        executor.shutdown();
        if (isCurrent()) return;
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.DAYS)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
