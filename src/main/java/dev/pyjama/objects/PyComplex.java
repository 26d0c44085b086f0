package dev.pyjama.objects;

/** A Python {@code complex}: two doubles. */
// CPython: Objects/complexobject.c
public class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    /**
     * {@code 2500j} when the real part is +0.0, else {@code (re+imj)} with the imaginary
     * part's sign always written. Neither part gets a {@code .0}.
     */
    // CPython: Objects/complexobject.c complex_repr
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(32);
        if (Double.doubleToRawLongBits(real) == 0L) {
            PyFloat.appendRepr(sb, imag, false, false);
            sb.append('j');
        } else {
            sb.append('(');
            PyFloat.appendRepr(sb, real, false, false);
            PyFloat.appendRepr(sb, imag, false, true);
            sb.append("j)");
        }
        return sb.toString();
    }

    /** {@code complex}. */
    public static final PyType TYPE = PyType.builtin("complex", null);

    @Override
    public PyType type() {
        return TYPE;
    }
}
