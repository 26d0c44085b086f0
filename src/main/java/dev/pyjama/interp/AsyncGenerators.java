package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * Async generator objects: the value an {@code yield} wraps (INTRINSIC_ASYNC_GEN_WRAP), and
 * the awaitables {@code __anext__}/{@code asend} and {@code athrow}/{@code aclose} return.
 */
// CPython: Objects/genobject.c async_gen_*, async_gen_asend_*, async_gen_athrow_*
final class AsyncGenerators {
    private AsyncGenerators() {}

    static final PyType WRAPPED_TYPE = PyType.builtin("async_generator_wrapped_value", null);
    static final PyType ASEND_TYPE = PyType.builtin("async_generator_asend", null);
    static final PyType ATHROW_TYPE = PyType.builtin("async_generator_athrow", null);

    /** _PyAsyncGenWrappedValue. */
    static final class Wrapped extends PyObject {
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return WRAPPED_TYPE;
        }

        @Override
        public String repr() {
            return "<async_generator_wrapped_value object at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    private static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** The awaitable of asend/__anext__ (args null) or of athrow/aclose (sendval unused). */
    static final class Awaitable extends PyObject {
        final PyGenerator gen;
        final boolean isThrow;
        final PyObject sendval;
        final PyObject[] throwArgs; // null for aclose
        int state = INIT;

        Awaitable(PyGenerator gen, boolean isThrow, PyObject sendval, PyObject[] throwArgs) {
            this.gen = gen;
            this.isThrow = isThrow;
            this.sendval = sendval;
            this.throwArgs = throwArgs;
        }

        @Override
        public PyType type() {
            return isThrow ? ATHROW_TYPE : ASEND_TYPE;
        }

        @Override
        public String repr() {
            return "<" + type().name() + " object at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    static PyObject wrap(PyObject v) {
        return new Wrapped(v);
    }

    private static boolean isStopOrExit(PyException e) {
        PyType t = e.value().type();
        return t.isSubtype(ExceptionTypes.STOP_ASYNC_ITERATION) || t.isSubtype(ExceptionTypes.GENERATOR_EXIT);
    }

    /** gen_send for an async generator: the yielded value, or StopAsyncIteration when it returns. */
    private static PyObject genSend(PyGenerator gen, PyObject arg) {
        boolean[] returned = new boolean[1];
        PyObject v = Generators.sendEx(gen, arg, null, false, returned);
        if (returned[0]) throw Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION, null);
        return v;
    }

    // CPython: Objects/genobject.c async_gen_unwrap_value
    private static PyObject unwrap(PyGenerator gen, PyObject result) {
        if (result instanceof Wrapped w) {
            gen.runningAsync = false;
            throw Generators.stopIteration(w.value);
        }
        return result;
    }

    private static PyObject sendUnwrapping(PyGenerator gen, java.util.function.Supplier<PyObject> op) {
        PyObject r;
        try {
            r = op.get();
        } catch (PyException e) {
            if (isStopOrExit(e)) gen.closed = true;
            gen.runningAsync = false;
            throw e;
        }
        return unwrap(gen, r);
    }

    // CPython: Objects/genobject.c async_gen_asend_send
    private static PyObject asendSend(Awaitable o, PyObject arg) {
        if (o.state == CLOSED) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
        if (o.state == INIT) {
            if (o.gen.runningAsync) {
                o.state = CLOSED;
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "anext(): asynchronous generator is already running");
            }
            if (arg == null || arg == PyNone.NONE) arg = o.sendval;
            o.state = ITER;
        }
        o.gen.runningAsync = true;
        PyObject a = arg;
        try {
            return sendUnwrapping(o.gen, () -> genSend(o.gen, a));
        } catch (PyException e) {
            o.state = CLOSED;
            throw e;
        }
    }

    private static PyObject asendThrow(Awaitable o, PyObject typ, PyObject val, PyObject tb) {
        if (o.state == CLOSED) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
        try {
            return sendUnwrapping(o.gen, () -> Generators.genThrowAsync(o.gen, false, typ, val, tb));
        } catch (PyException e) {
            o.state = CLOSED;
            throw e;
        }
    }

