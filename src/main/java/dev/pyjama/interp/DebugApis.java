package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.List;

/**
 * The introspection hooks debuggers and async tooling reach for: {@code breakpoint()} with
 * {@code sys.breakpointhook} (PEP 553), {@code sys._current_frames()} and
 * {@code sys._current_exceptions()}, coroutine origin tracking ({@code cr_origin},
 * {@code sys.set_coroutine_origin_tracking_depth}), {@code coroutine.__await__()} and its
 * {@code coroutine_wrapper}, the deprecated {@code code.co_lnotab}, and the repr of cells.
 */
// CPython: Python/bltinmodule.c builtin_breakpoint, Python/sysmodule.c sys_breakpointhook,
// sys__current_frames_impl, sys__current_exceptions_impl, Objects/genobject.c coro_await, compute_cr_origin
public final class DebugApis {
    private DebugApis() {}

    static final PyType CORO_WRAPPER_TYPE = PyType.builtin("coroutine_wrapper", null);

    /** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine. */
    // CPython: Objects/genobject.c PyCoroWrapper
    static final class CoroWrapper extends PyObject {
        final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return CORO_WRAPPER_TYPE;
        }

        @Override
        public String repr() {
            return "<coroutine_wrapper object at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    private static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, null, null, impl);
    }

    private static void method(PyType type, String name, PyBuiltinFunction.Impl impl) {
        type.setAttribute(name, new PyBuiltinFunction(name, type, null, impl));
    }

    private static CoroWrapper cw(PyObject[] a, String name) {
        if (a.length == 0 || !(a[0] instanceof CoroWrapper w)) {
            throw Errors.typeError("descriptor '" + name + "' requires a 'coroutine_wrapper' object");
        }
        return w;
    }

