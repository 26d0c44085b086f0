package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/** The constructor and methods of complex: {@code complex(x)}, {@code complex('1+2j')}, {@code __format__}. */
// CPython: Objects/complexobject.c
final class ComplexMethods {
    private ComplexMethods() {}

    static void install() {
        PyType t = PyComplex.TYPE;
        newMethod(t, (args, kw) -> {
            PyObject[] a = Args.parse("complex", args, 1, kw, new String[] {"real", "imag"}, 0, 2);
            return complexNew(args[0], a[0], a[1]);
        });
        NumberMethods.numericOps(t, 3);
        slot0(t, "__abs__", self -> {
            PyComplex c = (PyComplex) self;
            double r = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "absolute value too large");
            }
            return PyFloat.of(r);
        });
        noargs(t, "conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        noargs(t, "__complex__", self -> exact((PyComplex) self));
        noargs(t, "__getnewargs__", self -> PyTuple.of(PyFloat.of(((PyComplex) self).real), PyFloat.of(((PyComplex) self).imag)));
        onearg(t, "__format__", (self, spec) -> {
            String s = str(spec, "format_spec");
            // CPython: Python/formatter_unicode.c _PyComplex_FormatAdvancedWriter (empty spec: str(self))
            if (s.isEmpty()) return Abstract.str(self);
            return PyStr.of(ComplexFormat.format((PyComplex) self, s));
        });
        getter(t, "real", self -> PyFloat.of(((PyComplex) self).real));
        getter(t, "imag", self -> PyFloat.of(((PyComplex) self).imag));
    }

    private static PyComplex exact(PyComplex c) {
        return c.getClass() == PyComplex.class ? c : new PyComplex(c.real, c.imag);
    }

    /** {@code complex(r, i)}; either may be null (not given). */
    // CPython: Objects/complexobject.c complex_new_impl
    static PyObject complexNew(PyObject type, PyObject r, PyObject i) {
        if (r == null) r = dev.pyjama.objects.PyInt.of(0);
        if (r.getClass() == PyComplex.class && i == null && type == PyComplex.TYPE) return r;
        if (r instanceof PyStr s) {
            if (i != null) throw Errors.typeError("complex() can't take second arg if first is a string");
            return fromString(s);
        }
        if (i instanceof PyStr) throw Errors.typeError("complex() second arg can't be a string");
        PyObject special = trySpecial(r);
        if (special != null) r = special;
        if (!isNumber(r)) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '" + r.typeName() + "'");
        }
        if (i != null && !isNumber(i)) {
            throw Errors.typeError("complex() second argument must be a number, not '" + i.typeName() + "'");
        }
        double crReal, crImag = 0, ciReal, ciImag = 0;
        boolean crIsComplex = false, ciIsComplex = false;
        if (r instanceof PyComplex c) {
            crReal = c.real;
            crImag = c.imag;
            crIsComplex = true;
        } else {
            crReal = ((PyFloat) NumberMethods.floatNew(r)).value;
        }
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            ciImag = c.imag;
            ciIsComplex = true;
        } else {
            ciReal = ((PyFloat) NumberMethods.floatNew(i)).value;
        }
        if (ciIsComplex) crReal -= ciImag;
        if (crIsComplex && i != null) ciReal += crImag;
        return new PyComplex(crReal, ciReal);
    }

    /** Whether {@code o}'s type has nb_float or nb_index, or is complex. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return o instanceof PyComplex || t.lookup("__float__") != null || t.lookup("__index__") != null;
    }

    /** The result of {@code o.__complex__()}, or null when the type has none. */
    // CPython: Objects/complexobject.c try_complex_special_method
    static PyObject trySpecial(PyObject o) {
        PyObject f = o.type().lookup("__complex__");
        if (f == null) return null;
        PyObject res = Abstract.callMethod(f, o);
        if (!(res instanceof PyComplex)) {
            throw Errors.typeError("__complex__ returned non-complex (type " + res.typeName() + ")");
        }
        return res;
    }

    /** {@code complex(str)}. */
    // CPython: Objects/complexobject.c complex_subtype_from_string, Python/pystrtod.c _Py_string_to_number_with_underscores
    static PyComplex fromString(PyStr v) {
        String s = toAscii(v.value());
        if (s.indexOf('_') >= 0) {
            s = FloatParsing.removeUnderscores(s);
            if (s == null) throw Errors.valueError("could not convert string to complex: " + Abstract.repr(v).value());
        }
        return parse(s);
    }

    /** Unicode decimal digits become ASCII digits, Unicode spaces ' ', other non-ASCII characters '?'. */
    // CPython: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII
    static String toAscii(String s) {
        StringBuilder sb = null;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            int n = Character.charCount(c);
            if (c >= 128 && sb == null) sb = new StringBuilder(s.substring(0, k));
            if (sb != null) {
                if (c < 128) sb.append((char) c);
                else if (StrMethods.isSpace(c)) sb.append(' ');
                else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) sb.append((char) ('0' + Character.digit(c, 10)));
                else sb.append('?');
            }
            k += n;
        }
        return sb == null ? s : sb.toString();
    }

    // CPython: Objects/complexobject.c complex_from_string_inner
    private static PyComplex parse(String s) {
        int n = s.length(), p = 0;
        double x = 0.0, y = 0.0;
        boolean bracket = false;
        while (p < n && FloatParsing.isSpace(s.charAt(p))) p++;
        if (p < n && s.charAt(p) == '(') {
            bracket = true;
            p++;
            while (p < n && FloatParsing.isSpace(s.charAt(p))) p++;
        }
        int end = FloatParsing.scan(s, p);
        if (end != p) {
            double z = FloatParsing.value(s, p, end);
            p = end;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                // <float><signed-float>j | <float><sign>j
                x = z;
                end = FloatParsing.scan(s, p);
                if (end != p) {
                    y = FloatParsing.value(s, p, end);
                    p = end;
                } else {
                    y = s.charAt(p) == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed();
                p++;
            } else if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            // <sign>j or j
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                y = s.charAt(p) == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed();
            p++;
        }
        while (p < n && FloatParsing.isSpace(s.charAt(p))) p++;
        if (bracket) {
            if (!(p < n && s.charAt(p) == ')')) throw malformed();
            p++;
            while (p < n && FloatParsing.isSpace(s.charAt(p))) p++;
        }
        if (p != n) throw malformed();
        return new PyComplex(x, y);
    }

    private static RuntimeException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }
}
