package dev.pyjama.interp;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock of one interpreter (design.md decision 7): only the thread that
 * holds it runs Python code or touches Python objects. A thread that has waited longer than
 * the switch interval asks the holder to drop it; the holder sees the request at the eval
 * breaker points (RESUME and JUMP_BACKWARD read {@link #evalBreaker}), drops the GIL and waits
 * until another thread has taken it (CPython's FORCE_SWITCHING), then queues again.
 *
 * <p>While a program has only its main thread the GIL is <em>inactive</em>: nobody takes or
 * drops it, blocking calls skip it, and the eval loop's flag stays false, so single-threaded
 * programs pay one volatile read per RESUME / backward jump. Starting the first thread
 * ({@link #activate}) makes the running thread the holder; from then on every Python thread
 * holds it while it runs, and releases it around blocking calls ({@link #release} /
 * {@link #reacquire}).
 *
 * <p>Interface for other parts (stable): {@link #release}/{@link #reacquire} around any
 * blocking Java call made with the GIL held; {@link #holds} for assertions; the switch
 * interval in microseconds ({@link #setSwitchIntervalMicros}). At shutdown
 * {@link #finalizeRuntime} keeps the GIL with the finalizing thread for good: a daemon thread
 * that asks for it afterwards ends (by {@link ThreadExit}) without running any more Python.
 */
// CPython: Python/ceval_gil.c take_gil, drop_gil, _PyEval_SetSwitchInterval; Python/ceval.c eval breaker
public final class Gil {
    /**
     * The eval breaker: true when some thread should stop at the next RESUME / backward jump
     * (a GIL drop request, or a pending KeyboardInterrupt for the main thread). Static so the
     * eval loop reads one field; a flag set for another interpreter costs a spurious check.
     */
    public static volatile boolean evalBreaker;

    /** Thrown to end a daemon thread that wants the GIL after the interpreter finalized. */
    public static final class ThreadExit extends Error {
        ThreadExit() {
            super("interpreter finalized", null, false, false);
        }
    }

    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the GIL becomes free. */
    private final Condition free = mutex.newCondition();
    /** Signalled when a thread takes the GIL (switchNumber changes). */
    private final Condition switched = mutex.newCondition();
    private Thread holder;
    private long switchNumber;
    private int waiters;
    private volatile boolean active;
    /** A waiter asked the holder to drop the GIL. */
    private volatile boolean dropRequest;
    private volatile boolean finalizing;
    private volatile long intervalMicros = 5000;
    /** The main thread has a KeyboardInterrupt to raise (_thread.interrupt_main). */
    volatile boolean pendingInterrupt;
    /** The interpreter's main thread: interrupt_main's target. */
    volatile ThreadState mainThread;
    /** Calls other threads (the JVM's finaliser) asked the interpreter to make with the GIL. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> pendingCalls = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean hasPendingCalls;
    /** Pending calls are running on some thread (they run Python code, which checks the breaker too). */
    private boolean runningPendingCalls;

    /** Whether threads were started (the GIL is taken and dropped from then on). */
    public boolean isActive() {
        return active;
    }

    /** Whether the calling thread holds the GIL (true for the only thread while inactive). */
    public boolean holds() {
        if (!active) return true;
        mutex.lock();
        try {
            return holder == Thread.currentThread();
        } finally {
            mutex.unlock();
        }
    }

    /** Makes the GIL active with the calling thread (which runs Python now) as its holder. */
    public void activate() {
        if (active) return;
        mutex.lock();
        try {
            if (!active) {
                holder = Thread.currentThread();
                switchNumber++;
                active = true;
                LockOrder.acquired(LockOrder.GIL);
            }
        } finally {
            mutex.unlock();
        }
    }

    public long switchIntervalMicros() {
        return intervalMicros;
    }

    public void setSwitchIntervalMicros(long micros) {
        intervalMicros = micros;
    }

    /** Takes the GIL, waiting as long as needed; asks the holder to drop it after each interval. */
    // CPython: Python/ceval_gil.c take_gil
    public void take() {
        Thread me = Thread.currentThread();
        LockOrder.acquiring(LockOrder.GIL);
        boolean interrupted = false;
        mutex.lock();
        try {
            if (finalizing) throw exitThread();
            waiters++;
            try {
                while (holder != null) {
                    long saved = switchNumber;
                    long left;
                    try {
                        left = free.awaitNanos(Math.max(1, intervalMicros) * 1000);
                    } catch (InterruptedException e) {
                        interrupted = true;
                        continue;
                    }
                    if (finalizing) throw exitThread();
                    if (left <= 0 && holder != null && switchNumber == saved) {
                        // the holder kept it a whole interval: ask it to let go at its next eval breaker
                        dropRequest = true;
                        evalBreaker = true;
                    }
                }
            } finally {
                waiters--;
            }
            holder = me;
            switchNumber++;
            switched.signalAll();
            dropRequest = false;
            evalBreaker = pendingInterrupt || hasPendingCalls;
        } finally {
            mutex.unlock();
            if (interrupted) me.interrupt();
        }
        LockOrder.acquired(LockOrder.GIL);
    }

    /**
     * Drops the GIL. {@code forced}: dropped on another thread's request, so wait until some
     * thread has taken it before returning (the caller then queues again behind it).
     */
    // CPython: Python/ceval_gil.c drop_gil (FORCE_SWITCHING)
    public void drop(boolean forced) {
        Thread me = Thread.currentThread();
        mutex.lock();
        try {
            if (holder != me) throw new IllegalStateException("drop_gil: the GIL is not held by " + me.getName());
            holder = null;
            LockOrder.released(LockOrder.GIL);
            free.signal();
            if (forced && waiters > 0) {
                long saved = switchNumber;
                while (switchNumber == saved && !finalizing) switched.awaitUninterruptibly();
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Releases the current thread's GIL before a blocking call: returns what
     * {@link #reacquire} needs, or null when there was nothing to release (GIL inactive).
     */
    public static Gil release() {
        Gil g = ThreadState.current().gil;
        if (g == null || !g.active) return null;
        g.drop(false);
        return g;
    }

    /** Takes back the GIL {@link #release} gave up (nothing for null). */
    public static void reacquire(Gil g) {
        if (g != null) g.take();
    }

    /**
     * The eval breaker's slow path, on the thread running Python: switch threads if asked,
     * raise a pending KeyboardInterrupt on the main thread.
     */
    // CPython: Python/ceval_gil.c _Py_HandlePending
    public static void handleEvalBreaker() {
        // other threads, signal handlers and pending calls may run here and see running frames
        dev.pyjama.objects.PyFrame.handedOut++;
        ThreadState ts = ThreadState.current();
        Gil g = ts.gil;
        if (g == null) return;
        if (g.dropRequest && g.active && !g.finalizing) {
            g.drop(true);
            g.take();
        }
        if (g.hasPendingCalls) g.runPendingCalls();
        if (g.pendingInterrupt && ts == g.mainThread) {
            g.pendingInterrupt = false;
            evalBreaker = g.dropRequest || g.hasPendingCalls;
            throw Errors.raise(dev.pyjama.objects.ExceptionTypes.KEYBOARD_INTERRUPT, null);
        }
    }

    /**
     * Asks the interpreter to run {@code call} with the GIL at its next eval-breaker check; any
     * thread may ask (the JVM's finaliser thread does, to close abandoned files). The call must
     * handle its own Python exceptions.
     */
    // CPython: Python/ceval_gil.c _PyEval_AddPendingCall
    public void addPendingCall(Runnable call) {
        pendingCalls.add(call);
        hasPendingCalls = true;
        evalBreaker = true;
    }

    /** Runs the pending calls, on a thread holding the GIL (not again while they run). */
    // CPython: Python/ceval_gil.c make_pending_calls
    public void runPendingCalls() {
        if (runningPendingCalls) return;
        runningPendingCalls = true;
        try {
            hasPendingCalls = false;
            evalBreaker = dropRequest || pendingInterrupt;
            for (Runnable r = pendingCalls.poll(); r != null; r = pendingCalls.poll()) r.run();
        } finally {
            runningPendingCalls = false;
        }
    }

    /** {@code _thread.interrupt_main}: the main thread raises KeyboardInterrupt at its next eval breaker. */
    public void interruptMain() {
        pendingInterrupt = true;
        evalBreaker = true;
    }

    /** Drops a KeyboardInterrupt that {@link #interruptMain} asked for and nobody raised yet (an embedder's call ended first). */
    public void clearInterrupt() {
        pendingInterrupt = false;
    }

    /**
     * The interpreter is finishing on the calling thread, which keeps the GIL: other threads
     * that want it from now on end instead of running Python.
     */
    // CPython: Python/pylifecycle.c Py_FinalizeEx (_PyRuntimeState_SetFinalizing; daemon threads exit in take_gil)
    public void finalizeRuntime() {
        if (!active) return;
        mutex.lock();
        try {
            finalizing = true;
            free.signalAll();
            switched.signalAll();
        } finally {
            mutex.unlock();
        }
    }

    public boolean isFinalizing() {
        return finalizing;
    }

    private static ThreadExit exitThread() {
        return new ThreadExit();
    }
}
