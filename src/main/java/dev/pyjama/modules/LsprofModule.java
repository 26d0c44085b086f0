package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code _lsprof}, cProfile's core, built as CPython 3.13's is: {@code Profiler.enable()} claims
 * sys.monitoring's PROFILER tool (2) and registers its own bound methods as the callbacks of
 * PY_START/PY_RESUME/PY_THROW (enter a Python function), PY_RETURN/PY_YIELD/PY_UNWIND (leave it),
 * CALL (enter a built-in) and C_RETURN/C_RAISE (leave it), all through the Python-level
 * {@code sys.monitoring} API, so other tools see what they would see on CPython. The
 * bookkeeping (entries, sub-entries per caller, the context stack) is in {@link LsprofStats}.
 */
// CPython: Modules/_lsprof.c
public final class LsprofModule {
    private LsprofModule() {}

    public static final PyType PROFILER = PyType.builtin("_lsprof.Profiler", null);
    static final PyType ENTRY = StructSeq.newType("_lsprof.profiler_entry",
            new String[] {"code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"}, 6, true);
    static final PyType SUBENTRY = StructSeq.newType("_lsprof.profiler_subentry",
            new String[] {"code", "callcount", "reccallcount", "totaltime", "inlinetime"}, 5, true);

    /** sys.monitoring.PROFILER_ID. */
    private static final int TOOL_ID = 2;

