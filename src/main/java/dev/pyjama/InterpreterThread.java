package dev.pyjama;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The Java thread an embedded interpreter runs Python on: its main thread in Python's sense,
 * made with a large stack (Python calls are Java calls), serving the callers' tasks one at a
 * time. A task submitted from that thread itself (a Java callback calling back into its
 * interpreter) runs at once. While an interpreter's thread waits for another interpreter (a
 * Java callback of A calling B), it goes on serving its own queue, so B may call back into A.
 */
final class InterpreterThread {
    /** The interpreter thread the current Java thread is, if it is one. */
    private static final ThreadLocal<InterpreterThread> OWN = new ThreadLocal<>();
    /** Ends the serving loop; a no-op task only wakes a waiting thread. */
    private static final Runnable STOP = () -> {}, WAKE = () -> {};

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Object submitLock = new Object();
    private boolean shut;
    private final CountDownLatch ended = new CountDownLatch(1);

    InterpreterThread(String name, long stackSize) {
        thread = new Thread(null, this::serve, name, stackSize);
        thread.setDaemon(true); // an interpreter nobody closed does not keep the JVM alive
        thread.start();
    }

    private void serve() {
        OWN.set(this);
        try {
            while (true) {
                Runnable r;
                try {
                    r = queue.take();
                } catch (InterruptedException e) {
                    continue;
                }
                if (r == STOP) break;
                r.run();
            }
        } finally {
            ended.countDown();
        }
    }

    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    private void submit(Runnable r) {
        synchronized (submitLock) {
            if (shut) throw new IllegalStateException("the Python interpreter is closed");
            queue.add(r);
        }
    }

    /**
     * Runs {@code task} on the interpreter's thread and returns its result, rethrowing what it
     * throws. When the waiting caller is interrupted, {@code onInterrupt} asks Python to stop
     * (once) and the wait goes on; afterwards {@code settled} drops a request that came too
     * late, and the caller's interrupt flag is set again.
     */
    <T> T call(Supplier<T> task, Runnable onInterrupt, Runnable settled) {
        if (isCurrent()) return task.get();
        InterpreterThread waiter = OWN.get(); // this thread serves another interpreter
        FutureTask<T> f = new FutureTask<>(task::get) {
            @Override
            protected void done() {
                if (waiter != null) waiter.queue.add(WAKE);
            }
        };
        submit(f);
        boolean interrupted = false;
        boolean stopSeen = false;
        try {
            if (waiter != null) {
                // serve our own callers meanwhile: the other interpreter may call back into ours
                while (!f.isDone()) {
                    Runnable r;
                    try {
                        r = waiter.queue.take();
                    } catch (InterruptedException e) {
                        if (!interrupted && onInterrupt != null) onInterrupt.run();
                        interrupted = true;
                        continue;
                    }
                    if (r == STOP) stopSeen = true;
                    else r.run();
                }
            }
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
            if (stopSeen) waiter.queue.add(STOP);
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

    /** Accepts no more tasks; the thread ends after the ones queued. */
    private void stopAccepting() {
        synchronized (submitLock) {
            if (shut) return;
            shut = true;
            queue.add(STOP);
        }
    }

    /**
     * For an interpreter that became unreachable without {@link PythonInterpreter#close()}: lets
     * its idle thread end (no finalisation of the Python side: nobody can observe it any more).
     */
    void abandon() {
        closing.set(true);
        stopAccepting();
    }

    /** Ends the thread once its queued tasks are done (waits for it, unless called on it). */
    void shutdown() {
        closing.set(true);
        stopAccepting();
        if (isCurrent()) return;
        boolean interrupted = false;
        while (true) {
            try {
                ended.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
