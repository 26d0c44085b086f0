package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Gil;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.interp.TracebackPrinter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Python threads as Java platform threads: starting one ({@code _thread.start_new_thread},
 * {@code start_joinable_thread}), its {@code _ThreadHandle} (join, is_done, ident), the
 * non-daemon threads {@code _thread._shutdown} joins, and {@code _thread._excepthook}.
 *
 * <p>A new thread gets its own {@link ThreadState}, registered in the interpreter's thread
 * list while it runs, takes the interpreter's GIL before running any Python, and drops it when
 * it ends. A thread that wants the GIL after the interpreter finalized ends quietly (a daemon
 * thread at exit).
 */
// CPython: Modules/_threadmodule.c (ThreadHandle, thread_run, do_start_new_thread, thread_shutdown, thread_excepthook)
public final class PythonThreads {
    private PythonThreads() {}

    /**
     * Java stack of a Python thread: CPython gives threads the platform's 8 MiB; Java frames
     * of the eval loop are larger than C's, so this is generous (reserved, not committed).
     */
    static final long THREAD_STACK_BYTES = 256L << 20;

    public static final PyType HANDLE = PyType.builtin("_thread._ThreadHandle", null);

    static final int NOT_STARTED = 0, STARTING = 1, RUNNING = 2, DONE = 3;

    /** A thread handle: the identity of a thread and an event set when it exits. */
    // CPython: Modules/_threadmodule.c ThreadHandle, PyThreadHandleObject
    static final class Handle extends PyObject {
        volatile int state = NOT_STARTED;
        volatile long ident;
        final CountDownLatch exited = new CountDownLatch(1);

        @Override public PyType type() { return HANDLE; }

        @Override
        public String repr() {
            return "<_thread._ThreadHandle object: ident=" + ident + ">";
        }

        boolean isDone() {
            return exited.getCount() == 0;
        }

        void setDone() {
            state = DONE;
            exited.countDown();
        }
    }

    /** Per-interpreter {@code _thread} state: the thread count and the handles _shutdown joins. */
    static final class ModuleState {
        final AtomicInteger count = new AtomicInteger();
        final List<Handle> shutdownHandles = new ArrayList<>();
        volatile long stackSize;
    }

