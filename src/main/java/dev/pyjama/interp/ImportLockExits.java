package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * The deaths CPython's reference counts give importlib's two lock context managers. Each
 * {@code with _ModuleLockManager(name):} and {@code with _BlockingOnManager(tid, lock):} drops
 * its manager when {@code __exit__} returns, and with it the last strong reference to the module
 * lock (whose weakref callback {@code cb} removes it from {@code _module_locks}) or to the
 * thread's blocked-on list (whose {@code KeyedRef} callback {@code remove} empties
 * {@code _blocking_on}). A profiler sees those two callbacks called from {@code _find_and_load}
 * and {@code _ModuleLock.acquire} on every import. pyjama frees nothing at that moment, so the
 * two classes' {@code __exit__} is wrapped: the same Python function runs (its frames and events
 * unchanged), then the referent is declared dead and the callback called, as CPython would.
 * The wrapper is not a builtin function, so no c_call event names it; a sys.monitoring CALL
 * callback is given the wrapper (with the bound method's names, {@code __func__} and
 * {@code __self__}) where CPython gives the bound method.
 */
// CPython: Lib/importlib/_bootstrap.py _ModuleLockManager, _BlockingOnManager, _get_module_lock (cb), _WeakValueDictionary (remove)
final class ImportLockExits {
    private ImportLockExits() {}

    static final PyType EXIT = PyType.builtin("importlib_lock_exit", null);
    static final PyType BOUND = PyType.builtin("importlib_bound_lock_exit", null);

    private static final PyStr LOCK = PyStr.of("_lock"), NAME = PyStr.of("_name"), COUNT = PyStr.of("count"),
            WAITERS = PyStr.of("waiters"), BLOCKED_ON = PyStr.of("blocked_on"), THREAD_ID = PyStr.of("thread_id"),
            DATA = PyStr.of("data"), EXIT_NAME = PyStr.of("__exit__");

    /** A manager class's {@code __exit__}: the original function, and which manager it ends. */
    static final class Exit extends PyObject {
        final PyObject function;
        final boolean moduleLock;
        final PyModule bootstrap;

        Exit(PyObject function, boolean moduleLock, PyModule bootstrap) {
            this.function = function;
            this.moduleLock = moduleLock;
            this.bootstrap = bootstrap;
        }

        @Override public PyType type() { return EXIT; }
        @Override public String repr() { return Abstract.repr(function).value(); }
    }

    /** The wrapped {@code __exit__} bound to a manager, which the with statement calls. */
    static final class Bound extends PyObject {
        final Exit exit;
        final PyObject self;

        Bound(Exit exit, PyObject self) {
            this.exit = exit;
            this.self = self;
        }

        @Override public PyType type() { return BOUND; }
        @Override public String repr() { return Abstract.repr(new PyMethod(exit.function, self)).value(); }
    }

    static {
        put(EXIT, "__get__", (a, kw) -> {
            Exit e = (Exit) a[0];
            PyObject obj = a.length > 1 ? a[1] : PyNone.NONE;
            return obj == PyNone.NONE ? e.function : new Bound(e, obj);
        });
        // what a sys.monitoring CALL callback reads of the callable it is given: the bound method's
        for (String attr : new String[] {"__qualname__", "__name__", "__module__", "__doc__"}) {
            BuiltinTypes.getter(BOUND, attr, self -> Abstract.getattr(((Bound) self).exit.function, PyStr.of(attr)));
        }
        BuiltinTypes.getter(BOUND, "__func__", self -> ((Bound) self).exit.function);
        BuiltinTypes.getter(BOUND, "__self__", self -> ((Bound) self).self);
        put(BOUND, "__call__", (a, kw) -> {
            Bound b = (Bound) a[0];
            PyObject[] args = a.clone();
            args[0] = b.self;
            PyObject result = Abstract.call(b.exit.function, args, kw);
            if (b.exit.moduleLock) moduleLockDies(b.exit.bootstrap, b.self);
            else blockedOnDies(b.exit.bootstrap, b.self);
            return result;
        });
    }

    /** Wraps the {@code __exit__} of importlib's two managers (once importlib's _bootstrap has set itself up). */
    static void install(PyObject bootstrap) {
        if (!(bootstrap instanceof PyModule b)) return;
        wrap(b, "_ModuleLockManager", true);
        wrap(b, "_BlockingOnManager", false);
    }

    private static void wrap(PyModule b, String cls, boolean moduleLock) {
        if (!(b.dict.get(PyStr.of(cls)) instanceof PyType t)) return;
        PyObject f = t.dict.get("__exit__");
        if (f == null || f instanceof Exit) return;
        Abstract.setattr(t, EXIT_NAME, new Exit(f, moduleLock, b));
    }

    /** The module lock dies with its manager unless it is held or awaited (another thread's acquire holds it then). */
    private static void moduleLockDies(PyModule bootstrap, PyObject manager) {
        PyObject lock = Abstract.lookupAttr(manager, LOCK);
        if (lock == null || lock == PyNone.NONE || !empty(Abstract.lookupAttr(lock, COUNT)) || !empty(Abstract.lookupAttr(lock, WAITERS))) {
            return;
        }
        PyObject name = Abstract.lookupAttr(manager, NAME);
        if (name == null || !(bootstrap.dict.get(PyStr.of("_module_locks")) instanceof PyDict locks)) return;
        PyObject ref = locks.get(name);
        if (ref != null) die(ref, lock);
    }

    /** The thread's blocked-on list dies with its manager once emptied (a blocked acquire keeps it otherwise). */
    private static void blockedOnDies(PyModule bootstrap, PyObject manager) {
        PyObject list = Abstract.lookupAttr(manager, BLOCKED_ON);
        if (list == null || !empty(list)) return;
        PyObject tid = Abstract.lookupAttr(manager, THREAD_ID);
        PyObject blocking = bootstrap.dict.get(PyStr.of("_blocking_on"));
        if (tid == null || blocking == null || !(Abstract.lookupAttr(blocking, DATA) instanceof PyDict data)) return;
        PyObject ref = data.get(tid);
        if (ref != null) die(ref, list);
    }

    private static boolean empty(PyObject list) {
        return list instanceof PyList l ? l.items.isEmpty() : list != null && Abstract.len(list) == 0;
    }

    private static void die(PyObject ref, PyObject referent) {
        PyObject callback = dev.pyjama.modules.WeakrefModule.kill(ref, referent);
        if (callback != null) Abstract.call(callback, new PyObject[] {ref}, null);
    }
}
