package dev.pyjama.objects;

import java.math.BigInteger;

/**
 * CPython 3.13's {@code hash()} for the value types (int, bool, float, complex, str, bytes,
 * tuple, frozenset, None) and Python's {@code ==} between them. Set and dict layouts, hence
 * the iteration order of a frozenset constant, follow from these hashes.
 *
 * <p>str and bytes use SipHash-1-3 keyed by the hash secret. The default secret is the one
 * CPython uses under {@code PYTHONHASHSEED=0} (all zeros), which is how the parity tests run
 * CPython; {@link #secretForSeed} gives the secret for any other seed.
 */
// CPython: Python/pyhash.c, Objects/longobject.c long_hash, Objects/tupleobject.c tuplehash,
// Objects/setobject.c frozenset_hash, Objects/object.c none_hash, Python/bootstrap_hash.c
public final class PyHash {
    private PyHash() {}

    /** The modulus of numeric hashes, 2**61 - 1 (sys.hash_info.modulus). */
    public static final long MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;
    public static final long INF = 314159;
    public static final long IMAG = 1000003;

    private static volatile long k0 = 0, k1 = 0;

    /** Uses the secret CPython derives from {@code PYTHONHASHSEED=seed} (0: hash randomisation off). */
    public static void useSeed(long seed) {
        long[] k = secretForSeed(seed);
        k0 = k[0];
        k1 = k[1];
    }

    /** SipHash keys {k0, k1} for a PYTHONHASHSEED value. */
    // CPython: Python/bootstrap_hash.c lcg_urandom, _Py_HashRandomization_Init
    public static long[] secretForSeed(long seed) {
        if (seed == 0) return new long[] {0, 0};
        byte[] buf = new byte[16];
        int x = (int) seed;
        for (int i = 0; i < buf.length; i++) {
            x = x * 214013 + 2531011;
            buf[i] = (byte) ((x >>> 16) & 0xff);
        }
        return new long[] {le64(buf, 0, 8), le64(buf, 8, 8)};
    }

