package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.interp.Abstract;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread}: locks (which release the GIL while they wait), reentrant locks with the
 * methods threading.Condition uses, thread identities, and the functions that start threads
 * and wait for them ({@link PythonThreads}), and {@code _local} ({@link ThreadLocals}).
 */
// CPython: Modules/_threadmodule.c
public final class ThreadModule {
    private ThreadModule() {}

    public static final PyType LOCK = PyType.builtin("_thread.lock", null);
    public static final PyType RLOCK = PyType.builtin("_thread.RLock", null);
    static final double TIMEOUT_MAX = 9223372036.0;

    static final class Lock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        @Override public PyType type() { return LOCK; }

        @Override
        public String repr() {
            return "<" + (sem.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at 0x"
                    + PyHash.addressHex(this) + ">";
        }
    }

    static final class RLock extends PyObject {
        final Semaphore sem = new Semaphore(1);
        long owner;
        long count;

        @Override public PyType type() { return RLOCK; }

        @Override
        public String repr() {
            return "<" + (count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count=" + count
                    + " at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    static long ident() {
        return dev.pyjama.interp.ThreadState.current().ident;
    }

    // CPython: Modules/_threadmodule.c lock_acquire_parse_args
    private static boolean acquire(Semaphore sem, String name, PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse(name, args, 1, kw, new String[] {"blocking", "timeout"}, 0, 2);
        boolean blocking = a[0] == null || dev.pyjama.interp.Abstract.isTrue(a[0]);
        double timeout = a[1] == null ? -1 : ModuleSupport.asDouble(a[1]);
        if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be a non-negative number");
        if (timeout > TIMEOUT_MAX) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timeout value is too large");
        if (sem.tryAcquire()) return true;
        if (!blocking) return false;
        return acquireBlocking(sem, timeout);
    }

    /** Waits for {@code sem} with the GIL released; timeout -1 waits forever. */
    // CPython: Modules/_threadmodule.c acquire_timed (Py_BEGIN_ALLOW_THREADS around the wait)
    static boolean acquireBlocking(Semaphore sem, double timeout) {
        dev.pyjama.interp.Gil gil = dev.pyjama.interp.Gil.release();
        boolean interrupted = false;
        try {
            if (timeout == -1) {
                sem.acquire();
                return true;
            }
            return sem.tryAcquire((long) Math.ceil(timeout * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            interrupted = true; // the embedder stops this thread: end the wait as a signal would
            return false;
        } finally {
            dev.pyjama.interp.Gil.reacquire(gil);
            if (interrupted) throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT, null);
        }
    }

    static {
        PyType t = LOCK;
        BuiltinTypes.newMethod(t, (args, kw) -> new Lock());
        for (String n : new String[] {"acquire", "acquire_lock", "__enter__"}) {
            BuiltinTypes.put(t, n, (args, kw) -> PyBool.of(acquire(((Lock) args[0]).sem, n, args, kw)));
        }
        for (String n : new String[] {"release", "release_lock", "__exit__"}) {
            BuiltinTypes.put(t, n, (args, kw) -> {
                Lock l = (Lock) args[0];
                if (l.sem.availablePermits() > 0) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "release unlocked lock");
                l.sem.release();
                return PyNone.NONE;
            });
        }
        BuiltinTypes.noargs(t, "_at_fork_reinit", self -> {
            Lock l = (Lock) self;
            l.sem.drainPermits();
            l.sem.release();
            return PyNone.NONE;
        });
        for (String n : new String[] {"locked", "locked_lock"}) {
            BuiltinTypes.noargs(t, n, self -> PyBool.of(((Lock) self).sem.availablePermits() == 0));
        }
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(self.repr()));

        PyType r = RLOCK;
        BuiltinTypes.newMethod(r, (args, kw) -> new RLock());
        for (String n : new String[] {"acquire", "__enter__"}) {
            BuiltinTypes.put(r, n, (args, kw) -> {
                RLock l = (RLock) args[0];
                if (l.count > 0 && l.owner == ident()) {
                    l.count++;
                    return PyBool.TRUE;
                }
                if (!acquire(l.sem, n, args, kw)) return PyBool.FALSE;
                l.owner = ident();
                l.count = 1;
                return PyBool.TRUE;
            });
        }
        for (String n : new String[] {"release", "__exit__"}) {
            BuiltinTypes.put(r, n, (args, kw) -> {
                RLock l = (RLock) args[0];
                if (l.count == 0 || l.owner != ident()) {
                    throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
                }
                if (--l.count == 0) {
                    l.owner = 0;
                    l.sem.release();
                }
                return PyNone.NONE;
            });
        }
        BuiltinTypes.noargs(r, "_is_owned", self -> PyBool.of(((RLock) self).count > 0 && ((RLock) self).owner == ident()));
        BuiltinTypes.noargs(r, "_recursion_count", self -> {
            RLock l = (RLock) self;
            return PyInt.of(l.count > 0 && l.owner == ident() ? l.count : 0);
        });
        // CPython: Modules/_threadmodule.c rlock_release_save
        BuiltinTypes.noargs(r, "_release_save", self -> {
            RLock l = (RLock) self;
            if (l.count == 0) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
            PyTuple saved = PyTuple.of(PyInt.of(l.count), PyInt.of(l.owner));
            l.count = 0;
            l.owner = 0;
            l.sem.release();
            return saved;
        });
        // CPython: Modules/_threadmodule.c rlock_acquire_restore
        BuiltinTypes.put(r, "_acquire_restore", (args, kw) -> {
            ModuleSupport.noKw("_acquire_restore", kw);
            if (args.length != 2 || !(args[1] instanceof PyTuple st) || st.items.length != 2) {
                throw Errors.typeError("_acquire_restore() argument must be a tuple of (count, owner)");
            }
            RLock l = (RLock) args[0];
            long count = ModuleSupport.asLong(st.items[0]), owner = ModuleSupport.asLong(st.items[1]);
            if (!l.sem.tryAcquire()) acquireBlocking(l.sem, -1);
            l.owner = owner;
            l.count = count;
            return PyNone.NONE;
        });
        BuiltinTypes.noargs(r, "_at_fork_reinit", self -> {
            RLock l = (RLock) self;
            l.count = 0;
            l.owner = 0;
            l.sem.drainPermits();
            l.sem.release();
            return PyNone.NONE;
        });
        BuiltinTypes.slot0(r, "__repr__", self -> PyStr.of(self.repr()));
    }

