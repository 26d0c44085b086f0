package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.onearg;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * {@code _random}: the Mersenne Twister (MT19937) CPython's {@code random.Random} is built on,
 * bit for bit, so that a seeded program draws the same numbers as under CPython. Seeding,
 * state tuples and getrandbits follow _randommodule.c exactly; random.py does the rest.
 */
// CPython: Modules/_randommodule.c
public final class RandomModule {
    private RandomModule() {}

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    public static final PyType RANDOM = PyType.builtin("_random.Random", null);

    /** A generator: 624 words of state (unsigned 32-bit values kept in Java ints) and the next index. */
    static final class Generator extends PyObject implements Derived {
        private PyType type = RANDOM;
        private PyDict dict;
        final int[] mt = new int[N];
        int index;

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        @Override
        public String repr() {
            return "<_random.Random object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }

        // CPython: Modules/_randommodule.c genrand_uint32
        int next32() {
            int y;
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                index = 0;
            }
            y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        // CPython: Modules/_randommodule.c _random_Random_random_impl (genrand_res53)
        double random() {
            long a = (next32() >>> 5) & 0xffffffffL, b = (next32() >>> 6) & 0xffffffffL;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        // CPython: Modules/_randommodule.c init_genrand
        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            index = N;
        }

        // CPython: Modules/_randommodule.c init_by_array
        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) j = 0;
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }
    }

    private static final SecureRandom ENTROPY = new SecureRandom();

    static {
        Derived.SELF_DERIVED.put(RANDOM, Generator.class);
        RANDOM.dict.put("__doc__", PyStr.of("Random() -> create a random number generator with its own internal state."));
        newMethod(RANDOM, (args, kw) -> new Generator());
        put(RANDOM, "__init__", (args, kw) -> {
            Generator g = (Generator) args[0];
            // CPython: Modules/_randommodule.c random_init (keywords refused only when __init__ is Random's own)
            if (kw != null && kw.items.length > 0 && g.type() == RANDOM) {
                throw Errors.typeError("Random() takes no keyword arguments");
            }
            int npos = args.length - 1 - Args.nkw(kw);
            if (npos > 1) throw Errors.typeError("Random() requires 0 or 1 argument");
            seed(g, npos == 1 ? args[1] : null);
            return PyNone.NONE;
        });
        noargs(RANDOM, "random", self -> PyFloat.of(((Generator) self).random()));
        put(RANDOM, "seed", (args, kw) -> {
            ModuleSupport.positional("seed", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            seed((Generator) args[0], args.length > 1 ? args[1] : null);
            return PyNone.NONE;
        });
        noargs(RANDOM, "getstate", self -> getstate((Generator) self));
        onearg(RANDOM, "setstate", (self, st) -> {
            setstate((Generator) self, st);
            return PyNone.NONE;
        });
        onearg(RANDOM, "getrandbits", (self, k) -> getrandbits((Generator) self, k));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_random");
        ModuleSupport.set(m, "__doc__", PyStr.of("Module implements the Mersenne Twister random number generator."));
        ModuleSupport.set(m, "Random", RANDOM);
        return m;
    }

    // CPython: Modules/_randommodule.c random_seed
    private static void seed(Generator g, PyObject arg) {
        if (arg == null || arg == PyNone.NONE) {
            int[] key = new int[N];
            for (int i = 0; i < N; i++) key[i] = ENTROPY.nextInt();
            g.initByArray(key);
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            // the hash, read as an unsigned machine word
            long h = Abstract.hash(arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) key[w] = n.shiftRight(32 * w).intValue();
        g.initByArray(key);
    }

    private static PyObject getstate(Generator g) {
        PyObject[] items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.of(g.mt[i] & 0xffffffffL);
        items[N] = PyInt.of(g.index);
        return new PyTuple(items);
    }

    // CPython: Modules/_randommodule.c _random_Random_setstate_impl
    private static void setstate(Generator g, PyObject state) {
        if (!(state instanceof PyTuple t)) throw Errors.typeError("state vector must be a tuple");
        if (t.items.length != N + 1) throw Errors.valueError("state vector is the wrong size");
        int[] fresh = new int[N];
        for (int i = 0; i < N; i++) fresh[i] = (int) asUnsignedLong(t.items[i]);
        long index = ModuleSupport.asLong(t.items[N]);
        if (index < 0 || index > N) throw Errors.valueError("invalid state");
        g.index = (int) index;
        System.arraycopy(fresh, 0, g.mt, 0, N);
    }

    // CPython: Objects/longobject.c PyLong_AsUnsignedLong (ints only, no __index__)
    private static long asUnsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) throw Errors.typeError("an integer is required");
        if (i.signum() < 0) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
        if (i.bigValue().bitLength() > 64) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
        }
        return i.bigValue().longValue();
    }

    // CPython: Modules/_randommodule.c _random_Random_getrandbits_impl
    private static PyObject getrandbits(Generator g, PyObject arg) {
        if (arg instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        PyInt ki = (PyInt) Abstract.index(arg);
        if (!ki.fitsLong()) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C long");
        long k = ki.longValue();
        if (k < 0) throw Errors.valueError("number of bits must be non-negative");
        if (k == 0) return PyInt.of(0);
        if (k <= 32) return PyInt.of((g.next32() & 0xffffffffL) >>> (32 - k));
        if ((k - 1) / 32 + 1 > Integer.MAX_VALUE / 4) throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
        int words = (int) ((k - 1) / 32 + 1);
        // big-endian bytes, most significant word first, for BigInteger
        byte[] mag = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = g.next32();
            if (k < 32) r >>>= (32 - k);
            int at = (words - 1 - i) * 4;
            mag[at] = (byte) (r >>> 24);
            mag[at + 1] = (byte) (r >>> 16);
            mag[at + 2] = (byte) (r >>> 8);
            mag[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(1, mag));
    }
}
