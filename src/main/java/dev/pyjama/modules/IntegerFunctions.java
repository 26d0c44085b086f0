package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import java.math.BigInteger;

/** math's functions of integers: factorial, gcd, lcm, isqrt, comb, perm, prod. */
// CPython: Modules/mathmodule.c math_factorial, math_gcd, math_lcm, math_isqrt, math_comb_impl, math_perm_impl, math_prod_impl
final class IntegerFunctions {
    private IntegerFunctions() {}

    static void install(PyModule m) {
        def(m, "factorial", (a, kw) -> {
            PyInt n = MathModule.integer("factorial", ModuleSupport.one("factorial", a, kw));
            if (n.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
            if (!n.fitsLong() || n.longValue() > 100000) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR,
                    "factorial() argument should not exceed " + Long.MAX_VALUE);
            return PyInt.of(product(1, n.longValue()));
        });
        def(m, "gcd", (a, kw) -> {
            ModuleSupport.noKw("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) g = g.gcd(MathModule.integer("gcd", o).bigValue());
            return PyInt.of(g);
        });
        def(m, "lcm", (a, kw) -> {
            ModuleSupport.noKw("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = MathModule.integer("lcm", o).bigValue().abs();
                if (v.signum() == 0 || l.signum() == 0) l = BigInteger.ZERO;
                else l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        def(m, "isqrt", (a, kw) -> {
            PyInt n = MathModule.integer("isqrt", ModuleSupport.one("isqrt", a, kw));
            if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(n.bigValue().sqrt());
        });
        def(m, "comb", (a, kw) -> {
            ModuleSupport.positional("comb", a, kw, 2, 2);
            BigInteger n = MathModule.integer("comb", a[0]).bigValue(), k = MathModule.integer("comb", a[1]).bigValue();
            if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
            if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
            if (k.compareTo(n) > 0) return PyInt.of(0);
            long kk = k.min(n.subtract(k)).longValueExact();
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < kk; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            return PyInt.of(r);
        });
        def(m, "perm", (a, kw) -> {
            ModuleSupport.positional("perm", a, kw, 1, 2);
            BigInteger n = MathModule.integer("perm", a[0]).bigValue();
            BigInteger k = a.length < 2 || a[1] == PyNone.NONE ? n : MathModule.integer("perm", a[1]).bigValue();
            if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
            if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
            if (k.compareTo(n) > 0) return PyInt.of(0);
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValueExact(); i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return PyInt.of(r);
        });
        def(m, "sumprod", (a, kw) -> {
            ModuleSupport.positional("sumprod", a, kw, 2, 2);
            return sumprod(a[0], a[1]);
        });
        def(m, "prod", (a, kw) -> {
            PyObject[] p = Args.parse("prod", a, 0, kw, new String[] {"", "start"}, 1, 1);
            PyObject r = p[1] == null ? PyInt.of(1) : p[1];
            for (PyObject o : Abstract.iterToArray(p[0])) r = Abstract.binaryOp(Abstract.NB_MULTIPLY, r, o);
            return r;
        });
    }

    /**
     * math.sumprod: exact ints summed in a long while nothing overflows, then floats (and
     * int/float pairs) in triple-length arithmetic while the sum stays finite, then Python's
     * {@code *} and {@code +}; each path ends for good at its first pair it cannot take.
     */
    // CPython: Modules/mathmodule.c math_sumprod_impl
    static PyObject sumprod(PyObject p, PyObject q) {
        PyObject pit = Abstract.iter(p), qit = Abstract.iter(q);
        PyObject total = PyInt.of(0);
        boolean intPath = true, intInUse = false, fltPath = true, fltInUse = false;
        long intTotal = 0;
        double[] flt = new double[3]; // hi, lo, tiny
        while (true) {
            PyObject pi = Abstract.next(pit), qi = Abstract.next(qit);
            if ((pi == null) != (qi == null)) throw Errors.valueError("Inputs are not the same length");
            boolean finished = pi == null;
            if (intPath) {
                if (!finished && pi.getClass() == PyInt.class && qi.getClass() == PyInt.class
                        && ((PyInt) pi).fitsLong() && ((PyInt) qi).fitsLong()) {
                    long x = ((PyInt) pi).longValue(), y = ((PyInt) qi).longValue();
                    long hi = Math.multiplyHigh(x, y), prod = x * y;
                    if ((hi == 0 && prod >= 0) || (hi == -1 && prod < 0)) {
                        long sum = intTotal + prod;
                        if (((intTotal ^ sum) & (prod ^ sum)) >= 0) {
                            intTotal = sum;
                            intInUse = true;
                            continue;
                        }
                    }
                }
                intPath = false;
                if (intInUse) {
                    total = Abstract.binaryOp(Abstract.NB_ADD, total, PyInt.of(intTotal));
                    intTotal = 0;
                    intInUse = false;
                }
            }
            if (fltPath) {
                double x = 0, y = 0;
                boolean take = false;
                if (!finished) {
                    boolean pf = pi.getClass() == PyFloat.class, qf = qi.getClass() == PyFloat.class;
                    try {
                        if (pf && qf) {
                            x = ((PyFloat) pi).value;
                            y = ((PyFloat) qi).value;
                            take = true;
                        } else if (pf && isIntOrBool(qi)) {
                            x = ((PyFloat) pi).value;
                            y = intToDouble(qi);
                            take = true;
                        } else if (qf && isIntOrBool(pi)) {
                            y = ((PyFloat) qi).value;
                            x = intToDouble(pi);
                            take = true;
                        }
                    } catch (PyException e) {
                        take = false; // an int too large for a float: the generic path takes it
                    }
                }
                if (take) {
                    // CPython: Modules/mathmodule.c tl_fma (Algorithm 5.10 with SumKVert for K=3)
                    double prHi = x * y, prLo = Math.fma(x, y, -prHi);
                    double smHi = flt[0] + prHi, z = smHi - flt[0], smLo = (flt[0] - (smHi - z)) + (prHi - z);
                    double r1Hi = flt[1] + prLo, z1 = r1Hi - flt[1], r1Lo = (flt[1] - (r1Hi - z1)) + (prLo - z1);
                    double r2Hi = r1Hi + smLo, z2 = r2Hi - r1Hi, r2Lo = (r1Hi - (r2Hi - z2)) + (smLo - z2);
                    if (Double.isFinite(smHi)) {
                        flt[0] = smHi;
                        flt[1] = r2Hi;
                        flt[2] = flt[2] + r1Lo + r2Lo;
                        fltInUse = true;
                        continue;
                    }
                }
                fltPath = false;
                if (fltInUse) {
                    // CPython: Modules/mathmodule.c tl_to_d
                    double lastHi = flt[1] + flt[0], z = lastHi - flt[1], lastLo = (flt[1] - (lastHi - z)) + (flt[0] - z);
                    total = Abstract.binaryOp(Abstract.NB_ADD, total, PyFloat.of(flt[2] + lastLo + lastHi));
                    flt[0] = flt[1] = flt[2] = 0;
                    fltInUse = false;
                }
            }
            if (finished) return total;
            total = Abstract.binaryOp(Abstract.NB_ADD, total, Abstract.binaryOp(Abstract.NB_MULTIPLY, pi, qi));
        }
    }

    private static boolean isIntOrBool(PyObject o) {
        return o.getClass() == PyInt.class || o instanceof dev.pyjama.objects.PyBool;
    }

    private static double intToDouble(PyObject o) {
        if (o instanceof dev.pyjama.objects.PyBool b) return b.value ? 1.0 : 0.0;
        return dev.pyjama.objects.IntMath.toDouble((PyInt) o);
    }

    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = Math.max(lo, 1); i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}
