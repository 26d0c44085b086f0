package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.monitor.Legacy;
import dev.pyjama.monitor.MonitoringCApi;
import dev.pyjama.monitor.MonitoringEvents;
import dev.pyjama.monitor.TraceFunction;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code _testcapi}: only the parts CPython's test_monitoring and test_sys_settrace use, each
 * working for real: PEP 669's C API driven from Python through {@code CodeLike} objects
 * ({@link MonitoringCApi} on pyjama's monitoring engine), C-level trace functions installed
 * with {@code PyEval_SetTrace} ({@link Legacy#setTrace} with a Java {@link TraceFunction}) and
 * {@code Py_C_RECURSION_LIMIT}. Everything else of CPython's module is absent, so a test that
 * needs it fails to find it (AttributeError) instead of passing by a fake.
 */
// CPython: Modules/_testcapimodule.c (settrace_to_record, settrace_to_error), Modules/_testcapi/monitoring.c
public final class TestCapiModule {
    private TestCapiModule() {}

    /** {@code monitoring.CodeLike}: a "code-like" object holding one monitoring state per event site. */
    public static final PyType CODE_LIKE = PyType.builtin("monitoring.CodeLike", null);

    static final class CodeLike extends PyObject {
        final MonitoringCApi.State[] states;
        final long[] version = {0};

        CodeLike(int n) {
            states = new MonitoringCApi.State[n];
            for (int i = 0; i < n; i++) states[i] = new MonitoringCApi.State();
        }

        @Override
        public PyType type() {
            return CODE_LIKE;
        }

        @Override
        public String repr() {
            return "<monitoring.CodeLike object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }

        // CPython: Modules/_testcapi/monitoring.c CodeLike_str
        String str() {
            StringBuilder b = new StringBuilder("PyCodeLikeObject");
            for (MonitoringCApi.State s : states) b.append(":  ").append(s.active);
            return b.toString();
        }
    }

    static {
        PyType t = CODE_LIKE;
        t.baseType = false;
        t.setAttribute("__doc__", PyStr.of("CodeLike objects"));
        BuiltinTypes.newMethod(t, (a, kw) -> {
            // CPython: Modules/_testcapi/monitoring.c CodeLike_new (PyArg_ParseTuple "i"; keywords ignored)
            int kwCount = kw == null ? 0 : kw.items.length;
            PyObject[] args = java.util.Arrays.copyOfRange(a, 1, a.length - kwCount);
            parse(args, 1);
            int n = cInt(args[0]);
            if (n < 0) throw Errors.systemError("<class 'monitoring.CodeLike'> returned NULL without setting an exception");
            return new CodeLike(n);
        });
        BuiltinTypes.slot0(t, "__str__", self -> PyStr.of(((CodeLike) self).str()));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_testcapi");
        ModuleSupport.set(m, "CodeLike", CODE_LIKE);
        ModuleSupport.set(m, "Py_C_RECURSION_LIMIT", ThreadState.NATIVE_RECURSION_LIMIT);
        int ret = MonitoringEvents.PY_RETURN, yld = MonitoringEvents.PY_YIELD, cret = MonitoringEvents.C_RETURN;
        fire(m, "fire_event_py_start", 0, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, MonitoringEvents.PY_START));
        fire(m, "fire_event_py_resume", 0, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, MonitoringEvents.PY_RESUME));
        fire(m, "fire_event_py_return", 1, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, ret, a[2]));
        fire(m, "fire_event_c_return", 1, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, cret, a[2]));
        fire(m, "fire_event_py_yield", 1, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, yld, a[2]));
        fire(m, "fire_event_call", 2, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, MonitoringEvents.CALL, a[2], a[3]));
        fire(m, "fire_event_line", -1, (c, s, off, a) -> MonitoringCApi.fireLine(mon(), s, c, off, cInt(a[2])));
        fire(m, "fire_event_jump", 1, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, MonitoringEvents.JUMP, a[2]));
        fire(m, "fire_event_branch", 1, (c, s, off, a) -> MonitoringCApi.fire(mon(), s, c, off, MonitoringEvents.BRANCH, a[2]));
        exceptionEvent(m, "fire_event_py_throw", MonitoringEvents.PY_THROW);
        exceptionEvent(m, "fire_event_raise", MonitoringEvents.RAISE);
        exceptionEvent(m, "fire_event_c_raise", MonitoringEvents.C_RAISE);
        exceptionEvent(m, "fire_event_reraise", MonitoringEvents.RERAISE);
        exceptionEvent(m, "fire_event_exception_handled", MonitoringEvents.EXCEPTION_HANDLED);
        exceptionEvent(m, "fire_event_py_unwind", MonitoringEvents.PY_UNWIND);
        fire(m, "fire_event_stop_iteration", 1, (c, s, off, a) -> MonitoringCApi.fireStopIteration(mon(), s, c, off, nullable(a[2])));
        ModuleSupport.def(m, "monitoring_enter_scope", TestCapiModule::enterScope);
        ModuleSupport.def(m, "monitoring_exit_scope", (a, kw) -> {
            noKeywords("monitoring_exit_scope", kw);
            MonitoringCApi.exitScope();
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "settrace_to_record", (a, kw) -> setTrace("settrace_to_record", a, kw, RECORD));
        ModuleSupport.def(m, "settrace_to_error", (a, kw) -> setTrace("settrace_to_error", a, kw, ERROR));
        return m;
    }

    private static dev.pyjama.monitor.Monitoring mon() {
        return Interpreter.current().monitoring;
    }

    // ---- the fire_event_* functions

    @FunctionalInterface
    private interface Fire {
        void fire(CodeLike codeLike, MonitoringCApi.State state, int offset, PyObject[] args);
    }

    /**
     * A {@code fire_event_*} function of {@code (codelike, offset, ...)} with {@code extra} more
     * objects ({@code -1}: one C int, the line): it fires at the state of site {@code offset}
     * and returns the tools still active there.
     */
    // CPython: Modules/_testcapi/monitoring.c setup_fire, teardown_fire
    private static void fire(PyModule m, String name, int extra, Fire body) {
        ModuleSupport.def(m, name, (a, kw) -> {
            noKeywords(name, kw);
            parse(a, 2 + Math.abs(extra));
            CodeLike c = codeLike(a[0]);
            int offset = cInt(a[1]);
            if (extra < 0) cInt(a[2]);
            MonitoringCApi.State state = state(c, offset);
            body.fire(c, state, offset, a);
            return PyInt.of(state.active);
        });
    }

    /** An exception event: the third argument is the exception to report (None: none is set). */
    private static void exceptionEvent(PyModule m, String name, int event) {
        fire(m, name, 1, (c, s, off, a) -> MonitoringCApi.fireException(mon(), s, c, off, event, nullable(a[2])));
    }

    /** The state of site {@code offset} (CPython asserts the offset is in range). */
    private static MonitoringCApi.State state(CodeLike c, int offset) {
        if (offset < 0) throw Errors.valueError("offset must be non-negative");
        if (offset >= c.states.length) throw Errors.indexError("offset out of range of the code-like's " + c.states.length + " states");
        return c.states[offset];
    }

    // CPython: Modules/_testcapi/monitoring.c enter_scope
    private static PyObject enterScope(PyObject[] a, PyTuple kw) {
        noKeywords("monitoring_enter_scope", kw);
        if (a.length != 2 && a.length != 3) parse(a, a.length < 2 ? 2 : 3);
        CodeLike c = codeLike(a[0]);
        int[] events = new int[a.length - 1];
        for (int i = 0; i < events.length; i++) events[i] = cInt(a[1 + i]);
        if (events.length > c.states.length) {
            throw Errors.indexError("the code-like has " + c.states.length + " states for " + events.length + " events");
        }
        MonitoringCApi.enterScope(mon(), c.states, c.version, events);
        return PyNone.NONE;
    }

    // ---- C trace functions

    /** {@code record_func}: appends {@code (what, f_lineno, arg)} to the list it was installed with. */
    // CPython: Modules/_testcapimodule.c record_func
    private static final TraceFunction RECORD = (obj, frame, what, arg) ->
            ((PyList) obj).items.add(PyTuple.of(PyInt.of(what), PyInt.of(frame.lineno()), arg == null ? PyNone.NONE : arg));

    /** {@code error_func}: raises once (while its list is empty, appending None), then does nothing. */
    // CPython: Modules/_testcapimodule.c error_func
    private static final TraceFunction ERROR = (obj, frame, what, arg) -> {
        PyList list = (PyList) obj;
        if (!list.items.isEmpty()) return;
        list.items.add(PyNone.NONE);
        throw Errors.raise(ExceptionTypes.EXCEPTION, "an exception");
    };

    // CPython: Modules/_testcapimodule.c settrace_to_record, settrace_to_error (METH_O)
    private static PyObject setTrace(String name, PyObject[] a, PyTuple kw, TraceFunction fn) {
        // METH_O names the function with its module (_PyObject_FunctionStr), METH_VARARGS without
        noKeywords("_testcapi." + name, kw);
        if (a.length != 1) throw Errors.typeError("_testcapi." + name + "() takes exactly one argument (" + a.length + " given)");
        if (!(a[0] instanceof PyList)) throw Errors.typeError("argument must be a list");
        Legacy.setTrace(mon(), fn, a[0]);
        return PyNone.NONE;
    }

    // ---- PyArg_ParseTuple

    private static void noKeywords(String name, PyTuple kw) {
        if (kw != null && kw.items.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    /** PyArg_ParseTuple's count check, with its message. */
    private static void parse(PyObject[] a, int n) {
        if (a.length != n) {
            String what = n == 1 ? "function takes exactly 1 argument" : "function takes exactly " + n + " arguments";
            throw Errors.typeError(what + " (" + a.length + " given)");
        }
    }

    /** {@code RAISE_UNLESS_CODELIKE}. */
    private static CodeLike codeLike(PyObject o) {
        if (o instanceof CodeLike c) return c;
        throw Errors.typeError("expected a code-like, got " + o.type().name());
    }

    /** {@code NULLABLE}: None stands for NULL. */
    private static PyObject nullable(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    /** PyArg_Parse's {@code i}: an int by {@code __index__}, within a C int. */
    // CPython: Python/getargs.c convertsimple case 'i'
    private static int cInt(PyObject o) {
        PyInt i = (PyInt) Abstract.index(o);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE) {
            if (i.signum() > 0) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "signed integer is greater than maximum");
        }
        if (!i.fitsLong() || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "signed integer is less than minimum");
        }
        return (int) i.longValue();
    }
}
