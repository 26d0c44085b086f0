package dev.pyjama.objects;

import java.math.BigInteger;

/**
 * Python's int arithmetic: floor division and modulo rounding towards minus infinity,
 * unbounded precision, true division correctly rounded, CPython's errors. Every operation
 * takes the {@code long} path first and falls back to {@link BigInteger} on overflow.
 */
// CPython: Objects/longobject.c
public final class IntMath {
    private IntMath() {}

    // C's <float.h> for IEEE doubles (C counts exponents for a significand in [0.5, 1)).
    private static final int DBL_MANT_DIG = 53, DBL_MIN_EXP = -1021, DBL_MAX_EXP = 1024;
    /** Results above this many bits cannot be held by a JVM BigInteger: MemoryError, as CPython's allocation would fail. */
    private static final long MAX_BITS = Integer.MAX_VALUE - 64;

    // CPython: Objects/longobject.c long_add
    public static PyInt add(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue(), y = b.longValue(), r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    // CPython: Objects/longobject.c long_sub
    public static PyInt sub(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue(), y = b.longValue(), r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    // CPython: Objects/longobject.c long_mul
    public static PyInt mul(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue(), y = b.longValue();
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
        }
        checkBits((long) a.bigValue().bitLength() + b.bigValue().bitLength());
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    private static void checkBits(long bits) {
        if (bits > MAX_BITS) throw new PyException("MemoryError", "");
    }

    // CPython: Objects/longobject.c long_div (l_divmod)
    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw new PyException("ZeroDivisionError", "integer division or modulo by zero");
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue(), y = b.longValue();
            if (!(x == Long.MIN_VALUE && y == -1)) return PyInt.of(Math.floorDiv(x, y));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) q = q.subtract(BigInteger.ONE);
        return PyInt.of(q);
    }