    /** Puts the builtins, the sys functions and the type attributes in place (once per interpreter). */
    static void install(Interpreter interp) {
        PyObject hook = fn("breakpointhook", DebugApis::breakpointhook);
        interp.sys.dict.put(PyStr.of("breakpointhook"), hook);
        interp.sys.dict.put(PyStr.of("__breakpointhook__"), hook);
        interp.sys.dict.put(PyStr.of("_current_frames"), fn("_current_frames", (a, kw) -> {
            Args.noKw("sys._current_frames", kw);
            if (a.length != 0) throw Errors.typeError("sys._current_frames() takes no arguments (" + a.length + " given)");
            PyFrame.handedOut++; // running frames of every thread become visible (monitor.CallbackFrames)
            return currentFrames();
        }));
        interp.sys.dict.put(PyStr.of("_current_exceptions"), fn("_current_exceptions", (a, kw) -> {
            Args.noKw("sys._current_exceptions", kw);
            if (a.length != 0) throw Errors.typeError("sys._current_exceptions() takes no arguments (" + a.length + " given)");
            return currentExceptions();
        }));
        // CPython: Python/sysmodule.c sys_set_coroutine_origin_tracking_depth_impl (per thread)
        interp.sys.dict.put(PyStr.of("set_coroutine_origin_tracking_depth"), fn("set_coroutine_origin_tracking_depth", (a, kw) -> {
            PyObject d = Args.parse("set_coroutine_origin_tracking_depth", a, 0, kw, new String[] {"depth"}, 1, 1)[0];
            if (d instanceof dev.pyjama.objects.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            PyInt n = (PyInt) Abstract.index(d);
            if (!n.fitsLong() || n.longValue() != (int) n.longValue()) {
                throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
            }
            if (n.longValue() < 0) throw Errors.valueError("depth must be >= 0");
            ThreadState.current().coroOriginDepth = (int) n.longValue();
            return PyNone.NONE;
        }));
        interp.sys.dict.put(PyStr.of("get_coroutine_origin_tracking_depth"), fn("get_coroutine_origin_tracking_depth", (a, kw) -> {
            Args.noKw("sys.get_coroutine_origin_tracking_depth", kw);
            if (a.length != 0) {
                throw Errors.typeError("sys.get_coroutine_origin_tracking_depth() takes no arguments (" + a.length + " given)");
            }
            return PyInt.of(ThreadState.current().coroOriginDepth);
        }));
        installTypes();
    }

    /** The builtins of _PyBuiltin_Init that live here: breakpoint and __debug__ (before BuiltinsOrder sorts them). */
    public static void installBuiltins(PyDict builtins) {
        builtins.put(PyStr.of("breakpoint"), fn("breakpoint", DebugApis::breakpoint));
        builtins.put(PyStr.of("__debug__"), dev.pyjama.objects.PyBool.TRUE);
    }

    /**
     * What the command line decides after the interpreter is made: {@code sys.flags},
     * {@code sys._xoptions}, {@code __debug__} under -O, and (unless -S) the builtins site.py
     * adds: quit, exit, copyright, credits, license and help, made by CPython's own
     * {@code _sitebuiltins} as site.py makes them (pyjama does not run site.py itself).
     */
    // CPython: Python/sysmodule.c set_flags_from_config, Lib/site.py setquit, setcopyright, sethelper
    public static void configure(Interpreter interp, java.util.Map<String, Object> xoptions, java.util.Map<String, Integer> flags,
            boolean site) {
        dev.pyjama.modules.SysExtras.setFlags(interp.sys, flags);
        PyDict x = new PyDict();
        xoptions.forEach((k, v) -> x.put(PyStr.of(k), v instanceof String s ? PyStr.of(s) : dev.pyjama.objects.PyBool.TRUE));
        interp.sys.dict.put(PyStr.of("_xoptions"), x);
        Integer optimize = flags.get("optimize");
        if (optimize != null && optimize > 0) interp.builtins.put(PyStr.of("__debug__"), dev.pyjama.objects.PyBool.FALSE);
        if (site) installSiteBuiltins(interp);
    }

    // CPython: Lib/site.py setquit, setcopyright, sethelper (in main()'s order)
    private static void installSiteBuiltins(Interpreter interp) {
        PyModule sb;
        try {
            sb = Importer.importModule("_sitebuiltins");
        } catch (PyException e) {
            return; // no standard library: none of these, as CPython without site
        }
        PyObject quitter = sb.dict.get(PyStr.of("Quitter")), printer = sb.dict.get(PyStr.of("_Printer"));
        PyStr eof = PyStr.of("Ctrl-D (i.e. EOF)");
        PyDict b = interp.builtins;
        b.put(PyStr.of("quit"), Abstract.call(quitter, PyStr.of("quit"), eof));
        b.put(PyStr.of("exit"), Abstract.call(quitter, PyStr.of("exit"), eof));
        PyObject copyright = interp.sys.dict.get(PyStr.of("copyright"));
        b.put(PyStr.of("copyright"), printer(printer, "copyright", copyright == null ? PyStr.of("") : copyright, List.of()));
        b.put(PyStr.of("credits"), printer(printer, "credits", PyStr.of(
                "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                + "    for supporting Python development.  See www.python.org for more information."), List.of()));
        PyObject here = interp.sys.dict.get(PyStr.of("_stdlib_dir"));
        List<PyObject> files = new java.util.ArrayList<>();
        if (here instanceof PyStr h && !h.value().isEmpty()) {
            // os.path.join(dir, name) for dir in (here/.., here, '.') for name in (LICENSE.txt, LICENSE)
            for (String dir : new String[] {h.value() + "/..", h.value(), "."}) {
                for (String name : new String[] {"LICENSE.txt", "LICENSE"}) files.add(PyStr.of(dir.endsWith("/") ? dir + name : dir + "/" + name));
            }
        }
        b.put(PyStr.of("license"), printer(printer, "license", PyStr.of("See https://www.python.org/psf/license/"), files));
        b.put(PyStr.of("help"), Abstract.call(sb.dict.get(PyStr.of("_Helper"))));
    }

    /**
     * A {@code _Printer} with the state its __init__ would give it, made without running
     * __init__: that imports os (only for os.path.join), which CPython has loaded at start-up
     * anyway but pyjama does not (0.45 s of CPU on a cold JVM).
     */
    // CPython: Lib/_sitebuiltins.py _Printer.__init__
    private static PyObject printer(PyObject cls, String name, PyObject data, List<PyObject> filenames) {
        PyObject p = Abstract.call(Abstract.getattr(cls, PyStr.of("__new__")), cls);
        Abstract.setattr(p, PyStr.of("_Printer__name"), PyStr.of(name));
        Abstract.setattr(p, PyStr.of("_Printer__data"), data);
        Abstract.setattr(p, PyStr.of("_Printer__lines"), PyNone.NONE);
        Abstract.setattr(p, PyStr.of("_Printer__filenames"), new dev.pyjama.objects.PyList(new java.util.ArrayList<>(filenames)));
        return p;
    }

    private static boolean typesInstalled;

    private static synchronized void installTypes() {
        if (typesInstalled) return;
        typesInstalled = true;
        PyType ct = PyGenerator.COROUTINE_TYPE;
        BuiltinTypes.getset(ct, "cr_origin", self -> {
            PyObject o = ((PyGenerator) self).origin;
            return o == null ? PyNone.NONE : o;
        }, null);
        method(ct, "__await__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyGenerator g) || g.kind != PyGenerator.Kind.COROUTINE) {
                throw Errors.typeError("descriptor '__await__' requires a 'coroutine' object");
            }
            if (a.length != 1) throw Errors.typeError("expected 0 arguments, got " + (a.length - 1));
            return new CoroWrapper(g);
        });
        PyType wt = CORO_WRAPPER_TYPE;
        // CPython: Objects/genobject.c coro_wrapper_methods, coro_wrapper_iternext
        method(wt, "send", (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("coroutine_wrapper.send() takes exactly one argument (" + (a.length - 1) + " given)");
            return Generators.send(cw(a, "send").coro, a[1]);
        });
        method(wt, "throw", (a, kw) -> {
            CoroWrapper w = cw(a, "throw");
            if (a.length < 2 || a.length > 4) throw Errors.typeError("throw expected at least 1 argument, got " + (a.length - 1));
            return Generators.genThrow(w.coro, true, a[1], a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null);
        });
        method(wt, "close", (a, kw) -> Generators.close(cw(a, "close").coro));
        method(wt, "__next__", (a, kw) -> Generators.iternext(cw(a, "__next__").coro));
        method(wt, "__iter__", (a, kw) -> cw(a, "__iter__"));
        BuiltinTypes.slot0(wt, "__repr__", self -> PyStr.of(self.repr()));

        // CPython: Objects/codeobject.c code_getlnotab, decode_linetable
        BuiltinTypes.getset(PyCode.TYPE, "co_lnotab", self -> {
            PyObject warn = Abstract.getattr(Importer.importModule("warnings"), PyStr.of("warn"));
            Abstract.call(warn, PyStr.of("co_lnotab is deprecated, use co_lines instead."), ExceptionTypes.DEPRECATION_WARNING);
            return new PyBytes(dev.pyjama.code.LineTable.lnotab((PyCode) self));
        }, null);
        // CPython: Objects/cellobject.c cell_repr
        BuiltinTypes.slot0(PyCell.TYPE, "__repr__", self -> PyStr.of(self.repr()));
    }

    // CPython: Python/bltinmodule.c builtin_breakpoint
    private static PyObject breakpoint(PyObject[] a, PyTuple kw) {
        PyObject hook = Interpreter.current().sys.dict.get(PyStr.of("breakpointhook"));
        if (hook == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "lost sys.breakpointhook");
        return Abstract.call(hook, a, kw);
    }

    /**
     * The default hook: {@code $PYTHONBREAKPOINT} read at each call (os.environ's changes count),
     * "0" does nothing, a dotted name is imported and called, a bare name is a builtin; a name
     * that does not import warns and returns None. Unset or empty: pdb.set_trace.
     */
    // CPython: Python/sysmodule.c sys_breakpointhook
    private static PyObject breakpointhook(PyObject[] a, PyTuple kw) {
        PyObject flags = Interpreter.current().sys.dict.get(PyStr.of("flags"));
        boolean ignoreEnv = flags instanceof PyTuple t && t.items.length > 7 && Abstract.isTrue(t.items[7]);
        String env = ignoreEnv ? null : dev.pyjama.modules.ChildProcesses.getenv("PYTHONBREAKPOINT"); // Py_GETENV
        if (env == null || env.isEmpty()) env = "pdb.set_trace";
        else if (env.equals("0")) return PyNone.NONE;
        int dot = env.lastIndexOf('.');
        if (dot != 0) {
            String module = dot < 0 ? "builtins" : env.substring(0, dot);
            String attr = env.substring(dot + 1);
            PyObject hook = null;
            try {
                PyModule m = Importer.importModule(module);
                hook = Abstract.getattr(m, PyStr.of(attr));
            } catch (PyException e) {
                if (!e.value().type().isSubtype(ExceptionTypes.IMPORT_ERROR)
                        && !e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
            if (hook != null) return Abstract.call(hook, a, kw);
        }
        RuntimeWarnings.warn("Ignoring unimportable $PYTHONBREAKPOINT: \"" + env + "\"");
        return PyNone.NONE;
    }

    /** {@code sys._current_frames()}: each live thread's id to its topmost Python frame (threads outside Python left out). */
    // CPython: Python/pystate.c _PyThread_CurrentFrames
    private static PyObject currentFrames() {
        PyDict d = new PyDict();
        for (ThreadState ts : Interpreter.current().threadStates()) {
            PyFrame f = ts.frame;
            if (f != null) d.put(PyInt.of(ts.ident), f);
        }
        return d;
    }

    /** {@code sys._current_exceptions()}: each live thread's id to the exception it handles, or None. */
    // CPython: Python/pystate.c _PyThread_CurrentExceptions
    private static PyObject currentExceptions() {
        PyDict d = new PyDict();
        for (ThreadState ts : Interpreter.current().threadStates()) {
            PyBaseException e = ts.handledException();
            d.put(PyInt.of(ts.ident), e == null ? PyNone.NONE : e);
        }
        return d;
    }

    /**
     * A new coroutine's {@code cr_origin}: (filename, line, function name) of up to {@code depth}
     * frames, starting with the one that called the coroutine function, innermost first.
     */
    // CPython: Objects/genobject.c compute_cr_origin
    static PyObject origin(PyFrame caller, int depth) {
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        for (PyFrame f = caller; f != null && items.size() < depth; f = f.back) {
            items.add(PyTuple.of(PyStr.of(f.code.filename), PyInt.of(f.lineno()), PyStr.of(f.code.name)));
        }
        return new PyTuple(items.toArray(new PyObject[0]));
    }

    /**
     * "coroutine ... was never awaited" for a coroutine that is finalized unstarted (frame.clear()
     * here; pyjama has no reference counts to notice the others): warnings' own formatter, which
     * adds cr_origin's frames, else a plain RuntimeWarning.
     */
    // CPython: Python/_warnings.c _PyErr_WarnUnawaitedCoroutine
    static void warnUnawaited(PyGenerator coro) {
        try {
            PyModule warnings = Importer.importModule("warnings");
            PyObject fn = Abstract.lookupAttr(warnings, PyStr.of("_warn_unawaited_coroutine"));
            if (fn != null) {
                Abstract.call(fn, coro);
                return;
            }
            RuntimeWarnings.warn("coroutine '" + coro.qualname + "' was never awaited");
        } catch (PyException e) {
            // a finalizer's context: an error (a filter that raises) is reported, never raised
            Interpreter.current().writeUnraisable(coro, e.value());
        }
    }
}
