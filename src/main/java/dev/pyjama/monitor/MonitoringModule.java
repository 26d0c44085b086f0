package dev.pyjama.monitor;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.SimpleNamespaces;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code sys.monitoring} module: the Python API over {@link Monitoring}, with CPython
 * 3.13.0's functions, argument conversions and error messages.
 */
// CPython: Python/instrumentation.c (monitoring_* functions, PyModuleDef monitoring_module),
// Python/clinic/instrumentation.c.h (their argument parsing)
public final class MonitoringModule {
    private MonitoringModule() {}

    /** {@code sys.monitoring.DISABLE} and {@code MISSING}: plain {@code object()} sentinels. */
    public static final PyObject DISABLE = new PyInstance(PyType.OBJECT), MISSING = new PyInstance(PyType.OBJECT);

    @FunctionalInterface
    private interface Body {
        PyObject call(PyObject[] a);
    }

    /** A clinic function of exactly {@code n} positional-only arguments. */
    private static void def(PyModule m, String name, int n, Body body) {
        String qualified = "sys.monitoring." + name;
        m.dict.put(PyStr.of(name), new PyBuiltinFunction(name, null, m, (args, kw) -> {
            if (kw != null && kw.items.length > 0) throw misuse("no_keywords", Errors.typeError(qualified + "() takes no keyword arguments"));
            if (n == 0 && args.length > 0) {
                throw misuse("arg_count", Errors.typeError(qualified + "() takes no arguments (" + args.length + " given)"));
            }
            if (args.length != n) {
                // CPython: Python/getargs.c _PyArg_CheckPositional
                throw misuse("arg_count", Errors.typeError(name + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length));
            }
            return body.call(args);
        }));
    }

    /** Counts a misuse error for the parity suite ({@link UsageCounts}) and returns it to be thrown. */
    private static dev.pyjama.objects.PyException misuse(String kind, dev.pyjama.objects.PyException e) {
        if (UsageCounts.ENABLED) UsageCounts.error(dev.pyjama.interp.Interpreter.current().monitoring, kind);
        return e;
    }

    /** Clinic's {@code int} converter (_PyLong_AsInt). */
    private static int cInt(PyObject o) {
        PyInt i;
        try {
            i = (PyInt) Abstract.index(o);
        } catch (dev.pyjama.objects.PyException e) {
            throw misuse("not_int", e);
        }
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw misuse("int_overflow", Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int"));
        }
        return (int) i.longValue();
    }

    private static int validTool(PyObject o) {
        return checkTool(cInt(o));
    }

    // CPython: Python/instrumentation.c check_valid_tool
    private static int checkTool(int tool) {
        if (tool < 0 || tool >= MonitoringEvents.SYS_PROFILE_ID) {
            throw misuse("invalid_tool", Errors.valueError("invalid tool " + tool + " (must be between 0 and 5)"));
        }
        return tool;
    }

    // CPython: Python/instrumentation.c check_tool
    private static void toolInUse(Monitoring mon, int tool) {
        if (!mon.inUse(tool)) throw misuse("tool_not_in_use", Errors.valueError("tool " + tool + " is not in use"));
    }

    private static PyCode code(PyObject o) {
        if (!(o instanceof PyCode c)) throw misuse("not_code", Errors.typeError("code must be a code object"));
        return c;
    }

    private static String hex(int v) {
        return "0x" + Integer.toHexString(v);
    }