    // CPython: Objects/longobject.c long_mod (l_mod)
    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw new PyException("ZeroDivisionError", "integer modulo by zero");
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue(), y = b.longValue();
            if (y == -1) return PyInt.of(0);
            return PyInt.of(Math.floorMod(x, y));
        }
        BigInteger r = a.bigValue().remainder(b.bigValue());
        if (r.signum() != 0 && r.signum() != b.signum()) r = r.add(b.bigValue());
        return PyInt.of(r);
    }

    /** {@code a / b}: the correctly rounded float quotient. */
    // CPython: Objects/longobject.c long_true_divide
    public static PyFloat trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw new PyException("ZeroDivisionError", "division by zero");
        boolean negate = (a.signum() < 0) != (b.signum() < 0);
        if (a.signum() == 0) return PyFloat.of(negate ? -0.0 : 0.0);
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue(), y = b.longValue();
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53) && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
                double r = (double) Math.abs(x) / (double) Math.abs(y);
                return PyFloat.of(negate ? -r : r);
            }
        }
        BigInteger x = a.bigValue().abs(), y = b.bigValue().abs();
        long diff = (long) x.bitLength() - y.bitLength();
        if (diff > DBL_MAX_EXP) throw overflowDivision();
        if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return PyFloat.of(negate ? -0.0 : 0.0);
        int shift = (int) Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
        boolean inexact = false;
        BigInteger q;
        if (shift <= 0) {
            q = x.shiftLeft(-shift);
        } else {
            q = x.shiftRight(shift);
            if (x.getLowestSetBit() < shift) inexact = true;
        }
        BigInteger[] qr = q.divideAndRemainder(y);
        if (qr[1].signum() != 0) inexact = true;
        long v = qr[0].longValueExact();
        int xBits = 64 - Long.numberOfLeadingZeros(v);
        int extraBits = Math.max(xBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
        long mask = 1L << (extraBits - 1);
        long low = v | (inexact ? 1 : 0);
        if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) low += mask;
        v = low & ~(2 * mask - 1);
        double dx = (double) v;
        if (shift + xBits >= DBL_MAX_EXP && (shift + xBits > DBL_MAX_EXP || dx == Math.scalb(1.0, xBits))) {
            throw overflowDivision();
        }
        double r = Math.scalb(dx, shift);
        return PyFloat.of(negate ? -r : r);
    }

    private static PyException overflowDivision() {
        return new PyException("OverflowError", "integer division result too large for a float");
    }

    /** {@code a ** b}; a negative exponent gives a float, as Python does. */
    // CPython: Objects/longobject.c long_pow (no modulus)
    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            return FloatMath.pow(toDouble(a), toDouble(b));
        }
        if (a.fitsLong()) {
            long x = a.longValue();
            if (x == 0 || x == 1) return b.signum() == 0 ? PyInt.of(1) : a;
            if (x == -1) return b.bigValue().testBit(0) ? a : PyInt.of(1);
        }
        if (!b.fitsLong() || b.longValue() > Integer.MAX_VALUE) {
            throw new PyException("MemoryError", "");
        }
        int e = (int) b.longValue();
        checkBits((long) a.bigValue().bitLength() * e);
        return PyInt.of(a.bigValue().pow(e));
    }

    // CPython: Objects/longobject.c long_lshift
    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw new PyException("ValueError", "negative shift count");
        if (a.signum() == 0) return PyInt.of(0);
        if (!b.fitsLong() || b.longValue() > (Long.MAX_VALUE >> 2)) {
            throw new PyException("OverflowError", "too many digits in integer");
        }
        long n = b.longValue();
        if (a.fitsLong() && n < 63) {
            long x = a.longValue();
            long r = x << n;
            if (r >> n == x) return PyInt.of(r);
        }
        checkBits(a.bigValue().bitLength() + n);
        return PyInt.of(a.bigValue().shiftLeft((int) n));
    }

    // CPython: Objects/longobject.c long_rshift
    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw new PyException("ValueError", "negative shift count");
        if (a.signum() == 0) return PyInt.of(0);
        if (!b.fitsLong() || b.longValue() >= Integer.MAX_VALUE) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        long n = b.longValue();
        if (a.fitsLong()) return PyInt.of(a.longValue() >> Math.min(n, 63));
        return PyInt.of(a.bigValue().shiftRight((int) n));
    }

    // CPython: Objects/longobject.c long_and
    public static PyInt and(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) return PyInt.of(a.longValue() & b.longValue());
        return PyInt.of(a.bigValue().and(b.bigValue()));
    }

    // CPython: Objects/longobject.c long_or
    public static PyInt or(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) return PyInt.of(a.longValue() | b.longValue());
        return PyInt.of(a.bigValue().or(b.bigValue()));
    }

    // CPython: Objects/longobject.c long_xor
    public static PyInt xor(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) return PyInt.of(a.longValue() ^ b.longValue());
        return PyInt.of(a.bigValue().xor(b.bigValue()));
    }

    // CPython: Objects/longobject.c long_neg
    public static PyInt neg(PyInt a) {
        if (a.fitsLong() && a.longValue() != Long.MIN_VALUE) return PyInt.of(-a.longValue());
        return PyInt.of(a.bigValue().negate());
    }

    // CPython: Objects/longobject.c long_invert
    public static PyInt invert(PyInt a) {
        if (a.fitsLong()) return PyInt.of(~a.longValue());
        return PyInt.of(a.bigValue().not());
    }

    /** The number of bits of |a| (0 for 0). */
    // CPython: Objects/longobject.c _PyLong_NumBits
    public static long numBits(PyInt a) {
        if (a.fitsLong()) {
            long v = a.longValue();
            if (v == Long.MIN_VALUE) return 64;
            return 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return a.bigValue().abs().bitLength();
    }

    /** {@code float(a)}, correctly rounded; OverflowError when too large. */
    // CPython: Objects/longobject.c PyLong_AsDouble
    public static double toDouble(PyInt a) {
        if (a.fitsLong()) return (double) a.longValue();
        double d = a.bigValue().doubleValue();
        if (Double.isInfinite(d)) throw new PyException("OverflowError", "int too large to convert to float");
        return d;
    }

    /** The value as a Py_ssize_t (a Java long), or the given error type when it does not fit. */
    // CPython: Objects/abstract.c PyNumber_AsSsize_t
    public static long asSsize(PyInt a, String errorType) {
        if (a.fitsLong()) return a.longValue();
        if (errorType == null) return a.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        throw new PyException(errorType, "cannot fit 'int' into an index-sized integer");
    }
}
