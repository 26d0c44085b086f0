package dev.pyjama.interp;

import dev.pyjama.jit.JitCode;
import dev.pyjama.monitor.Monitoring;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyObject;

/**
 * Runs a new frame of a trace or profile function inside its callback (the legacy
 * trampolines, dev.pyjama.monitor.CallbackFrames) as {@link Eval#run} would, with the call
 * of its compiled form made here. {@code Eval.execute} reaches every compiled form through
 * {@link JitSupport#run}'s one call site, which sees every generated class of the program
 * (a megamorphic virtual call, the callee never inlined); this site sees only the forms of
 * the few functions installed as tracers, so C2 can inline a trace function's body (a
 * RESUME, a load, a return) into the event's path.
 */
// CPython: Python/sysmodule.c call_trampoline (_PyObject_VectorcallTstate into the eval loop)
public final class CallbackRun {
    private CallbackRun() {}

    /** {@link Eval#run}{@code (f)} for a frame that nothing has run yet. */
    public static PyObject run(ThreadState ts, PyFrame f) {
        // the form JitSupport.selectStale picks inside a callback (ts.tracing): the tracing form of
        // instrumented, up-to-date code; anything else (cold, clean, stale) takes the usual way
        long version = Monitoring.globalVersion;
        var co = f.code;
        if (ts.tracing == 0 || co.monitoringVersion != version || co.jitCleanVersion == version
                || !(co.jitTracing instanceof JitCode jc)) {
            return Eval.run(f);
        }
        // CPython: Python/ceval.c _Py_EnterRecursivePy / _Py_LeaveRecursiveCallPy (as Eval.execute)
        int depth = ts.depth;
        if (depth >= ts.recursionLimit.value) throw EvalHelpers.recursionError();
        PyFrame back = ts.frame;
        ts.depth = depth + 1;
        f.back = back;
        ts.frame = f;
        PyObject r;
        try {
            Throwable thrown = null;
            try {
                r = jc.run(f, 0);
            } catch (PyException | StackOverflowError | OutOfMemoryError e) {
                r = null;
                thrown = e;
            }
            if (thrown != null || r == JitCode.RAISED || r == JitCode.BAILOUT || r == JitCode.REENTER) {
                r = JitSupport.afterRun(jc, f, r, thrown);
            }
            // as Eval.run: an exception the compiled code returned is thrown to the trampoline
            if (r == JitCode.RAISED) throw Unwind.takeRaised(ts);
        } catch (Throwable e) {
            leave(ts, back, depth);
            if (e instanceof JitSupport.Escaped x) JitSupport.rethrow(x);
            throw e;
        }
        leave(ts, back, depth);
        return r;
    }

    // a trace function is never a generator (CallbackFrames.closed): f.back stays, as Eval.leave leaves it
    private static void leave(ThreadState ts, PyFrame back, int depth) {
        ts.frame = back;
        ts.depth = depth;
    }
}
