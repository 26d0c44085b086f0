package dev.pyjama.monitor;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;

/**
 * Calls the callbacks of one event: each armed tool, highest id first, with the code object,
 * the event's location (the instruction's byte offset, or the line for LINE) and its
 * arguments. While a callback runs, no event fires on its thread. A callback that returns
 * DISABLE removes its tool from this site (for local events only: for the others CPython
 * raises ValueError and removes the callback).
 */
// CPython: Python/instrumentation.c call_instrumentation_vector, call_one_instrument, _Py_call_instrumentation_line
public final class Dispatch {
    private Dispatch() {}

    /**
     * Fires {@code event} for the tools in {@code tools}; returns the tools that returned
     * DISABLE (the caller takes them off the site).
     */
    public static int fire(Monitoring mon, int tools, int event, PyCode code, PyObject location, PyObject... rest) {
        return fireFor(mon, tools, event, code, location, rest);
    }

    /** {@link #fire} for an event without further arguments (LINE, PY_START, INSTRUCTION): no array per event. */
    public static int fire(Monitoring mon, int tools, int event, PyCode code, PyObject location) {
        return fireFor(mon, tools, event, code, location, NO_ARGS);
    }

    /** Never written: callbacks only read their arguments (a Python callback gets a copy). */
    private static final PyObject[] NO_ARGS = new PyObject[0];

    /**
     * {@link #fire} for events that C code fires for its own "code-like" objects ({@link
     * MonitoringCApi}): Python callbacks receive {@code codeLike} itself, Java callbacks a null
     * code when it is not a code object.
     */
    // CPython: Python/instrumentation.c capi_call_instrumentation
    static int fireFor(Monitoring mon, int tools, int event, PyObject codeLike, PyObject location, PyObject... rest) {
        PyCode code = codeLike instanceof PyCode c ? c : null;
        ThreadState ts = ThreadState.current();
        if (ts.tracing != 0) return 0;
        PyObject[] args = null; // built for the first Python callback only: the legacy adapters are Java callbacks
        int disabled = 0;
        while (tools != 0) {
            int tool = 31 - Integer.numberOfLeadingZeros(tools);
            tools &= ~(1 << tool);
            MonitorCallback java = mon.javaCallback(tool, event);
            PyObject callback = java == null ? mon.callback(tool, event) : null;
            if (java == null && callback == null) continue;
            if (UsageCounts.ENABLED) UsageCounts.event(mon, tool, event);
            int oldWhat = ts.whatEvent;
            dev.pyjama.objects.PyFrame oldFrame = ts.eventFrame;
            ts.whatEvent = event;
            ts.eventFrame = ts.frame;
            ts.tracing++;
            if (java == null && args == null) args = callbackArgs(codeLike, location, rest);
            PyObject r;
            try {
                dev.pyjama.interp.LockOrder.callingBack();
                r = java != null ? java.call(event, code, location, rest) : Abstract.call(callback, args);
            } finally {
                ts.tracing--;
                ts.whatEvent = oldWhat;
                ts.eventFrame = oldFrame;
            }
            if (r == MonitoringModule.DISABLE) disabled |= disabled(mon, tool, event, java);
        }
        return disabled;
    }

    /**
     * The eval loop's {@link #fire}, on the thread state in hand: the location as an int (the
     * byte offset, or the line for LINE) and at most two further arguments ({@code nargs} of
     * {@code a0, a1}). The legacy adapters ({@link Legacy.Adapter}, a final class: a direct
     * call C2 inlines) take them as they are; the location is boxed only for another
     * callback, the argument array built only for another Java callback (a plain Python
     * function gets its arguments straight in its frame: {@code Calls.callExact}). A settrace
     * line event thus allocates nothing here.
     */
    // CPython: Python/instrumentation.c call_instrumentation_vector (args on the C stack)
    public static int fireAt(Monitoring mon, ThreadState ts, int tools, int event, PyCode code, int location,
            int nargs, PyObject a0, PyObject a1) {
        if (ts.tracing != 0) return 0;
        PyObject loc = null;
        PyObject[] rest = null;
        int disabled = 0;
        while (tools != 0) {
            int tool = 31 - Integer.numberOfLeadingZeros(tools);
            tools &= ~(1 << tool);
            MonitorCallback java = mon.javaCallback(tool, event);
            PyObject callback = java == null ? mon.callback(tool, event) : null;
            if (java == null && callback == null) continue;
            if (UsageCounts.ENABLED) UsageCounts.event(mon, tool, event);
            if (!(java instanceof Legacy.Adapter) && loc == null) loc = PyInt.of(location);
            if (java != null && !(java instanceof Legacy.Adapter) && rest == null) {
                rest = nargs == 0 ? NO_ARGS : nargs == 1 ? new PyObject[] {a0} : new PyObject[] {a0, a1};
            }
            int oldWhat = ts.whatEvent;
            dev.pyjama.objects.PyFrame oldFrame = ts.eventFrame;
            ts.whatEvent = event;
            ts.eventFrame = ts.frame;
            ts.tracing++;
            PyObject r;
            try {
                dev.pyjama.interp.LockOrder.callingBack();
                r = java instanceof Legacy.Adapter a ? a.fire(ts, event, code, location, a0, nargs > 1 ? a1 : MonitoringModule.MISSING)
                        : java != null ? java.call(event, code, loc, rest)
                        // a Python callback: (code, location, args...) straight into its frame when it takes them plainly
                        : dev.pyjama.interp.Calls.callExact(callback, 2 + nargs, code, loc, a0, a1);
            } finally {
                ts.tracing--;
                ts.whatEvent = oldWhat;
                ts.eventFrame = oldFrame;
            }
            if (r == MonitoringModule.DISABLE) disabled |= disabled(mon, tool, event, java);
        }
        return disabled;
    }

