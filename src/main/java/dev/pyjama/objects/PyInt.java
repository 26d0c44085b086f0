package dev.pyjama.objects;

import java.math.BigInteger;

/**
 * A Python {@code int}: a {@code long} when the value fits (the fast path everything takes
 * first), a {@link BigInteger} otherwise. The two forms never overlap: a value that fits in
 * a long is always held as one, so {@code big != null} means "does not fit".
 */
// CPython: Objects/longobject.c
public class PyInt extends PyObject {
    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    // CPython: Include/internal/pycore_long.h _PY_LONG_DEFAULT_MAX_STR_DIGITS
    public static final int MAX_STR_DIGITS = 4300;

    private static final int SMALL_MIN = -5, SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) SMALL[i - SMALL_MIN] = new PyInt(i, null);
    }

    private final long small;
    private final BigInteger big;

    private PyInt(long small, BigInteger big) {
        this.small = small;
        this.big = big;
    }

    /** A copy of {@code v}'s value, for the instances of Python subclasses ({@link Derived}). */
    protected PyInt(PyInt v) {
        this.small = v.small;
        this.big = v.big;
    }

    /** {@code v} as an exact int (a subclass instance becomes a plain int of its value). */
    public static PyInt exact(PyInt v) {
        return v.getClass() == PyInt.class ? v : v.big == null ? of(v.small) : new PyInt(0, v.big);
    }

    // CPython: Objects/longobject.c PyLong_FromLong (small ints are shared, as in get_small_int)
    public static PyInt of(long v) {
        // `+ -SMALL_MIN` (iconst_5) keeps this method at 35 bytes of bytecode, C2's MaxInlineSize: see interp/InlineOps
        if (v >= SMALL_MIN && v <= SMALL_MAX) return SMALL[(int) v + -SMALL_MIN];
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) return of(v.longValue());
        return new PyInt(0, v);
    }

    /** Whether the value fits in a long (then {@link #longValue()} is exact). */
    public boolean fitsLong() {
        return big == null;
    }

    /** The value, when {@link #fitsLong()}. */
    public long longValue() {
        if (big != null) throw new ArithmeticException("int does not fit in a long");
        return small;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    /** The sign: -1, 0 or 1. */
    public int signum() {
        return big != null ? big.signum() : Long.signum(small);
    }

    @Override
    public String repr() {
        if (big == null) return Long.toString(small);
        checkStrDigits(big);
        return big.toString();
    }

    /** Appends {@code repr(self)}, without an intermediate String on the long path. */
    public void appendRepr(StringBuilder sb) {
        if (big == null) sb.append(small);
        else sb.append(repr());
    }

    /** {@code int}. */
    public static final PyType TYPE = PyType.builtin("int", null);

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code sys.get_int_max_str_digits()}: CPython refuses to convert an int of more decimal
     * digits than this (not counting the sign) to or from a string; 0 means no limit.
     */
    // CPython: Include/internal/pycore_interp.h int_max_str_digits
    public static int maxStrDigits() {
        return maxStrDigitsSource.getAsInt();
    }

    /** Where {@link #maxStrDigits} comes from: the running interpreter's setting, once there is an interpreter. */
    public static volatile java.util.function.IntSupplier maxStrDigitsSource = () -> MAX_STR_DIGITS;

    /** 10**limit for the limit it was computed for: the smallest value with too many digits. */
    private record DigitBound(int limit, BigInteger bound) {}

    private static volatile DigitBound digitBound = new DigitBound(0, BigInteger.ONE);

    /**
     * Raises CPython's ValueError when {@code v} has more decimal digits than the limit. A long
     * never comes close, so only big values are checked: first by bit length, which settles
     * nearly all cases, then by comparing with 10**limit.
     */
    // CPython: Objects/longobject.c long_to_decimal_string_internal
    private static void checkStrDigits(BigInteger v) {
        int limit = maxStrDigits();
        if (limit == 0) return;
        int bits = v.bitLength();
        // 10**limit has floor(limit * log2(10)) + 1 bits: shorter values have at most limit digits.
        long limitBits = (long) Math.floor(limit * (Math.log(10) / Math.log(2))) + 1;
        if (bits < limitBits - 1) return;
        DigitBound b = digitBound;
        if (b.limit() != limit) digitBound = b = new DigitBound(limit, BigInteger.TEN.pow(limit));
        if (v.abs().compareTo(b.bound()) >= 0) {
            throw new PyException("ValueError", "Exceeds the limit (" + limit
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyInt)) return false;
        PyInt other = (PyInt) o;
        return big == null ? other.big == null && small == other.small : big.equals(other.big);
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(small) : big.hashCode();
    }

}
