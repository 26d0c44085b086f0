package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.monitor.MonitoringEvents;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;

/**
 * {@code frame.f_lineno = n}: a jump, allowed only while a monitoring or trace callback runs
 * for one of the events CPython allows. The frame's {@link PyFrame#lasti} moves to the chosen
 * instruction of line {@code n} and the values the target's stack does not have are popped;
 * the eval loop notices the moved {@code lasti} when the event's callbacks return
 * ({@link Instrumented#before}) and continues there. A jump made from the 'return' event of a
 * yield takes effect when the generator is resumed ({@link PyFrame#resumeAt}).
 */
// CPython: Objects/frameobject.c frame_setlineno (3.13)
public final class FrameJump {
    private FrameJump() {}

    /** Sets {@code f.f_lineno} to {@code value} (null: {@code del}), raising CPython's errors. */
    public static void setLineno(PyFrame f, PyObject value) {
        if (value == null) throw Errors.raise(ExceptionTypes.ATTRIBUTE_ERROR, "cannot delete attribute");
        if (!(value instanceof PyInt requested) || value.type() != PyInt.TYPE) {
            throw Errors.valueError("lineno must be an integer");
        }
        PyGenerator gen = f.generator;
        boolean suspended = gen != null
                && (gen.state == PyGenerator.State.SUSPENDED || gen.state == PyGenerator.State.SUSPENDED_YIELD_FROM);
        ThreadState ts = ThreadState.current();
        checkEvent(ts.whatEvent);
        if (f != ts.eventFrame && !suspended) {
            // Divergence: CPython goes ahead with a frame that is waiting for a call to return, or
            // one that has finished, and crashes or corrupts it; pyjama refuses. Such a frame's
            // value stack is not where the jump analysis expects it.
            throw Errors.valueError("can't jump in a frame that is neither the one of the trace event nor a suspended generator");
        }
        if (!requested.fitsLong() || requested.longValue() > Integer.MAX_VALUE || requested.longValue() < Integer.MIN_VALUE) {
            throw Errors.valueError("lineno out of range");
        }
        int asked = (int) requested.longValue();
        PyCode co = f.code;
        if (asked < co.firstlineno) throw Errors.valueError("line " + asked + " comes before the current code block");
        int[] lines = JumpStacks.lineStarts(co);
        int line = firstLineNotBefore(lines, asked);
        if (line < 0) throw Errors.valueError("line " + asked + " comes after the current code block");

        long[] stacks = JumpStacks.mark(co);
        int from = f.jumpModelAt >= 0 ? f.jumpModelAt : Math.max(f.lasti, 0);
        long start = stacks[from];
        // CPython keeps the candidate with the deepest compatible stack; failing that, the
        // reason the first candidate was refused (err: -1 none yet, 0 found, 1 explained)
        long best = JumpStacks.OVERFLOWED;
        int bestAt = -1, err = -1;
        String msg = "cannot find bytecode for specified line";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != line) continue;
            long target = stacks[i];
            if (JumpStacks.compatible(start, target)) {
                err = 0;
                if (target > best) {
                    best = target;
                    bestAt = i;
                }
            } else if (err < 0) {
                if (start == JumpStacks.OVERFLOWED) {
                    msg = "stack to deep to analyze"; // sic, CPython's text
                } else if (start == JumpStacks.UNINITIALIZED) {
                    msg = "can't jump from unreachable code";
                } else {
                    msg = JumpStacks.explain(target);
                    err = 1;
                }
            }
        }
        if (err != 0) throw Errors.valueError(msg);

        bindUnboundLocals(f);
        if (suspended) start = JumpStacks.pop(start); // the value the yield took off
        while (start > best) {
            PyObject v = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (JumpStacks.top(start) == JumpStacks.EXCEPT) {
                // the exception handled before this block: it becomes the handled one again
                ts.excInfo.value = v == PyNone.NONE ? null : (PyBaseException) v;
            }
            start = JumpStacks.pop(start);
        }
        // Divergence: from a BRANCH at FOR_ITER, CPython's model is the FOR_ITER's stack while the
        // step already pushed the item, so a value more than the target expects stays under the
        // new stack (and the frame's stack can then overrun). pyjama pops it as well.
        int depth = 0;
        for (long m = best; m != JumpStacks.EMPTY; m = JumpStacks.pop(m)) depth++;
        while (f.sp > f.stackBase() + depth) f.stack[--f.sp] = null;
        f.lasti = bestAt;
    }

    /** The events a jump may be made from; the others are refused with CPython's messages. */
    private static void checkEvent(int what) {
        if (what < 0) throw Errors.valueError("f_lineno can only be set in a trace function");
        switch (what) {
            case MonitoringEvents.PY_RESUME, MonitoringEvents.JUMP, MonitoringEvents.BRANCH, MonitoringEvents.LINE,
                    MonitoringEvents.PY_YIELD -> {
            }
            case MonitoringEvents.PY_START -> throw Errors.valueError("can't jump from the 'call' trace event of a new frame");
            case MonitoringEvents.CALL, MonitoringEvents.C_RETURN -> throw Errors.valueError("can't jump during a call");
            case MonitoringEvents.PY_RETURN, MonitoringEvents.PY_UNWIND, MonitoringEvents.PY_THROW, MonitoringEvents.RAISE,
                    MonitoringEvents.C_RAISE, MonitoringEvents.INSTRUCTION, MonitoringEvents.EXCEPTION_HANDLED ->
                throw Errors.valueError("can only jump from a 'line' trace event");
            default -> throw Errors.systemError("unexpected event type");
        }
    }

    // CPython: Objects/frameobject.c first_line_not_before
    private static int firstLineNotBefore(int[] lines, int line) {
        int result = Integer.MAX_VALUE;
        for (int l : lines) {
            if (l < result && l >= line) result = l;
        }
        return result == Integer.MAX_VALUE ? -1 : result;
    }

    /**
     * The target may read variables the compiler proved bound there; every unbound one (of
     * the whole frame, as CPython counts) becomes None, after a RuntimeWarning.
     */
    private static void bindUnboundLocals(PyFrame f) {
        int unbound = 0;
        int n = f.stackBase();
        for (int i = 0; i < n; i++) {
            if (f.localsplus[i] == null) unbound++;
        }
        if (unbound == 0) return;
        RuntimeWarnings.warn("assigning None to " + unbound + " unbound local" + (unbound == 1 ? "" : "s"));
        for (int i = 0; i < n; i++) {
            if (f.localsplus[i] == null) f.localsplus[i] = PyNone.NONE;
        }
    }
}
