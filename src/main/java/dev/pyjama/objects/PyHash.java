package dev.pyjama.objects;

import java.security.SecureRandom;

/**
 * Python's {@code hash()} for the values pyjama has so far, with CPython's algorithms, so that
 * set and dict iteration orders (and so frozenset constants and their repr) are CPython's:
 * SipHash-1-3 for str and bytes keyed by the hash secret, ints and floats reduced modulo
 * 2**61 - 1, the xxHash-style tuple hash, the frozenset hash. The secret comes from
 * {@code PYTHONHASHSEED} as in CPython: unset or {@code random} gives a random key, {@code 0}
 * disables randomisation (all-zero key), another number seeds the same linear congruential
 * generator CPython uses. The system property {@code pyjama.hashseed}, when set, wins over
 * the environment (tests set it, since a JVM cannot change its own environment).
 */
// CPython: Python/pyhash.c, Python/bootstrap_hash.c _Py_HashRandomization_Init
public final class PyHash {
    /** The prime 2**61 - 1 numeric hashes are reduced by. */
    public static final long MODULUS = (1L << 61) - 1;
    static final int BITS = 61;
    /** hash(float('inf')). */
    public static final long INF = 314159;
    /** The multiplier of a complex number's imaginary part's hash. */
    static final long IMAG = 1000003;

    // The SipHash key. Not final only so tests can compare against CPython under several seeds.
    private static volatile long K0, K1;

    static {
        useSecret(secret(seedSetting()));
    }

    private static void useSecret(byte[] secret) {
        K0 = le64(secret, 0);
        K1 = le64(secret, 8);
    }

    /**
     * Switches to the secret CPython derives from {@code PYTHONHASHSEED=seed}. For tests only:
     * str and frozenset objects made before the switch keep the hashes they cached.
     */
    public static void useSeed(long seed) {
        useSecret(secret(Long.toString(seed)));
    }

    private PyHash() {}

    private static String seedSetting() {
        String s = System.getProperty("pyjama.hashseed");
        return s != null ? s : System.getenv("PYTHONHASHSEED");
    }