    static {
        PyType t = HANDLE;
        BuiltinTypes.newMethod(t, (args, kw) -> new Handle());
        BuiltinTypes.getter(t, "ident", self -> PyInt.of(((Handle) self).ident));
        BuiltinTypes.noargs(t, "is_done", self -> PyBool.of(((Handle) self).isDone()));
        BuiltinTypes.noargs(t, "_set_done", self -> {
            ((Handle) self).setDone();
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "join", (args, kw) -> {
            ModuleSupport.noKw("join", kw);
            ModuleSupport.positional("join", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            long timeoutNanos = args.length < 2 || args[1] == PyNone.NONE ? -1 : timeoutNanos(args[1]);
            join((Handle) args[0], timeoutNanos);
            return PyNone.NONE;
        });
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(self.repr()));
    }

    /** A timeout in seconds as nanoseconds, rounded up (CPython's _PyTime_ROUND_TIMEOUT); negative is 0. */
    // CPython: Python/pytime.c _PyTime_FromSecondsObject
    static long timeoutNanos(PyObject o) {
        double secs;
        if (o instanceof PyFloat f) {
            secs = f.value;
            if (Double.isNaN(secs)) throw Errors.valueError("Invalid value NaN (not a number)");
        } else {
            secs = ModuleSupport.asLong(Abstract.index(o));
        }
        if (secs * 1e9 >= 9.2e18) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timestamp too large to convert to C PyTime_t");
        return secs <= 0 ? 0 : (long) Math.ceil(secs * 1e9);
    }

    // CPython: Modules/_threadmodule.c ThreadHandle_join
    static void join(Handle h, long timeoutNanos) {
        if (h.state < RUNNING) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "thread not started");
        if (!h.isDone() && h.ident == ThreadState.current().ident) {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "Cannot join current thread");
        }
        if (h.isDone() || timeoutNanos == 0) return;
        Gil gil = Gil.release();
        boolean interrupted = false;
        try {
            if (timeoutNanos < 0) h.exited.await();
            else h.exited.await(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            interrupted = true; // the embedder stops this thread: end the wait as a signal would
        } finally {
            Gil.reacquire(gil);
        }
        if (interrupted) throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT, null);
    }

    /**
     * Starts {@code func(*args, **kwargs)} on a new thread and returns its ident. A non-daemon
     * thread's handle joins the list _shutdown waits for.
     */
    // CPython: Modules/_threadmodule.c do_start_new_thread, ThreadHandle_start, thread_run
    static long start(Interpreter interp, ModuleState ms, PyObject func, PyObject[] args, PyDict kwargs, Handle handle,
            boolean daemon) {
        Gil gil = interp.gil;
        if (gil.isFinalizing()) {
            throw Errors.raise(ExceptionTypes.PYTHON_FINALIZATION_ERROR, "can't create new thread at interpreter shutdown");
        }
        if (handle.state != NOT_STARTED) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "thread already started");
        gil.activate();
        PyTuple kwnames = null;
        PyObject[] callArgs = args;
        if (kwargs != null && kwargs.size() > 0) {
            List<PyObject> names = new ArrayList<>(kwargs.keys());
            callArgs = java.util.Arrays.copyOf(args, args.length + names.size());
            for (int i = 0; i < names.size(); i++) callArgs[args.length + i] = kwargs.get(names.get(i));
            kwnames = PyTuple.of(names.toArray(new PyObject[0]));
        }
        final PyObject[] finalArgs = callArgs;
        final PyTuple finalNames = kwnames;
        if (!daemon) {
            synchronized (ms.shutdownHandles) {
                ms.shutdownHandles.add(handle);
            }
        }
        handle.state = STARTING;
        Thread t = new Thread(null, () -> run(interp, ms, func, finalArgs, finalNames, handle, daemon),
                "pyjama-thread", Math.max(THREAD_STACK_BYTES, ms.stackSize));
        t.setDaemon(true); // the JVM's exit is the interpreter's business (Py_FinalizeEx), not the JVM's
        handle.ident = t.getId();
        t.setName("pyjama-thread-" + handle.ident);
        ms.count.incrementAndGet();
        handle.state = RUNNING;
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            ms.count.decrementAndGet();
            handle.state = NOT_STARTED;
            removeShutdownHandle(ms, handle);
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "can't start new thread");
        }
        return handle.ident;
    }

    private static void run(Interpreter interp, ModuleState ms, PyObject func, PyObject[] args, PyTuple kwnames,
            Handle handle, boolean daemon) {
        ThreadState ts = ThreadState.current();
        boolean holding = false;
        try {
            interp.attachThread(ts);
            interp.gil.take();
            holding = true;
            try {
                Abstract.call(func, args, kwnames);
            } catch (PyException e) {
                if (!e.value().type().isSubtype(ExceptionTypes.SYSTEM_EXIT)) {
                    interp.writeUnraisable("Exception ignored in thread started by " + safeRepr(func) + ":", e.value());
                }
            } catch (StackOverflowError e) {
                interp.err.println("Fatal Python error: Cannot recover from stack overflow.");
            }
            clearLocals(interp, ts);
        } catch (Gil.ThreadExit e) {
            holding = false; // the interpreter finalized: this thread ends without the GIL
        } finally {
            interp.detachThread(ts);
            ms.count.decrementAndGet();
            if (holding && !interp.gil.isFinalizing()) {
                try {
                    interp.gil.drop(false);
                } catch (IllegalStateException e) {
                    // ended while not holding the GIL (a ThreadExit from a blocking call's reacquire)
                }
            }
            removeShutdownHandle(ms, handle);
            handle.setDone();
        }
    }

    /**
     * The thread's {@code threading.local} values go with it, as PyThreadState_Clear drops
     * them: with no reference counting, a value whose class defines {@code __del__} gets that
     * call now (threading's _DeleteDummyThreadOnDel, which lives only there, relies on it to
     * remove a dummy thread from threading._active).
     */
    // CPython: Python/pystate.c PyThreadState_Clear (Py_CLEAR(tstate->dict); local dicts dropped)
    private static void clearLocals(Interpreter interp, ThreadState ts) {
        List<PyDict> dicts = new ArrayList<>(ts.localDicts.values());
        ts.localDicts.clear();
        for (PyDict d : dicts) {
            for (PyObject key : new ArrayList<>(d.keys())) {
                PyObject v = d.get(key);
                PyObject del = v == null ? null : v.type().lookup("__del__");
                if (del == null) continue;
                try {
                    Abstract.callMethod(del, v);
                } catch (PyException e) {
                    interp.writeUnraisable(del, e.value());
                }
            }
        }
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.repr(o).value();
        } catch (PyException e) {
            return "<object repr() failed>";
        }
    }

    private static void removeShutdownHandle(ModuleState ms, Handle h) {
        synchronized (ms.shutdownHandles) {
            ms.shutdownHandles.remove(h);
        }
    }

    /** {@code _thread._shutdown}: joins every non-daemon thread but the caller. */
    // CPython: Modules/_threadmodule.c thread_shutdown
    static void shutdown(ModuleState ms) {
        long me = ThreadState.current().ident;
        while (true) {
            Handle next = null;
            synchronized (ms.shutdownHandles) {
                for (Handle h : ms.shutdownHandles) {
                    if (h.ident != me) {
                        next = h;
                        break;
                    }
                }
            }
            if (next == null) return;
            join(next, -1);
            removeShutdownHandle(ms, next);
        }
    }

    /**
     * Py_FinalizeEx's wait_for_thread_shutdown: {@code threading._shutdown()} when threading was
     * imported (it joins the non-daemon threads), an error reported as unraisable.
     */
    // CPython: Python/pylifecycle.c wait_for_thread_shutdown
    public static void waitForShutdown(Interpreter interp) {
        PyObject threading = interp.modules.get(PyStr.of("threading"));
        if (threading == null) return;
        try {
            Abstract.call(Abstract.getattr(threading, PyStr.of("_shutdown")));
        } catch (PyException e) {
            interp.writeUnraisable("Exception ignored on threading shutdown:", e.value());
        }
    }

    // ---- _thread._excepthook

    static final PyType EXCEPT_HOOK_ARGS = StructSeq.newType("_thread._ExceptHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "thread"}, 4, true);

    /** {@code _thread._excepthook(args)}: "Exception in thread NAME:" and the traceback on sys.stderr. */
    // CPython: Modules/_threadmodule.c thread_excepthook, thread_excepthook_file
    static PyObject excepthook(Interpreter interp, PyObject args) {
        if (args.type() != EXCEPT_HOOK_ARGS) {
            throw Errors.typeError("_thread.excepthook argument type must be ExceptHookArgs");
        }
        PyTuple t = (PyTuple) args;
        PyObject excType = t.items[0];
        if (excType == ExceptionTypes.SYSTEM_EXIT) return PyNone.NONE;
        PyObject value = t.items[1], thread = t.items[3];
        PyObject file = interp.sys.dict.get(PyStr.of("stderr"));
        if (file == null || file == PyNone.NONE) {
            if (thread == PyNone.NONE) return PyNone.NONE;
            file = Abstract.getattr(thread, PyStr.of("_stderr"));
            if (file == PyNone.NONE) return PyNone.NONE;
        }
        PyObject write = Abstract.getattr(file, PyStr.of("write"));
        PyObject name = thread == PyNone.NONE ? null : Abstract.lookupAttr(thread, PyStr.of("name"));
        StringBuilder sb = new StringBuilder("Exception in thread ");
        sb.append(name != null ? Abstract.str(name).value() : Long.toString(ThreadState.current().ident));
        sb.append(":\n");
        Abstract.call(write, PyStr.of(sb.toString()));
        if (value instanceof PyBaseException exc) {
            Abstract.call(write, PyStr.of(TracebackPrinter.format(exc)));
        } else {
            Abstract.call(write, PyStr.of(Abstract.str(excType).value() + "\n"));
        }
        PyObject flush = Abstract.lookupAttr(file, PyStr.of("flush"));
        if (flush != null) Abstract.call(flush);
        return PyNone.NONE;
    }
}
