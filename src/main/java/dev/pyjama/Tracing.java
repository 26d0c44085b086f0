package dev.pyjama;

import dev.pyjama.code.LineTable;
import dev.pyjama.monitor.MonitorCallback;
import dev.pyjama.monitor.MonitoringModule;
import dev.pyjama.monitor.TraceFunction;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;

/** The API's listeners as the runtime's Java trace functions and monitoring callbacks. */
final class Tracing {
    private Tracing() {}

    private static final TraceEvent.Kind[] KINDS = TraceEvent.Kind.values();
    private static final MonitoringEvent[] EVENTS = MonitoringEvent.values();

    /** A legacy trace/profile function calling {@code l} (null for none). */
    static TraceFunction adapter(TraceListener l, dev.pyjama.monitor.Monitoring mon, boolean profile) {
        if (l == null) return null;
        return (obj, frame, what, arg) -> {
            TraceEvent.Kind kind = KINDS[what];
            boolean c = kind == TraceEvent.Kind.C_CALL || kind == TraceEvent.Kind.C_RETURN || kind == TraceEvent.Kind.C_EXCEPTION;
            String function = !c ? frame.code.qualname
                    : arg instanceof PyBuiltinFunction b ? b.name
                    : arg instanceof dev.pyjama.objects.PyType t ? t.name() : arg.typeName();
            int line = frame.lineno();
            try {
                guarded(() -> l.event(new TraceEvent(kind, frame.code.filename, function, line, frame.code.firstlineno)));
            } catch (PyException e) {
                // a failing listener is removed, as sys.settrace's trampoline removes a failing Python function
                // CPython: Python/sysmodule.c trace_trampoline (PyEval_SetTrace(NULL, NULL) on error)
                if (profile) dev.pyjama.monitor.Legacy.setProfile(mon, null, null);
                else dev.pyjama.monitor.Legacy.setTrace(mon, null, null);
                throw e;
            }
        };
    }

    /** A monitoring callback calling {@code l}: false from it is DISABLE. */
    static MonitorCallback callback(MonitoringListener l) {
        return (event, code, location, args) -> {
            // an event C code fired for a code-like object of its own (MonitoringCApi): no location to report
            if (code == null) return PyNone.NONE;
            int offset = -1, line;
            if (event == dev.pyjama.monitor.MonitoringEvents.LINE) {
                line = (int) ((PyInt) location).longValue();
            } else {
                offset = (int) ((PyInt) location).longValue();
                line = LineTable.addr2Line(code, offset);
            }
            CodeLocation where = new CodeLocation(code.filename, code.qualname, code.firstlineno, offset, line);
            boolean[] keep = {true};
            guarded(() -> keep[0] = l.event(EVENTS[event], where));
            return keep[0] ? PyNone.NONE : MonitoringModule.DISABLE;
        };
    }

    /** Runs Java listener code: a Java exception out of it becomes a Python RuntimeError (a PythonException its Python exception). */
    private static void guarded(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            throw e;
        } catch (PythonException e) {
            if (e.getPythonValue() != null) throw new PyException((dev.pyjama.objects.PyBaseException) e.getPythonValue().value);
            throw new PyException("RuntimeError", e.getMessage());
        } catch (RuntimeException e) {
            throw new PyException("RuntimeError", "in a Java listener: " + e);
        }
    }
}
