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

    // Kinds of the counter (AdaptiveCounter): which FOR_ITER_* the site became.
    private static final int NONE = AdaptiveCounter.NONE, LIST = 1, TUPLE = 2, RANGE = 3, GEN = 4;

    /** Back to the warm-up counter, unspecialised (sys.monitoring, when the site is plain FOR_ITER again). */
    public static void resetCache(byte[] code, int here) {
        AdaptiveCounter.reset(code, here);
    }

    /**
     * FOR_ITER at unit {@code here} of the live instructions {@code code} over {@code it}: the next item, null at the end, or a
     * {@link Returned} when the loop must go on at its END_FOR (FOR_ITER_GEN's way out).
     */
    static PyObject next(byte[] code, int here, PyObject it) {
        if ((code[2 * here] & 0xff) != FOR_ITER) return EvalHelpers.forIter(it); // instrumented over: paused
        // FOR_ITER_LIST / FOR_ITER_RANGE / FOR_ITER_TUPLE once specialised: the iterator's own
        // next, called on its exact class (no protocol dispatch); the counter stays as it is,
        // as step() would leave it for a specialisation whose guard passes
        Class<?> c = it.getClass();
        if (c == Iterators.RangeIter.class) {
            if (AdaptiveCounter.kind(AdaptiveCounter.state(code, here)) == RANGE) return ((Iterators.RangeIter) it).next();
        } else if (c == Iterators.ListIter.class) {
            if (AdaptiveCounter.kind(AdaptiveCounter.state(code, here)) == LIST) return ((Iterators.ListIter) it).next();
        } else if (c == Iterators.ArrayIter.class && it.type() == dev.pyjama.objects.PyIter.TUPLE_ITERATOR) {
            if (AdaptiveCounter.kind(AdaptiveCounter.state(code, here)) == TUPLE) return ((Iterators.ArrayIter) it).next();
        } else if (c == PyGenerator.class) {
            PyGenerator g = (PyGenerator) it;
            // FOR_ITER_GEN's guard: a plain generator that is not running or finished
            if (g.kind == PyGenerator.Kind.GENERATOR && g.state.ordinal() < PyGenerator.State.EXECUTING.ordinal()
                    && AdaptiveCounter.kind(AdaptiveCounter.state(code, here)) == GEN) {
                return generator(g);
            }
        }
        int found = classify(it);
        // FOR_ITER_GEN's guard also wants a generator that is not running (specialising does not look)
        boolean guard = found != GEN || ((PyGenerator) it).state.ordinal() < PyGenerator.State.EXECUTING.ordinal();
        int kind = AdaptiveCounter.step(code, here, found, guard);
        return kind == GEN ? generator((PyGenerator) it) : EvalHelpers.forIter(it);
    }

    /** Whether the FOR_ITER at {@code here} runs as FOR_ITER_GEN for the iterator {@code it}. */
    static boolean inlinesGenerator(PyCode co, int here, PyObject it) {
        byte[] code = co.instructions();
        return (code[2 * here] & 0xff) == FOR_ITER && AdaptiveCounter.kind(AdaptiveCounter.state(code, here)) == GEN && classify(it) == GEN;
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
        if (g.state.ordinal() >= PyGenerator.State.EXECUTING.ordinal()) {
            boolean[] returned = new boolean[1]; // sendEx raises "generator already executing"
            PyObject v = Generators.sendEx(g, null, null, false, returned);
            return returned[0] ? new Returned(v == null ? PyNone.NONE : v) : v;
        }
        PyObject v = Generators.resumeNext(g);
        return g.state == PyGenerator.State.COMPLETED ? new Returned(v) : v;
    }
}
