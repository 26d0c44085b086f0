package dev.pyjama.interp;

import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyFrame;

/**
 * What the interpreter keeps per Python thread: the running frame (the top of the
 * {@code f_back} chain), the Python recursion depth with its limit, and the stack of
 * exceptions being handled ({@code sys.exception()}), one entry per running generator plus the
 * thread's own.
 *
 * <p>Threads: every Python thread (the main one and each started by {@code _thread}) has its
 * own state, registered in its interpreter's list ({@link Interpreter#threadStates()}, a
 * snapshot) while it runs; {@link #gil} is that interpreter's GIL, which the thread holds
 * while it runs Python.
 */
// CPython: Include/cpython/pystate.h PyThreadState (current_frame, py_recursion_remaining, exc_info)
public final class ThreadState {
    /** One entry of the handled-exception stack: the exception being handled, or null for None. */
    // CPython: Include/cpython/pystate.h _PyErr_StackItem
    public static final class ExcInfo {
        public PyBaseException value;
        public ExcInfo previous;
    }

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    /** The frame running now, or null outside Python code. */
    public PyFrame frame;
    /** How many Python frames are running on this thread. */
    public int depth;
    /** The thread's own handled exception, at the bottom of the chain. */
    public final ExcInfo baseExcInfo = new ExcInfo();
    /** The innermost entry (a generator's while one runs). */
    public ExcInfo excInfo = baseExcInfo;

    /**
     * How many more nested native-level recursions (repr, str, rich comparison of containers)
     * may start on this thread: CPython's c_recursion_remaining, which guards its C stack
     * independently of the Python recursion limit. Here it keeps deeply nested data from
     * exhausting the Java stack.
     */
    public int nativeRecursionRemaining = NATIVE_RECURSION_LIMIT;

    /** CPython 3.13's Py_C_RECURSION_LIMIT on Linux (release build). */
    // CPython: Include/cpython/pystate.h Py_C_RECURSION_LIMIT
    public static final int NATIVE_RECURSION_LIMIT = 10000;

    /** The thread's sys.settrace / sys.setprofile functions (CPython's c_tracefunc ... c_profileobj). */
    public final dev.pyjama.monitor.Legacy.ThreadTrace legacyTrace = new dev.pyjama.monitor.Legacy.ThreadTrace();

    /** Above 0 while a monitoring callback runs on this thread: no event fires meanwhile. */
    // CPython: Include/cpython/pystate.h PyThreadState tracing, what_event
    public int tracing;
    /** The monitoring event being delivered now, or -1 (frame.f_lineno's setter reads it). */
    public int whatEvent = -1;
    /** sys.set_asyncgen_hooks: called with each async generator on its first iteration / kept for its finalisation (null: unset). */
    public dev.pyjama.objects.PyObject asyncGenFirstiter, asyncGenFinalizer;
    /** sys.set_coroutine_origin_tracking_depth (CPython's coroutine_origin_tracking_depth). */
    public int coroOriginDepth;
    /** The frame whose instruction fired that event (the running frame then), or null. */
    public PyFrame eventFrame;
    /**
     * sys.monitoring: the frame and unit of the last RESUME that ran as INSTRUMENTED_RESUME. A
     * plain RESUME that runs becomes RESUME_CHECK in CPython, which no longer unhides a LINE on
     * the RESUME's own line; one that ran instrumented (even if its callback de-instrumented it) does.
     */
    PyFrame instrumentedResumeFrame;
    /**
     * sys.monitoring: the exception last thrown out of a Python frame. RAISE in the caller
     * tells by it an exception that came out of a callee (which CPython runs inline) even
     * when a monitoring callback replaced it there with one that has no traceback entry.
     */
    PyBaseException lastUnwound;
    /**
     * The exception that compiled code raised, or that left a compiled frame, while
     * {@code JitCode.RAISED} is returned in its place (JitSupport): a return up the Java stack
     * instead of HotSpot unwinding a throw frame by frame.
     */
    dev.pyjama.objects.PyException raised;
    int instrumentedResumeUnit;

    /** {@code sys.getrecursionlimit()}: one per interpreter, shared by its threads. */
    // CPython: Include/internal/pycore_ceval_state.h _ceval_state recursion_limit
    public static final class RecursionLimit {
        public volatile int value = 1000;
    }

    /** The limit of the interpreter this thread runs in (a default one before it joins an interpreter). */
    public RecursionLimit recursionLimit = new RecursionLimit();

    /** The thread this state belongs to. */
    private final Thread thread = Thread.currentThread();

    /** {@code _thread.get_ident()} of this thread. */
    public final long ident = thread.getId();

    /** The interpreter the thread runs in (null until it runs Python under one). */
    public volatile Interpreter interp;
    /** That interpreter's GIL. */
    public volatile Gil gil;

    /**
     * {@code _thread._local} objects' dicts for this thread, keyed by the local object (weakly:
     * a dropped local object's dict goes with it; the whole map goes with the thread).
     */
    public final java.util.Map<Object, dev.pyjama.objects.PyDict> localDicts = new java.util.WeakHashMap<>();

    /** The Java thread of this state. */
    public Thread thread() {
        return thread;
    }

    /**
     * The state {@link #current} answered last: every Python frame entry asks, and a program
     * mostly runs on one thread, so this saves the thread-local map's lookup. Not volatile, and
     * safe with several threads: {@link #thread} is final, so a thread that reads another
     * thread's state here (stale or racing) sees that state's real owner and fails the owner
     * test below, falling back to the thread-local map. Under the GIL only one thread runs
     * Python at a time, so the cache changes hands only at thread switches.
     */
    private static ThreadState last;

    public static ThreadState current() {
        ThreadState ts = last;
        if (ts != null && ts.thread == Thread.currentThread()) return ts;
        ts = CURRENT.get();
        last = ts;
        return ts;
    }

    /**
     * Enters one native-level recursion; raises RecursionError("maximum recursion depth
     * exceeded" + where) when none is left. Pair with {@link #leaveRecursiveCall}.
     */
    // CPython: Include/internal/pycore_ceval.h _Py_EnterRecursiveCallTstate, Python/ceval.c _Py_CheckRecursiveCall
    public static ThreadState enterRecursiveCall(String where) {
        ThreadState ts = current();
        if (--ts.nativeRecursionRemaining < 0) {
            ts.nativeRecursionRemaining++;
            throw Errors.raise(dev.pyjama.objects.ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
        }
        return ts;
    }

    public void leaveRecursiveCall() {
        nativeRecursionRemaining++;
    }

    /** {@code sys.exception()}: the innermost exception being handled, or null. */
    // CPython: Python/errors.c _PyErr_GetTopmostException
    public PyBaseException handledException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null) return e.value;
        }
        return null;
    }
}
