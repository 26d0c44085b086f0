package dev.pyjama.interp;

import dev.pyjama.code.Opcode;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;

/**
 * The eval loop's entries for FOR_ITER and UNPACK_SEQUENCE: FOR_ITER_RANGE / FOR_ITER_LIST
 * once the site's adaptive counter says so, and the unpacking of a tuple of the right length,
 * in methods of at most 35 bytes of bytecode each (C2 inlines them into Eval.loop at any site
 * that ran before the compile: see {@link InlineOps}); everything else goes to
 * {@link AdaptiveForIter#next} and {@link EvalHelpers#unpackSequence}, which decide as before.
 */
// CPython: Python/bytecodes.c FOR_ITER_RANGE, FOR_ITER_LIST, UNPACK_SEQUENCE_TWO_TUPLE / _TUPLE
final class InlineIter {
    private InlineIter() {}

    private static final byte FOR_ITER = (byte) Opcode.byName("FOR_ITER");
    /** AdaptiveForIter's kinds: the counter of a site specialised as one is {@code kind << 8 | value}, backoff 0. */
    private static final int LIST = 1, RANGE = 3;

    /** FOR_ITER's next item, null at the end, or AdaptiveForIter's answer (a {@link AdaptiveForIter.Returned}...). */
    static PyObject next(byte[] code, int here, PyObject it) {
        Class<?> c = it.getClass();
        return c == Iterators.RangeIter.class ? range(code, here, it) : list(code, here, it, c);
    }

    private static PyObject range(byte[] code, int here, PyObject it) {
        return runsAs(code, here, RANGE) ? ((Iterators.RangeIter) it).next() : AdaptiveForIter.next(code, here, it);
    }

    private static PyObject list(byte[] code, int here, PyObject it, Class<?> c) {
        return c == Iterators.ListIter.class && runsAs(code, here, LIST) ? ((Iterators.ListIter) it).next()
                : AdaptiveForIter.next(code, here, it);
    }

    /**
     * The site is plain FOR_ITER (not under INSTRUMENTED_LINE / INSTRUCTION, which pause the
     * counter) specialised as {@code kind}: backoff 0 and that kind in bits 8-11 (AdaptiveCounter),
     * so the counter's top byte is the kind. The specialisation's guard is the class test above.
     */
    private static boolean runsAs(byte[] code, int here, int kind) {
        return code[2 * here] == FOR_ITER && AdaptiveCounter.state(code, here) >>> 8 == kind;
    }

    /** UNPACK_SEQUENCE of {@code n} items from the top of the stack; returns the new stack pointer. */
    static int unpack(PyObject[] s, int sp, int n) {
        PyObject v = s[sp - 1];
        return v.getClass() == PyTuple.class ? tuple(s, sp, v, n) : EvalHelpers.unpackSequence(s, sp, n);
    }

    private static int tuple(PyObject[] s, int sp, PyObject v, int n) {
        PyObject[] items = ((PyTuple) v).items;
        return items.length == n ? spread(s, sp, items) : EvalHelpers.unpackSequence(s, sp, n); // its error
    }

    /** The items in place of the tuple on top, the last pushed first (the first ends on top). */
    private static int spread(PyObject[] s, int sp, PyObject[] items) {
        sp--;
        for (int i = items.length - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }
}
