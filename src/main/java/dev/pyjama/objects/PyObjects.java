package dev.pyjama.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The object protocol for the value types pyjama has so far: truth, equality, subscription.
 * The virtual machine will grow these into type slots; the semantics (and messages) are
 * CPython's already.
 */
// CPython: Objects/object.c, Objects/abstract.c
public final class PyObjects {
    private PyObjects() {}

    /** Whether {@code o} is an int (bools are ints in Python). */
    public static boolean isInt(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool;
    }

    /** The int value of an int or bool. */
    public static PyInt asInt(PyObject o) {
        if (o instanceof PyBool) return PyInt.of(((PyBool) o).value ? 1 : 0);
        return (PyInt) o;
    }

    /** {@code bool(o)}. */
    // CPython: Objects/object.c PyObject_IsTrue
    public static boolean isTrue(PyObject o) {
        if (o instanceof PyBool) return ((PyBool) o).value;
        if (o == PyNone.NONE) return false;
        if (o instanceof PyInt) return ((PyInt) o).signum() != 0;
        if (o instanceof PyFloat) return ((PyFloat) o).value != 0.0;
        if (o instanceof PyComplex) return ((PyComplex) o).real != 0.0 || ((PyComplex) o).imag != 0.0;
        if (o instanceof PyStr) return !((PyStr) o).value().isEmpty();
        if (o instanceof PyBytes) return ((PyBytes) o).value.length != 0;
        if (o instanceof PyTuple) return ((PyTuple) o).items.length != 0;
        if (o instanceof PyFrozenSet) return ((PyFrozenSet) o).size() != 0;
        return true;
    }

    /** {@code a == b} as a set or a tuple comparison asks it: identity first, then value. */
    // CPython: Objects/object.c PyObject_RichCompareBool (Py_EQ)
    public static boolean equal(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof Derived || b instanceof Derived) {
            // a Python subclass of a built-in value type: its class may define __eq__
            ObjectProtocol p = ObjectProtocol.Installed.current;
            if (p != null) return p.equal(a, b);
        }
        if (a instanceof PyTuple || a instanceof PyFrozenSet) {
            // Containers compare their items through the interpreter's rich comparison once it
            // runs: items may be instances of Python classes, and nesting is bounded by its
            // recursion guard (RecursionError "in comparison", as CPython's).
            ObjectProtocol p = ObjectProtocol.Installed.current;
            if (p != null) return p.equal(a, b);
        }
        if (isNumber(a) && isNumber(b)) return numberEqual(a, b);
        if (a instanceof PyStr && b instanceof PyStr) return ((PyStr) a).equalsStr((PyStr) b);
        if (a instanceof PyBytes && b instanceof PyBytes) return Arrays.equals(((PyBytes) a).value, ((PyBytes) b).value);
        if (a instanceof PyTuple && b instanceof PyTuple) {
            PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
            if (x.length != y.length) return false;
            for (int i = 0; i < x.length; i++) {
                if (!equal(x[i], y[i])) return false;
            }
            return true;
        }
        if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
            PyFrozenSet x = (PyFrozenSet) a, y = (PyFrozenSet) b;
            if (x.size() != y.size()) return false;
            for (PyObject item : x.items()) {
                if (!y.contains(item)) return false;
            }
            return true;
        }
        ObjectProtocol p = ObjectProtocol.Installed.current;
        return p != null && p.equal(a, b);
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat || o instanceof PyComplex;
    }

    // CPython: Objects/longobject.c long_richcompare, floatobject.c float_richcompare,
    // complexobject.c complex_richcompare
    public static boolean numberEqual(PyObject a, PyObject b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            if (!(a instanceof PyComplex)) {
                PyObject t = a;
                a = b;
                b = t;
            }
            PyComplex c = (PyComplex) a;
            if (b instanceof PyComplex) return c.real == ((PyComplex) b).real && c.imag == ((PyComplex) b).imag;
            if (c.imag != 0.0) return false;
            return numberEqual(PyFloat.of(c.real), b);
        }
        if (a instanceof PyFloat || b instanceof PyFloat) {
            if (!(a instanceof PyFloat)) {
                PyObject t = a;
                a = b;
                b = t;
            }
            double d = ((PyFloat) a).value;
            if (b instanceof PyFloat) return d == ((PyFloat) b).value;
            return floatEqualsInt(d, asInt(b));
        }
        return asInt(a).equals(asInt(b));
    }

    /** Exact comparison of a double with an int, as float_richcompare does it. */
    private static boolean floatEqualsInt(double d, PyInt i) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return false;
        if (i.fitsLong()) {
            long l = i.longValue();
            if (Math.abs(l) <= (1L << 53)) return d == (double) l;
        }
        if (d != Math.rint(d)) return false;
        BigInteger exact = new BigDecimal(d).toBigIntegerExact();
        return exact.equals(i.bigValue());
    }

    /** {@code container[index]} for str, bytes and tuple with an int index. */
    // CPython: Objects/abstract.c PyObject_GetItem
    public static PyObject getItem(PyObject container, PyObject index) {
        if (container instanceof PyStr) {
            PyStr s = (PyStr) container;
            if (!isInt(index)) {
                throw new PyException("TypeError", "string indices must be integers, not '" + index.typeName() + "'");
            }
            int i = checkIndex(asInt(index), s.length(), "string index out of range");
            return s.codePointAt(i);
        }
        if (container instanceof PyBytes) {
            byte[] b = ((PyBytes) container).value;
            if (!isInt(index)) {
                throw new PyException("TypeError", "byte indices must be integers or slices, not " + index.typeName());
            }
            int i = checkIndex(asInt(index), b.length, "index out of range");
            return PyInt.of(b[i] & 0xff);
        }
        if (container instanceof PyTuple) {
            PyObject[] items = ((PyTuple) container).items;
            if (!isInt(index)) {
                throw new PyException("TypeError", "tuple indices must be integers or slices, not " + index.typeName());
            }
            int i = checkIndex(asInt(index), items.length, "tuple index out of range");
            return items[i];
        }
        throw new PyException("TypeError", "'" + container.typeName() + "' object is not subscriptable");
    }

    private static int checkIndex(PyInt index, int length, String message) {
        long i = IntMath.asSsize(index, "IndexError");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw new PyException("IndexError", message);
        return (int) i;
    }
}
