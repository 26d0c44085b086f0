package dev.pyjama.interp;

import dev.pyjama.code.ExceptionTable;
import dev.pyjama.monitor.MonitoringEvents;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTraceback;

/**
 * Exception unwinding within one frame: record the frame in the exception's traceback (unless
 * the exception is being re-raised), find the handler in {@code co_exceptiontable}, cut the
 * value stack to the handler's depth and push what it expects; or, with no handler, let the
 * exception leave the frame.
 */
// CPython: Python/ceval.c (the error: and exception_unwind: labels), Python/traceback.c PyTraceBack_Here
final class Unwind {
    private Unwind() {}

    /**
     * A re-raise (RERAISE, a bare {@code raise}, END_ASYNC_FOR, CLEANUP_THROW): the frame is
     * already in the traceback, so the unwinder adds no entry. It becomes a plain PyException
     * when it leaves the frame.
     */
    static final class Reraise extends PyException {
        /** The RERAISE unit when compiled code raised it (its f_lasti may be restored from the stack), else -1. */
        int at = -1;

        Reraise(PyBaseException value) {
            super(value);
        }
    }

    /**
     * Handles {@code t}, raised by the instruction at {@code here} (code units) of {@code f},
     * whose value stack holds {@code f.sp} values: returns the handler's index with
     * {@code f.sp} set, or throws the exception on when this frame does not handle it.
     */
    static int handle(PyFrame f, Throwable t, int here) {
        int pc = handleOrLeave(f, t, here);
        if (pc < 0) throw takeRaised(ThreadState.current());
        return pc;
    }

    /** The exception a frame left with, which {@link #handleOrLeave} answered -1 for. */
    static PyException takeRaised(ThreadState ts) {
        PyException e = ts.raised;
        ts.raised = null;
        return e;
    }

    /**
     * {@link #handle}, except that when this frame does not handle the exception it returns -1
     * with what leaves the frame in {@code ThreadState.raised} (compiled frames return it up
     * the Java stack, JitSupport).
     */
    static int handleOrLeave(PyFrame f, Throwable t, int here) {
        PyException e;
        if (t instanceof PyException pe) {
            e = pe;
        } else if (t instanceof OutOfMemoryError) {
            // An allocation the JVM refused (too large an array, or the heap exhausted): what
            // CPython reports as a MemoryError without a message.
            e = Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
        } else {
            // A Java stack overflow that Python's limit did not catch first (deep C-level recursion).
            e = Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        PyBaseException exc = e.value();
        boolean reraise = e instanceof Reraise;
        if (!reraise) {
            if (exc.traceback == null) setContext(exc, ThreadState.current());
            if (!f.code.hiddenFromTracebacks) exc.traceback = new PyTraceback((PyTraceback) exc.traceback, f, f.lasti);
        }
        // sys.monitoring: RAISE once per frame an exception passes through, RERAISE for a re-raise
        int raisedAt = reraise ? here : Instrumented.raiseOffset(f, here, exc);
        PyBaseException reported = Instrumented.exceptionEvent(f, raisedAt,
                reraise ? MonitoringEvents.RERAISE : MonitoringEvents.RAISE, exc);
        if (reported != exc) {
            exc = reported;
            e = new PyException(exc);
        }
        return unwind(f, e, exc, here, raisedAt);
    }

    /**
     * Finds the handler of the exception raised at unit {@code here} (its events already fired),
     * or unwinds the frame (PY_UNWIND reported at {@code raisedAt}): -1, what leaves it in
     * {@code ThreadState.raised}.
     */
    // CPython: Python/ceval.c exception_unwind
    private static int unwind(PyFrame f, PyException e, PyBaseException exc, int here, int raisedAt) {
        ExceptionTable.Handler h = f.code.exceptiontable.length == 0 ? null : ExceptionTable.lookup(f.code, here);
        PyObject[] s = f.stack;
        int base = f.stackBase();
        if (h == null) {
            for (int i = base; i < f.sp; i++) s[i] = null;
            f.sp = base;
            exc = Instrumented.exceptionEvent(f, raisedAt, MonitoringEvents.PY_UNWIND, exc);
            ThreadState ts = ThreadState.current();
            ts.lastUnwound = exc;
            ts.raised = e instanceof Reraise || exc != e.value() ? new PyException(exc) : e;
            return -1;
        }
        int sp = f.sp;
        while (sp > base + h.depth()) s[--sp] = null; // the table's depths count from the stack's base
        if (h.lasti()) s[sp++] = PyInt.of(f.lasti);
        s[sp++] = exc;
        f.sp = sp;
        PyBaseException handled = Instrumented.exceptionEvent(f, h.handler(), MonitoringEvents.EXCEPTION_HANDLED, exc);
        if (handled != exc) {
            // A callback's exception replaces the handled one. CPython unwinds it again from the
            // unit before the handler (next_instr is the handler by then), firing no RAISE or
            // RERAISE and adding no traceback entry; the pushed values are popped by that unwind.
            int before = h.handler() - 1;
            return unwind(f, new PyException(handled), handled, before, before);
        }
        return h.handler();
    }

    /**
     * Sets {@code value.__context__} to the exception being handled, breaking any cycle that
     * would make, as raising does.
     */
    // CPython: Python/errors.c _PyErr_SetObject (the context chaining)
    static void setContext(PyBaseException value, ThreadState ts) {
        PyBaseException handled = ts.handledException();
        if (handled == null || handled == value) return;
        PyBaseException o = handled, slow = handled;
        boolean slowUpdate = false;
        for (PyBaseException context; (context = o.context) != null; ) {
            if (context == value) {
                o.context = null;
                break;
            }
            o = context;
            if (o == slow) break;
            if (slowUpdate) slow = slow.context;
            slowUpdate = !slowUpdate;
        }
        value.context = handled;
    }
}
