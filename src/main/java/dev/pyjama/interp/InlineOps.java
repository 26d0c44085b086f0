package dev.pyjama.interp;

import static dev.pyjama.interp.Abstract.NB_ADD;
import static dev.pyjama.interp.Abstract.NB_AND;
import static dev.pyjama.interp.Abstract.NB_FLOOR_DIVIDE;
import static dev.pyjama.interp.Abstract.NB_OR;
import static dev.pyjama.interp.Abstract.NB_MULTIPLY;
import static dev.pyjama.interp.Abstract.NB_POWER;
import static dev.pyjama.interp.Abstract.NB_REMAINDER;
import static dev.pyjama.interp.Abstract.NB_RSHIFT;
import static dev.pyjama.interp.Abstract.NB_SUBTRACT;
import static dev.pyjama.interp.Abstract.NB_TRUE_DIVIDE;
import static dev.pyjama.interp.Abstract.NB_XOR;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyObject;
import java.util.List;

/**
 * The eval loop's entries for BINARY_OP, COMPARE_OP, UNARY_NEGATIVE, TO_BOOL, BINARY_SUBSCR
 * and STORE_SUBSCR: the commonest case of each (int and float arithmetic, int comparison, a
 * list indexed by an int) in methods of at most 35 bytes of bytecode each, everything else in
 * {@link QuickOps} or the generic protocol. FOR_ITER and UNPACK_SEQUENCE are in {@link InlineIter}.
 *
 * <p>Why so small: C2 inlines a callee larger than {@code MaxInlineSize} (35 bytes) only at a
 * call site its profile calls frequent (run at least a quarter as often as the caller is
 * entered), judged once per compile of Eval.loop. An opcode that became hot after the loop
 * was compiled, or one run less than once per four Python calls, otherwise got an out-of-line
 * call, and every call out of the loop's compiled code spills and reloads its live state (the
 * JVM has no callee-saved registers): {@code x = y + z} on ints cost 24 ns instead of 13. Methods of
 * at most 35 bytes are inlined at any site that ran more than rarely before the compile (C2 still
 * refuses a site that never ran, or ran under MinInlineFrequencyRatio per entry). InlineOpsSizeTest
 * holds the limit.
 */
// CPython: Python/bytecodes.c BINARY_OP_ADD_INT / _SUBTRACT_INT / _MULTIPLY_INT, BINARY_OP_ADD_FLOAT /
// _SUBTRACT_FLOAT / _MULTIPLY_FLOAT, COMPARE_OP_INT, TO_BOOL_BOOL / _INT, BINARY_SUBSCR_LIST_INT,
// STORE_SUBSCR_LIST_INT (and the other operators, which 3.13 does not specialise)
final class InlineOps {
    private InlineOps() {}

    /** BINARY_OP's operator without its in-place offset (NB_INPLACE + n is n), as a table: no branch. */
    private static final byte[] NB = new byte[2 * Abstract.NB_INPLACE];

    static {
        for (int i = 0; i < NB.length; i++) NB[i] = (byte) (i % Abstract.NB_INPLACE);
    }

    static PyObject binaryOp(int op, PyObject a, PyObject b) {
        Class<?> c = a.getClass();
        return c == b.getClass() ? sameClass(op, a, b, c) : QuickOps.binaryOp(op, a, b);
    }

    private static PyObject sameClass(int op, PyObject a, PyObject b, Class<?> c) {
        return c == PyFloat.class ? floats(op, a, b) : ints(op, a, b, c);
    }

    private static PyObject floats(int op, PyObject a, PyObject b) {
        int nb = NB[op];
        return nb == NB_ADD ? PyFloat.of(f(a) + f(b)) : floats2(nb, op, a, b);
    }

    private static PyObject floats2(int nb, int op, PyObject a, PyObject b) {
        return nb == NB_SUBTRACT ? PyFloat.of(f(a) - f(b)) : floats3(nb, op, a, b);
    }

    private static PyObject floats3(int nb, int op, PyObject a, PyObject b) {
        return nb == NB_MULTIPLY ? PyFloat.of(f(a) * f(b)) : floats4(nb, op, a, b);
    }

