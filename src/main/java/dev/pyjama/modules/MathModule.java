package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.asDouble;
import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.set;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math}: the real functions over doubles (StrictMath, the fdlibm algorithms), with
 * CPython's domain and range errors, and the integer functions over arbitrary-size ints.
 */
// CPython: Modules/mathmodule.c
public final class MathModule {
    private MathModule() {}

    static PyException domain() {
        return Errors.valueError("math domain error");
    }

    static PyException range() {
        return Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "math range error");
    }

    static PyInt fromDouble(double d) {
        if (Double.isInfinite(d)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Math.abs(d) < 9.0e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    static BigInteger big(PyObject o) {
        return ((PyInt) Abstract.index(o)).bigValue();
    }

    static PyInt integer(String fname, PyObject o) {
        if (o instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        return (PyInt) Abstract.index(o);
    }

    /** A one-argument function: NaN in gives NaN; a finite argument giving NaN is a domain error, infinity a range error. */
    // CPython: Modules/mathmodule.c math_1
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean overflowIsRange) {
        def(m, name, (a, kw) -> {
            double x = asDouble(ModuleSupport.one(name, a, kw));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                if (overflowIsRange) throw range();
                throw domain();
            }
            return PyFloat.of(r);
        });
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("math");
        set(m, "pi", PyFloat.of(Math.PI));
        set(m, "e", PyFloat.of(Math.E));
        set(m, "tau", PyFloat.of(2 * Math.PI));
        set(m, "inf", PyFloat.of(Double.POSITIVE_INFINITY));
        set(m, "nan", PyFloat.of(Double.NaN));
        unary(m, "sqrt", StrictMath::sqrt, true);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2, x), true);
        unary(m, "expm1", Libm::expm1, true);
        unary(m, "cbrt", Libm::cbrt, true);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", StrictMath::asin, false);
        unary(m, "acos", StrictMath::acos, false);
        unary(m, "atan", StrictMath::atan, false);
        unary(m, "sinh", Libm::sinh, true);
        unary(m, "cosh", Libm::cosh, true);
        unary(m, "tanh", Libm::tanh, false);
        unary(m, "asinh", Libm::asinh, false);
        unary(m, "acosh", Libm::acosh, false);
        unary(m, "atanh", Libm::atanh, false);
        unary(m, "fabs", Math::abs, false);
        // CPython: Modules/mathmodule.c math_degrees (a bare multiplication: no overflow check, 1e308 gives inf)
        def(m, "degrees", (a, kw) -> PyFloat.of(asDouble(ModuleSupport.one("degrees", a, kw)) * (180.0 / Math.PI)));
        unary(m, "radians", Math::toRadians, false);
        unary(m, "erf", SpecialFunctions::erf, false);
        unary(m, "erfc", SpecialFunctions::erfc, false);
        unary(m, "gamma", x -> {
            if (x <= 0 && x == Math.floor(x)) return Double.NaN;
            return SpecialFunctions.gamma(x);
        }, true);
        unary(m, "lgamma", x -> {
            // CPython: Modules/mathmodule.c m_lgamma (EDOM for integers <= 0: a ValueError, not an OverflowError)
            if (x <= 0 && x == Math.floor(x)) return Double.NaN;
            return SpecialFunctions.lgamma(x);
        }, true);
        def(m, "log", (a, kw) -> {
            ModuleSupport.positional("log", a, kw, 1, 2);
            double r = log(a[0]);
            if (a.length == 2) {
                double den = log(a[1]);
                if (den == 0) throw Errors.zeroDivision("float division by zero");
                r /= den;
            }
            return PyFloat.of(r);
        });
        def(m, "log2", (a, kw) -> logOf(ModuleSupport.one("log2", a, kw), Libm::log2));
        def(m, "log10", (a, kw) -> logOf(ModuleSupport.one("log10", a, kw), Libm::log10));
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : StrictMath.log1p(x), false);
        def(m, "pow", (a, kw) -> {
            ModuleSupport.positional("pow", a, kw, 2, 2);
            double x = asDouble(a[0]), y = asDouble(a[1]);
            return PyFloat.of(pow(x, y));
        });
        def(m, "atan2", (a, kw) -> {
            ModuleSupport.positional("atan2", a, kw, 2, 2);
            return PyFloat.of(StrictMath.atan2(asDouble(a[0]), asDouble(a[1])));
        });
        // CPython: Modules/mathmodule.c math_fma_impl
        def(m, "fma", (a, kw) -> {
            ModuleSupport.positional("fma", a, kw, 3, 3);
            double x = asDouble(a[0]), y = asDouble(a[1]), z = asDouble(a[2]);
            double r = Math.fma(x, y, z);
            if (Double.isFinite(r)) return PyFloat.of(r);
            if (Double.isNaN(r)) {
                if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                    throw Errors.valueError("invalid operation in fma");
                }
            } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
                throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "overflow in fma");
            }
            return PyFloat.of(r);
        });
        def(m, "copysign", (a, kw) -> {
            ModuleSupport.positional("copysign", a, kw, 2, 2);
            return PyFloat.of(Math.copySign(asDouble(a[0]), asDouble(a[1])));
        });
        def(m, "fmod", (a, kw) -> {
            ModuleSupport.positional("fmod", a, kw, 2, 2);
            double x = asDouble(a[0]), y = asDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) return PyFloat.of(x);
            if (y == 0 || Double.isInfinite(x)) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) throw domain();
            }
            return PyFloat.of(x % y);
        });
        def(m, "remainder", (a, kw) -> {
            ModuleSupport.positional("remainder", a, kw, 2, 2);
            double x = asDouble(a[0]), y = asDouble(a[1]);
            if ((y == 0 || Double.isInfinite(x)) && !Double.isNaN(x) && !Double.isNaN(y)) throw domain();
            return PyFloat.of(Math.IEEEremainder(x, y));
        });
        def(m, "hypot", (a, kw) -> {
            ModuleSupport.noKw("hypot", kw);
            double[] v = new double[a.length];
            double max = 0;
            boolean nan = false;
            for (int i = 0; i < a.length; i++) {
                double x = Math.abs(asDouble(a[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) max = x;
            }
            return PyFloat.of(Libm.vectorNorm(v.length, v, max, nan));
        });
        def(m, "dist", (a, kw) -> {
            ModuleSupport.positional("dist", a, kw, 2, 2);
            PyObject[] p = Abstract.iterToArray(a[0]), q = Abstract.iterToArray(a[1]);
            if (p.length != q.length) throw Errors.valueError("both points must have the same number of dimensions");
            double[] v = new double[p.length];
            double max = 0;
            boolean nan = false;
            for (int i = 0; i < p.length; i++) {
                double x = Math.abs(asDouble(p[i]) - asDouble(q[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) max = x;
            }
            return PyFloat.of(Libm.vectorNorm(v.length, v, max, nan));
        });
        for (String name : new String[] {"floor", "ceil", "trunc"}) {
            def(m, name, (a, kw) -> {
                PyObject x = ModuleSupport.one(name, a, kw);
                if (x instanceof PyInt && x.getClass() == PyInt.class) return x;
                if (x.getClass() == PyFloat.class) {
                    double d = ((PyFloat) x).value;
                    return fromDouble(name.equals("floor") ? Math.floor(d) : name.equals("ceil") ? Math.ceil(d) : d);
                }
                PyObject f = x.type().lookup("__" + name + "__");
                if (f != null) return Abstract.callMethod(f, x);
                if (name.equals("trunc")) throw Errors.typeError("type " + x.typeName() + " doesn't define __trunc__ method");
                double d = asDouble(x);
                return fromDouble(name.equals("floor") ? Math.floor(d) : Math.ceil(d));
            });
        }
        def(m, "modf", (a, kw) -> {
            double x = asDouble(ModuleSupport.one("modf", a, kw));
            if (Double.isInfinite(x)) return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
        });
        def(m, "frexp", (a, kw) -> {
            double x = asDouble(ModuleSupport.one("frexp", a, kw));
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return PyTuple.of(PyFloat.of(x), PyInt.of(0));
            int e = Math.getExponent(x);
            double mant;
            if (e == Double.MIN_EXPONENT - 1) { // subnormal
                double n = x * 0x1p54;
                e = Math.getExponent(n) - 54;
                mant = Math.scalb(n, -Math.getExponent(n) - 1);
            } else {
                // scalb(x, -e-1) is exact; dividing by 2**(e+1) overflowed to 0.0 for e = 1023
                mant = Math.scalb(x, -e - 1);
            }
            return PyTuple.of(PyFloat.of(mant), PyInt.of(e + 1));
        });
        def(m, "ldexp", (a, kw) -> {
            ModuleSupport.positional("ldexp", a, kw, 2, 2);
            double x = asDouble(a[0]);
            PyInt e = integer("ldexp", a[1]);
            long ev = e.fitsLong() ? Math.max(-100000, Math.min(100000, e.longValue())) : e.signum() * 100000L;
            double r = Math.scalb(x, (int) ev);
            if (Double.isInfinite(r) && Double.isFinite(x)) throw range();
            return PyFloat.of(r);
        });
        def(m, "isnan", (a, kw) -> PyBool.of(Double.isNaN(asDouble(ModuleSupport.one("isnan", a, kw)))));
        def(m, "isinf", (a, kw) -> PyBool.of(Double.isInfinite(asDouble(ModuleSupport.one("isinf", a, kw)))));
        def(m, "isfinite", (a, kw) -> PyBool.of(Double.isFinite(asDouble(ModuleSupport.one("isfinite", a, kw)))));
        // CPython: Modules/mathmodule.c math_isclose_impl
        def(m, "isclose", (a, kw) -> {
            PyObject[] p = Args.parse("isclose", a, 0, kw, new String[] {"", "", "rel_tol", "abs_tol"}, 2, 2);
            double x = asDouble(p[0]), y = asDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : asDouble(p[2]), abs = p[3] == null ? 0.0 : asDouble(p[3]);
            if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        def(m, "nextafter", (a, kw) -> {
            ModuleSupport.positional("nextafter", a, kw, 2, 2);
            return PyFloat.of(Math.nextAfter(asDouble(a[0]), asDouble(a[1])));
        });
        def(m, "ulp", (a, kw) -> {
            double x = asDouble(ModuleSupport.one("ulp", a, kw));
            if (Double.isNaN(x) || Double.isInfinite(x)) return PyFloat.of(Math.abs(x));
            x = Math.abs(x);
            if (x == Double.MAX_VALUE) return PyFloat.of(x - Math.nextDown(x));
            return PyFloat.of(Math.nextUp(x) - x);
        });
        def(m, "fsum", (a, kw) -> PyFloat.of(SpecialFunctions.fsum(Abstract.iterToArray(ModuleSupport.one("fsum", a, kw)))));
        IntegerFunctions.install(m);
        return m;
    }

    /** log2/log10: the function itself for values a double holds, logs of huge ints by frexp. */
    // CPython: Modules/mathmodule.c loghelper
    private static PyObject logOf(PyObject x, DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) throw domain();
            double d = i.fitsLong() ? i.longValue() : i.bigValue().doubleValue();
            if (Double.isInfinite(d)) { // too big for a double: log(m) + log(2) * e
                double[] me = frexp(i.bigValue());
                return PyFloat.of(f.applyAsDouble(me[0]) + f.applyAsDouble(2.0) * me[1]);
            }
            return PyFloat.of(f.applyAsDouble(d));
        }
        double d = asDouble(x);
        if (Double.isNaN(d)) return PyFloat.of(d);
        if (d <= 0) throw domain();
        if (Double.isInfinite(d)) return PyFloat.of(d);
        return PyFloat.of(f.applyAsDouble(d));
    }

    /** {m, e} with b ~= m * 2**e, m in [0.5, 1) rounded to 53 bits half-even. */
    // CPython: Objects/longobject.c _PyLong_Frexp
    private static double[] frexp(BigInteger b) {
        int bits = b.bitLength();
        int shift = bits - 55;
        BigInteger t = b.shiftRight(shift);
        if (b.getLowestSetBit() < shift) t = t.setBit(0); // sticky bit for the shifted-out bits
        double m = Math.scalb(t.doubleValue(), -55);
        if (m == 1.0) return new double[] {0.5, bits + 1};
        return new double[] {m, bits};
    }

    // CPython: Modules/mathmodule.c loghelper (ints of any size are logged by their bit length)
    private static double log(PyObject x) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) throw domain();
            double d = i.fitsLong() ? i.longValue() : i.bigValue().doubleValue();
            if (!Double.isInfinite(d)) return Math.log(d);
            double[] me = frexp(i.bigValue());
            return Math.log(me[0]) + Math.log(2.0) * me[1];
        }
        double d = asDouble(x);
        if (Double.isNaN(d)) return d;
        if (d <= 0) throw domain();
        return Math.log(d);
    }

    // CPython: Modules/mathmodule.c math_pow_impl (IEEE specials by C99's rules, the rest libm)
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.abs(x) > 1.0) return y;
            if (y < 0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        if (x == 0 && y < 0) throw domain();
        if (x < 0 && y != Math.floor(y)) throw domain();
        if (y == 0) return 1.0;
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) throw range();
        return r;
    }
}
