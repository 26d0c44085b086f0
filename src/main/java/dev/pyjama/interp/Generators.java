package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyGenerator.Kind;
import dev.pyjama.objects.PyGenerator.State;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTraceback;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * Generators and coroutines: making one (RETURN_GENERATOR), resuming its frame with a value
 * or an exception, {@code yield from} / {@code await} (SEND, CLEANUP_THROW), and the methods
 * send, throw and close.
 */
// CPython: Objects/genobject.c, Python/bytecodes.c RETURN_GENERATOR, SEND, YIELD_VALUE
public final class Generators {
    private Generators() {}

    /** RETURN_GENERATOR: the frame, stopped after the instruction, becomes the generator's. */
    static PyObject create(PyFrame f) {
        int flags = f.code.flags;
        Kind kind = (flags & PyCode.CO_COROUTINE) != 0 ? Kind.COROUTINE
                : (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? Kind.ASYNC_GENERATOR : Kind.GENERATOR;
        String name = f.function != null ? f.function.name : f.code.name;
        String qualname = f.function != null ? f.function.qualname : f.code.qualname;
        PyGenerator g = new PyGenerator(f, kind, name, qualname);
        f.generator = g;
        // CPython: Objects/genobject.c _Py_MakeCoro (cr_origin from the caller on)
        if (kind == Kind.COROUTINE && ThreadState.current().coroOriginDepth > 0) g.origin = DebugApis.origin(f.back, ThreadState.current().coroOriginDepth);
        return g;
    }

    private static String what(PyGenerator g) {
        return g.kind == Kind.COROUTINE ? "coroutine" : g.kind == Kind.ASYNC_GENERATOR ? "async generator" : "generator";
    }

    /**
     * Resumes {@code gen} with {@code arg} (null when called as {@code __next__}), or with
     * {@code exc} raised at its suspension point. Returns the value it yielded, or the value
     * it returned with {@code returned[0]} set.
     */
    // CPython: Objects/genobject.c gen_send_ex2
    static PyObject sendEx(PyGenerator gen, PyObject arg, PyException exc, boolean closing, boolean[] returned) {
        returned[0] = false;
        if (gen.state == State.CREATED && arg != null && arg != PyNone.NONE && exc == null) {
            String msg = gen.kind == Kind.COROUTINE ? "can't send non-None value to a just-started coroutine"
                    : "can't send non-None value to a just-started " + what(gen);
            throw Errors.typeError(msg);
        }
        if (gen.state == State.EXECUTING) throw Errors.valueError(what(gen) + " already executing");
        if (gen.state == State.COMPLETED) {
            if (gen.kind == Kind.COROUTINE && !closing) {
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            }
            if (arg != null && exc == null) {
                returned[0] = true;
                return PyNone.NONE;
            }
            if (exc != null) throw exc;
            return null;
        }
        PyObject result = run(gen, arg, exc);
        if (gen.state != State.COMPLETED) return result;
        returned[0] = true;
        if (result == PyNone.NONE && arg == null && gen.kind != Kind.ASYNC_GENERATOR) return null;
        return result;
    }

    /**
     * FOR_ITER_GEN and {@code next()} on a generator that is neither running nor finished:
     * sendEx with nothing sent, without its checks. Returns the value yielded, or the value
     * returned when {@code gen.state} is COMPLETED afterwards.
     */
    // CPython: Python/bytecodes.c FOR_ITER_GEN (the frame is pushed with None sent in)
    static PyObject resumeNext(PyGenerator gen) {
        return run(gen, null, null);
    }

    /**
     * Runs the generator's frame from its suspension point with {@code arg} (null: None) sent
     * in or {@code exc} thrown there; afterwards {@code gen.state} tells a yield (SUSPENDED*)
     * from a return or an exception out (COMPLETED).
     */
    // CPython: Objects/genobject.c gen_send_ex2 (from the frame push on)
    private static PyObject run(PyGenerator gen, PyObject arg, PyException exc) {
        PyFrame f = gen.frame;
        f.stack[f.sp++] = arg != null ? arg : PyNone.NONE;
        ThreadState ts = ThreadState.current();
        // the generator's own entry of the handled-exception stack, reused on each resumption
        // (it runs at most once at a time), as CPython embeds gi_exc_state in the generator
        ThreadState.ExcInfo info = gen.excState;
        if (info == null) gen.excState = info = new ThreadState.ExcInfo();
        info.value = gen.handled;
        info.previous = ts.excInfo;
        ts.excInfo = info;
        if (exc != null && exc.value().context == null && gen.handled != null && gen.handled != exc.value()) {
            // CPython: Python/errors.c _PyErr_ChainStackItem
            exc.value().context = gen.handled;
        }
        gen.state = State.EXECUTING;
        PyObject result;
        try {
            result = Eval.resume(f, exc);
        } catch (PyException e) {
            gen.state = State.COMPLETED;
            f.back = ts.frame;
            throw e;
        } finally {
            ts.excInfo = info.previous;
            gen.handled = gen.state == State.COMPLETED ? null : info.value;
            info.previous = null; // the entry keeps nothing alive while the generator is suspended
            info.value = null;
        }
        byte[] code = f.code.code;
        int at = f.lasti - 1;
        if (at >= 0 && (code[at * 2] & 0xff) == YIELD_VALUE) {
            gen.state = code[at * 2 + 1] != 0 ? State.SUSPENDED_YIELD_FROM : State.SUSPENDED;
            if (f.resumeAt >= 0) {
                // f_lineno was set from the yield's 'return' event: the generator resumes there,
                // with the value sent in on top of the target's stack as in CPython, one more
                // value than the code expects (so one more slot)
                f.lasti = f.resumeAt;
                f.sp = f.resumeSp;
                f.resumeAt = -1;
                f.stack = java.util.Arrays.copyOf(f.stack, f.stack.length + 1);
            }
            return result;
        }
        gen.state = State.COMPLETED;
        gen.handled = null;
        // a finished frame keeps the caller it finished in as f_back (a suspended one has none)
        // CPython: Python/frame.c take_ownership
        f.back = ts.frame;
        return result;
    }

    /** The next value, or null when the generator is exhausted (FOR_ITER's fast path). */
    static PyObject next(PyGenerator gen) {
        if (gen.state.ordinal() < State.EXECUTING.ordinal()) {
            PyObject v = run(gen, null, null);
            return gen.state == State.COMPLETED ? null : v;
        }
        boolean[] returned = new boolean[1];
        PyObject v = sendEx(gen, null, null, false, returned);
        return returned[0] ? null : v;
    }

    /** {@code StopIteration(value)} (no argument for None). */
    static PyException stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(ExceptionTypes.STOP_ITERATION,
                value == null || value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value));
        return new PyException(e);
    }

    /** {@code StopIteration.value}. */
    static PyObject stopIterationValue(PyBaseException e) {
        PyObject v = e.dict.get("value");
        if (v != null) return v;
        return e.args.items.length > 0 ? e.args.items[0] : PyNone.NONE;
    }

    // CPython: Objects/genobject.c gen_send_ex (the StopIteration for a return)
    static PyObject send(PyGenerator gen, PyObject arg) {
        boolean[] returned = new boolean[1];
        PyObject v = sendEx(gen, arg, null, false, returned);
        if (returned[0]) throw stopIteration(v);
        return v;
    }

    static PyObject iternext(PyGenerator gen) {
        boolean[] returned = new boolean[1];
        PyObject v = sendEx(gen, null, null, false, returned);
        if (returned[0]) throw stopIteration(v);
        return v;
    }

    private static PyObject resumeWith(PyGenerator gen, PyException exc, boolean closing) {
        boolean[] returned = new boolean[1];
        PyObject v = sendEx(gen, PyNone.NONE, exc, closing, returned);
        if (returned[0] && gen.kind == Kind.ASYNC_GENERATOR) throw Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION, null);
        if (returned[0]) throw stopIteration(v);
        return v;
    }

    /** The iterator a suspended {@code yield from} / {@code await} delegates to, or null. */
    // CPython: Objects/genobject.c _PyGen_yf
    static PyObject yieldFrom(PyGenerator gen) {
        if (gen.state != State.SUSPENDED_YIELD_FROM) return null;
        return gen.frame.stack[gen.frame.sp - 1];
    }

    // CPython: Objects/genobject.c _gen_throw
    static PyObject genThrow(PyGenerator gen, boolean closeOnGenExit, PyObject typ, PyObject val, PyObject tb) {
        PyObject yf = yieldFrom(gen);
        if (yf != null) {
            PyObject ret;
            if (closeOnGenExit && typ instanceof PyType t && t.isSubtype(ExceptionTypes.GENERATOR_EXIT)
                    || typ instanceof PyBaseException b && b.type().isSubtype(ExceptionTypes.GENERATOR_EXIT)
                    && closeOnGenExit) {
                State state = gen.state;
                gen.state = State.EXECUTING;
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    gen.state = state;
                    return resumeWith(gen, e, false);
                }
                gen.state = state;
                return throwHere(gen, typ, val, tb);
            }
            State state = gen.state;
            try {
                if (yf instanceof PyGenerator sub && sub.kind != Kind.ASYNC_GENERATOR) {
                    gen.state = State.EXECUTING;
                    ret = genThrow(sub, closeOnGenExit, typ, val, tb);
                } else {
                    PyObject meth = Abstract.lookupAttr(yf, PyStr.of("throw"));
                    if (meth == null) return throwHere(gen, typ, val, tb);
                    gen.state = State.EXECUTING;
                    ret = Calls.call(meth, tb != null ? new PyObject[] {typ, val, tb}
                            : val != null ? new PyObject[] {typ, val} : new PyObject[] {typ}, null);
                }
            } catch (PyException e) {
                gen.state = state;
                return resumeWith(gen, e, false);
            }
            gen.state = state;
            return ret;
        }
        return throwHere(gen, typ, val, tb);
    }

    private static PyObject throwHere(PyGenerator gen, PyObject typ, PyObject val, PyObject tb) {
        if (tb == PyNone.NONE) tb = null;
        else if (tb != null && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException value;
        if (typ instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException b && b.type().isSubtype(t)) {
                value = b;
            } else {
                PyObject[] args = val == null || val == PyNone.NONE ? new PyObject[0]
                        : val instanceof PyTuple tup ? tup.items.clone() : new PyObject[] {val};
                value = (PyBaseException) Calls.call(t, args, null);
            }
        } else if (typ instanceof PyBaseException b) {
            if (val != null && val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            value = b;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.typeName());
        }
        if (tb != null) value.traceback = tb;
        return resumeWith(gen, new PyException(value), false);
    }

    /** Closes a delegated iterator: close() for generators, else its close method if it has one. */
    // CPython: Objects/genobject.c gen_close_iter
    private static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            close(g);
            return;
        }
        PyObject meth = Abstract.lookupAttr(yf, PyStr.of("close"));
        if (meth != null) Calls.call0(meth);
    }

    // CPython: Objects/genobject.c gen_close
    static PyObject close(PyGenerator gen) {
        if (gen.state == State.CREATED) {
            gen.state = State.COMPLETED;
            return PyNone.NONE;
        }
        if (gen.state == State.COMPLETED) return PyNone.NONE;
        PyException err = null;
        PyObject yf = yieldFrom(gen);
        if (yf != null) {
            State state = gen.state;
            gen.state = State.EXECUTING;
            try {
                closeIter(yf);
            } catch (PyException e) {
                err = e;
            }
            gen.state = state;
        }
        PyFrame f = gen.frame;
        byte[] code = f.code.code;
        if ((code[f.lasti * 2] & 0xff) == RESUME && ((code[f.lasti * 2 + 1] & 0xff) & RESUME_OPARG_DEPTH1_MASK) != 0) {
            gen.state = State.COMPLETED;
            return PyNone.NONE;
        }
        PyException exit = err != null ? err
                : new PyException(new PyBaseException(ExceptionTypes.GENERATOR_EXIT, PyTuple.EMPTY));
        boolean[] returned = new boolean[1];
        PyObject v;
        try {
            v = sendEx(gen, PyNone.NONE, exit, true, returned);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.GENERATOR_EXIT)) return PyNone.NONE;
            throw e;
        }
        if (!returned[0]) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, what(gen) + " ignored GeneratorExit");
        return v;
    }

    // ---- opcodes

    /**
     * SEND: {@code receiver, v -> receiver, retval}. Returns true when the receiver finished
     * (retval is its return value and the loop jumps), false when it yielded retval.
     */
    // CPython: Python/bytecodes.c _SEND
    static boolean send(PyFrame f, int here, PyObject[] s, int sp) {
        PyObject receiver = s[sp - 2], v = s[sp - 1];
        if (receiver instanceof PyGenerator g && g.kind != Kind.ASYNC_GENERATOR && g.state.compareTo(State.EXECUTING) < 0) {
            boolean[] returned = new boolean[1];
            PyObject r = sendEx(g, v, null, false, returned);
            s[sp - 1] = r == null ? PyNone.NONE : r;
            return returned[0];
        }
        try {
            if (receiver instanceof AsyncGenerators.Awaitable aw) {
                s[sp - 1] = AsyncGenerators.send(aw, v);
            } else if (v == PyNone.NONE && !(receiver instanceof dev.pyjama.objects.PyIter)
                    && receiver.type().lookup("__next__") != null) {
                // tp_iternext, whose StopIteration carries the value
                s[sp - 1] = EvalHelpers.callMethod(receiver, "__next__");
            } else if (v == PyNone.NONE && receiver.type().lookup("__next__") != null) {
                PyObject r = Abstract.next(receiver);
                if (r == null) {
                    s[sp - 1] = PyNone.NONE;
                    return true;
                }
                s[sp - 1] = r;
            } else {
                s[sp - 1] = EvalHelpers.callMethod(receiver, "send", v);
            }
            return false;
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.STOP_ITERATION)) throw e;
            // CPython: Python/bytecodes.c SEND: _PyEval_MonitorRaise(tstate, frame, this_instr) for the StopIteration
            var exc = Instrumented.exceptionEvent(f, here, dev.pyjama.monitor.MonitoringEvents.RAISE, e.value());
            if (exc != e.value()) throw new PyException(exc);
            s[sp - 1] = stopIterationValue(exc);
            return true;
        }
    }

    // CPython: Python/bytecodes.c CLEANUP_THROW (sub_iter, last_sent_val, exc_value -- none, value)
    static int cleanupThrow(PyObject[] s, int sp) {
        PyBaseException exc = (PyBaseException) s[sp - 1];
        if (!exc.type().isSubtype(ExceptionTypes.STOP_ITERATION)) throw new Unwind.Reraise(exc);
        PyObject value = stopIterationValue(exc);
        s[--sp] = null;
        s[sp - 2] = PyNone.NONE;
        s[sp - 1] = value;
        return sp;
    }

    // CPython: Python/bytecodes.c GET_YIELD_FROM_ITER
    static PyObject getYieldFromIter(PyFrame f, PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.kind == Kind.COROUTINE) {
                if ((f.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                    throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
                return o;
            }
            if (g.kind == Kind.GENERATOR) return o;
        }
        return Abstract.iter(o);
    }

    // CPython: Python/bytecodes.c GET_AWAITABLE, Objects/genobject.c _PyCoro_GetAwaitableIter
    static PyObject getAwaitable(PyObject o, int oparg) {
        if (o instanceof PyGenerator g) {
            if (g.kind == Kind.COROUTINE
                    || g.kind == Kind.GENERATOR && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0) {
                if (g.kind == Kind.COROUTINE && yieldFrom(g) != null) {
                    throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "coroutine is being awaited already");
                }
                return o;
            }
        }
        PyObject await = EvalHelpers.lookupSpecial(o, "__await__");
        if (await == null) {
            if (oparg == 1) {
                throw Errors.typeError("'async with' received an object from __aenter__ that does not implement __await__: "
                        + o.typeName());
            }
            if (oparg == 2) {
                throw Errors.typeError("'async with' received an object from __aexit__ that does not implement __await__: "
                        + o.typeName());
            }
            throw Errors.typeError("object " + o.typeName() + " can't be used in 'await' expression");
        }
        PyObject res = Calls.call0(await);
        if (res instanceof PyGenerator g && g.kind == Kind.COROUTINE) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (res.type().lookup("__next__") == null && !(res instanceof PyGenerator)) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + res.typeName() + "'");
        }
        return res;
    }

    /** BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT and END_ASYNC_FOR. */
    // CPython: Python/bytecodes.c
    static int asyncOp(int op, PyObject[] s, int sp) {
        switch (op) {
            case BEFORE_ASYNC_WITH: {
                PyObject mgr = s[sp - 1];
                PyObject enter = EvalHelpers.lookupSpecial(mgr, "__aenter__");
                if (enter == null) {
                    throw Errors.typeError("'" + mgr.typeName()
                            + "' object does not support the asynchronous context manager protocol");
                }
                PyObject exit = EvalHelpers.lookupSpecial(mgr, "__aexit__");
                if (exit == null) {
                    throw Errors.typeError("'" + mgr.typeName()
                            + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                s[sp - 1] = exit;
                s[sp] = Calls.call0(enter);
                return sp + 1;
            }
            case GET_AITER: {
                PyObject obj = s[sp - 1];
                PyObject aiter = EvalHelpers.lookupSpecial(obj, "__aiter__");
                if (aiter == null) {
                    throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + obj.typeName());
                }
                PyObject it = Calls.call0(aiter);
                if (it.type().lookup("__anext__") == null) {
                    throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                            + it.typeName());
                }
                s[sp - 1] = it;
                return sp;
            }
            case GET_ANEXT: {
                PyObject aiter = s[sp - 1];
                PyObject anext = EvalHelpers.lookupSpecial(aiter, "__anext__");
                if (anext == null) {
                    throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.typeName());
                }
                PyObject next = Calls.call0(anext);
                PyObject awaitable;
                try {
                    awaitable = getAwaitable(next, 0);
                } catch (PyException e) {
                    throw Errors.typeError("'async for' received an invalid object from __anext__: " + next.typeName());
                }
                s[sp] = awaitable;
                return sp + 1;
            }
            default: { // END_ASYNC_FOR (awaitable, exc -- )
                PyBaseException exc = (PyBaseException) s[sp - 1];
                if (!exc.type().isSubtype(ExceptionTypes.STOP_ASYNC_ITERATION)) throw new Unwind.Reraise(exc);
                s[--sp] = null;
                s[--sp] = null;
                return sp;
            }
        }
    }

    static PyObject asyncGenWrap(PyObject v) {
        return AsyncGenerators.wrap(v);
    }

    /** _gen_throw for an async generator (its return raises StopAsyncIteration, see resumeWith). */
    static PyObject genThrowAsync(PyGenerator gen, boolean closeOnGenExit, PyObject typ, PyObject val, PyObject tb) {
        return genThrow(gen, closeOnGenExit, typ, val, tb);
    }

    // CPython: Python/intrinsics.c stopiteration_error
    static PyObject stopIterationError(PyFrame f, PyBaseException exc) {
        int flags = f.code.flags;
        String message = null;
        if (exc.type().isSubtype(ExceptionTypes.STOP_ITERATION)) {
            message = (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator raised StopIteration"
                    : (flags & PyCode.CO_COROUTINE) != 0 ? "coroutine raised StopIteration" : "generator raised StopIteration";
        } else if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0 && exc.type().isSubtype(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            message = "async generator raised StopAsyncIteration";
        }
        if (message == null) return exc;
        PyBaseException error = (PyBaseException) Calls.call(ExceptionTypes.RUNTIME_ERROR,
                new PyObject[] {PyStr.of(message)}, null);
        error.cause = exc;
        error.suppressContext = true;
        error.context = exc;
        return error;
    }

    // ---- the methods of generator and coroutine objects

    private static PyGenerator self(PyObject[] args, String method) {
        if (args.length == 0 || !(args[0] instanceof PyGenerator g)) {
            throw Errors.typeError("descriptor '" + method + "' requires a 'generator' object");
        }
        return g;
    }

    private static void method(PyType type, String name, PyBuiltinFunction.Impl impl) {
        type.setAttribute(name, new PyBuiltinFunction(name, type, null, impl));
    }

    private static boolean installed;

    /** Puts send, throw, close, __next__ and __iter__ in the generator and coroutine types. */
    static synchronized void install() {
        if (installed) return;
        installed = true;
        AsyncGenerators.install();
        for (PyType t : new PyType[] {PyGenerator.GENERATOR_TYPE, PyGenerator.COROUTINE_TYPE}) {
            method(t, "send", (a, kw) -> {
                if (a.length != 2) throw Errors.typeError("send() takes exactly one argument (" + (a.length - 1) + " given)");
                return send(self(a, "send"), a[1]);
            });
            method(t, "throw", (a, kw) -> {
                if (a.length < 2 || a.length > 4) {
                    throw Errors.typeError("throw expected at least 1 argument, got " + (a.length - 1));
                }
                return genThrow(self(a, "throw"), true, a[1], a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null);
            });
            method(t, "close", (a, kw) -> close(self(a, "close")));
        }
        method(PyGenerator.GENERATOR_TYPE, "__next__", (a, kw) -> iternext(self(a, "__next__")));
        method(PyGenerator.GENERATOR_TYPE, "__iter__", (a, kw) -> self(a, "__iter__"));
    }
}