    /** The (event, callback method) pairs enable() registers. */
    // CPython: Modules/_lsprof.c callback_table
    private static final Object[][] CALLBACKS = {
        {1 << dev.pyjama.monitor.MonitoringEvents.PY_START, "_pystart_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.PY_RESUME, "_pystart_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.PY_THROW, "_pystart_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.PY_RETURN, "_pyreturn_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.PY_YIELD, "_pyreturn_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.PY_UNWIND, "_pyreturn_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.CALL, "_ccall_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.C_RETURN, "_creturn_callback"},
        {1 << dev.pyjama.monitor.MonitoringEvents.C_RAISE, "_creturn_callback"},
    };

    /** A Profiler (or an instance of a Python subclass such as cProfile.Profile). */
    static final class Profiler extends PyObject implements Derived {
        private PyType type = PROFILER;
        private PyDict dict;
        final LsprofStats stats = new LsprofStats(this);
        boolean enabled;
        /** The external timer is running (CPython's POF_EXT_TIMER): disable() and clear() refuse. */
        boolean inExternalTimer;
        PyObject externalTimer;
        double externalTimerUnit;

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        @Override
        public String repr() {
            return "<" + type.name() + " object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }

        /** The time now, in the timer's units (nanoseconds for the built-in timer). */
        // CPython: Modules/_lsprof.c call_timer, CallExternalTimer
        long now() {
            if (externalTimer == null) return System.nanoTime();
            inExternalTimer = true;
            try {
                PyObject o = Abstract.call(externalTimer);
                // an int count of timeunits, else seconds (_PyTime_FromSecondsObject: a float, or an integer)
                if (externalTimerUnit > 0.0) return ModuleSupport.asLong(o);
                if (o instanceof PyFloat f) return (long) Math.floor(f.value * 1e9);
                return Math.multiplyExact(ModuleSupport.asLong(o), 1_000_000_000L);
            } catch (PyException e) {
                unraisable(e);
                return 0;
            } catch (ArithmeticException e) {
                unraisable(Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timestamp too large to convert to C PyTime_t"));
                return 0;
            } finally {
                inExternalTimer = false;
            }
        }

        /** PyErr_WriteUnraisable(timer): an error raised outside Python code gets the current frame as its traceback. */
        // CPython: Python/errors.c format_unraisable_v
        private void unraisable(PyException e) {
            dev.pyjama.objects.PyBaseException exc = e.value();
            dev.pyjama.objects.PyFrame f = dev.pyjama.interp.ThreadState.current().frame;
            if (exc.traceback == null && f != null) exc.traceback = new dev.pyjama.objects.PyTraceback(null, f, f.lasti);
            Interpreter.current().writeUnraisable(externalTimer, exc);
        }
    }

    static {
        Derived.SELF_DERIVED.put(PROFILER, Profiler.class);
        PyType t = PROFILER;
        t.dict.put("__doc__", PyStr.of("Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
                + "    Builds a profiler object using the specified timer function.\n"
                + "    The default timer is a fast built-in one based on real time.\n"
                + "    For custom timer functions returning integers, timeunit can\n"
                + "    be a float specifying a scale (i.e. how long each integer unit\n"
                + "    is, in seconds).\n"));
        BuiltinTypes.newMethod(t, (args, kw) -> new Profiler());
        BuiltinTypes.put(t, "__init__", LsprofModule::init);
        BuiltinTypes.put(t, "enable", LsprofModule::enable);
        BuiltinTypes.noargs(t, "disable", self -> disable((Profiler) self));
        BuiltinTypes.noargs(t, "clear", self -> {
            Profiler p = (Profiler) self;
            if (p.inExternalTimer) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot clear profiler in external timer");
            p.stats.clear();
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "getstats", (args, kw) -> {
            ModuleSupport.noArgs("getstats", java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            return getstats((Profiler) args[0]);
        });
        BuiltinTypes.put(t, "_pystart_callback", (args, kw) -> {
            expect("_pystart_callback", args, 2);
            Profiler p = (Profiler) args[0];
            p.stats.enter(args[1], args[1]);
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "_pyreturn_callback", (args, kw) -> {
            expect("_pyreturn_callback", args, 3);
            ((Profiler) args[0]).stats.leave(args[1]);
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "_ccall_callback", (args, kw) -> {
            expect("_ccall_callback", args, 4);
            Profiler p = (Profiler) args[0];
            if (p.stats.builtins) {
                PyBuiltinFunction f = cfunc(args[3], args[4]);
                if (f != null) p.stats.enter(LsprofStats.builtinKey(f), f);
            }
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "_creturn_callback", (args, kw) -> {
            expect("_creturn_callback", args, 4);
            Profiler p = (Profiler) args[0];
            if (p.stats.builtins) {
                PyBuiltinFunction f = cfunc(args[3], args[4]);
                if (f != null) p.stats.leave(LsprofStats.builtinKey(f));
            }
            return PyNone.NONE;
        });
    }

    /** The callbacks are METH_FASTCALL: they check only that enough arguments came. */
    private static void expect(String name, PyObject[] args, int n) {
        int got = args.length - 1;
        if (got < n) throw Errors.typeError(name + " expected " + n + " arguments, got " + got);
    }

    /**
     * The built-in function a CALL event names, or null: a builtin_function_or_method itself, or a
     * method descriptor bound to its first argument (when there is one).
     */
    // CPython: Modules/_lsprof.c get_cfunc_from_callable
    private static PyBuiltinFunction cfunc(PyObject callable, PyObject selfArg) {
        if (callable instanceof PyBuiltinFunction b && b.type() == PyBuiltinFunction.BUILTIN_FUNCTION_TYPE) return b;
        if (callable instanceof PyBuiltinFunction b && b.type() == PyBuiltinFunction.METHOD_DESCRIPTOR_TYPE) {
            if (selfArg == dev.pyjama.monitor.MonitoringModule.MISSING) return null;
            PyObject m;
            try {
                m = Abstract.descrGet(b, selfArg, selfArg.type());
            } catch (PyException e) {
                return null;
            }
            if (m instanceof PyBuiltinFunction f && f.type() == PyBuiltinFunction.BUILTIN_FUNCTION_TYPE) return f;
        }
        return null;
    }

    // CPython: Modules/_lsprof.c profiler_init ("|Odpp:Profiler")
    private static PyObject init(PyObject[] args, PyTuple kw) {
        Profiler p = (Profiler) args[0];
        PyObject[] a = Args.parse("Profiler", args, 1, kw, new String[] {"timer", "timeunit", "subcalls", "builtins"}, 0, 4);
        double unit = 0.0;
        if (a[1] != null) unit = ModuleSupport.asDouble(a[1]);
        boolean subcalls = a[2] == null || Abstract.isTrue(a[2]);
        boolean builtins = a[3] == null || Abstract.isTrue(a[3]);
        p.stats.subcalls = subcalls;
        p.stats.builtins = builtins;
        p.externalTimerUnit = unit;
        p.externalTimer = a[0];
        return PyNone.NONE;
    }

    private static PyObject monitoring() {
        return Abstract.getattr(Interpreter.current().sys, PyStr.of("monitoring"));
    }

    private static PyObject callMonitoring(PyObject monitoring, String name, PyObject... args) {
        return Abstract.call(Abstract.getattr(monitoring, PyStr.of(name)), args);
    }

    // CPython: Modules/_lsprof.c profiler_enable ("|pp:enable")
    private static PyObject enable(PyObject[] args, PyTuple kw) {
        Profiler p = (Profiler) args[0];
        PyObject[] a = Args.parse("enable", args, 1, kw, new String[] {"subcalls", "builtins"}, 0, 2);
        if (a[0] != null) p.stats.subcalls = Abstract.isTrue(a[0]);
        if (a[1] != null) p.stats.builtins = Abstract.isTrue(a[1]);
        PyObject mon = monitoring();
        try {
            callMonitoring(mon, "use_tool_id", PyInt.of(TOOL_ID), PyStr.of("cProfile"));
        } catch (PyException e) {
            throw Errors.valueError("Another profiling tool is already active");
        }
        int all = 0;
        for (Object[] row : CALLBACKS) {
            int event = (Integer) row[0];
            PyObject callback = Abstract.getattr(p, PyStr.of((String) row[1]));
            callMonitoring(mon, "register_callback", PyInt.of(TOOL_ID), PyInt.of(event), callback);
            all |= event;
        }
        callMonitoring(mon, "set_events", PyInt.of(TOOL_ID), PyInt.of(all));
        p.enabled = true;
        return PyNone.NONE;
    }

    // CPython: Modules/_lsprof.c profiler_disable
    private static PyObject disable(Profiler p) {
        if (p.inExternalTimer) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot disable profiler in external timer");
        if (p.enabled) {
            PyObject mon = monitoring();
            for (Object[] row : CALLBACKS) {
                callMonitoring(mon, "register_callback", PyInt.of(TOOL_ID), PyInt.of((Integer) row[0]), PyNone.NONE);
            }
            callMonitoring(mon, "set_events", PyInt.of(TOOL_ID), PyInt.of(0));
            callMonitoring(mon, "free_tool_id", PyInt.of(TOOL_ID));
            p.enabled = false;
            p.stats.flushUnmatched();
        }
        return PyNone.NONE;
    }

    // CPython: Modules/_lsprof.c _lsprof_Profiler_getstats_impl, statsForEntry, statsForSubEntry
    private static PyObject getstats(Profiler p) {
        double factor = p.externalTimer == null || p.externalTimerUnit == 0.0 ? 1e-9 : p.externalTimerUnit;
        PyList list = new PyList(new java.util.ArrayList<>());
        for (LsprofStats.Entry e : p.stats.entries()) {
            if (e.callcount == 0) continue;
            PyObject calls = PyNone.NONE;
            if (!e.calls.isEmpty()) {
                PyList sub = new PyList(new java.util.ArrayList<>());
                for (LsprofStats.SubEntry s : e.calls.values()) {
                    sub.items.add(StructSeq.of(SUBENTRY, s.callee.userObj, PyInt.of(s.callcount), PyInt.of(s.recursivecallcount),
                            PyFloat.of(factor * s.tt), PyFloat.of(factor * s.it)));
                }
                calls = sub;
            }
            list.items.add(StructSeq.of(ENTRY, e.userObj, PyInt.of(e.callcount), PyInt.of(e.recursivecallcount),
                    PyFloat.of(factor * e.tt), PyFloat.of(factor * e.it), calls));
        }
        return list;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_lsprof");
        ModuleSupport.set(m, "__doc__", PyStr.of("Fast profiler"));
        ModuleSupport.set(m, "Profiler", PROFILER);
        ModuleSupport.set(m, "profiler_entry", ENTRY);
        ModuleSupport.set(m, "profiler_subentry", SUBENTRY);
        return m;
    }
}
