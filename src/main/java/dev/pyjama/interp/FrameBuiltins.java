package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTraceback;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * What needs the running frame: the builtins globals() and locals() (exec() and eval(): ExecBuiltins), and the
 * attributes of frames, code objects, generators and tracebacks.
 */
// CPython: Python/bltinmodule.c (globals, locals, exec, eval), Objects/frameobject.c, Objects/codeobject.c,
// Objects/genobject.c, Python/traceback.c (their getsets)
final class FrameBuiltins {
    private FrameBuiltins() {}

    private static void getset(PyType t, String name, PyGetSet.Getter g) {
        t.setAttribute(name, new PyGetSet(name, t, g, null));
    }

    /** The "object.__getattr__" audit event of the attributes that give access to frames and code. */
    private static void audit(PyObject self, String name) {
        dev.pyjama.modules.Audit.fire("object.__getattr__", self, PyStr.of(name));
    }

    private static PyObject nn(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject strs(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) out[i] = PyStr.of(names[i]);
        return new PyTuple(out);
    }

    /**
     * {@code locals()}: the mapping of module and class bodies, a new snapshot dict for
     * functions (their variables, then the names set through f_locals).
     */
    // CPython: Python/ceval.c _PyEval_GetFrameLocals
    static PyObject locals(PyFrame f) {
        if (f.locals != null) return hasHiddenLocals(f) ? new FrameLocalsProxy(f).toDict() : f.locals;
        PyDict d = new PyDict();
        PyCode co = f.code;
        for (int i = 0; i < co.localsplusnames.length; i++) {
            PyObject v = f.localsplus[i];
            if (v instanceof PyCell c && (co.localspluskinds[i] & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) {
                v = c.ref;
            }
            if (v != null && (co.localspluskinds[i] & PyCode.CO_FAST_HIDDEN) == 0) d.put(PyStr.of(co.localsplusnames[i]), v);
        }
        if (f.extraLocals != null) {
            for (PyObject k : f.extraLocals.keys()) d.put(k, f.extraLocals.get(k));
        }
        return d;
    }

    /**
     * Whether a module or class body is inside an inlined comprehension (PEP 709) whose
     * variable lives in a hidden fast local: then f_locals and locals() show the frame's
     * fast locals (the comprehension's variables), not its mapping.
     */
    // CPython: Objects/frameobject.c _PyFrame_HasHiddenLocals
    static boolean hasHiddenLocals(PyFrame f) {
        byte[] kinds = f.code.localspluskinds;
        for (int i = 0; i < kinds.length; i++) {
            if ((kinds[i] & PyCode.CO_FAST_HIDDEN) == 0) continue;
            PyObject v = f.localsplus[i];
            if (v instanceof PyCell c && (kinds[i] & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) v = c.ref;
            if (v != null) return true;
        }
        return false;
    }

    /** A T_BOOL member of a frame: only a bool may be stored, and it cannot be deleted. */
    // CPython: Python/structmember.c PyMember_SetOne (Py_T_BOOL)
    private static void boolMember(PyType ft, String name, java.util.function.Predicate<PyFrame> get,
            java.util.function.BiConsumer<PyFrame, Boolean> set) {
        ft.setAttribute(name, new PyGetSet(name, ft, self -> PyBool.of(get.test((PyFrame) self)), (self, v) -> {
            if (v == null) throw Errors.typeError("can't delete numeric/char attribute");
            if (!(v instanceof PyBool b)) throw Errors.typeError("attribute value type must be bool");
            set.accept((PyFrame) self, b.value);
        }));
    }

    /** {@code frame.clear()}: only for a frame that neither runs nor is suspended. */
    // CPython: Objects/frameobject.c frame_clear
    private static void clearFrame(PyFrame f) {
        PyGenerator g = f.generator;
        if (g != null) {
            if (g.state == PyGenerator.State.EXECUTING) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot clear an executing frame");
            if (g.state == PyGenerator.State.SUSPENDED || g.state == PyGenerator.State.SUSPENDED_YIELD_FROM) {
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot clear a suspended frame");
            }
            // CPython: Objects/genobject.c _PyGen_Finalize: an unstarted coroutine is only
            // warned about (it stays usable); an unstarted generator is closed
            if (g.kind == PyGenerator.Kind.COROUTINE && g.state == PyGenerator.State.CREATED) {
                DebugApis.warnUnawaited(g);
                return;
            }
            g.state = PyGenerator.State.COMPLETED;
        } else {
            // a frame still running in any thread (its stack includes it) belongs to that thread
            for (ThreadState ts : Interpreter.current().threadStates()) {
                for (PyFrame running = ts.frame; running != null; running = running.back) {
                    if (running == f) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot clear an executing frame");
                }
            }
        }
        f.clearContents();
    }

    /** dir() without arguments: the sorted names of the caller's locals. */
    // CPython: Objects/object.c _dir_locals
    static PyObject dirLocals() {
        PyObject locals = locals(caller());
        PyObject names = locals instanceof PyDict d ? new dev.pyjama.objects.PyList(new java.util.ArrayList<>(d.keys()))
                : Abstract.call(Abstract.getattr(locals, PyStr.of("keys")));
        dev.pyjama.objects.PyList l = names instanceof dev.pyjama.objects.PyList nl ? nl
                : new dev.pyjama.objects.PyList(Abstract.toList(names));
        ListMethods.sort(l, null, false);
        return l;
    }

    static PyObject callerLocals() {
        return locals(caller());
    }

    private static PyFrame caller() {
        PyFrame f = ThreadState.current().frame;
        if (f == null) throw Errors.systemError("no current frame");
        return f;
    }

    static void install(Interpreter interp) {
        PyDict b = interp.builtins;
        fn(b, "globals", (a, kw) -> caller().globals);
        fn(b, "locals", (a, kw) -> locals(caller()));
        ExecBuiltins.install(interp);

        PyType ft = PyFrame.TYPE;
        ft.disallowInstantiation = true;
        BuiltinTypes.slot0(ft, "__repr__", self -> PyStr.of(self.repr()));
        getset(ft, "f_back", self -> nn(((PyFrame) self).back));
        // CPython: Objects/frameobject.c frame_getcode (audited, as gi_frame, gi_code and tb_frame)
        getset(ft, "f_code", self -> {
            audit(self, "f_code");
            return ((PyFrame) self).code;
        });
        getset(ft, "f_globals", self -> ((PyFrame) self).globals);
        getset(ft, "f_builtins", self -> ((PyFrame) self).builtins);
        // CPython: Objects/frameobject.c frame_getlocals: a function frame's proxy, else its mapping
        getset(ft, "f_locals", self -> {
            PyFrame f = (PyFrame) self;
            return f.locals != null && !hasHiddenLocals(f) ? f.locals : new FrameLocalsProxy(f);
        });
        // CPython: Objects/frameobject.c frame_getlineno, frame_setlineno
        ft.setAttribute("f_lineno", new PyGetSet("f_lineno", ft, FrameBuiltins::lineno,
                (self, v) -> FrameJump.setLineno((PyFrame) self, v)));
        getset(ft, "f_lasti", self -> PyInt.of(((PyFrame) self).lasti * 2));
        // CPython: Objects/frameobject.c frame_settrace, frame_settrace_opcodes (opcode events follow both)
        ft.setAttribute("f_trace", new PyGetSet("f_trace", ft, self -> nn(((PyFrame) self).trace), (self, v) -> {
            PyFrame f = (PyFrame) self;
            PyObject t = v == PyNone.NONE ? null : v;
            if (t == f.trace) return;
            f.trace = t;
            if (t != null && f.traceOpcodes) dev.pyjama.monitor.Legacy.setOpcodeTrace(f, true);
        }));
        boolMember(ft, "f_trace_lines", f -> f.traceLines, (f, v) -> f.traceLines = v);
        boolMember(ft, "f_trace_opcodes", f -> f.traceOpcodes, (f, v) -> {
            f.traceOpcodes = v;
            if (!v) dev.pyjama.monitor.Legacy.setOpcodeTrace(f, false);
            else if (f.trace != null) dev.pyjama.monitor.Legacy.setOpcodeTrace(f, true);
        });
        BuiltinTypes.noargs(ft, "clear", self -> {
            clearFrame((PyFrame) self);
            return PyNone.NONE;
        });

        PyType ct = PyCode.TYPE;
        CodeIntrospection.install();
        // CPython: Objects/codeobject.c code_repr
        BuiltinTypes.slot0(ct, "__repr__", self -> {
            PyCode c = (PyCode) self;
            return PyStr.of("<code object " + c.name + " at 0x" + dev.pyjama.objects.PyHash.addressHex(c) + ", file \""
                    + c.filename + "\", line " + c.firstlineno + ">");
        });
        getset(ct, "co_name", self -> PyStr.of(((PyCode) self).name));
        getset(ct, "co_qualname", self -> PyStr.of(((PyCode) self).qualname));
        getset(ct, "co_filename", self -> PyStr.of(((PyCode) self).filename));
        getset(ct, "co_firstlineno", self -> PyInt.of(((PyCode) self).firstlineno));
        getset(ct, "co_argcount", self -> PyInt.of(((PyCode) self).argcount));
        getset(ct, "co_posonlyargcount", self -> PyInt.of(((PyCode) self).posonlyargcount));
        getset(ct, "co_kwonlyargcount", self -> PyInt.of(((PyCode) self).kwonlyargcount));
        getset(ct, "co_flags", self -> PyInt.of(((PyCode) self).flags));
        getset(ct, "co_stacksize", self -> PyInt.of(((PyCode) self).stacksize));
        getset(ct, "co_nlocals", self -> PyInt.of(((PyCode) self).nlocals()));
        getset(ct, "co_varnames", self -> strs(((PyCode) self).varnames()));
        getset(ct, "co_cellvars", self -> strs(((PyCode) self).cellvars()));
        getset(ct, "co_freevars", self -> strs(((PyCode) self).freevars()));
        getset(ct, "co_names", self -> strs(((PyCode) self).names));
        getset(ct, "co_consts", self -> new PyTuple(((PyCode) self).consts.clone()));
        getset(ct, "co_code", self -> new dev.pyjama.objects.PyBytes(((PyCode) self).code.clone()));
        CodeMethods.install(ct);
        CodeTypes.install();

        for (PyType gt : new PyType[] {PyGenerator.GENERATOR_TYPE, PyGenerator.COROUTINE_TYPE,
                PyGenerator.ASYNC_GENERATOR_TYPE}) {
            String p = gt == PyGenerator.GENERATOR_TYPE ? "gi_" : gt == PyGenerator.COROUTINE_TYPE ? "cr_" : "ag_";
            getset(gt, "__name__", self -> PyStr.of(((PyGenerator) self).name));
            getset(gt, "__qualname__", self -> PyStr.of(((PyGenerator) self).qualname));
            // CPython: Objects/genobject.c gen_repr (without it object.__repr__ drops the qualname)
            BuiltinTypes.slot0(gt, "__repr__", self -> PyStr.of(self.repr()));
            String frameName = p + "frame", codeName = p + "code";
            getset(gt, frameName, self -> {
                audit(self, frameName);
                PyGenerator g = (PyGenerator) self;
                return g.state == PyGenerator.State.COMPLETED ? PyNone.NONE : g.frame;
            });
            // CPython: Objects/genobject.c async_gen_memberlist: ag_running is ag_running_async
            getset(gt, p + "running", p == "ag_" ? self -> PyBool.of(((PyGenerator) self).runningAsync)
                    : self -> PyBool.of(((PyGenerator) self).state == PyGenerator.State.EXECUTING));
            getset(gt, p + "suspended", self -> PyBool.of(((PyGenerator) self).state == PyGenerator.State.SUSPENDED
                    || ((PyGenerator) self).state == PyGenerator.State.SUSPENDED_YIELD_FROM));
            getset(gt, codeName, self -> {
                audit(self, codeName);
                return ((PyGenerator) self).frame.code;
            });
            getset(gt, p == "ag_" ? "ag_await" : p == "cr_" ? "cr_await" : "gi_yieldfrom",
                    self -> nn(Generators.yieldFrom((PyGenerator) self)));
        }

        PyType tt = PyTraceback.TYPE;
        // CPython: Python/traceback.c tb_next_set (None or a traceback, and no loop)
        BuiltinTypes.getset(tt, "tb_next", self -> nn(((PyTraceback) self).next), (self, v) -> {
            if (v == null) throw Errors.typeError("can't delete tb_next attribute");
            if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
                throw Errors.typeError("expected traceback object or None, got '" + v.typeName() + "'");
            }
            PyTraceback next = v == PyNone.NONE ? null : (PyTraceback) v;
            for (PyTraceback c = next; c != null; c = c.next) {
                if (c == self) throw Errors.valueError("traceback loop detected");
            }
            ((PyTraceback) self).next = next;
        });
        getset(tt, "tb_frame", self -> {
            audit(self, "tb_frame");
            return ((PyTraceback) self).frame;
        });
        getset(tt, "tb_lasti", self -> PyInt.of(((PyTraceback) self).lasti * 2));
        getset(tt, "tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno()));
    }

    /** {@code f_lineno}: None for an instruction that has no line (an exception handler's PUSH_EXC_INFO). */
    // CPython: Objects/frameobject.c frame_getlineno
    private static PyObject lineno(PyObject self) {
        int line = ((PyFrame) self).lineno();
        return line < 0 ? PyNone.NONE : PyInt.of(line);
    }

    private static void fn(PyDict b, String name, PyBuiltinFunction.Impl impl) {
        b.put(PyStr.of(name), new PyBuiltinFunction(name, null, null, impl));
    }
}
