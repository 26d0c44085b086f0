package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyDictView;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNumber;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyObjects;
import dev.pyjama.objects.PyRange;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.SetTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The operators of the built-in types (CPython's nb_*, sq_* and tp_richcompare slots of int,
 * float, str, list, tuple, dict, set...): each returns null when the operands are not ones
 * the built-in implementation handles, so that {@link Abstract} goes on with the protocol
 * (reflected operands, NotImplemented, CPython's error).
 */
// CPython: Objects/longobject.c, floatobject.c, unicodeobject.c, listobject.c, tupleobject.c, setobject.c, dictobject.c
final class NativeOps {
    private NativeOps() {}

    static boolean cmpResult(int op, int c) {
        switch (op) {
            case Abstract.LT: return c < 0;
            case Abstract.LE: return c <= 0;
            case Abstract.EQ: return c == 0;
            case Abstract.NE: return c != 0;
            case Abstract.GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** Two ints that fit in longs; null when the result needs the general path. */
    static PyObject longBinary(int op, long x, long y) {
        switch (op) {
            case Abstract.NB_ADD: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.of(r);
            }
            case Abstract.NB_SUBTRACT: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.of(r);
            }
            case Abstract.NB_MULTIPLY: {
                long hi = Math.multiplyHigh(x, y), r = x * y;
                return hi == (r >> 63) ? PyInt.of(r) : null;
            }
            case Abstract.NB_FLOOR_DIVIDE:
                return y == 0 || (x == Long.MIN_VALUE && y == -1) ? null : PyInt.of(Math.floorDiv(x, y));
            case Abstract.NB_REMAINDER:
                return y == 0 ? null : PyInt.of(Math.floorMod(x, y));
            case Abstract.NB_AND: return PyInt.of(x & y);
            case Abstract.NB_OR: return PyInt.of(x | y);
            case Abstract.NB_XOR: return PyInt.of(x ^ y);
            default: return null;
        }
    }

    private static int rank(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBool) return 1;
        if (o instanceof PyFloat) return 2;
        if (o instanceof PyComplex) return 3;
        return 0;
    }

    /** Whether {@code f} is a built-in sequence's {@code __add__}, {@code __mul__} or {@code __rmul__} (sq_concat, sq_repeat). */
    static boolean isSequenceSlot(PyObject f) {
        if (!(f instanceof dev.pyjama.objects.PyBuiltinFunction bf) || bf.self != null) return false;
        dev.pyjama.objects.PyType o = bf.owner;
        return (o == PyList.TYPE || o == PyTuple.TYPE || o == PyStr.TYPE || o == PyBytes.TYPE)
                && (bf.name.equals("__add__") || bf.name.equals("__mul__") || bf.name.equals("__rmul__"));
    }

    static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    /** {@code a op b} for built-in operands; null when the built-in types do not handle them. */
    static PyObject binary(int op, PyObject a, PyObject b) {
        int ra = rank(a), rb = rank(b);
        if (ra > 0 && rb > 0) return numeric(op, a, b, Math.max(ra, rb));
        switch (op) {
            case Abstract.NB_ADD:
                if (a instanceof PyStr x && b instanceof PyStr y) return x.concat(y);
                if (a instanceof PyList x && b instanceof PyList y) {
                    List<PyObject> out = new ArrayList<>(x.items.size() + y.items.size());
                    out.addAll(x.items);
                    out.addAll(y.items);
                    return new PyList(out);
                }
                if ((a instanceof PyTuple && b instanceof PyTuple) || (a instanceof PyBytes && b instanceof PyBytes)) {
                    return PyNumber.add(a, b);
                }
                return null;
            case Abstract.NB_MULTIPLY:
                if (isSequence(a) && (b instanceof PyInt || b instanceof PyBool)) return repeat(a, b);
                if (isSequence(b) && (a instanceof PyInt || a instanceof PyBool)) return repeat(b, a);
                return null;
            case Abstract.NB_REMAINDER:
                if (a instanceof PyStr s) return PrintfFormat.format(s, b);
                return null;
            case Abstract.NB_OR:
            case Abstract.NB_AND:
            case Abstract.NB_XOR:
            case Abstract.NB_SUBTRACT:
                if (isAnySet(a) && isAnySet(b)) return setOp(op, a, b, false);
                // (a built-in dict subclass with its own | (defaultdict) is left to its slots)
                if (op == Abstract.NB_OR && a instanceof PyDict x && b instanceof PyDict y
                        && (x.type() == PyDict.TYPE || x.type().heap) && (y.type() == PyDict.TYPE || y.type().heap)) {
                    PyDict d = DictMethods.copy(x);
                    DictMethods.update(d, y);
                    return d;
                }
                if ((a instanceof PyDictView va && va.kind != PyDictView.VALUES)
                        || (b instanceof PyDictView vb && vb.kind != PyDictView.VALUES)) {
                    return viewSetOp(op, a, b);
                }
                return null;
            default:
                return null;
        }
    }

    /** Set algebra on dict key and item views (and any iterable on the other side): a set. */
    // CPython: Objects/dictobject.c dictviews_sub, _PyDictView_Intersect, dictviews_or, dictviews_xor
    private static PyObject viewSetOp(int op, PyObject a, PyObject b) {
        return DictViews.setOp(op, a, b);
    }

    /** In-place forms: list +=, *=, set |= &= -= ^=, dict |=; otherwise the binary form. */
    static PyObject inplace(int op, PyObject a, PyObject b) {
        if (a instanceof PyList l) {
            if (op == Abstract.NB_ADD) {
                l.items.addAll(Abstract.toList(b));
                return l;
            }
            if (op == Abstract.NB_MULTIPLY && (b instanceof PyInt || b instanceof PyBool)) {
                long n = Abstract.asSsize(b, ExceptionTypes.OVERFLOW_ERROR);
                if (n <= 0) {
                    l.items.clear();
                } else {
                    List<PyObject> copy = new ArrayList<>(l.items);
                    for (long i = 1; i < n; i++) l.items.addAll(copy);
                }
                return l;
            }
        }
        if (a instanceof PySet s && isAnySet(b)
                && (op == Abstract.NB_OR || op == Abstract.NB_AND || op == Abstract.NB_SUBTRACT || op == Abstract.NB_XOR)) {
            SetTable tb = table(b);
            if (op == Abstract.NB_OR) s.table.merge(tb);
            else if (op == Abstract.NB_SUBTRACT) differenceUpdate(s.table, tb);
            else if (op == Abstract.NB_XOR) symmetricDifferenceUpdate(s.table, tb);
            else s.table.replaceWith(((PySet) setOp(op, a, b, true)).table);
            return s;
        }
        if (a instanceof PyDict d && op == Abstract.NB_OR) {
            DictMethods.update(d, b);
            return d;
        }
        return binary(op, a, b);
    }

    static boolean isAnySet(PyObject o) {
        return o instanceof PySet || o instanceof PyFrozenSet;
    }

    static SetTable table(PyObject o) {
        return o instanceof PySet s ? s.table : ((PyFrozenSet) o).table;
    }

    /** Set algebra; the result has a's type (set or frozenset) unless {@code forceSet}. */
    // CPython: Objects/setobject.c set_or, set_intersection, set_difference, set_symmetric_difference
    static PyObject setOp(int op, PyObject a, PyObject b, boolean forceSet) {
        SetTable ta = table(a), tb = table(b);
        SetTable out;
        switch (op) {
            case Abstract.NB_OR:
                out = ta.copy();
                out.merge(tb);
                break;
            case Abstract.NB_AND: {
                if (ta == tb) {
                    out = ta.copy();
                    break;
                }
                out = new SetTable();
                SetTable small = tb, big = ta;
                if (tb.size() > ta.size()) {
                    small = ta;
                    big = tb;
                }
                for (PyObject x : small.items()) if (big.contains(x)) out.add(x);
                break;
            }
            case Abstract.NB_SUBTRACT:
                if ((ta.size() >> 2) > tb.size()) {
                    out = ta.copy();
                    differenceUpdate(out, tb);
                } else {
                    out = new SetTable();
                    for (PyObject x : ta.items()) if (!tb.contains(x)) out.add(x);
                }
                break;
            default:
                out = tb.copy();
                symmetricDifferenceUpdate(out, ta);
                break;
        }
        if (a instanceof PyFrozenSet && !forceSet) return PyFrozenSet.ofTable(out);
        return new PySet(out);
    }

    // CPython: Objects/setobject.c set_difference_update_internal
    static void differenceUpdate(SetTable t, SetTable other) {
        if (t == other) {
            t.clear();
            return;
        }
        for (PyObject x : other.items()) t.discard(x);
        t.resizeAwayDummies();
    }

    // CPython: Objects/setobject.c set_symmetric_difference_update
    static void symmetricDifferenceUpdate(SetTable t, SetTable other) {
        if (t == other) {
            t.clear();
            return;
        }
        for (PyObject x : other.items()) {
            if (!t.discard(x)) t.add(x);
        }
    }

    private static PyObject numeric(int op, PyObject a, PyObject b, int w) {
        switch (op) {
            case Abstract.NB_ADD: return PyNumber.add(a, b);
            case Abstract.NB_SUBTRACT: return PyNumber.subtract(a, b);
            case Abstract.NB_MULTIPLY: return PyNumber.multiply(a, b);
            case Abstract.NB_TRUE_DIVIDE: return PyNumber.trueDivide(a, b);
            case Abstract.NB_FLOOR_DIVIDE: return w == 3 ? null : PyNumber.floorDivide(a, b);
            case Abstract.NB_REMAINDER: return w == 3 ? null : PyNumber.remainder(a, b);
            case Abstract.NB_POWER: return PyNumber.power(a, b);
            case Abstract.NB_LSHIFT: return w == 1 ? PyNumber.lshift(a, b) : null;
            case Abstract.NB_RSHIFT: return w == 1 ? PyNumber.rshift(a, b) : null;
            case Abstract.NB_AND: return w == 1 ? PyNumber.and(a, b) : null;
            case Abstract.NB_OR: return w == 1 ? PyNumber.or(a, b) : null;
            case Abstract.NB_XOR: return w == 1 ? PyNumber.xor(a, b) : null;
            default: return null;
        }
    }

    /** {@code seq * n}. */
    static PyObject repeat(PyObject seq, PyObject count) {
        if (seq instanceof PyList l) {
            long n = Abstract.asSsize(count, ExceptionTypes.OVERFLOW_ERROR);
            if (n <= 0 || l.items.isEmpty()) return new PyList(new ArrayList<>());
            if (l.items.size() * n > Integer.MAX_VALUE - 8) throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
            List<PyObject> out = new ArrayList<>((int) (l.items.size() * n));
            for (long i = 0; i < n; i++) out.addAll(l.items);
            return new PyList(out);
        }
        return PyNumber.multiply(seq, PyObjects.asInt(Abstract.index(count)));
    }

    /** What {@code +} and {@code *} fall back to for sequences whose nb slots declined. */
    static PyObject sequenceFallback(int op, PyObject a, PyObject b) {
        if (op == Abstract.NB_MULTIPLY) {
            if (isSequence(a) && b.type().lookup("__index__") != null) return repeat(a, Abstract.index(b));
            if (isSequence(b) && a.type().lookup("__index__") != null) return repeat(b, Abstract.index(a));
        }
        return null;
    }

    /** {@code pow(a, b, m)} for ints. */
    // CPython: Objects/longobject.c long_pow (with a modulus)
    static PyObject modPow(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.bigValue();
        BigInteger base = a.bigValue(), exp = b.bigValue();
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, am);
        if (negMod && r.signum() != 0) r = r.subtract(am);
        return PyInt.of(r);
    }

    // ---- comparisons

    /** {@code a op b} for built-in operands; null when the built-in types do not compare them. */
    static PyObject compare(int op, PyObject a, PyObject b) {
        int ra = rank(a), rb = rank(b);
        if (ra > 0 && rb > 0) {
            if (ra == 3 || rb == 3) {
                if (op != Abstract.EQ && op != Abstract.NE) return null;
                // by value: an operand may be a subclass instance whose __eq__ called this
                return PyBool.of(PyObjects.numberEqual(a, b) == (op == Abstract.EQ));
            }
            int c = compareReal(a, b);
            return PyBool.of(c == NAN_CMP ? op == Abstract.NE : cmpResult(op, c)); // a NaN: only != holds
        }
        if (a instanceof PyStr x && b instanceof PyStr y) return PyBool.of(cmpResult(op, compareStr(x, y)));
        if (a instanceof PyList x && b instanceof PyList y) return compareSeq(op, x.items.toArray(new PyObject[0]), y.items.toArray(new PyObject[0]));
        if (a instanceof PyTuple x && b instanceof PyTuple y) return compareSeq(op, x.items, y.items);
        if (a instanceof PyBytes x && b instanceof PyBytes y) return PyBool.of(cmpResult(op, Arrays.compareUnsigned(x.value, y.value)));
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (op != Abstract.EQ && op != Abstract.NE) return null;
            return PyBool.of(dictEqual(x, y) == (op == Abstract.EQ));
        }
        if (isAnySet(a) && isAnySet(b)) return PyBool.of(setCompare(op, table(a), table(b)));
        if (a instanceof PyRange x && b instanceof PyRange y) {
            if (op != Abstract.EQ && op != Abstract.NE) return null;
            return PyBool.of(RangeMethods.equal(x, y) == (op == Abstract.EQ));
        }
        if (a instanceof PySlice x && b instanceof PySlice y) {
            return compareSeq(op, new PyObject[] {x.start, x.stop, x.step}, new PyObject[] {y.start, y.stop, y.step});
        }
        if (a instanceof PyDictView) return DictViews.richCompare(op, a, b);
        return null;
    }

    static boolean dictEqual(PyDict x, PyDict y) {
        if (x.size() != y.size()) return false;
        for (PyObject k : x.keys()) {
            PyObject v1 = x.get(k);
            if (v1 == null) continue;
            PyObject v2 = y.get(k);
            if (v2 == null || !Abstract.equal(v1, v2)) return false;
        }
        return true;
    }

    private static boolean setCompare(int op, SetTable a, SetTable b) {
        switch (op) {
            case Abstract.EQ: return a.size() == b.size() && subset(a, b);
            case Abstract.NE: return !(a.size() == b.size() && subset(a, b));
            case Abstract.LE: return subset(a, b);
            case Abstract.GE: return subset(b, a);
            case Abstract.LT: return a.size() < b.size() && subset(a, b);
            default: return a.size() > b.size() && subset(b, a);
        }
    }

    private static boolean subset(SetTable a, SetTable b) {
        if (a.size() > b.size()) return false;
        for (PyObject x : a.items()) if (!b.contains(x)) return false;
        return true;
    }

    /** Lexicographic comparison of two sequences, as list_richcompare and tuplerichcompare do. */
    static PyObject compareSeq(int op, PyObject[] x, PyObject[] y) {
        if ((op == Abstract.EQ || op == Abstract.NE) && x.length != y.length) return PyBool.of(op == Abstract.NE);
        int i = 0;
        for (; i < x.length && i < y.length; i++) {
            if (!Abstract.equal(x[i], y[i])) break;
        }
        if (i >= x.length || i >= y.length) return PyBool.of(cmpResult(op, Integer.compare(x.length, y.length)));
        if (op == Abstract.EQ) return PyBool.FALSE;
        if (op == Abstract.NE) return PyBool.TRUE;
        return Abstract.richCompare(x[i], y[i], op);
    }

    /** Compares two strings by code point. */
    static int compareStr(PyStr a, PyStr b) {
        String x = a.value(), y = b.value();
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i), d = y.charAt(i);
            if (c != d) {
                if (c >= 0xD800 || d >= 0xD800) {
                    int[] p = a.codePoints(), q = b.codePoints();
                    return Arrays.compare(p, q);
                }
                return c - d;
            }
        }
        return Integer.compare(x.length(), y.length());
    }

    /** Compares two real numbers (int, bool, float) exactly; NaN compares unordered (here: as "not equal", never less). */
    static int compareReal(PyObject a, PyObject b) {
        if (a instanceof PyFloat || b instanceof PyFloat) {
            if (a instanceof PyFloat x && b instanceof PyFloat y) {
                double p = x.value, q = y.value;
                if (Double.isNaN(p) || Double.isNaN(q)) return NAN_CMP;
                return p < q ? -1 : p > q ? 1 : 0;
            }
            if (a instanceof PyFloat x) return floatVsInt(x.value, PyObjects.asInt(b));
            return -floatVsInt(((PyFloat) b).value, PyObjects.asInt(a));
        }
        PyInt x = PyObjects.asInt(a), y = PyObjects.asInt(b);
        if (x.fitsLong() && y.fitsLong()) return Long.compare(x.longValue(), y.longValue());
        return x.bigValue().compareTo(y.bigValue());
    }

    /** compareReal's answer when a NaN is involved: every comparison false except != (compare checks for it). */
    private static final int NAN_CMP = Integer.MIN_VALUE + 7;

    private static int floatVsInt(double d, PyInt i) {
        if (Double.isNaN(d)) return NAN_CMP;
        if (Double.isInfinite(d)) return d > 0 ? 1 : -1;
        if (i.fitsLong() && Math.abs(i.longValue()) <= (1L << 53)) {
            double q = i.longValue();
            return d < q ? -1 : d > q ? 1 : 0;
        }
        return new java.math.BigDecimal(d).compareTo(new java.math.BigDecimal(i.bigValue()));
    }

    // ---- containment and subscription

    /** 1 when {@code item in container}, 0 when not, -1 when the built-in types do not know the container. */
    static int contains(PyObject container, PyObject item) {
        if (container instanceof PyDict d) return d.containsKey(item) ? 1 : 0;
        if (container instanceof PyList l) {
            for (int i = 0; i < l.items.size(); i++) if (Abstract.equal(l.items.get(i), item)) return 1;
            return 0;
        }
        if (container instanceof PyTuple t) {
            for (PyObject x : t.items) if (Abstract.equal(x, item)) return 1;
            return 0;
        }
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.typeName());
            }
            return s.value().contains(sub.value()) ? 1 : 0;
        }
        if (container instanceof PySet || container instanceof PyFrozenSet) {
            try {
                return table(container).contains(item) ? 1 : 0;
            } catch (PyException e) {
                // an unhashable set is looked up as the frozenset of its items
                if (item instanceof PySet s && e.value().type() == ExceptionTypes.TYPE_ERROR) {
                    return table(container).contains(PyFrozenSet.ofTable(s.table.copy())) ? 1 : 0;
                }
                throw e;
            }
        }
        if (container instanceof PyRange r) return RangeMethods.contains(r, item) ? 1 : 0;
        if (container instanceof PyBytes b) {
            if (item instanceof PyInt i) {
                long v = i.fitsLong() ? i.longValue() : -1;
                if (v < 0 || v > 255) throw Errors.valueError("byte must be in range(0, 256)");
                for (byte x : b.value) if ((x & 0xff) == v) return 1;
                return 0;
            }
            byte[] sub = BytesOps.buffer(item);
            if (sub != null) return indexOf(b.value, sub, 0) >= 0 ? 1 : 0;
            throw Errors.typeError("a bytes-like object is required, not '" + item.typeName() + "'");
        }
        if (container instanceof PyDictView v) {
            if (v.kind == PyDictView.KEYS) return v.dict.containsKey(item) ? 1 : 0;
            if (v.kind == PyDictView.ITEMS) {
                if (!(item instanceof PyTuple t) || t.items.length != 2) return 0;
                PyObject val = v.dict.get(t.items[0]);
                return val != null && Abstract.equal(val, t.items[1]) ? 1 : 0;
            }
            for (PyObject x : v.dict.values()) if (Abstract.equal(x, item)) return 1;
            return 0;
        }
        return -1;
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, PyTuple.of(key)));
    }

    /** {@code o[key]} for built-in containers; null when the built-in types do not handle {@code o}. */
    static PyObject getitem(PyObject o, PyObject key) {
        // dict subclasses of the Java modules (defaultdict) go through __getitem__ for __missing__
        if (o instanceof PyDict d && o.getClass() == PyDict.class) {
            PyObject v = d.get(key);
            if (v == null) throw keyError(key);
            return v;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                long[] ix = Abstract.sliceIndices(s, l.items.size());
                List<PyObject> out = new ArrayList<>((int) ix[3]);
                for (long i = 0, j = ix[0]; i < ix[3]; i++, j += ix[2]) out.add(l.items.get((int) j));
                return new PyList(out);
            }
            return l.items.get(Abstract.seqIndex(key, l.items.size(), "list", "list index out of range"));
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                long[] ix = Abstract.sliceIndices(s, t.items.length);
                if (ix[0] == 0 && ix[2] == 1 && ix[3] == t.items.length) return t;
                PyObject[] out = new PyObject[(int) ix[3]];
                for (int i = 0, j = (int) ix[0]; i < ix[3]; i++, j += (int) ix[2]) out[i] = t.items[j];
                return PyTuple.of(out);
            }
            return t.items[Abstract.seqIndex(key, t.items.length, "tuple", "tuple index out of range")];
        }
        if (o instanceof PyStr s) return StrMethods.getitem(s, key);
        if (o instanceof PyBytes b) {
            if (key instanceof PySlice s) {
                long[] ix = Abstract.sliceIndices(s, b.value.length);
                byte[] out = new byte[(int) ix[3]];
                for (int i = 0, j = (int) ix[0]; i < ix[3]; i++, j += (int) ix[2]) out[i] = b.value[j];
                return new PyBytes(out);
            }
            if (!(key instanceof PyInt) && !(key instanceof PyBool) && key.type().lookup("__index__") == null) {
                throw Errors.typeError("byte indices must be integers or slices, not " + key.typeName());
            }
            return PyInt.of(b.value[Abstract.seqIndex(key, b.value.length, "byte", "index out of range")] & 0xff);
        }
        if (o instanceof PyRange r) return RangeMethods.subscript(r, key);
        return null;
    }

    /** {@code o[key] = value} (value null: del) for built-in containers; false when not handled. */
    static boolean setitem(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyDict d) {
            if (value != null) d.put(key, value);
            else if (d.remove(key) == null) throw keyError(key);
            return true;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                ListMethods.setSlice(l, s, value);
                return true;
            }
            int i = Abstract.seqIndex(key, l.items.size(), "list",
                    value == null ? "list assignment index out of range" : "list assignment index out of range");
            if (value == null) l.items.remove(i);
            else l.items.set(i, value);
            return true;
        }
        return false;
    }

    static PyObject none() {
        return PyNone.NONE;
    }

    static long toLong(PyObject o) {
        return IntMath.asSsize(PyObjects.asInt(o), "OverflowError");
    }
}
