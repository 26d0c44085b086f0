package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
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
 * {@code _thread}, the part modules use at import time: locks, reentrant locks, thread
 * identities. Starting threads belongs to the threading issue (8).
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
        return Thread.currentThread().getId();
    }

    // CPython: Modules/_threadmodule.c lock_acquire_parse_args
    private static boolean acquire(Semaphore sem, String name, PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse(name, args, 1, kw, new String[] {"blocking", "timeout"}, 0, 2);
        boolean blocking = a[0] == null || dev.pyjama.interp.Abstract.isTrue(a[0]);
        double timeout = a[1] == null ? -1 : ModuleSupport.asDouble(a[1]);
        if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be a non-negative number");
        if (timeout > TIMEOUT_MAX) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timeout value is too large");
        try {
            if (!blocking) return sem.tryAcquire();
            if (timeout == -1) {
                sem.acquire();
                return true;
            }
            return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT, null);
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
        BuiltinTypes.slot0(r, "__repr__", self -> PyStr.of(self.repr()));
    }

    public static PyModule create(dev.pyjama.interp.Interpreter interp) {
        PyModule m = ModuleSupport.module("_thread");
        ModuleSupport.set(m, "LockType", LOCK);
        ModuleSupport.set(m, "lock", LOCK);
        ModuleSupport.set(m, "RLock", RLOCK);
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
            return PyInt.of(ProcessHandle.current().pid());
        });
        def(m, "_get_main_thread_ident", (a, kw) -> PyInt.of(ident()));
        def(m, "_count", (a, kw) -> PyInt.of(0));
        def(m, "daemon_threads_allowed", (a, kw) -> PyBool.TRUE);
        def(m, "_is_main_interpreter", (a, kw) -> PyBool.TRUE);
        def(m, "stack_size", (a, kw) -> PyInt.of(0));
        def(m, "start_new_thread", (a, kw) -> {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "pyjama cannot start threads yet");
        });
        return m;
    }
}
