package dev.pyjama.monitor;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;

/**
 * PEP 669's C API (3.13, {@code Include/cpython/monitoring.h}): how code that is not Python
 * bytecode (Cython, extension modules, {@code _testcapi}'s {@code CodeLike}) reports its own
 * events through the same tools and callbacks. The caller keeps one {@link State} per event
 * site; {@link #enterScope} arms those states from the interpreter's global event sets when the
 * monitoring version moved since the last scope, and each {@code fire} call dispatches through
 * {@link Dispatch} to the tools still active at that site. A callback's DISABLE takes its tool
 * off the site's state (local events) or is a ValueError that removes the callback (the others),
 * exactly as for instrumented bytecode.
 *
 * <p>CPython passes the "current exception" of the exception events through the thread's error
 * indicator; here it is an argument, null where CPython finds none set.
 */
// CPython: Python/instrumentation.c PyMonitoring_EnterScope, capi_call_instrumentation, _PyMonitoring_Fire*Event
public final class MonitoringCApi {
    private MonitoringCApi() {}

    /** {@code PyMonitoringState}: the tools active at one event site (a bitmask) and a byte the API leaves to its owner. */
    public static final class State {
        public int active;
        public int opaque;
    }

    /**
     * {@code PyMonitoring_EnterScope}: when the monitoring version differs from {@code version[0]},
     * sets {@code states[i].active} to the tools that have {@code events[i]} set globally and
     * records the version; otherwise leaves the states as they are (DISABLEd tools stay off).
     */
    // CPython: Python/instrumentation.c PyMonitoring_EnterScope
    public static void enterScope(Monitoring mon, State[] states, long[] version, int[] events) {
        long now = mon.version();
        if (now == version[0]) return;
        for (int i = 0; i < events.length; i++) {
            int e = events[i];
            if (e < 0 || e >= MonitoringEvents.EVENTS) throw Errors.valueError("invalid event " + e);
            states[i].active = e < MonitoringEvents.UNGROUPED_EVENTS ? mon.toolsFor(e) : pastTheTable(mon, e);
        }
        version[0] = now;
    }

    /**
     * C_RETURN and C_RAISE have no global tool set of their own (they follow CALL's), and 3.13.0
     * indexes past its table of ungrouped events for them, reading the two flags that follow it
     * in the interpreter state: whether sys.setprofile's and sys.settrace's adapters were ever
     * registered (tool 0 for a set flag).
     */
    // CPython: Include/internal/pycore_interp.h (monitors, then sys_profile_initialized, sys_trace_initialized)
    private static int pastTheTable(Monitoring mon, int event) {
        synchronized (mon.lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            return (event == MonitoringEvents.C_RETURN ? mon.sysProfileInitialized : mon.sysTraceInitialized) ? 1 : 0;
        }
    }

    /** {@code PyMonitoring_ExitScope}: nothing to undo. */
    public static void exitScope() {}

    /**
     * Fires {@code event} at a site whose state is active (the inline {@code PyMonitoring_Fire*Event}
     * does nothing for an inactive one): callbacks get {@code (codeLike, offset, *args)}.
     */
    // CPython: Include/cpython/monitoring.h _PYMONITORING_IF_ACTIVE; Python/instrumentation.c capi_call_instrumentation
    public static void fire(Monitoring mon, State state, PyObject codeLike, int offset, int event, PyObject... args) {
        if (state.active == 0) return;
        call(mon, state, codeLike, offset, event, PyInt.of(offset), args);
    }

    /** LINE: callbacks get {@code (codeLike, lineno)}, the offset only checked. */
    // CPython: Python/instrumentation.c _PyMonitoring_FireLineEvent
    public static void fireLine(Monitoring mon, State state, PyObject codeLike, int offset, int lineno) {
        if (state.active == 0) return;
        call(mon, state, codeLike, offset, MonitoringEvents.LINE, PyInt.of(lineno));
    }

    /**
     * An exception event (PY_THROW, RAISE, C_RAISE, RERAISE, EXCEPTION_HANDLED, PY_UNWIND): the
     * callbacks get the exception being raised; with none, ValueError.
     */
    // CPython: Python/instrumentation.c exception_event_setup, _PyMonitoring_FireRaiseEvent and the others
    public static void fireException(Monitoring mon, State state, PyObject codeLike, int offset, int event, PyObject exc) {
        if (state.active == 0) return;
        if (exc == null) throw Errors.valueError("Firing event " + event + " with no exception set");
        call(mon, state, codeLike, offset, event, PyInt.of(offset), exc);
    }

    /**
     * STOP_ITERATION: the callbacks get {@code StopIteration(value)} (the value itself when it is
     * a StopIteration; no argument for null), which is not left raised afterwards.
     */
    // CPython: Python/instrumentation.c _PyMonitoring_FireStopIterationEvent (PyErr_SetObject's conversion)
    public static void fireStopIteration(Monitoring mon, State state, PyObject codeLike, int offset, PyObject value) {
        if (state.active == 0) return;
        call(mon, state, codeLike, offset, MonitoringEvents.STOP_ITERATION, PyInt.of(offset), stopIteration(value));
    }

    // CPython: Python/errors.c _PyErr_CreateException
    private static PyObject stopIteration(PyObject value) {
        if (value instanceof PyBaseException e && e.type().isSubtype(ExceptionTypes.STOP_ITERATION)) return value;
        if (value == null || value == PyNone.NONE) return Abstract.call(ExceptionTypes.STOP_ITERATION);
        if (value instanceof PyTuple t) return Abstract.call(ExceptionTypes.STOP_ITERATION, t.items);
        return Abstract.call(ExceptionTypes.STOP_ITERATION, value);
    }

    // CPython: Python/instrumentation.c capi_call_instrumentation
    private static void call(Monitoring mon, State state, PyObject codeLike, int offset, int event, PyObject location, PyObject... rest) {
        if (offset < 0) throw Errors.valueError("offset must be non-negative");
        int disabled = Dispatch.fireFor(mon, state.active, event, codeLike, location, rest);
        state.active &= ~disabled;
    }
}
