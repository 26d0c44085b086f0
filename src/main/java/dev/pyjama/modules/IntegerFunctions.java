package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
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
        def(m, "prod", (a, kw) -> {
            PyObject[] p = Args.parse("prod", a, 0, kw, new String[] {"", "start"}, 1, 1);
            PyObject r = p[1] == null ? PyInt.of(1) : p[1];
            for (PyObject o : Abstract.toArray(p[0])) r = Abstract.binaryOp(Abstract.NB_MULTIPLY, r, o);
            return r;
        });
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
