package dev.pyjama.objects;

/**
 * Python's float arithmetic where it is more than the IEEE operation: floor division and
 * modulo with the sign of the divisor, the special cases of {@code **}, and CPython's errors.
 */
// CPython: Objects/floatobject.c
public final class FloatMath {
    private FloatMath() {}

    // CPython: Objects/floatobject.c float_div
    public static PyFloat trueDiv(double a, double b) {
        if (b == 0.0) throw new PyException("ZeroDivisionError", "float division by zero");
        return PyFloat.of(a / b);
    }

    // CPython: Objects/floatobject.c float_floor_div
    public static PyFloat floorDiv(double a, double b) {
        if (b == 0.0) throw new PyException("ZeroDivisionError", "float floor division by zero");
        return PyFloat.of(divMod(a, b)[0]);
    }

    // CPython: Objects/floatobject.c float_rem
    public static PyFloat mod(double a, double b) {
        if (b == 0.0) throw new PyException("ZeroDivisionError", "float modulo by zero");
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = Math.copySign(0.0, b);
        }
        return PyFloat.of(mod);
    }

    /** The floor quotient and the remainder, the quotient snapped to an integral value. */
    // CPython: Objects/floatobject.c _float_div_mod
    static double[] divMod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x) % 2.0 == 1.0;
    }

    /** {@code a ** b}: a float, or a complex for a negative base and a fractional exponent. */
    // CPython: Objects/floatobject.c float_pow
    public static PyObject pow(double iv, double iw) {
        if (iw == 0) return PyFloat.of(1.0);
        if (Double.isNaN(iv)) return PyFloat.of(iv);
        if (Double.isNaN(iw)) return PyFloat.of(iv == 1.0 ? 1.0 : iw);
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) return PyFloat.of(1.0);
            if ((iw > 0.0) == (iv > 1.0)) return PyFloat.of(Math.abs(iw));
            return PyFloat.of(0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) return PyFloat.of(odd ? iv : Math.abs(iv));
            return PyFloat.of(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw new PyException("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return ComplexMath.pow(iv, 0.0, iw, 0.0);
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) return PyFloat.of(negate ? -1.0 : 1.0);
        double ix = CorrectlyRoundedPow.pow(iv, iw);
        if (Double.isInfinite(ix)) throw rangeError();
        return PyFloat.of(negate ? -ix : ix);
    }

    /** What CPython raises when libm reports ERANGE: OverflowError from errno 34. */
    static PyException rangeError() {
        return new PyException("OverflowError", "(34, 'Numerical result out of range')");
    }
}