    /** The 24-byte _Py_HashSecret for a PYTHONHASHSEED setting (null: random). */
    // CPython: Python/bootstrap_hash.c _Py_HashRandomization_Init, lcg_urandom
    static byte[] secret(String setting) {
        byte[] secret = new byte[24];
        long seed = -1;
        if (setting != null && !setting.isEmpty() && !setting.equals("random")) {
            try {
                seed = Long.parseLong(setting.trim());
            } catch (NumberFormatException e) {
                seed = -1;
            }
            if (seed > 4294967295L) seed = -1;
        }
        if (seed < 0) {
            randomBytes(secret);
        } else if (seed != 0) {
            int x = (int) seed;
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) (x >>> 16);
            }
        }
        return secret;
    }

    /**
     * Fills {@code b} from the OS's random source as CPython does (getrandom, /dev/urandom):
     * reading the device directly spares start-up the ~40 ms of setting up Java's security
     * providers that {@link SecureRandom} costs.
     */
    // CPython: Python/bootstrap_hash.c pyurandom
    private static void randomBytes(byte[] b) {
        try (java.io.InputStream in = new java.io.FileInputStream("/dev/urandom")) {
            if (in.readNBytes(b, 0, b.length) == b.length) return;
        } catch (java.io.IOException | SecurityException e) {
            // no device (not a Unix system): Java's generator below
        }
        new SecureRandom().nextBytes(b);
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = v << 8 | (b[off + i] & 0xff);
        return v;
    }

    /** {@code hash(o)} for the value types pyjama knows; TypeError for unhashable ones. */
    // CPython: Objects/object.c PyObject_Hash
    public static long hash(PyObject o) {
        Class<?> k = o.getClass();
        if (k == PyStr.class) return hashStr((PyStr) o);
        if (k == PyInt.class) return hashInt((PyInt) o);
        if (o instanceof Derived) {
            // a Python subclass of a built-in value type: its class may define __hash__
            ObjectProtocol p = ObjectProtocol.Installed.current;
            if (p != null) return p.hash(o);
        }
        return valueHash(o);
    }

    /** The hash of a built-in value by its value (subclass instances included), as the built-in {@code __hash__} gives it. */
    public static long valueHash(PyObject o) {
        if (o instanceof PyStr) return hashStr((PyStr) o);
        if (o instanceof PyInt) return hashInt((PyInt) o);
        if (o instanceof PyBool) return ((PyBool) o).value ? 1 : 0;
        if (o instanceof PyFloat) return hashDouble(((PyFloat) o).value, o);
        if (o instanceof PyTuple) return hashTuple((PyTuple) o);
        if (o instanceof PyBytes) return hashBytes(((PyBytes) o).value);
        if (o instanceof PyComplex) return hashComplex((PyComplex) o);
        if (o instanceof PyFrozenSet) return ((PyFrozenSet) o).hash();
        if (o == PyNone.NONE) return 0xFCA86420L;
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            throw new PyException("TypeError", "unhashable type: '" + o.typeName() + "'");
        }
        ObjectProtocol p = ObjectProtocol.Installed.current;
        if (p != null) return p.hash(o);
        // Ellipsis and other objects without a hash of their own: by identity, as CPython
        // hashes them by address.
        return pointerHash(o);
    }

    /**
     * What stands for an object's address in {@code id()} and in reprs ({@code <X object at
     * 0x...>}): the identity hash placed as a 64-bit heap address would be (16-byte aligned,
     * in a 0x7f... region), so it always prints with 12 hex digits, as CPython's do.
     */
    public static long address(Object o) {
        return 0x7f0000000000L | ((long) System.identityHashCode(o) << 4);
    }

    /** {@link #address} in lowercase hex, without the {@code 0x}. */
    public static String addressHex(Object o) {
        return Long.toHexString(address(o));
    }

    /** CPython hashes objects without their own hash by address; pyjama by identity. */
    // CPython: Python/pyhash.c Py_HashPointer
    public static long pointerHash(Object o) {
        long h = System.identityHashCode(o);
        return h == -1 ? -2 : h;
    }

    /** SipHash-1-3 of the string's code units in CPython's storage kind (1, 2 or 4 bytes each, little-endian). */
    // CPython: Objects/unicodeobject.c unicode_hash
    public static long hashStr(PyStr s) {
        return s.hash();
    }

    /** {@link #hashStr} for a Java String holding no lone surrogates. */
    public static long hashString(String s) {
        int n = s.length();
        if (n == 0) return 0;
        int max = 0;
        boolean pairs = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > max) max = c;
            if (Character.isSurrogate(c)) pairs = true;
        }
        if (pairs) return hashCodePoints(s.codePoints().toArray());
        if (max < 256) {
            // latin-1: the bytes are the chars, read in place (no byte array per new string)
            long x = sipHash13Latin1(K0, K1, s);
            return x == -1 ? -2 : x;
        }
        byte[] b = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) c;
            b[2 * i + 1] = (byte) (c >> 8);
        }
        return hashBytes(b);
    }

    /** {@link #hashStr} for a string given as code points. */
    static long hashCodePoints(int[] cps) {
        int n = cps.length;
        if (n == 0) return 0;
        int max = 0;
        for (int c : cps) max = Math.max(max, c);
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        byte[] b = new byte[kind * n];
        for (int i = 0; i < n; i++) {
            int c = cps[i];
            for (int k = 0; k < kind; k++) b[kind * i + k] = (byte) (c >> (8 * k));
        }
        return hashBytes(b);
    }

    /** SipHash-1-3 of the bytes under the hash secret; 0 for no bytes. */
    // CPython: Python/pyhash.c _Py_HashBytes, siphash13
    public static long hashBytes(byte[] in) {
        if (in.length == 0) return 0;
        long x = sipHash13(K0, K1, in);
        return x == -1 ? -2 : x;
    }

    // CPython: Python/pyhash.c siphash13
    static long sipHash13(long k0, long k1, byte[] in) {
        int n = in.length;
        long b = (long) n << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int off = 0;
        for (; n - off >= 8; off += 8) {
            long mi = le64(in, off);
            v3 ^= mi;
            // one SipRound
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int i = n - off - 1; i >= 0; i--) t = t << 8 | (in[off + i] & 0xff);
        return sipFinish(v0, v1, v2, v3, b | t);
    }

    /** {@link #sipHash13} of the one-byte-per-char encoding of {@code s} (every char below 256). */
    static long sipHash13Latin1(long k0, long k1, String s) {
        int n = s.length();
        long b = (long) n << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int off = 0;
        for (; n - off >= 8; off += 8) {
            long mi = 0;
            for (int j = 7; j >= 0; j--) mi = mi << 8 | (s.charAt(off + j) & 0xff);
            v3 ^= mi;
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int i = n - off - 1; i >= 0; i--) t = t << 8 | (s.charAt(off + i) & 0xff);
        return sipFinish(v0, v1, v2, v3, b | t);
    }

    /** SipHash-1-3's last block ({@code b}: the length byte and the tail) and its finalization rounds. */
    private static long sipFinish(long v0, long v1, long v2, long v3, long b) {
        v3 ^= b;
        for (int round = 0; round < 4; round++) {
            if (round == 1) {
                v0 ^= b;
                v2 ^= 0xff;
            }
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    /** The int's value modulo 2**61 - 1, with its sign; -1 becomes -2. */
    // CPython: Objects/longobject.c long_hash
    public static long hashInt(PyInt v) {
        long x;
        if (v.fitsLong()) {
            long l = v.longValue();
            if (l >= 0 && l < MODULUS) return l; // the common case: no division
            if (l == Long.MIN_VALUE) {
                x = -(Long.remainderUnsigned(1L << 63, MODULUS));
            } else {
                long a = Math.abs(l) % MODULUS;
                x = l < 0 ? -a : a;
            }
        } else {
            java.math.BigInteger big = v.bigValue();
            long a = big.abs().mod(java.math.BigInteger.valueOf(MODULUS)).longValue();
            x = big.signum() < 0 ? -a : a;
        }
        return x == -1 ? -2 : x;
    }

    /**
     * The hash of a double: that of the rational number it equals, so that equal ints and
     * floats hash alike; NaN hashes by identity of its holder.
     */
    // CPython: Python/pyhash.c _Py_HashDouble
    public static long hashDouble(double v, Object holder) {
        if (Double.isNaN(v)) return pointerHash(holder);
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        if (v == 0) return 0;
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        int e;
        double m;
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) {
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            e = Math.getExponent(v) + 1;
            m = Math.scalb(v, -e);
        }
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    // CPython: Objects/complexobject.c complex_hash
    static long hashComplex(PyComplex c) {
        long re = hashDouble(c.real, c);
        long im = hashDouble(c.imag, c);
        long combined = re + IMAG * im;
        return combined == -1 ? -2 : combined;
    }

    private static final long XXPRIME_1 = -7046029288634856825L;  // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L;  // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;

    // CPython: Objects/tupleobject.c tuplehash
    static long hashTuple(PyTuple t) {
        long acc = XXPRIME_5;
        for (PyObject item : t.items) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /**
     * Python's {@code a == b} for the values that can be constants or set elements (numbers
     * across int, bool, float and complex; str, bytes, tuple and frozenset by content).
     */
    public static boolean equal(PyObject a, PyObject b) {
        return a == b || PyObjects.equal(a, b);
    }

    /** The keyed hash of {@code _imp.source_hash} (hash-based pycs): SipHash-1-3 with key (key, 0). */
    // CPython: Python/pyhash.c _Py_KeyedHash
    public static long keyedHash(long key, byte[] data) {
        return sipHash13(key, 0, data);
    }
}