    public static PyModule create(dev.pyjama.interp.Interpreter interp) {
        PyModule m = ModuleSupport.module("_thread");
        PythonThreads.ModuleState ms = new PythonThreads.ModuleState();
        ModuleSupport.set(m, "LockType", LOCK);
        ModuleSupport.set(m, "lock", LOCK);
        ModuleSupport.set(m, "RLock", RLOCK);
        ModuleSupport.set(m, "_ThreadHandle", PythonThreads.HANDLE);
        ModuleSupport.set(m, "_local", ThreadLocals.LOCAL);
        ModuleSupport.set(m, "_ExceptHookArgs", PythonThreads.EXCEPT_HOOK_ARGS);
        ModuleSupport.set(m, "error", ExceptionTypes.RUNTIME_ERROR);
        ModuleSupport.set(m, "TIMEOUT_MAX", PyFloat.of(TIMEOUT_MAX));
        def(m, "allocate_lock", (a, kw) -> {
            ModuleSupport.noArgs("allocate_lock", a, kw);
            return new Lock();
        });
        m.dict.put(PyStr.of("allocate"), m.dict.get(PyStr.of("allocate_lock")));
        def(m, "get_ident", (a, kw) -> {
            ModuleSupport.noArgs("get_ident", a, kw);
            return PyInt.of(ident());
        });
        def(m, "get_native_id", (a, kw) -> {
            ModuleSupport.noArgs("get_native_id", a, kw);
            return PyInt.of(ident());
        });
        def(m, "_get_main_thread_ident", (a, kw) -> {
            ModuleSupport.noArgs("_get_main_thread_ident", a, kw);
            return PyInt.of(interp.mainThread.ident);
        });
        def(m, "_count", (a, kw) -> {
            ModuleSupport.noArgs("_count", a, kw);
            return PyInt.of(ms.count.get());
        });
        def(m, "daemon_threads_allowed", (a, kw) -> PyBool.TRUE);
        def(m, "_is_main_interpreter", (a, kw) -> PyBool.TRUE);
        // CPython: Modules/_threadmodule.c thread_stack_size (the value is kept and reported; Java
        // threads get at least PythonThreads.THREAD_STACK_BYTES)
        def(m, "stack_size", (a, kw) -> {
            ModuleSupport.noKw("stack_size", kw);
            ModuleSupport.positional("stack_size", a, kw, 0, 1);
            long size = a.length == 0 ? 0 : ModuleSupport.asLong(Abstract.index(a[0]));
            if (size < 0) throw Errors.valueError("size must be 0 or a positive value");
            if (size != 0 && size < 32768) throw Errors.valueError("size not valid: " + size + " bytes");
            long old = ms.stackSize;
            ms.stackSize = size;
            return PyInt.of(old);
        });
        // CPython: Modules/_threadmodule.c thread_PyThread_start_new_thread
        PyObject startNew = def(m, "start_new_thread", (a, kw) -> {
            ModuleSupport.noKw("start_new_thread", kw);
            if (a.length < 2 || a.length > 3) {
                throw Errors.typeError("start_new_thread expected " + (a.length < 2 ? "at least 2" : "at most 3")
                        + " arguments, got " + a.length);
            }
            if (!Abstract.isCallable(a[0])) throw Errors.typeError("first arg must be callable");
            if (!(a[1] instanceof PyTuple args)) throw Errors.typeError("2nd arg must be a tuple");
            if (a.length == 3 && !(a[2] instanceof dev.pyjama.objects.PyDict)) {
                throw Errors.typeError("optional 3rd arg must be a dictionary");
            }
            PyDict kwargs = a.length == 3 ? (PyDict) a[2] : null;
            return PyInt.of(PythonThreads.start(interp, ms, a[0], args.items.clone(), kwargs, new PythonThreads.Handle(), true));
        });
        m.dict.put(PyStr.of("start_new"), startNew);
        // CPython: Modules/_threadmodule.c thread_PyThread_start_joinable_thread
        def(m, "start_joinable_thread", (a, kw) -> {
            PyObject[] p = Args.parse("start_joinable_thread", a, 0, kw, new String[] {"function", "handle", "daemon"}, 1, 3);
            if (!Abstract.isCallable(p[0])) throw Errors.typeError("thread function must be callable");
            PyObject h = p[1] == null ? PyNone.NONE : p[1];
            if (h != PyNone.NONE && h.type() != PythonThreads.HANDLE) throw Errors.typeError("'handle' must be a _ThreadHandle");
            PythonThreads.Handle handle = h == PyNone.NONE ? new PythonThreads.Handle() : (PythonThreads.Handle) h;
            boolean daemon = p[2] == null || Abstract.isTrue(p[2]);
            PythonThreads.start(interp, ms, p[0], new PyObject[0], null, handle, daemon);
            return handle;
        });
        def(m, "_shutdown", (a, kw) -> {
            PythonThreads.shutdown(ms);
            return PyNone.NONE;
        });
        // CPython: Modules/_threadmodule.c thread__make_thread_handle
        def(m, "_make_thread_handle", (a, kw) -> {
            PyObject id = ModuleSupport.one("_make_thread_handle", a, kw);
            if (!(id instanceof PyInt i)) throw Errors.typeError("ident must be an integer");
            PythonThreads.Handle handle = new PythonThreads.Handle();
            handle.ident = i.longValue();
            handle.state = PythonThreads.RUNNING;
            return handle;
        });
        def(m, "_excepthook", (a, kw) -> {
            PyObject args = ModuleSupport.one("_excepthook", a, kw);
            return PythonThreads.excepthook(interp, args);
        });
        // CPython: Modules/_threadmodule.c thread_PyThread_interrupt_main (signal SIGINT by default)
        def(m, "interrupt_main", (a, kw) -> {
            PyObject[] p = Args.parse("interrupt_main", a, 0, kw, new String[] {"signum"}, 0, 1);
            long signum = p[0] == null ? 2 : ModuleSupport.asLong(p[0]);
            if (signum < 1 || signum >= 65) throw Errors.valueError("signal number out of range");
            if (signum == 2) {
                interp.gil.interruptMain();
                // CPython's CALL checks the eval breaker when the function returns: on the main
                // thread the KeyboardInterrupt comes out of this very call
                if (dev.pyjama.interp.ThreadState.current() == interp.mainThread) dev.pyjama.interp.Gil.handleEvalBreaker();
            }
            return PyNone.NONE;
        });
        // CPython: Modules/_threadmodule.c thread_PyThread_exit_thread
        PyObject exit = def(m, "exit", (a, kw) -> {
            throw new dev.pyjama.objects.PyException(new dev.pyjama.objects.PyBaseException(ExceptionTypes.SYSTEM_EXIT, PyTuple.EMPTY));
        });
        m.dict.put(PyStr.of("exit_thread"), exit);
        return m;
    }
}
