package dev.pyjama.objects;

/**
 * The number protocol ({@code a + b}, {@code -a}, ...) over the value types pyjama has so
 * far: int and bool, float, complex, and the sequence forms of {@code +} and {@code *} for
 * str, bytes and tuple. Mixed operands are widened as Python does (int to float to complex);
 * failures raise the PyException CPython raises, with its message.
 */
// CPython: Objects/abstract.c PyNumber_Add, PyNumber_Multiply, binary_op1, ...
public final class PyNumber {
    private PyNumber() {}

    private static boolean isInt(PyObject o) {
        return PyObjects.isInt(o);
    }

    private static PyInt asInt(PyObject o) {
        return PyObjects.asInt(o);
    }

    /** The operand as a double, for an int, bool or float. */
    private static double toDouble(PyObject o) {
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        return IntMath.toDouble(asInt(o));
    }

    /** The operand as a complex, for any number. */
    private static PyComplex toComplex(PyObject o) {
        if (o instanceof PyComplex) return (PyComplex) o;
        return new PyComplex(toDouble(o), 0.0);
    }

    /** 0: not a number; 1: int or bool; 2: float; 3: complex. */
    private static int rank(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBool) return 1;
        if (o instanceof PyFloat) return 2;
        if (o instanceof PyComplex) return 3;
        return 0;
    }

    private static PyException unsupported(String op, PyObject a, PyObject b) {
        return new PyException("TypeError", "unsupported operand type(s) for " + op + ": '" + a.typeName()
                + "' and '" + b.typeName() + "'");
    }

    // CPython: Objects/abstract.c PyNumber_Add
    public static PyObject add(PyObject a, PyObject b) {
        int r = Math.min(rank(a), rank(b));
        if (r > 0) {
            int w = Math.max(rank(a), rank(b));
            if (w == 1) return IntMath.add(asInt(a), asInt(b));
            if (w == 2) return PyFloat.of(toDouble(a) + toDouble(b));
            PyComplex x = toComplex(a), y = toComplex(b);
            return new PyComplex(x.real + y.real, x.imag + y.imag);
        }
        if (a instanceof PyStr) {
            if (b instanceof PyStr) return ((PyStr) a).concat((PyStr) b);
            throw new PyException("TypeError", "can only concatenate str (not \"" + b.typeName() + "\") to str");
        }
        if (a instanceof PyBytes) {
            if (b instanceof PyBytes) {
                byte[] x = ((PyBytes) a).value, y = ((PyBytes) b).value;
                byte[] c = java.util.Arrays.copyOf(x, x.length + y.length);
                System.arraycopy(y, 0, c, x.length, y.length);
                return new PyBytes(c);
            }
            throw new PyException("TypeError", "can't concat " + b.typeName() + " to bytes");
        }
        if (a instanceof PyTuple) {
            if (b instanceof PyTuple) {
                PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
                if (y.length == 0) return a;
                if (x.length == 0) return b;
                PyObject[] c = java.util.Arrays.copyOf(x, x.length + y.length);
                System.arraycopy(y, 0, c, x.length, y.length);
                return PyTuple.of(c);
            }
            throw new PyException("TypeError", "can only concatenate tuple (not \"" + b.typeName() + "\") to tuple");
        }
        throw unsupported("+", a, b);
    }

    // CPython: Objects/abstract.c PyNumber_Subtract
    public static PyObject subtract(PyObject a, PyObject b) {
        if (rank(a) > 0 && rank(b) > 0) {
            int w = Math.max(rank(a), rank(b));
            if (w == 1) return IntMath.sub(asInt(a), asInt(b));
            if (w == 2) return PyFloat.of(toDouble(a) - toDouble(b));
            PyComplex x = toComplex(a), y = toComplex(b);
            return new PyComplex(x.real - y.real, x.imag - y.imag);
        }
        throw unsupported("-", a, b);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes || o instanceof PyTuple;
    }

    // CPython: Objects/abstract.c PyNumber_Multiply, sequence_repeat
    public static PyObject multiply(PyObject a, PyObject b) {
        if (rank(a) > 0 && rank(b) > 0) {
            int w = Math.max(rank(a), rank(b));
            if (w == 1) return IntMath.mul(asInt(a), asInt(b));
            if (w == 2) return PyFloat.of(toDouble(a) * toDouble(b));
            PyComplex x = toComplex(a), y = toComplex(b);
            return ComplexMath.mul(x.real, x.imag, y.real, y.imag);
        }
        if (isSequence(a)) return repeat(a, b);
        if (isSequence(b)) return repeat(b, a);
        throw unsupported("*", a, b);
    }

    private static PyObject repeat(PyObject seq, PyObject count) {
        if (!isInt(count)) {
            throw new PyException("TypeError", "can't multiply sequence by non-int of type '" + count.typeName() + "'");
        }
        long n = IntMath.asSsize(asInt(count), "OverflowError");
        if (seq instanceof PyStr) return ((PyStr) seq).repeat(n);
        if (seq instanceof PyBytes) {
            byte[] b = ((PyBytes) seq).value;
            if (n <= 0 || b.length == 0) return new PyBytes(new byte[0]);
            if (n == 1) return seq;
            if (n > (Long.MAX_VALUE / b.length)) throw new PyException("OverflowError", "repeated bytes are too long");
            if (b.length * n > Integer.MAX_VALUE - 8) throw new PyException("MemoryError", "");
            byte[] out = new byte[(int) (b.length * n)];
            for (int i = 0; i < n; i++) System.arraycopy(b, 0, out, i * b.length, b.length);
            return new PyBytes(out);
        }
        PyObject[] items = ((PyTuple) seq).items;
        if (n <= 0 || items.length == 0) return PyTuple.EMPTY;
        if (n == 1) return seq;
        if (items.length * n > Integer.MAX_VALUE - 8) throw new PyException("MemoryError", "");
        PyObject[] out = new PyObject[(int) (items.length * n)];
        for (int i = 0; i < n; i++) System.arraycopy(items, 0, out, i * items.length, items.length);
        return PyTuple.of(out);
    }

    // CPython: Objects/abstract.c PyNumber_TrueDivide
    public static PyObject trueDivide(PyObject a, PyObject b) {
        if (rank(a) > 0 && rank(b) > 0) {
            int w = Math.max(rank(a), rank(b));
            if (w == 1) return IntMath.trueDiv(asInt(a), asInt(b));
            if (w == 2) return FloatMath.trueDiv(toDouble(a), toDouble(b));
            PyComplex x = toComplex(a), y = toComplex(b);
            return ComplexMath.trueDiv(x.real, x.imag, y.real, y.imag);
        }
        throw unsupported("/", a, b);
    }

    // CPython: Objects/abstract.c PyNumber_FloorDivide
    public static PyObject floorDivide(PyObject a, PyObject b) {
        int w = Math.max(rank(a), rank(b));
        if (rank(a) > 0 && rank(b) > 0 && w < 3) {
            if (w == 1) return IntMath.floorDiv(asInt(a), asInt(b));
            return FloatMath.floorDiv(toDouble(a), toDouble(b));
        }
        throw unsupported("//", a, b);
    }

    /**
     * {@code a % b} for numbers. The str and bytes forms ({@code '%d' % x}, printf-style
     * formatting) belong to the runtime library and are not here yet.
     */
    // CPython: Objects/abstract.c PyNumber_Remainder
    public static PyObject remainder(PyObject a, PyObject b) {
        int w = Math.max(rank(a), rank(b));
        if (rank(a) > 0 && rank(b) > 0 && w < 3) {
            if (w == 1) return IntMath.mod(asInt(a), asInt(b));
            return FloatMath.mod(toDouble(a), toDouble(b));
        }
        if (a instanceof PyStr || a instanceof PyBytes) {
            throw new UnsupportedOperationException("printf-style formatting is not implemented yet");
        }
        throw unsupported("%", a, b);
    }

    /** {@code a ** b} (two-argument pow). */
    // CPython: Objects/abstract.c PyNumber_Power
    public static PyObject power(PyObject a, PyObject b) {
        if (rank(a) > 0 && rank(b) > 0) {
            int w = Math.max(rank(a), rank(b));
            if (w == 1) return IntMath.pow(asInt(a), asInt(b));
            if (w == 2) return FloatMath.pow(toDouble(a), toDouble(b));
            PyComplex x = toComplex(a), y = toComplex(b);
            return ComplexMath.pow(x.real, x.imag, y.real, y.imag);
        }
        throw unsupported("** or pow()", a, b);
    }

    // CPython: Objects/abstract.c PyNumber_Lshift
    public static PyObject lshift(PyObject a, PyObject b) {
        if (isInt(a) && isInt(b)) return IntMath.lshift(asInt(a), asInt(b));
        throw unsupported("<<", a, b);
    }

    // CPython: Objects/abstract.c PyNumber_Rshift
    public static PyObject rshift(PyObject a, PyObject b) {
        if (isInt(a) && isInt(b)) return IntMath.rshift(asInt(a), asInt(b));
        throw unsupported(">>", a, b);
    }

    // CPython: Objects/abstract.c PyNumber_And (bool_and for two bools)
    public static PyObject and(PyObject a, PyObject b) {
        if (a instanceof PyBool && b instanceof PyBool) return PyBool.of(((PyBool) a).value & ((PyBool) b).value);
        if (isInt(a) && isInt(b)) return IntMath.and(asInt(a), asInt(b));
        throw unsupported("&", a, b);
    }

    // CPython: Objects/abstract.c PyNumber_Or (bool_or for two bools)
    public static PyObject or(PyObject a, PyObject b) {
        if (a instanceof PyBool && b instanceof PyBool) return PyBool.of(((PyBool) a).value | ((PyBool) b).value);
        if (isInt(a) && isInt(b)) return IntMath.or(asInt(a), asInt(b));
        throw unsupported("|", a, b);
    }

    // CPython: Objects/abstract.c PyNumber_Xor (bool_xor for two bools)
    public static PyObject xor(PyObject a, PyObject b) {
        if (a instanceof PyBool && b instanceof PyBool) return PyBool.of(((PyBool) a).value ^ ((PyBool) b).value);
        if (isInt(a) && isInt(b)) return IntMath.xor(asInt(a), asInt(b));
        throw unsupported("^", a, b);
    }

    private static PyException badOperand(String op, PyObject a) {
        return new PyException("TypeError", "bad operand type for unary " + op + ": '" + a.typeName() + "'");
    }

    // CPython: Objects/abstract.c PyNumber_Negative
    public static PyObject negative(PyObject a) {
        if (isInt(a)) return IntMath.neg(asInt(a));
        if (a instanceof PyFloat) return PyFloat.of(-((PyFloat) a).value);
        if (a instanceof PyComplex) return new PyComplex(-((PyComplex) a).real, -((PyComplex) a).imag);
        throw badOperand("-", a);
    }

    // CPython: Objects/abstract.c PyNumber_Positive
    public static PyObject positive(PyObject a) {
        if (isInt(a)) return PyInt.exact(asInt(a));
        // CPython: long_pos, float_pos, complex_pos return the exact type for a subclass instance
        if (a instanceof PyFloat f) return f.getClass() == PyFloat.class ? f : PyFloat.of(f.value);
        if (a instanceof PyComplex c) return c.getClass() == PyComplex.class ? c : new PyComplex(c.real, c.imag);
        throw badOperand("+", a);
    }

    /**
     * {@code ~a}. CPython 3.13 also warns (DeprecationWarning) for a bool operand; pyjama has
     * no warnings machinery outside the parser yet.
     */
    // CPython: Objects/abstract.c PyNumber_Invert
    public static PyObject invert(PyObject a) {
        if (isInt(a)) return IntMath.invert(asInt(a));
        throw badOperand("~", a);
    }
}