    private static final String IGNORED_EXIT = "async generator ignored GeneratorExit";

    // CPython: Objects/genobject.c async_gen_athrow_send
    private static PyObject athrowSend(Awaitable o, PyObject arg) {
        PyGenerator gen = o.gen;
        if (o.state == CLOSED) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
        if (gen.state == PyGenerator.State.COMPLETED) {
            o.state = CLOSED;
            throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
        }
        PyObject retval;
        try {
            if (o.state == INIT) {
                if (gen.runningAsync) {
                    o.state = CLOSED;
                    throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, (o.throwArgs == null ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    o.state = CLOSED;
                    throw Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION, null);
                }
                if (arg != PyNone.NONE) {
                    throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "can't send non-None value to a just-started coroutine");
                }
                o.state = ITER;
                gen.runningAsync = true;
                if (o.throwArgs == null) {
                    gen.closed = true;
                    retval = Generators.genThrowAsync(gen, false, ExceptionTypes.GENERATOR_EXIT, null, null);
                    if (retval instanceof Wrapped) return yieldClose(o);
                    return retval;
                }
                PyObject[] a = o.throwArgs;
                return sendUnwrapping(gen, () -> Generators.genThrowAsync(gen, false, a[0], a.length > 1 ? a[1] : null,
                        a.length > 2 ? a[2] : null));
            }
            if (o.throwArgs != null) return sendUnwrapping(gen, () -> genSend(gen, arg));
            retval = genSend(gen, arg);
            if (retval instanceof Wrapped) return yieldClose(o);
            return retval;
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.RUNTIME_ERROR) && o.state == CLOSED) throw e;
            gen.runningAsync = false;
            o.state = CLOSED;
            if (isStopOrExit(e) && o.throwArgs == null) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            throw e;
        }
    }

    private static PyObject yieldClose(Awaitable o) {
        o.gen.runningAsync = false;
        o.state = CLOSED;
        throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, IGNORED_EXIT);
    }

    private static PyObject athrowThrow(Awaitable o, PyObject typ, PyObject val, PyObject tb) {
        if (o.state == CLOSED) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
        PyGenerator gen = o.gen;
        PyObject retval;
        try {
            retval = Generators.genThrowAsync(gen, false, typ, val, tb);
        } catch (PyException e) {
            gen.runningAsync = false;
            o.state = CLOSED;
            if (isStopOrExit(e)) gen.closed = true;
            if (isStopOrExit(e) && o.throwArgs == null) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            throw e;
        }
        if (o.throwArgs == null) {
            if (retval instanceof Wrapped) return yieldClose(o);
            return retval;
        }
        return unwrap(gen, retval);
    }

    /** SEND to an asend/athrow awaitable (its StopIteration carries the value). */
    static PyObject send(Awaitable o, PyObject v) {
        return o.isThrow ? athrowSend(o, v) : asendSend(o, v);
    }

    private static Awaitable aw(PyObject[] a, String name) {
        if (a.length == 0 || !(a[0] instanceof Awaitable o)) throw Errors.typeError("descriptor '" + name + "' needs an awaitable");
        return o;
    }

    private static PyGenerator ag(PyObject[] a, String name) {
        if (a.length == 0 || !(a[0] instanceof PyGenerator g) || g.kind != PyGenerator.Kind.ASYNC_GENERATOR) {
            throw Errors.typeError("descriptor '" + name + "' for 'async_generator' objects doesn't apply to a '"
                    + (a.length == 0 ? "nothing" : a[0].typeName()) + "' object");
        }
        return g;
    }

    private static void method(PyType type, String name, PyBuiltinFunction.Impl impl) {
        type.setAttribute(name, new PyBuiltinFunction(name, type, null, impl));
    }

    private static PyObject arg(PyObject[] a, int i) {
        return a.length > i ? a[i] : null;
    }

    static final PyType ANEXT_TYPE = PyType.builtin("anext_awaitable", null);

    /** anext(iterator, default)'s awaitable: StopAsyncIteration of the wrapped one becomes StopIteration(default). */
    // CPython: Objects/iterobject.c anextawaitable_*
    static final class AnextAwaitable extends PyObject {
        final PyObject wrapped, dflt;

        AnextAwaitable(PyObject wrapped, PyObject dflt) {
            this.wrapped = wrapped;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return ANEXT_TYPE;
        }

        @Override
        public String repr() {
            return "<anext_awaitable object at 0x" + PyHash.addressHex(this) + ">";
        }

        PyObject proxy(String meth, PyObject... args) {
            PyObject it = Generators.getAwaitable(wrapped, 0);
            try {
                return EvalHelpers.callMethod(it, meth, args);
            } catch (PyException e) {
                if (e.value().type().isSubtype(ExceptionTypes.STOP_ASYNC_ITERATION)) throw Generators.stopIteration(dflt);
                throw e;
            }
        }
    }

    // CPython: Python/bltinmodule.c builtin_aiter
    static PyObject aiter(PyObject o) {
        PyObject m = EvalHelpers.lookupSpecial(o, "__aiter__");
        if (m == null) throw Errors.typeError("'" + o.typeName() + "' object is not an async iterable");
        PyObject it = Calls.call0(m);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + it.typeName() + "'");
        }
        return it;
    }

    // CPython: Python/bltinmodule.c builtin_anext
    static PyObject anext(PyObject it, PyObject dflt) {
        PyObject m = EvalHelpers.lookupSpecial(it, "__anext__");
        if (m == null) throw Errors.typeError("'" + it.typeName() + "' object is not an async iterator");
        PyObject awaitable = Calls.call0(m);
        return dflt == null ? awaitable : new AnextAwaitable(awaitable, dflt);
    }

    private static boolean installed;

    /**
     * The thread's asyncgen hooks, once per generator: the finalizer is remembered, firstiter
     * called (asyncio's loop tracks its generators this way). The finalizer would run when the
     * generator is collected; pyjama does not call it yet.
     */
    // CPython: Objects/genobject.c async_gen_init_hooks
    private static PyGenerator initHooks(PyGenerator g) {
        if (g.hooksInited) return g;
        g.hooksInited = true;
        ThreadState ts = ThreadState.current();
        if (ts.asyncGenFinalizer != null) g.finalizer = ts.asyncGenFinalizer;
        if (ts.asyncGenFirstiter != null) Abstract.call(ts.asyncGenFirstiter, new PyObject[] {g}, null);
        return g;
    }

    static final PyType HOOKS_TYPE = dev.pyjama.modules.StructSeq.newType("asyncgen_hooks", new String[] {"firstiter", "finalizer"}, 2, false);

    /** sys.get_asyncgen_hooks and sys.set_asyncgen_hooks. */
    // CPython: Python/sysmodule.c sys_set_asyncgen_hooks, sys_get_asyncgen_hooks_impl
    static void installSys(java.util.function.BiConsumer<String, PyObject> setSys) {
        setSys.accept("get_asyncgen_hooks", new dev.pyjama.objects.PyBuiltinFunction("get_asyncgen_hooks", null, null, (a, kw) -> {
            ThreadState ts = ThreadState.current();
            return dev.pyjama.modules.StructSeq.of(HOOKS_TYPE, nn(ts.asyncGenFirstiter), nn(ts.asyncGenFinalizer));
        }));
        setSys.accept("set_asyncgen_hooks", new dev.pyjama.objects.PyBuiltinFunction("set_asyncgen_hooks", null, null, (a, kw) -> {
            PyObject[] p = Args.parse("set_asyncgen_hooks", a, 0, kw, new String[] {"firstiter", "finalizer"}, 0, 2);
            PyObject firstiter = p[0], finalizer = p[1];
            if (finalizer != null && finalizer != PyNone.NONE && !Abstract.isCallable(finalizer)) {
                throw Errors.typeError("callable finalizer expected, got " + finalizer.typeName());
            }
            if (firstiter != null && firstiter != PyNone.NONE && !Abstract.isCallable(firstiter)) {
                throw Errors.typeError("callable firstiter expected, got " + firstiter.typeName());
            }
            ThreadState ts = ThreadState.current();
            if (finalizer != null) ts.asyncGenFinalizer = finalizer == PyNone.NONE ? null : finalizer;
            if (firstiter != null) ts.asyncGenFirstiter = firstiter == PyNone.NONE ? null : firstiter;
            return PyNone.NONE;
        }));
    }

    private static PyObject nn(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = PyGenerator.ASYNC_GENERATOR_TYPE;
        method(t, "__aiter__", (a, kw) -> ag(a, "__aiter__"));
        method(t, "__anext__", (a, kw) -> new Awaitable(initHooks(ag(a, "__anext__")), false, PyNone.NONE, null));
        method(t, "asend", (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("async_generator.asend() takes exactly one argument (" + (a.length - 1) + " given)");
            return new Awaitable(initHooks(ag(a, "asend")), false, a[1], null);
        });
        method(t, "athrow", (a, kw) -> {
            if (a.length < 2 || a.length > 4) throw Errors.typeError("athrow expected at least 1 argument, got " + (a.length - 1));
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return new Awaitable(initHooks(ag(a, "athrow")), true, null, rest);
        });
        method(t, "aclose", (a, kw) -> new Awaitable(initHooks(ag(a, "aclose")), true, null, null));
        method(ANEXT_TYPE, "send", (a, kw) -> ((AnextAwaitable) a[0]).proxy("send", a[1]));
        method(ANEXT_TYPE, "__next__", (a, kw) -> ((AnextAwaitable) a[0]).proxy("__next__"));
        method(ANEXT_TYPE, "throw", (a, kw) -> {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return ((AnextAwaitable) a[0]).proxy("throw", rest);
        });
        method(ANEXT_TYPE, "close", (a, kw) -> ((AnextAwaitable) a[0]).proxy("close"));
        method(ANEXT_TYPE, "__iter__", (a, kw) -> a[0]);
        method(ANEXT_TYPE, "__await__", (a, kw) -> a[0]);
        for (PyType at : new PyType[] {ASEND_TYPE, ATHROW_TYPE}) {
            boolean thr = at == ATHROW_TYPE;
            method(at, "send", (a, kw) -> {
                Awaitable o = aw(a, "send");
                return thr ? athrowSend(o, a[1]) : asendSend(o, a[1]);
            });
            method(at, "__next__", (a, kw) -> thr ? athrowSend(aw(a, "__next__"), PyNone.NONE) : asendSend(aw(a, "__next__"), null));
            method(at, "throw", (a, kw) -> {
                Awaitable o = aw(a, "throw");
                return thr ? athrowThrow(o, a[1], arg(a, 2), arg(a, 3)) : asendThrow(o, a[1], arg(a, 2), arg(a, 3));
            });
            // throws GeneratorExit into the generator, so a coroutine closed while awaiting the
            // generator runs the generator's finally blocks
            // CPython: Objects/genobject.c async_gen_asend_close, async_gen_athrow_close (3.13)
            method(at, "close", (a, kw) -> {
                Awaitable o = aw(a, "close");
                if (o.state == CLOSED) return PyNone.NONE;
                try {
                    if (thr) athrowThrow(o, ExceptionTypes.GENERATOR_EXIT, null, null);
                    else asendThrow(o, ExceptionTypes.GENERATOR_EXIT, null, null);
                } catch (PyException e) {
                    PyType et = e.value().type();
                    if (et.isSubtype(ExceptionTypes.STOP_ITERATION) || et.isSubtype(ExceptionTypes.STOP_ASYNC_ITERATION)
                            || et.isSubtype(ExceptionTypes.GENERATOR_EXIT)) {
                        return PyNone.NONE;
                    }
                    throw e;
                }
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "coroutine ignored GeneratorExit");
            });
            method(at, "__iter__", (a, kw) -> a[0]);
            method(at, "__await__", (a, kw) -> a[0]);
        }
    }

}
