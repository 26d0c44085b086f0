package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;

/**
 * math.sumprod as CPython computes it: exact ints summed in a long while they fit, floats (and
 * float/int pairs) in triple-length arithmetic while the total stays finite, the rest with
 * Python's * and +. statistics imports it (its fmean/correlation/linear_regression use it).
 */
// CPython: Modules/mathmodule.c math_sumprod_impl, tl_fma, tl_to_d
final class SumProd {
    private SumProd() {}

    static PyObject sumprod(PyObject p, PyObject q) {
        PyObject pIt = Abstract.iter(p), qIt = Abstract.iter(q);
        PyObject total = PyInt.of(0);
        boolean intPath = true, intInUse = false, fltPath = true, fltInUse = false;
        long intTotal = 0;
        double hi = 0, lo = 0, tiny = 0; // the float total, a TripleLength
        while (true) {
            PyObject pi = Abstract.next(pIt), qi = Abstract.next(qIt);
            if ((pi == null) != (qi == null)) throw Errors.valueError("Inputs are not the same length");
            boolean finished = pi == null;
            if (intPath) {
                if (!finished && pi.getClass() == PyInt.class && qi.getClass() == PyInt.class) {
                    PyInt a = (PyInt) pi, b = (PyInt) qi;
                    if (a.fitsLong() && b.fitsLong()) {
                        try {
                            intTotal = Math.addExact(intTotal, Math.multiplyExact(a.longValue(), b.longValue()));
                            intInUse = true;
                            continue;
                        } catch (ArithmeticException overflow) {
                            // fall back to the other paths for this pair
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
                if (!finished) {
                    double x = Double.NaN, y = Double.NaN;
                    boolean ok = true;
                    if (pi instanceof PyFloat a && pi.getClass() == PyFloat.class && qi instanceof PyFloat b && qi.getClass() == PyFloat.class) {
                        x = a.value;
                        y = b.value;
                    } else if (pi instanceof PyFloat a && pi.getClass() == PyFloat.class && isIntOrBool(qi)) {
                        x = a.value;
                        y = intToDouble(qi);
                        ok = !Double.isInfinite(y);
                    } else if (qi instanceof PyFloat b && qi.getClass() == PyFloat.class && isIntOrBool(pi)) {
                        y = b.value;
                        x = intToDouble(pi);
                        ok = !Double.isInfinite(x);
                    } else {
                        ok = false;
                    }
                    if (ok) {
                        // tl_fma: Algorithm 5.10 with SumKVert for K=3
                        double prHi = x * y, prLo = Math.fma(x, y, -prHi);
                        double smHi = hi + prHi, z = smHi - hi, smLo = (hi - (smHi - z)) + (prHi - z);
                        double r1Hi = lo + prLo;
                        z = r1Hi - lo;
                        double r1Lo = (lo - (r1Hi - z)) + (prLo - z);
                        double r2Hi = r1Hi + smLo;
                        z = r2Hi - r1Hi;
                        double r2Lo = (r1Hi - (r2Hi - z)) + (smLo - z);
                        if (Double.isFinite(smHi)) {
                            hi = smHi;
                            lo = r2Hi;
                            tiny = tiny + r1Lo + r2Lo;
                            fltInUse = true;
                            continue;
                        }
                    }
                }
                fltPath = false;
                if (fltInUse) {
                    // tl_to_d
                    double lastHi = lo + hi, z = lastHi - lo, lastLo = (lo - (lastHi - z)) + (hi - z);
                    total = Abstract.binaryOp(Abstract.NB_ADD, total, PyFloat.of(tiny + lastLo + lastHi));
                    hi = lo = tiny = 0;
                    fltInUse = false;
                }
            }
            if (finished) return total;
            PyObject term = Abstract.binaryOp(Abstract.NB_MULTIPLY, pi, qi);
            total = Abstract.binaryOp(Abstract.NB_ADD, total, term);
        }
    }

    private static boolean isIntOrBool(PyObject o) {
        return o.getClass() == PyInt.class || o instanceof PyBool;
    }

    /** PyLong_AsDouble; infinity stands for its OverflowError (the caller then leaves the path). */
    private static double intToDouble(PyObject o) {
        if (o instanceof PyBool b) return b.value ? 1.0 : 0.0;
        PyInt i = (PyInt) o;
        return i.fitsLong() ? (double) i.longValue() : i.bigValue().doubleValue();
    }
}
