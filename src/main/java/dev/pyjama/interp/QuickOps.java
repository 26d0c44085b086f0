package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.*;
import static dev.pyjama.interp.Abstract.NB_ADD;
import static dev.pyjama.interp.Abstract.NB_INPLACE;
import static dev.pyjama.interp.Abstract.NB_LSHIFT;
import static dev.pyjama.interp.Abstract.NB_MULTIPLY;
import static dev.pyjama.interp.Abstract.NB_POWER;
import static dev.pyjama.interp.Abstract.NB_RSHIFT;
import static dev.pyjama.interp.Abstract.NB_SUBTRACT;
import static dev.pyjama.interp.Abstract.NB_TRUE_DIVIDE;

import dev.pyjama.objects.FloatMath;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * The eval loop's fast paths for BINARY_OP, COMPARE_OP, BINARY_SUBSCR and STORE_SUBSCR on
 * the exact built-in types (int that fits a long, float, str, list, tuple, dict), tried
 * before the generic protocol dispatch of {@link Abstract}. Each test is on the exact class,
 * never {@code instanceof}: a subclass may override the operator. Anything unusual (overflow,
 * a zero divisor, NaN where it matters) falls through to the generic path, which gives
 * CPython's result or error. These opcodes fire no monitoring events of their own, so the
 * fast paths need no instrumentation check.
 */
// CPython: Python/bytecodes.c BINARY_OP_ADD_INT / _FLOAT / _UNICODE, COMPARE_OP_INT / _FLOAT / _STR,
// BINARY_SUBSCR_LIST_INT / _TUPLE_INT / _DICT / _STR_INT, STORE_SUBSCR_LIST_INT / _DICT
final class QuickOps {
    private QuickOps() {}

    /** Integers of at most 53 bits convert to double exactly. */
    private static final long EXACT = 1L << 53;

    static PyObject binaryOp(int op, PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        int nb = op >= NB_INPLACE ? op - NB_INPLACE : op;
        if (ca == PyInt.class) {
            PyInt x = (PyInt) a;
            if (cb == PyInt.class) {
                PyInt y = (PyInt) b;
                if (x.fitsLong() && y.fitsLong()) {
                    PyObject r = longOp(nb, x.longValue(), y.longValue());
                    if (r != null) return r;
                }
            } else if (cb == PyFloat.class && x.fitsLong()) {
                // int op float converts the int (correctly rounded, as PyLong_AsDouble does)
                PyObject r = floatOp(nb, (double) x.longValue(), ((PyFloat) b).value);
                if (r != null) return r;
            }
        } else if (ca == PyFloat.class) {
            double x = ((PyFloat) a).value;
            if (cb == PyFloat.class) {
                PyObject r = floatOp(nb, x, ((PyFloat) b).value);
                if (r != null) return r;
            } else if (cb == PyInt.class && ((PyInt) b).fitsLong()) {
                PyObject r = floatOp(nb, x, (double) ((PyInt) b).longValue());
                if (r != null) return r;
            }
        } else if (ca == PyStr.class && cb == PyStr.class && nb == NB_ADD) {
            return ((PyStr) a).concat((PyStr) b, op >= NB_INPLACE);
        }
        return Abstract.binaryOp(op, a, b);
    }

    /** A float operation whose IEEE result is Python's; null for the others and for errors. */
    private static PyObject floatOp(int nb, double x, double y) {
        switch (nb) {
            case NB_ADD: return PyFloat.of(x + y);
            case NB_SUBTRACT: return PyFloat.of(x - y);
            case NB_MULTIPLY: return PyFloat.of(x * y);
            case NB_TRUE_DIVIDE: return y == 0.0 ? null : PyFloat.of(x / y);
            case NB_POWER: return FloatMath.pow(x, y);
            default: return null;
        }
    }

    static PyObject longOp(int nb, long x, long y) {
        switch (nb) {
            case NB_TRUE_DIVIDE:
                // both exact as doubles: one correctly rounded division, as long_true_divide gives
                if (y == 0 || x >= EXACT || x <= -EXACT || y >= EXACT || y <= -EXACT) return null;
                return PyFloat.of((double) x / (double) y);
            case NB_RSHIFT:
                if (y < 0) return null;
                return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
            case NB_LSHIFT:
                if (y < 0 || y >= 63) return null;
                long r = x << y;
                return (r >> y) == x ? PyInt.of(r) : null;
            default:
                return NativeOps.longBinary(nb, x, y);
        }
    }

