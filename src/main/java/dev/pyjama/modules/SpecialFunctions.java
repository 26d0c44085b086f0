package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyObject;
import java.util.ArrayList;
import java.util.List;

/** math's gamma, lgamma (Lanczos), erf and erfc (series and continued fraction), and fsum (Shewchuk's partials). */
// CPython: Modules/mathmodule.c m_tgamma, m_lgamma, lanczos_sum, m_sinpi, math_fsum_impl; erf as CPython 3.11's m_erf
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    private static final double[] DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
        2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

    private static double lanczosSum(double x) {
        double num = 0, den = 0;
        if (x < 5.0) {
            for (int i = NUM.length; --i >= 0; ) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> StrictMath.sin(Math.PI * y);
            case 1 -> StrictMath.cos(Math.PI * (y - 0.5));
            case 2 -> StrictMath.sin(Math.PI * (1.0 - y));
            case 3 -> -StrictMath.cos(Math.PI * (y - 1.5));
            default -> StrictMath.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) return Double.isNaN(x) || x > 0 ? x : Double.NaN;
        if (x == 0) throw Errors.valueError("math domain error");
        if (x == Math.floor(x)) {
            if (x < 0) return Double.NaN;
            if (x <= 23) {
                double r = 1;
                for (int i = 2; i < (int) x; i++) r *= i;
                return r;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        double y = absx + LANCZOS_G_MINUS_HALF, z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -Math.PI / sinpi(absx) / absx * StrictMath.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= StrictMath.pow(y, absx - 0.5);
            } else {
                double sp = StrictMath.pow(y, absx / 2.0 - 0.25);
                r /= sp;
                r /= sp;
            }
        } else {
            r = lanczosSum(absx) / StrictMath.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= StrictMath.pow(y, absx - 0.5);
            } else {
                double sp = StrictMath.pow(y, absx / 2.0 - 0.25);
                r *= sp;
                r *= sp;
            }
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) return x <= 0 ? Double.POSITIVE_INFINITY : 0.0;
        double absx = Math.abs(x);
        if (absx < 1e-20) return -StrictMath.log(absx);
        double r = StrictMath.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (StrictMath.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = 1.1447298858494002 - StrictMath.log(Math.abs(sinpi(absx))) - StrictMath.log(absx) - r;
        return r;
    }

    private static final double ERF_SERIES_CUTOFF = 1.5, SQRTPI = 1.772453850905516027298167483341145182798;
    private static final int ERF_SERIES_TERMS = 25, ERFC_CONTFRAC_TERMS = 50;

    private static double erfSeries(double x) {
        double x2 = x * x, acc = 0.0, fk = ERF_SERIES_TERMS + 0.5;
        for (int i = 0; i < ERF_SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * StrictMath.exp(-x2) / SQRTPI;
    }

    private static double erfcContfrac(double x) {
        if (x >= 30.0) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * StrictMath.exp(-x2) / SQRTPI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) return erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) return 1.0 - erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    // CPython: Modules/mathmodule.c math_fsum_impl
    static double fsum(PyObject[] items) {
        List<Double> partials = new ArrayList<>();
        double specialSum = 0.0, infSum = 0.0;
        for (PyObject o : items) {
            double x = ModuleSupport.asDouble(o);
            double xsave = x;
            int i = 0;
            for (double y : partials) {
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y, lo = y - (hi - x);
                if (lo != 0.0) partials.set(i++, lo);
                x = hi;
            }
            while (partials.size() > i) partials.remove(partials.size() - 1);
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.clear();
                } else {
                    partials.add(x);
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return specialSum;
        }
        int n = partials.size();
        double hi = 0.0;
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0;
            while (n > 0) {
                double x = hi, y = partials.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
                double y = lo * 2.0, x = hi + y, yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }
}