    /** Makes {@code sys.monitoring} for an interpreter whose state is {@code mon}. */
    public static PyModule create(Monitoring mon) {
        PyModule m = new PyModule("sys.monitoring");
        m.dict.put(PyStr.of("__package__"), PyStr.of(""));
        m.dict.put(PyStr.of("__loader__"), PyNone.NONE);
        m.dict.put(PyStr.of("__spec__"), PyNone.NONE);
        def(m, "use_tool_id", 2, a -> {
            int tool = validTool(a[0]);
            if (!(a[1] instanceof PyStr)) throw misuse("tool_name_not_str", Errors.valueError("tool name must be a str"));
            if (!mon.useTool(tool, a[1])) throw misuse("tool_in_use", Errors.valueError("tool " + tool + " is already in use"));
            return PyNone.NONE;
        });
        def(m, "free_tool_id", 1, a -> {
            mon.freeTool(validTool(a[0]));
            return PyNone.NONE;
        });
        def(m, "get_tool", 1, a -> {
            PyObject name = mon.toolName(validTool(a[0]));
            return name == null ? PyNone.NONE : name;
        });
        def(m, "register_callback", 3, a -> {
            int tool = validTool(a[0]);
            int event = cInt(a[1]);
            if (Integer.bitCount(event) != 1) throw misuse("callback_one_event", Errors.valueError("The callback can only be set for one event at a time"));
            int eventId = 31 - Integer.numberOfLeadingZeros(event);
            if (eventId >= MonitoringEvents.EVENTS) throw misuse("invalid_event", Errors.valueError("invalid event " + event));
            PyObject old = mon.registerCallback(tool, eventId, a[2] == PyNone.NONE ? null : a[2]);
            return old == null ? PyNone.NONE : old;
        });
        def(m, "get_events", 1, a -> PyInt.of(mon.events(validTool(a[0]))));
        def(m, "set_events", 2, a -> {
            int tool = validTool(a[0]);
            int set = cInt(a[1]);
            if (set < 0 || set >= 1 << MonitoringEvents.EVENTS) throw misuse("invalid_event_set", Errors.valueError("invalid event set " + hex(set)));
            if ((set & MonitoringEvents.C_RETURN_EVENTS) != 0
                    && (set & MonitoringEvents.C_CALL_EVENTS) != MonitoringEvents.C_CALL_EVENTS) {
                throw misuse("c_return_independently", Errors.valueError("cannot set C_RETURN or C_RAISE events independently"));
            }
            set &= ~MonitoringEvents.C_RETURN_EVENTS;
            toolInUse(mon, tool);
            Instrumentation.setEvents(mon, tool, set);
            return PyNone.NONE;
        });
        // Clinic converts every argument before the function checks any (here and below).
        def(m, "get_local_events", 2, a -> {
            int tool = cInt(a[0]);
            PyCode code = code(a[1]);
            return PyInt.of(mon.localEvents(code, checkTool(tool)));
        });
        def(m, "set_local_events", 3, a -> {
            int tool = cInt(a[0]);
            int set = cInt(a[2]);
            PyCode code = code(a[1]);
            checkTool(tool);
            if ((set & MonitoringEvents.C_RETURN_EVENTS) != 0
                    && (set & MonitoringEvents.C_CALL_EVENTS) != MonitoringEvents.C_CALL_EVENTS) {
                throw misuse("c_return_independently", Errors.valueError("cannot set C_RETURN or C_RAISE events independently"));
            }
            set &= ~MonitoringEvents.C_RETURN_EVENTS;
            if (set < 0 || set >= 1 << MonitoringEvents.LOCAL_EVENTS) throw misuse("invalid_local_event_set", Errors.valueError("invalid local event set " + hex(set)));
            toolInUse(mon, tool);
            mon.setLocalEvents(code, tool, set);
            Instrumentation.update(code, mon);
            return PyNone.NONE;
        });
        def(m, "restart_events", 0, a -> {
            mon.restartEvents();
            Instrumentation.instrumentExecuting(mon);
            return PyNone.NONE;
        });
        def(m, "_all_events", 0, a -> {
            PyDict d = new PyDict();
            for (int e = 0; e < MonitoringEvents.UNGROUPED_EVENTS; e++) {
                int tools = mon.toolsFor(e);
                if (tools != 0) d.put(PyStr.of(MonitoringEvents.name(e)), PyInt.of(tools));
            }
            return d;
        });
        Map<String, PyObject> events = new java.util.TreeMap<>();
        for (int e = 0; e < MonitoringEvents.EVENTS; e++) events.put(MonitoringEvents.name(e), PyInt.of(1 << e));
        events.put("NO_EVENTS", PyInt.of(0));
        m.dict.put(PyStr.of("events"), SimpleNamespaces.of(new LinkedHashMap<>(events)));
        m.dict.put(PyStr.of("DEBUGGER_ID"), PyInt.of(MonitoringEvents.DEBUGGER_ID));
        m.dict.put(PyStr.of("COVERAGE_ID"), PyInt.of(MonitoringEvents.COVERAGE_ID));
        m.dict.put(PyStr.of("PROFILER_ID"), PyInt.of(MonitoringEvents.PROFILER_ID));
        m.dict.put(PyStr.of("OPTIMIZER_ID"), PyInt.of(MonitoringEvents.OPTIMIZER_ID));
        m.dict.put(PyStr.of("DISABLE"), DISABLE);
        m.dict.put(PyStr.of("MISSING"), MISSING);
        return m;
    }
}