    // CPython: Objects/floatobject.c float_richcompare (an int of at most 53 bits compares as its double)
    static PyObject compareOp(int oparg, PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        int cmp = oparg >> 5;
        if (ca == PyInt.class && cb == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.fitsLong() && y.fitsLong()) return compareLong(cmp, x.longValue(), y.longValue());
        } else if (ca == PyFloat.class) {
            double x = ((PyFloat) a).value;
            if (cb == PyFloat.class) return PyBool.of(compareDouble(cmp, x, ((PyFloat) b).value));
            if (cb == PyInt.class && exact((PyInt) b)) return PyBool.of(compareDouble(cmp, x, ((PyInt) b).longValue()));
        } else if (ca == PyInt.class && cb == PyFloat.class && exact((PyInt) a)) {
            return PyBool.of(compareDouble(cmp, ((PyInt) a).longValue(), ((PyFloat) b).value));
        } else if (ca == PyStr.class && cb == PyStr.class) {
            PyStr x = (PyStr) a, y = (PyStr) b;
            if (cmp == CMP_EQ || cmp == CMP_NE) return PyBool.of(x.equalsStr(y) == (cmp == CMP_EQ));
            // without surrogates, UTF-16 order is code point order (unicode_compare)
            if (x.isBmp() && y.isBmp()) return compareLong(cmp, x.value().compareTo(y.value()), 0);
        }
        return EvalHelpers.compareOp(oparg, a, b);
    }

    private static boolean exact(PyInt i) {
        if (!i.fitsLong()) return false;
        long v = i.longValue();
        return v < EXACT && v > -EXACT;
    }

    /**
     * Bit {@code 3 * cmp + k} says whether comparison {@code cmp} (CMP_LT..CMP_GE, 0..5) holds
     * when the left operand is less (k = 0), equal (1) or greater (2).
     */
    private static final int COMPARE_MASKS = 0b110_100_101_010_011_001;
    private static final PyObject[] BOOLS = {PyBool.FALSE, PyBool.TRUE};

    /**
     * {@code p cmp q} without a branch: a switch (or an if) on {@code cmp} here is inlined into
     * Eval.loop, where C2 turns the comparisons its profile never saw into uncommon traps, so a
     * program's first {@code >=} after many {@code <} threw the whole compiled loop away.
     */
    static PyObject compareLong(int cmp, long p, long q) {
        // CPython: Python/bytecodes.c COMPARE_OP_INT (the mask of LT/EQ/GT outcomes, as here)
        return BOOLS[(COMPARE_MASKS >>> (3 * cmp + 1 - less(p, q) + less(q, p))) & 1];
    }

    /** 1 when p < q, else 0, without a branch or overflow (Hacker's Delight 2-12); small enough to inline anywhere. */
    private static int less(long p, long q) {
        long d = p - q;
        return (int) ((d ^ ((p ^ q) & (d ^ p))) >>> 63);
    }

    /** Java's comparisons of doubles are Python's, NaN included (all false but !=). */
    private static boolean compareDouble(int cmp, double p, double q) {
        switch (cmp) {
            case CMP_LT: return p < q;
            case CMP_LE: return p <= q;
            case CMP_EQ: return p == q;
            case CMP_NE: return p != q;
            case CMP_GT: return p > q;
            default: return p >= q;
        }
    }

    static PyObject getitem(PyObject o, PyObject key) {
        Class<?> co = o.getClass();
        if (key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            long i = ((PyInt) key).longValue();
            if (co == PyList.class) {
                java.util.List<PyObject> items = ((PyList) o).items;
                int size = items.size();
                if (i < 0) i += size;
                if (i >= 0 && i < size) return items.get((int) i);
            } else if (co == PyTuple.class) {
                PyObject[] items = ((PyTuple) o).items;
                if (i < 0) i += items.length;
                if (i >= 0 && i < items.length) return items[(int) i];
            } else if (co == PyStr.class) {
                PyStr s = (PyStr) o;
                int size = s.length();
                if (i < 0) i += size;
                if (i >= 0 && i < size) return s.codePointAt((int) i);
            }
        }
        if (co == PyDict.class) {
            // the key's __hash__ and __eq__ run once: a miss raises here, not in a second lookup
            PyObject v = ((PyDict) o).get(key);
            if (v == null) throw NativeOps.keyError(key);
            return v;
        }
        return Abstract.getitem(o, key);
    }

    static void setitem(PyObject o, PyObject key, PyObject value) {
        if (o.getClass() == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            java.util.List<PyObject> items = ((PyList) o).items;
            long i = ((PyInt) key).longValue();
            int size = items.size();
            if (i < 0) i += size;
            if (i >= 0 && i < size) {
                items.set((int) i, value);
                return;
            }
        }
        Abstract.setitem(o, key, value);
    }

    /** {@link #sortCompare}'s answer when the generic comparison must decide. */
    static final int UNKNOWN = 2;

    /**
     * list.sort's comparison of two keys whose order needs no Python code: exact ints that fit
     * a long, exact floats (not NaN: inside a tuple, a NaN item is equal to itself only by
     * identity), exact strs without surrogates, and exact tuples of those. -1, 0 or 1 as
     * {@code a < b} and {@code b < a} would decide; {@link #UNKNOWN} for anything else, before
     * any side effect, so the caller can fall back to the generic comparison.
     */
    // CPython: Objects/listobject.c unsafe_long_compare / unsafe_float_compare / unsafe_latin_compare /
    // unsafe_tuple_compare (the pre-checked comparisons of list.sort)
    static int sortCompare(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca != b.getClass()) return UNKNOWN;
        if (ca == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            return x.fitsLong() && y.fitsLong() ? Long.compare(x.longValue(), y.longValue()) : UNKNOWN;
        }
        if (ca == PyStr.class) {
            PyStr x = (PyStr) a, y = (PyStr) b;
            return x.isBmp() && y.isBmp() ? Integer.signum(x.value().compareTo(y.value())) : UNKNOWN;
        }
        if (ca == PyFloat.class) {
            double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
            if (Double.isNaN(x) || Double.isNaN(y)) return UNKNOWN;
            return x < y ? -1 : y < x ? 1 : 0; // -0.0 and 0.0 are equal (not Double.compare)
        }
        if (ca == PyTuple.class) {
            PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (x[i] == y[i]) continue; // identity is equality, as PyObject_RichCompareBool says
                int c = sortCompare(x[i], y[i]);
                if (c != 0) return c;
            }
            return Integer.compare(x.length, y.length);
        }
        return UNKNOWN;
    }
}