    private static PyObject floats4(int nb, int op, PyObject a, PyObject b) {
        return nb == NB_TRUE_DIVIDE ? divide(op, a, b) : floats5(nb, op, a, b);
    }

    /** x / y; a zero divisor raises on the generic path. */
    private static PyObject divide(int op, PyObject a, PyObject b) {
        return f(b) != 0.0 ? PyFloat.of(f(a) / f(b)) : QuickOps.binaryOp(op, a, b);
    }

    /**
     * x ** 0.5 for x > 0 (finite or not) is the square root: FloatMath.pow rounds correctly, and so
     * does sqrt. Zeros (pow gives +0.0 for -0.0), negatives (complex) and NaN take the generic path.
     */
    private static PyObject floats5(int nb, int op, PyObject a, PyObject b) {
        return nb == NB_POWER && f(b) == 0.5 ? sqrt(op, a, b) : QuickOps.binaryOp(op, a, b);
    }

    private static PyObject sqrt(int op, PyObject a, PyObject b) {
        return f(a) > 0.0 ? PyFloat.of(Math.sqrt(f(a))) : QuickOps.binaryOp(op, a, b);
    }

    private static double f(PyObject o) {
        return ((PyFloat) o).value;
    }

    private static PyObject ints(int op, PyObject a, PyObject b, Class<?> c) {
        return c == PyInt.class && small(a, b) ? ints2(op, a, b) : QuickOps.binaryOp(op, a, b);
    }

    /** Both ints fit a long. */
    private static boolean small(PyObject a, PyObject b) {
        return ((PyInt) a).fitsLong() && ((PyInt) b).fitsLong();
    }

    private static long lv(PyObject o) {
        return ((PyInt) o).longValue();
    }

    private static PyObject ints2(int op, PyObject a, PyObject b) {
        return ints3(op, NB[op], lv(a), lv(b), a, b);
    }

    /**
     * One PyInt.of for every operator: the chains below test whether the result fits a long
     * ({@link #exact}) and compute it ({@link #longs}) without allocating, so the compiled
     * fast path has a single allocation site. With one per operator, this method's own C2
     * compile (it is also called out of line, from the loop's interpreted and C1 versions)
     * grew past InlineSmallCode, and C2 then refused to inline it into Eval.loop ("already
     * compiled into a big method"): every BINARY_OP became a call.
     */
    private static PyObject ints3(int op, int nb, long x, long y, PyObject a, PyObject b) {
        return exact(nb, x, y) ? PyInt.of(longs(nb, x, y)) : QuickOps.binaryOp(op, a, b); // overflow, a zero divisor...
    }

    /** Whether {@link #longs} gives Python's result for these operands: no overflow, no zero divisor. */
    private static boolean exact(int nb, long x, long y) {
        return nb == NB_ADD ? ((x ^ (x + y)) & (y ^ (x + y))) >= 0 : exact2(nb, x, y);
    }

    private static boolean exact2(int nb, long x, long y) {
        return nb == NB_SUBTRACT ? ((x ^ y) & (x ^ (x - y))) >= 0 : exact3(nb, x, y);
    }

    private static boolean exact3(int nb, long x, long y) {
        return nb == NB_MULTIPLY ? Math.multiplyHigh(x, y) == (x * y) >> 63 : exact4(nb, x, y);
    }

    /** & ^ | always; % with a divisor; // by a positive divisor; >> by a count that is not negative. */
    private static boolean exact4(int nb, long x, long y) {
        return nb == NB_AND || nb == NB_XOR || nb == NB_OR || exact5(nb, y);
    }

    private static boolean exact5(int nb, long y) {
        return nb == NB_REMAINDER ? y != 0 : exact6(nb, y);
    }

    private static boolean exact6(int nb, long y) {
        return nb == NB_FLOOR_DIVIDE ? y > 0 : exact7(nb, y);
    }

    private static boolean exact7(int nb, long y) {
        return nb == NB_RSHIFT && y >= 0;
    }

