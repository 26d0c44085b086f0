package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Gil;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code _queue}: {@code SimpleQueue}, the unbounded FIFO queue {@code queue.py} re-exports,
 * and the {@code Empty} exception. A get that has to wait releases the GIL while it waits.
 */
// CPython: Modules/_queuemodule.c
public final class QueueModule {
    private QueueModule() {}

    /** A class as PyErr_NewExceptionWithDoc makes it: a heap type named Empty in module _queue. */
    public static final PyType EMPTY = emptyClass();
    public static final PyType SIMPLE_QUEUE = PyType.builtin("_queue.SimpleQueue", null);

    static final class SimpleQueue extends PyObject {
        final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();

        @Override
        public PyType type() {
            return SIMPLE_QUEUE;
        }

        @Override
        public String repr() {
            return "<_queue.SimpleQueue object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    static {
        PyType t = SIMPLE_QUEUE;
        BuiltinTypes.newMethod(t, (a, kw) -> {
            if (a.length > 1 || kw != null && kw.items.length > 0) throw Errors.typeError("SimpleQueue() takes no arguments");
            return new SimpleQueue();
        });
        BuiltinTypes.put(t, "put", (a, kw) -> {
            if (a.length < 2) throw Errors.typeError("SimpleQueue.put() missing required argument 'item' (pos 1)");
            ((SimpleQueue) a[0]).items.add(a[1]);
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "put_nowait", (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("SimpleQueue.put_nowait() missing required argument 'item' (pos 1)");
            ((SimpleQueue) a[0]).items.add(a[1]);
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "get", (a, kw) -> {
            PyObject block = a.length > 1 ? a[1] : null, timeout = a.length > 2 ? a[2] : null;
            if (kw != null) {
                for (int i = 0; i < kw.items.length; i++) {
                    PyObject v = a[a.length - kw.items.length + i];
                    switch (((PyStr) kw.items[i]).value()) {
                        case "block": block = v; break;
                        case "timeout": timeout = v; break;
                        default: throw Errors.typeError("SimpleQueue.get() got an unexpected keyword argument '" + ((PyStr) kw.items[i]).value() + "'");
                    }
                }
                if (block == a[0]) block = null;
            }
            return get((SimpleQueue) a[0], block == null || Abstract.isTrue(block), timeout == null ? PyNone.NONE : timeout);
        });
        BuiltinTypes.put(t, "get_nowait", (a, kw) -> get((SimpleQueue) a[0], false, PyNone.NONE));
        BuiltinTypes.put(t, "empty", (a, kw) -> PyBool.of(((SimpleQueue) a[0]).items.isEmpty()));
        BuiltinTypes.put(t, "qsize", (a, kw) -> PyInt.of(((SimpleQueue) a[0]).items.size()));
    }

    // CPython: Modules/_queuemodule.c _queue_SimpleQueue_get_impl
    private static PyObject get(SimpleQueue q, boolean block, PyObject timeoutArg) {
        PyObject v = q.items.poll();
        if (v != null) return v;
        if (!block) throw empty();
        double timeout = -1;
        if (timeoutArg != PyNone.NONE) {
            timeout = ModuleSupport.asDouble(timeoutArg);
            if (timeout < 0) throw Errors.valueError("'timeout' must be a non-negative number");
        }
        Gil gil = Gil.release();
        boolean interrupted = false;
        try {
            v = timeout < 0 ? q.items.take() : q.items.poll((long) Math.ceil(timeout * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            Gil.reacquire(gil);
        }
        if (interrupted) throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT, null);
        if (v == null) throw empty();
        return v;
    }

    private static PyException empty() {
        return new PyException(new PyBaseException(EMPTY, PyTuple.EMPTY));
    }

    // CPython: Modules/_queuemodule.c queuemodule_exec (PyErr_NewExceptionWithDoc("_queue.Empty", ...))
    private static PyType emptyClass() {
        dev.pyjama.objects.PyDict ns = new dev.pyjama.objects.PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("_queue"));
        ns.put(PyStr.of("__doc__"), PyStr.of("Exception raised by Queue.get(block=0)/get_nowait()."));
        return dev.pyjama.interp.Types.newType(PyType.TYPE, "Empty", PyTuple.of(ExceptionTypes.EXCEPTION), ns);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_queue");
        ModuleSupport.set(m, "Empty", EMPTY);
        ModuleSupport.set(m, "SimpleQueue", SIMPLE_QUEUE);
        return m;
    }
}
