package dev.pyjama.interp;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyType;

/**
 * FOR_ITER's specialisation, kept because sys.monitoring can see one of its effects. CPython
 * 3.13 rewrites a FOR_ITER that met a generator into FOR_ITER_GEN, which runs the generator's
 * frame inline: when the generator returns, it comes back to the loop's END_FOR with the
 * return value on the stack, and an instrumented END_FOR reports STOP_ITERATION. The generic
 * FOR_ITER skips END_FOR, so no event. An exception out of such a generator is also reported
 * by RAISE one unit before the FOR_ITER (as for a Python function a CALL ran inline).
 *
 * <p>Which one runs depends on CPython's adaptive counter, so pyjama keeps the same counter in
 * the FOR_ITER's inline cache unit of the live instructions ({@link PyCode#instructions()}),
 * and the specialisation beside it, since pyjama's opcode stays FOR_ITER (see {@link #state}).
 * The counter only moves while the site runs plain: INSTRUMENTED_LINE and
 * INSTRUMENTED_INSTRUCTION pause it and INSTRUMENTED_FOR_ITER has none, and whenever the
 * site goes back to plain FOR_ITER, sys.monitoring resets it to the warm-up value
 * ({@link #resetCache}), as CPython's de-instrumentation does.
 */
// CPython: Python/specialize.c _Py_Specialize_ForIter, Python/bytecodes.c _SPECIALIZE_FOR_ITER,
// FOR_ITER_LIST/TUPLE/RANGE/GEN (DEOPT_IF), Include/internal/pycore_backoff.h, pycore_code.h adaptive_counter_*
public final class AdaptiveForIter {
    private AdaptiveForIter() {}

    private static final int FOR_ITER = Opcode.byName("FOR_ITER");

    /**
     * What FOR_ITER_GEN's generator returned: the loop goes on at END_FOR with it on the stack.
     * Never seen by Python code: the eval loop unwraps it at once.
     */
    static final class Returned extends PyObject {
        final PyObject value;

        Returned(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return value.type();
        }

        @Override
        public String repr() {
            return "<FOR_ITER_GEN return " + value.repr() + ">";
        }
    }

    // The cache unit, 16 bits: CPython's backoff counter, value in bits 0-11, backoff exponent
    // in bits 12-15. Only a specialised instruction's counter has backoff 0 (the cooldown one),
    // so there bits 8-11 of the value, above the cooldown's 52, say which specialisation. The
    // unit is stored XOR the warm-up counter, so that the zeros of a fresh copy of co_code are
    // the warm-up counter CPython's _PyCode_Quicken writes.
    private static final int NONE = 0, LIST = 1, TUPLE = 2, RANGE = 3, GEN = 4;
    private static final int WARMUP = counter(1, 1), COOLDOWN_VALUE = 52;

    private static int counter(int value, int backoff) {
        return value | backoff << 12;
    }

    /** The counter's value: 12 bits, or 8 under a specialisation's kind. */
    private static int value(int c) {
        return kind(c) == NONE ? c & 0xfff : c & 0xff;
    }

    private static int backoff(int c) {
        return c >>> 12;
    }

    /** The specialisation a counter belongs to (NONE for an adaptive FOR_ITER). */
    private static int kind(int c) {
        return backoff(c) == 0 ? c >>> 8 & 0xf : NONE;
    }

    private static int state(byte[] code, int here) {
        int at = 2 * (here + 1);
        return (code[at] & 0xff | (code[at + 1] & 0xff) << 8) ^ WARMUP;
    }

    private static void setState(byte[] code, int here, int c) {
        int at = 2 * (here + 1), raw = c ^ WARMUP;
        code[at] = (byte) raw;
        code[at + 1] = (byte) (raw >>> 8);
    }

    /** Back to the warm-up counter, unspecialised (sys.monitoring, when the site is plain FOR_ITER again). */
    // CPython: Python/instrumentation.c de_instrument, de_instrument_line, de_instrument_per_instruction
    public static void resetCache(byte[] code, int here) {
        setState(code, here, WARMUP);
    }

    /**
     * FOR_ITER at unit {@code here} of the live instructions {@code code} over {@code it}: the next item, null at the end, or a
     * {@link Returned} when the loop must go on at its END_FOR (FOR_ITER_GEN's way out).
     */
    static PyObject next(byte[] code, int here, PyObject it) {
        if ((code[2 * here] & 0xff) != FOR_ITER) return EvalHelpers.forIter(it); // instrumented over: paused
        int c = state(code, here);
        while (true) {
            int kind = kind(c);
            if (kind != NONE && kind == classify(it)
                    && (kind != GEN || ((PyGenerator) it).state.ordinal() < PyGenerator.State.EXECUTING.ordinal())) {
                return kind == GEN ? generator((PyGenerator) it) : EvalHelpers.forIter(it);
            }
            // the adaptive instruction, or a specialised one that deoptimised to it
            if (value(c) != 0) {
                setState(code, here, c - 1); // ADVANCE_ADAPTIVE_COUNTER: the value is not 0, nothing borrows
                return EvalHelpers.forIter(it);
            }
            int found = classify(it);
            if (found != NONE) {
                c = counter(COOLDOWN_VALUE | found << 8, 0);
            } else {
                // CPython: pycore_backoff.h restart_backoff_counter
                int b = Math.min(backoff(c) + 1, 12);
                c = counter((1 << b) - 1, b);
            }
            setState(code, here, c);
            // and run again as what it became (DISPATCH_SAME_OPARG)
        }
    }

    /** Whether the FOR_ITER at {@code here} runs as FOR_ITER_GEN for the iterator {@code it}. */
    static boolean inlinesGenerator(PyCode co, int here, PyObject it) {
        byte[] code = co.instructions();
        return (code[2 * here] & 0xff) == FOR_ITER && kind(state(code, here)) == GEN && classify(it) == GEN;
    }

    private static int classify(PyObject it) {
        PyType t = it.type();
        if (t == PyIter.LIST_ITERATOR) return LIST;
        if (t == PyIter.TUPLE_ITERATOR) return TUPLE;
        if (t == PyIter.RANGE_ITERATOR) return RANGE;
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.GENERATOR) return GEN;
        return NONE;
    }

    /** FOR_ITER_GEN: the generator's next value, or its return value for END_FOR. */
    private static PyObject generator(PyGenerator g) {
        boolean[] returned = new boolean[1];
        PyObject v = Generators.sendEx(g, null, null, false, returned);
        return returned[0] ? new Returned(v == null ? PyNone.NONE : v) : v;
    }
}
