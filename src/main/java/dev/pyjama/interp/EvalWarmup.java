package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.MIN_INSTRUMENTED_OPCODE;
import static dev.pyjama.code.Opcode.NOP;
import static dev.pyjama.code.Opcode.RETURN_CONST;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;

/**
 * Keeps the first {@code sys.settrace} (or any monitoring tool) from throwing away
 * {@link Eval#loop}'s C2 code. The loop tests every opcode for {@code >= MIN_INSTRUMENTED_OPCODE};
 * C2 compiles a branch its profile never saw taken as an uncommon trap, so the first instrumented
 * opcode deoptimised the loop and C2 compiled all of it again (0.2-0.9 s of compiler time per
 * benchmark of bench/suite, JFR), while the traced program ran the loop's slower code on the
 * same two cores. The test is in {@link #dispatch}, a method small enough for C2 to inline into
 * the loop, and an inlined method's branches are compiled from that method's own profile:
 * {@link #train} (once start-up made it hot) calls it with {@link #WARMUP}, so its profile has
 * seen the instrumented side taken and C2 compiles that side as a cold call. Training never
 * runs the loop itself, so it cannot deoptimise a loop C2 already compiled.
 */
// CPython has no counterpart: a HotSpot profile matter (docs/notes/s15-deopt.md)
public final class EvalWarmup {
    private EvalWarmup() {}

    /** The training opcode: above every INSTRUMENTED_* opcode (255 is no opcode of CPython 3.13), run as NOP. */
    static final int WARMUP = 255;

    /**
     * The loop's opcode {@code op} at unit {@code here}: itself when plain, else what its
     * events decide (Instrumented.before: the opcode to run, or {@link Instrumented#JUMPED}).
     */
    static int dispatch(PyFrame f, int here, int prev, int op, int arg, PyObject[] s, int sp) {
        return op < MIN_INSTRUMENTED_OPCODE ? op : instrumented(f, here, prev, op, arg, s, sp);
    }

    /**
     * An instrumented opcode's events; {@link #train}'s call (no frame) is a NOP. Over C2's 35
     * bytes for a cold call site (the comment in InlineOps), so it stays a call in the loop:
     * inlined, its own test, seen one way only, would be another never-taken branch there.
     */
    private static int instrumented(PyFrame f, int here, int prev, int op, int arg, PyObject[] s, int sp) {
        if (op == WARMUP && f == null && s == null && arg == 0) return NOP; // exactly train's call
        return Instrumented.before(f, here, prev, op, arg, s, sp);
    }

    /** A code object that never runs (RETURN_CONST None), for JitSupport's training. */
    static PyCode trainingCode() {
        return new PyCode(0, 0, 0, 1, 0, new byte[] {(byte) RETURN_CONST, 0}, new PyObject[] {PyNone.NONE},
                new String[0], new String[0], new byte[0], "<training>", "<training>", "<training>", 1,
                new byte[0], new byte[0]);
    }

    /** WARMUP in a field C1 cannot fold: a constant argument would fold the test in C1's own code and count nothing. */
    private static int warmupOp = WARMUP;

    /**
     * Makes the profiles of {@link #dispatch}, {@code JitSupport.select} and InlineIter's FOR_ITER
     * see the sides tracing takes (no effect visible to Python).
     * Only calls that run the method in the JVM interpreter or its profiling C1 code count, and
     * the profile exists only once the method is hot, so this runs at the end of start-up and
     * again at each JIT compile (JitSupport.compile): C2 compiles the loop some time in between.
     */
    public static void train() {
        // a FOR_ITER under an instrumented opcode (INSTRUMENTED_LINE's case): InlineIter's and
        // AdaptiveForIter's "instrumented over" tests, the loop's next never-taken branches
        byte[] site = {(byte) warmupOp, 0, 0, 0};
        PyList empty = new PyList(new java.util.ArrayList<>());
        for (int i = 0; i < 64; i++) {
            dispatch(null, 0, -1, warmupOp, 0, null, 0);
            JitSupport.trainSelect();
            InlineIter.next(site, 0, new Iterators.ListIter(empty));
            InlineIter.next(site, 0, new Iterators.RangeIter(0, 1, 0));
        }
    }
}