    /** {@code hash(v)}; throws TypeError for unhashable values. */
    public static long hash(PyObject v) {
        if (v instanceof PyInt) return hashInt(((PyInt) v).bigValue());
        if (v instanceof PyBool) return ((PyBool) v).value ? 1 : 0;
        if (v instanceof PyStr) return hashStr((PyStr) v);
        if (v instanceof PyBytes) return hashBytes(((PyBytes) v).value);
        if (v instanceof PyFloat) return hashDouble(((PyFloat) v).value);
        if (v instanceof PyComplex) return hashComplex((PyComplex) v);
        if (v instanceof PyTuple) return hashTuple(((PyTuple) v).items);
        if (v instanceof PyFrozenSet) return hashFrozenSet(((PyFrozenSet) v).items);
        if (v == PyNone.NONE) return 0xFCA86420L;
        if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) {
            throw new PyException("TypeError", "unhashable type: '" + v.typeName() + "'");
        }
        // Everything else hashes by identity in CPython (an address pyjama cannot know).
        long h = System.identityHashCode(v);
        return h == -1 ? -2 : h;
    }

    // CPython: Objects/longobject.c long_hash
    static long hashInt(BigInteger v) {
        long x = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (v.signum() < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    /** hash(int) for a long value. */
    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) return hashInt(BigInteger.valueOf(v));
        long x = Math.abs(v) % MODULUS;
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    // CPython: Python/pyhash.c _Py_HashDouble (a NaN hashes by identity there; pyjama gives 0)
    public static long hashDouble(double v) {
        if (Double.isNaN(v)) return 0;
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        if (v == 0) return 0;
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1;
        else mant |= 1L << 52;
        int e = exp - 1075;                 // |v| = mant * 2**e
        long x = mant % MODULUS;
        int shift = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << shift) & MODULUS) | (x >>> (HASH_BITS - shift));
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    // CPython: Objects/complexobject.c complex_hash
    static long hashComplex(PyComplex c) {
        long h = hashDouble(c.real) + IMAG * hashDouble(c.imag);
        return h == -1 ? -2 : h;
    }

    // CPython: Objects/unicodeobject.c unicode_hash (SipHash over the canonical 1/2/4-byte form)
    public static long hashStr(PyStr s) {
        int[] cps = s.codePoints();
        if (cps.length == 0) return 0;
        int max = 0;
        for (int cp : cps) max = Math.max(max, cp);
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[cps.length * kind];
        for (int i = 0; i < cps.length; i++) {
            for (int b = 0; b < kind; b++) data[i * kind + b] = (byte) (cps[i] >>> (8 * b));
        }
        return fixup(siphash13(k0, k1, data));
    }

    // CPython: Python/pyhash.c _Py_HashBytes
    public static long hashBytes(byte[] b) {
        return b.length == 0 ? 0 : fixup(siphash13(k0, k1, b));
    }

    private static long fixup(long h) {
        return h == -1 ? -2 : h;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L, XXPRIME_2 = 0xC2B2AE3D27D4EB4FL,
                              XXPRIME_5 = 0x27D4EB2F165667C5L;

    // CPython: Objects/tupleobject.c tuplehash
    static long hashTuple(PyObject[] items) {
        long acc = XXPRIME_5;
        for (PyObject item : items) {
            acc += hash(item) * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    // CPython: Objects/setobject.c frozenset_hash_impl (the null and dummy entries cancel out)
    static long hashFrozenSet(PyObject[] items) {
        long h = 0;
        int n = 0;
        PyObject[] distinct = SetTable.distinct(items);
        for (PyObject item : distinct) {
            h ^= shuffleBits(hash(item));
            n++;
        }
        h ^= (n + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** The keyed hash of {@code _imp.source_hash} (hash-based pycs): SipHash-1-3 with key (key, 0). */
    // CPython: Python/pyhash.c _Py_KeyedHash
    public static long keyedHash(long key, byte[] data) {
        return siphash13(key, 0, data);
    }

    // CPython: Python/pyhash.c siphash13
    static long siphash13(long k0, long k1, byte[] in) {
        int n = in.length;
        long b = ((long) n) << 56;
        long v0 = k0 ^ 0x736f6d6570736575L, v1 = k1 ^ 0x646f72616e646f6dL,
             v2 = k0 ^ 0x6c7967656e657261L, v3 = k1 ^ 0x7465646279746573L;
        int p = 0;
        for (; n - p >= 8; p += 8) {
            long mi = le64(in, p, 8);
            v3 ^= mi;
            // SINGLE_ROUND
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        b |= le64(in, p, n - p);
        v3 ^= b;
        long[] v = {v0, v1, v2, v3};
        round(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    private static void round(long[] v) {
        long v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v[0] = v0; v[1] = v1; v[2] = v2; v[3] = v3;
    }

    private static long le64(byte[] b, int off, int len) {
        long x = 0;
        for (int i = len - 1; i >= 0; i--) x = (x << 8) | (b[off + i] & 0xff);
        return x;
    }

    /**
     * Python's {@code a == b} for values that can be constants: numbers compare by value
     * across int, bool, float and complex; str, bytes, tuple and frozenset by content; other
     * objects by identity.
     */
    public static boolean equal(PyObject a, PyObject b) {
        if (a == b) return true;
        if (isNumber(a) && isNumber(b)) return numbersEqual(a, b);
        if (a instanceof PyStr && b instanceof PyStr) {
            PyStr x = (PyStr) a, y = (PyStr) b;
            return x.value.equals(y.value) && java.util.Arrays.equals(x.codePoints(), y.codePoints());
        }
        if (a instanceof PyBytes && b instanceof PyBytes) {
            return java.util.Arrays.equals(((PyBytes) a).value, ((PyBytes) b).value);
        }
        if (a instanceof PyTuple && b instanceof PyTuple) {
            return itemsEqual(((PyTuple) a).items, ((PyTuple) b).items);
        }
        if (a instanceof PyList && b instanceof PyList) {
            return itemsEqual(((PyList) a).items.toArray(new PyObject[0]), ((PyList) b).items.toArray(new PyObject[0]));
        }
        boolean aSet = a instanceof PyFrozenSet || a instanceof PySet, bSet = b instanceof PyFrozenSet || b instanceof PySet;
        if (aSet && bSet) {
            PyObject[] x = SetTable.distinct(setItems(a)), y = SetTable.distinct(setItems(b));
            if (x.length != y.length) return false;
            SetTable t = new SetTable();
            for (PyObject o : y) t.add(o);
            for (PyObject o : x) if (!t.contains(o)) return false;
            return true;
        }
        return false;
    }

    private static PyObject[] setItems(PyObject s) {
        return s instanceof PyFrozenSet ? ((PyFrozenSet) s).items : ((PySet) s).items.toArray(new PyObject[0]);
    }

    private static boolean itemsEqual(PyObject[] x, PyObject[] y) {
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++) if (!equal(x[i], y[i])) return false;
        return true;
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static boolean numbersEqual(PyObject a, PyObject b) {
        double ai = a instanceof PyComplex ? ((PyComplex) a).imag : 0;
        double bi = b instanceof PyComplex ? ((PyComplex) b).imag : 0;
        if (ai != bi) return false;
        if (a instanceof PyComplex || a instanceof PyFloat) return realEquals(realPart(a), b);
        if (b instanceof PyComplex || b instanceof PyFloat) return realEquals(realPart(b), a);
        return intValue(a).equals(intValue(b));
    }

    /** {@code d == other} exactly, other being any real number. */
    private static boolean realEquals(double d, PyObject other) {
        if (other instanceof PyComplex || other instanceof PyFloat) return d == realPart(other);
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) return false;
        return new java.math.BigDecimal(d).toBigIntegerExact().equals(intValue(other));
    }

    private static double realPart(PyObject o) {
        return o instanceof PyComplex ? ((PyComplex) o).real : ((PyFloat) o).value;
    }

    private static BigInteger intValue(PyObject o) {
        if (o instanceof PyBool) return ((PyBool) o).value ? BigInteger.ONE : BigInteger.ZERO;
        return ((PyInt) o).bigValue();
    }
}