    // only operators {@link #exact} accepts get here; past multiplication, two short chains (& // %
    // are NB_AND 1, NB_FLOOR_DIVIDE 2, NB_REMAINDER 6; | >> ^ are 7, 9, 12): C2's MaxInlineLevel is 15
    private static long longs(int nb, long x, long y) {
        return nb == NB_ADD ? x + y : nb == NB_SUBTRACT ? x - y : longs2(nb, x, y);
    }

    private static long longs2(int nb, long x, long y) {
        return nb == NB_MULTIPLY ? x * y : nb <= NB_REMAINDER ? lows(nb, x, y) : highs(nb, x, y);
    }

    private static long lows(int nb, long x, long y) {
        return nb == NB_AND ? x & y : nb == NB_REMAINDER ? Math.floorMod(x, y) : Math.floorDiv(x, y);
    }

    /** x >> y: shifts of 64 or more give the sign (Java would shift by y & 63). */
    private static long highs(int nb, long x, long y) {
        return nb == NB_RSHIFT ? x >> Math.min(y, 63) : nb == NB_XOR ? x ^ y : x | y;
    }

    static PyObject compareOp(int oparg, PyObject a, PyObject b) {
        return isInts(a, b) ? compareInts(oparg, a, b) : QuickOps.compareOp(oparg, a, b);
    }

    private static boolean isInts(PyObject a, PyObject b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class && small(a, b);
    }

    private static PyObject compareInts(int oparg, PyObject a, PyObject b) {
        return QuickOps.compareLong(oparg >> 5, lv(a), lv(b));
    }

    /** UNARY_NEGATIVE of a float or of an int that fits a long (not its minimum), else the protocol. */
    static PyObject negative(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyFloat.class ? PyFloat.of(-f(o)) : negative2(o, c);
    }

    private static PyObject negative2(PyObject o, Class<?> c) {
        return c == PyInt.class ? negativeInt(o) : Abstract.negative(o);
    }

    private static PyObject negativeInt(PyObject o) {
        return small(o, o) && lv(o) != Long.MIN_VALUE ? PyInt.of(-lv(o)) : Abstract.negative(o);
    }

    // CPython: Python/bytecodes.c TO_BOOL_BOOL / TO_BOOL_INT
    static PyObject toBool(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyBool.class ? o : toBool2(o, c);
    }

    private static PyObject toBool2(PyObject o, Class<?> c) {
        return c == PyInt.class ? intBool(o) : PyBool.of(Abstract.isTrue(o));
    }

    private static PyObject intBool(PyObject o) {
        return PyBool.of(((PyInt) o).signum() != 0);
    }

    static PyObject getitem(PyObject o, PyObject key) {
        return o.getClass() == PyList.class && key.getClass() == PyInt.class ? listItem(o, key) : QuickOps.getitem(o, key);
    }

    private static PyObject listItem(PyObject o, PyObject key) {
        return item(((PyList) o).items, key, o);
    }

    private static PyObject item(List<PyObject> items, PyObject key, PyObject o) {
        int i = index(key, items);
        return i >= 0 ? items.get(i) : QuickOps.getitem(o, key);
    }

    /** The int {@code key} as an index into {@code items} (negative from the end); -1 when out of range or big. */
    private static int index(PyObject key, List<PyObject> items) {
        return ((PyInt) key).fitsLong() ? index(((PyInt) key).longValue(), items.size()) : -1;
    }

    private static int index(long i, int size) {
        if (i < 0) i += size;
        return i >= 0 && i < size ? (int) i : -1;
    }

    static void setitem(PyObject o, PyObject key, PyObject value) {
        if (o.getClass() == PyList.class && key.getClass() == PyInt.class) setListItem(o, key, value);
        else QuickOps.setitem(o, key, value);
    }

    private static void setListItem(PyObject o, PyObject key, PyObject value) {
        setItem(((PyList) o).items, key, o, value);
    }

    private static void setItem(List<PyObject> items, PyObject key, PyObject o, PyObject value) {
        int i = index(key, items);
        if (i >= 0) items.set(i, value);
        else QuickOps.setitem(o, key, value);
    }
}