    /**
     * The LINE event from the eval loop and the compiled forms: {@link #fireAt} without
     * arguments, with a short way for sys.settrace alone (tool 7's line adapter, no other
     * tool at the site), small enough for C2 to inline into the site's call.
     */
    // CPython: Python/instrumentation.c _Py_call_instrumentation_line (one tool: call_one_instrument)
    public static int fireLine(Monitoring mon, ThreadState ts, int tools, PyCode code, int line) {
        if (tools != 1 << MonitoringEvents.SYS_TRACE_ID || UsageCounts.ENABLED || ts.tracing != 0
                || !(mon.javaCallback(MonitoringEvents.SYS_TRACE_ID, MonitoringEvents.LINE) instanceof Legacy.Adapter a)) {
            return fireAt(mon, ts, tools, MonitoringEvents.LINE, code, line, 0, null, null);
        }
        int oldWhat = ts.whatEvent;
        dev.pyjama.objects.PyFrame oldFrame = ts.eventFrame;
        ts.whatEvent = MonitoringEvents.LINE;
        ts.eventFrame = ts.frame;
        ts.tracing++;
        PyObject r;
        try {
            dev.pyjama.interp.LockOrder.callingBack();
            r = a.line(ts, line);
        } finally {
            ts.tracing--;
            ts.whatEvent = oldWhat;
            ts.eventFrame = oldFrame;
        }
        return r == MonitoringModule.DISABLE ? disabled(mon, MonitoringEvents.SYS_TRACE_ID, MonitoringEvents.LINE, a) : 0;
    }

    /**
     * {@link #fireAt} for an event with at most one argument, with a short way when the only
     * tool is sys.settrace's or sys.setprofile's (tool 7 or 6) and its callback for the event
     * is a legacy adapter: the adapter is called directly, as {@link #fireLine} does for LINE
     * (PY_START, PY_RESUME, PY_RETURN and PY_YIELD: a traced or profiled call's call and return events).
     */
    // CPython: Python/instrumentation.c call_instrumentation_vector (one tool: call_one_instrument)
    public static int fireOne(Monitoring mon, ThreadState ts, int tools, int event, PyCode code, int location,
            int nargs, PyObject a0) {
        int tool = tools == 1 << MonitoringEvents.SYS_TRACE_ID ? MonitoringEvents.SYS_TRACE_ID
                : tools == 1 << MonitoringEvents.SYS_PROFILE_ID ? MonitoringEvents.SYS_PROFILE_ID : -1;
        if (tool < 0 || UsageCounts.ENABLED || ts.tracing != 0 || !(mon.javaCallback(tool, event) instanceof Legacy.Adapter a)) {
            return fireAt(mon, ts, tools, event, code, location, nargs, a0, null);
        }
        int oldWhat = ts.whatEvent;
        dev.pyjama.objects.PyFrame oldFrame = ts.eventFrame;
        ts.whatEvent = event;
        ts.eventFrame = ts.frame;
        ts.tracing++;
        PyObject r;
        try {
            dev.pyjama.interp.LockOrder.callingBack();
            r = a.fire(ts, event, code, location, a0, MonitoringModule.MISSING);
        } finally {
            ts.tracing--;
            ts.whatEvent = oldWhat;
            ts.eventFrame = oldFrame;
        }
        return r == MonitoringModule.DISABLE ? disabled(mon, tool, event, a) : 0;
    }

    /**
     * A callback returned DISABLE: its tool, to take off the site; for a global-only event
     * CPython removes the callback and raises ValueError instead.
     */
    private static int disabled(Monitoring mon, int tool, int event, MonitorCallback java) {
        if (event >= MonitoringEvents.LOCAL_EVENTS) {
            if (java != null) mon.registerJavaCallback(tool, event, null);
            else mon.registerCallback(tool, event, null);
            UsageCounts.error(mon, "cannot_disable");
            throw Errors.valueError("Cannot disable " + MonitoringEvents.name(event) + " events. Callback removed.");
        }
        return 1 << tool;
    }

    private static PyObject[] callbackArgs(PyObject codeLike, PyObject location, PyObject[] rest) {
        PyObject[] args = new PyObject[2 + rest.length];
        args[0] = codeLike;
        args[1] = location;
        System.arraycopy(rest, 0, args, 2, rest.length);
        return args;
    }

    /** A byte offset for callbacks, from a code-unit index. */
    public static PyObject offset(int unit) {
        return PyInt.of(2L * unit);
    }
}
