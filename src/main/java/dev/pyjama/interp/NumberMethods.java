package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.FloatMath;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyObjects;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The methods of int, bool, float and complex. */
// CPython: Objects/longobject.c long_methods, Objects/floatobject.c float_methods, Objects/boolobject.c, complexobject.c
final class NumberMethods {
    private NumberMethods() {}

    static int rank(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBool) return 1;
        if (o instanceof PyFloat) return 2;
        if (o instanceof PyComplex) return 3;
        return 0;
    }

    static void install() {
        installInt();
        installBool();
        installFloat();
        FloatMethods.install();
        ComplexMethods.install();
    }

    /** The numeric operators of a type whose own rank is {@code rank}: other operands of a higher rank get NotImplemented. */
    static void numericOps(PyType t, int rank) {
        for (int op = 0; op < 13; op++) {
            if (op == Abstract.NB_MATRIX_MULTIPLY) continue;
            if (rank > 1 && (op == Abstract.NB_LSHIFT || op == Abstract.NB_RSHIFT || op == Abstract.NB_AND
                    || op == Abstract.NB_OR || op == Abstract.NB_XOR)) continue;
            if (rank > 2 && (op == Abstract.NB_FLOOR_DIVIDE || op == Abstract.NB_REMAINDER)) continue;
            int o = op;
            slot1(t, Abstract.NB_DUNDER[op], (self, other) -> {
                int r = rank(other);
                return r == 0 || r > rank ? ni() : orNi(NativeOps.binary(o, self, other));
            });
            slot1(t, Abstract.NB_RDUNDER[op], (self, other) -> {
                int r = rank(other);
                return r == 0 || r > rank ? ni() : orNi(NativeOps.binary(o, other, self));
            });
        }
        comparisons(t);
        if (rank < 3) {
            slot1(t, "__divmod__", (self, other) -> {
                int r = rank(other);
                return r == 0 || r > rank ? ni() : divmod(self, other);
            });
            slot1(t, "__rdivmod__", (self, other) -> {
                int r = rank(other);
                return r == 0 || r > rank ? ni() : divmod(other, self);
            });
        }
        slot0(t, "__neg__", self -> dev.pyjama.objects.PyNumber.negative(self));
        slot0(t, "__pos__", self -> dev.pyjama.objects.PyNumber.positive(self));
        slot0(t, "__bool__", self -> bool(PyObjects.isTrue(self)));
        slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        slot0(t, "__hash__", self -> PyInt.of(PyHash.valueHash(self)));
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (a instanceof PyFloat || b instanceof PyFloat) {
            double x = toDouble(a), y = toDouble(b);
            if (y == 0.0) throw Errors.zeroDivision("float divmod()");
            return PyTuple.of(FloatMath.floorDiv(x, y), FloatMath.mod(x, y));
        }
        PyInt x = PyObjects.asInt(a), y = PyObjects.asInt(b);
        if (y.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        return PyTuple.of(IntMath.floorDiv(x, y), IntMath.mod(x, y));
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt || o instanceof PyBool) return IntMath.toDouble(PyObjects.asInt(o));
        PyObject f = o.type().lookup("__float__");
        if (f != null) {
            PyObject r = Abstract.callMethod(f, o);
            if (r instanceof PyFloat fl) return fl.value;
            throw Errors.typeError(o.typeName() + ".__float__ returned non-float (type " + r.typeName() + ")");
        }
        if (o.type().lookup("__index__") != null) return IntMath.toDouble((PyInt) Abstract.index(o));
        throw Errors.typeError("must be real number, not " + o.typeName());
    }

    private static PyInt self(PyObject o) {
        return PyInt.exact(PyObjects.asInt(o));
    }

    private static void installInt() {
        PyType t = PyInt.TYPE;
        newMethod(t, (args, kw) -> {
            int npos = args.length - 1 - Args.nkw(kw);
            if (npos > 2) {
                // a subclass is called through tp_new (the argument-clinic message of int_new), int itself through vectorcall
                if (args[0] != PyInt.TYPE) throw Errors.typeError("int() takes at most 2 arguments (" + npos + " given)");
                Args.checkPositional("int", npos, 0, 2);
            }
            PyObject[] a = Args.parse("int", args, 1, kw, new String[] {"", "base"}, 0, 2);
            PyObject r = intNew(a[0], a[1]);
            return r;
        });
        numericOps(t, 1);
        slot0(t, "__invert__", self -> IntMath.invert(self(self)));
        slot0(t, "__abs__", self -> Abstract.abs(self(self)));
        slot0(t, "__index__", self -> self(self));
        slot0(t, "__int__", self -> self(self));
        slot0(t, "__float__", self -> PyFloat.of(IntMath.toDouble(self(self))));
        noargs(t, "__trunc__", self -> self(self));
        noargs(t, "__floor__", self -> self(self));
        noargs(t, "__ceil__", self -> self(self));
        noargs(t, "conjugate", self -> self(self));
        noargs(t, "bit_length", self -> PyInt.of(IntMath.numBits(self(self))));
        noargs(t, "bit_count", self -> PyInt.of(self(self).bigValue().abs().bitCount()));
        noargs(t, "is_integer", self -> PyBool.TRUE);
        noargs(t, "as_integer_ratio", self -> PyTuple.of(self(self), PyInt.of(1)));
        positional(t, "__round__", 0, 1, (self, a) -> roundInt(self(self), a[0]));
        onearg(t, "__format__", (self, spec) -> BuiltinTypes.formatValue(self, str(spec, "format_spec")));
        getter(t, "real", self -> self(self));
        getter(t, "imag", self -> PyInt.of(0));
        getter(t, "numerator", self -> self(self));
        getter(t, "denominator", self -> PyInt.of(1));
        put(t, "to_bytes", (args, kw) -> {
            PyObject[] a = Args.parse("to_bytes", args, 1, kw, new String[] {"length", "byteorder", "signed"}, 0, 2);
            long len = a[0] == null ? 1 : Abstract.asSsize(a[0], ExceptionTypes.OVERFLOW_ERROR);
            String order = a[1] == null ? "big" : str(a[1], "to_bytes() argument 'byteorder'");
            boolean signed = a[2] != null && Abstract.isTrue(a[2]);
            return toBytes(self(args[0]), len, order, signed);
        });
        t.dict.put("from_bytes", new dev.pyjama.objects.PyClassMethod(new dev.pyjama.objects.PyBuiltinFunction("from_bytes",
                null, null, (args, kw) -> {
                    PyObject[] a = Args.parse("from_bytes", args, 1, kw, new String[] {"bytes", "byteorder", "signed"}, 1, 2);
                    byte[] b = a[0] instanceof PyBytes pb ? pb.value : bytesOf(a[0]);
                    String order = a[1] == null ? "big" : str(a[1], "from_bytes() argument 'byteorder'");
                    boolean signed = a[2] != null && Abstract.isTrue(a[2]);
                    if (order.equals("little")) b = reverse(b);
                    else if (!order.equals("big")) throw Errors.valueError("byteorder must be either 'little' or 'big'");
                    BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
                    PyObject r = PyInt.of(v);
                    if (args[0] != PyInt.TYPE) r = Abstract.call(args[0], r);
                    return r;
                })));
    }

    private static byte[] bytesOf(PyObject o) {
        java.util.List<PyObject> items = Abstract.toList(o);
        byte[] b = new byte[items.size()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Abstract.asSsize(items.get(i), null);
        return b;
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) r[i] = b[b.length - 1 - i];
        return r;
    }

    // CPython: Objects/longobject.c int_to_bytes_impl
    private static PyObject toBytes(PyInt v, long len, String order, boolean signed) {
        if (!order.equals("big") && !order.equals("little")) throw Errors.valueError("byteorder must be either 'little' or 'big'");
        if (len < 0) throw Errors.valueError("length argument must be non-negative");
        BigInteger b = v.bigValue();
        if (!signed && b.signum() < 0) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        int bits = signed ? b.bitLength() + 1 : b.bitLength();
        if (bits > len * 8) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "int too big to convert");
        byte[] out = new byte[(int) len];
        byte[] raw = b.toByteArray();
        byte fill = (byte) (b.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < len; i++) {
            int src = raw.length - 1 - i;
            out[(int) len - 1 - i] = src >= 0 ? raw[src] : fill;
        }
        return new PyBytes(order.equals("little") ? reverse(out) : out);
    }

    // CPython: Objects/longobject.c long_round
    static PyObject roundInt(PyInt v, PyObject nd) {
        if (nd == null || nd == PyNone.NONE) return v;
        PyInt n = (PyInt) Abstract.index(nd);
        if (n.signum() >= 0) return v;
        if (!n.fitsLong() || n.longValue() < -5000) return PyInt.of(0);
        BigInteger pow = BigInteger.TEN.pow((int) -n.longValue());
        BigDecimal r = new BigDecimal(v.bigValue()).divide(new BigDecimal(pow)).setScale(0, RoundingMode.HALF_EVEN);
        return PyInt.of(r.toBigInteger().multiply(pow));
    }

    /** {@code int(x)} or {@code int(x, base)}. */
    // CPython: Objects/longobject.c long_new_impl, PyNumber_Long
    static PyObject intNew(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) throw Errors.typeError("int() missing string argument");
            return PyInt.of(0);
        }
        if (base == null) {
            if (x.getClass() == PyInt.class) return x;
            if (x instanceof PyBool b) return PyInt.of(b.value ? 1 : 0);
            if (x instanceof PyFloat f) return fromDouble(f.value);
            if (x instanceof PyStr s) return parseInt(s.value(), 10, s);
            if (BytesOps.buffer(x) != null) return parseInt(new String(BytesOps.buffer(x), java.nio.charset.StandardCharsets.ISO_8859_1), 10, new PyBytes(BytesOps.buffer(x)));
            PyType t = x.type();
            PyObject f = t.lookup("__int__");
            if (f != null) {
                PyObject r = Abstract.callMethod(f, x);
                if (r instanceof PyInt) return r;
                if (r instanceof PyBool b) return PyInt.of(b.value ? 1 : 0);
                throw Errors.typeError("__int__ returned non-int (type " + r.typeName() + ")");
            }
            if (t.lookup("__index__") != null) return Abstract.index(x);
            f = t.lookup("__trunc__");
            if (f != null) {
                PyObject r = Abstract.callMethod(f, x);
                if (r instanceof PyInt) return r;
                return Abstract.index(r);
            }
            throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + x.typeName() + "'");
        }
        long b = Abstract.asSsize(base, ExceptionTypes.OVERFLOW_ERROR);
        if ((b != 0 && b < 2) || b > 36) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        if (x instanceof PyStr s) return parseInt(s.value(), (int) b, s);
        if (BytesOps.buffer(x) != null) return parseInt(new String(BytesOps.buffer(x), java.nio.charset.StandardCharsets.ISO_8859_1), (int) b, new PyBytes(BytesOps.buffer(x)));
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    static PyInt fromDouble(double d) {
        if (Double.isInfinite(d)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Math.abs(d) < 9.0e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** Parses an int literal as int() does: whitespace, sign, base prefix, underscores between digits. */
    // CPython: Objects/longobject.c PyLong_FromString
    /**
     * int(text) for the common case: an optional sign and 1 to 17 ASCII digits, nothing else
     * (no spaces, underscores or prefix; with base 0 no leading zero). Null for anything else,
     * which the general parser below decides.
     */
    private static PyInt parseShortDecimal(String text, int base) {
        int n = text.length(), i = 0;
        if (n == 0 || n > 18) return null;
        char c0 = text.charAt(0);
        if (c0 == '-' || c0 == '+') i = 1;
        if (i == n || (base == 0 && n - i > 1 && text.charAt(i) == '0')) return null;
        long v = 0;
        for (int j = i; j < n; j++) {
            int d = text.charAt(j) - '0';
            if (d < 0 || d > 9) return null;
            v = v * 10 + d;
        }
        return PyInt.of(c0 == '-' ? -v : v);
    }

    /**
     * {@code text} without the whitespace int() ignores around a number: ASCII space, tab and
     * line breaks (not U+001C-U+001F), and any non-ASCII char str.isspace accepts (U+00A0 ...).
     */
    // CPython: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII, then Py_ISSPACE
    private static String stripIntSpace(String text) {
        int i = 0, j = text.length();
        while (i < j && isIntSpace(text.charAt(i))) i++;
        while (j > i && isIntSpace(text.charAt(j - 1))) j--;
        return text.substring(i, j);
    }

    private static boolean isIntSpace(char c) {
        return c < 128 ? c == ' ' || (c >= 9 && c <= 13) : StrMethods.isSpace(c);
    }

    static PyInt parseInt(String text, int base, PyObject original) {
        if (base == 10 || base == 0) {
            PyInt quick = parseShortDecimal(text, base);
            if (quick != null) return quick;
        }
        String s = stripIntSpace(text);
        int i = 0, n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                if (i < n && s.charAt(i) == '_') i++;
            }
        }
        if (b == 0) b = 10;
        boolean zeroOnly = base == 0 && b == 10;
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) throw badInt(base, original);
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0 || c > 0x7f && !Character.isDigit(c)) throw badInt(base, original);
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) throw badInt(base, original);
        if (zeroOnly && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) if (digits.charAt(k) != '0') throw badInt(base, original);
        }
        int limit = PyInt.maxStrDigits();
        if (b == 10 && limit > 0 && digits.length() > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = digits.length() <= 18 && b == 10 ? BigInteger.valueOf(Long.parseLong(digits.toString()))
                : new BigInteger(digits.toString(), b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static RuntimeException badInt(int base, PyObject original) {
        return Errors.valueError("invalid literal for int() with base " + base + ": " + Abstract.repr(original).value());
    }

    private static void installBool() {
        PyType t = PyBool.TYPE;
        newMethod(t, (args, kw) -> {
            Args.noKw("bool", kw);
            Args.checkPositional("bool", args.length - 1, 0, 1);
            return args.length == 1 ? PyBool.FALSE : PyBool.of(Abstract.isTrue(args[1]));
        });
        slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        for (int op : new int[] {Abstract.NB_AND, Abstract.NB_OR, Abstract.NB_XOR}) {
            slot1(t, Abstract.NB_DUNDER[op], (self, other) -> rank(other) == 1 ? NativeOps.binary(op, self, other) : ni());
            slot1(t, Abstract.NB_RDUNDER[op], (self, other) -> rank(other) == 1 ? NativeOps.binary(op, other, self) : ni());
        }
    }

    private static PyFloat fself(PyObject o) {
        return (PyFloat) o;
    }

    private static void installFloat() {
        PyType t = PyFloat.TYPE;
        newMethod(t, (args, kw) -> {
            Args.noKw("float", kw);
            Args.checkPositional("float", args.length - 1, 0, 1);
            return args.length == 1 ? PyFloat.of(0.0) : floatNew(args[1]);
        });
        numericOps(t, 2);
        slot0(t, "__abs__", self -> PyFloat.of(Math.abs(fself(self).value)));
        slot0(t, "__int__", self -> fromDouble(fself(self).value));
        slot0(t, "__float__", self -> PyFloat.exact(fself(self)));
        noargs(t, "__trunc__", self -> fromDouble(fself(self).value));
        noargs(t, "__floor__", self -> fromDouble(Math.floor(fself(self).value)));
        noargs(t, "__ceil__", self -> fromDouble(Math.ceil(fself(self).value)));
        noargs(t, "conjugate", self -> PyFloat.exact(fself(self)));
        noargs(t, "is_integer", self -> {
            double d = fself(self).value;
            return bool(!Double.isInfinite(d) && d == Math.floor(d));
        });
        noargs(t, "as_integer_ratio", self -> {
            double d = fself(self).value;
            if (Double.isInfinite(d)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            if (Double.isNaN(d)) throw Errors.valueError("cannot convert NaN to integer ratio");
            BigDecimal bd = new BigDecimal(d);
            BigInteger num = bd.unscaledValue(), den = BigInteger.ONE;
            if (bd.scale() > 0) den = BigInteger.TEN.pow(bd.scale());
            else num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            BigInteger g = num.gcd(den);
            if (g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            return PyTuple.of(PyInt.of(num), PyInt.of(den));
        });
        positional(t, "__round__", 0, 1, (self, a) -> roundFloat(fself(self).value, a[0]));
        onearg(t, "__format__", (self, spec) -> BuiltinTypes.formatValue(self, str(spec, "format_spec")));
        noargs(t, "__getnewargs__", self -> PyTuple.of(PyFloat.of(fself(self).value)));
        getter(t, "real", self -> self.getClass() == PyFloat.class ? self : PyFloat.of(fself(self).value));
        getter(t, "imag", self -> PyFloat.of(0.0));
    }

    // CPython: Objects/floatobject.c float___round___impl, double_round
    static PyObject roundFloat(double x, PyObject nd) {
        if (nd == null || nd == PyNone.NONE) {
            double r = Math.rint(x);
            return fromDouble(r);
        }
        long n = Abstract.asSsize(nd, null);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return PyFloat.of(x);
        if (n > 323) return PyFloat.of(x);
        if (n < -308) return PyFloat.of(0.0 * x);
        BigDecimal r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN);
        double v = r.doubleValue();
        if (Double.isInfinite(v)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "rounded value too large to represent");
        if (v == 0.0) v = Math.copySign(0.0, x);
        return PyFloat.of(v);
    }

    /** {@code float(x)}. */
    // CPython: Objects/floatobject.c float_new_impl, PyNumber_Float
    static PyObject floatNew(PyObject x) {
        if (x.getClass() == PyFloat.class) return x;
        if (x instanceof PyInt || x instanceof PyBool) return PyFloat.of(IntMath.toDouble(PyObjects.asInt(x)));
        if (x instanceof PyStr s) return PyFloat.of(parseFloat(s.value(), s));
        if (BytesOps.buffer(x) != null) return PyFloat.of(parseFloat(new String(BytesOps.buffer(x), java.nio.charset.StandardCharsets.ISO_8859_1), x));
        PyType t = x.type();
        PyObject f = t.lookup("__float__");
        if (f != null) {
            PyObject r = Abstract.callMethod(f, x);
            if (r instanceof PyFloat) return r;
            throw Errors.typeError(x.typeName() + ".__float__ returned non-float (type " + r.typeName() + ")");
        }
        if (t.lookup("__index__") != null) return PyFloat.of(IntMath.toDouble((PyInt) Abstract.index(x)));
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.typeName() + "'");
    }

    /** Parses a float as float() does; ValueError "could not convert string to float: '...'" otherwise. */
    // CPython: Objects/floatobject.c PyFloat_FromString, float_from_string_inner
    static double parseFloat(String text, PyObject original) {
        String s = original instanceof PyStr ? ComplexMethods.toAscii(text) : text;
        int p = 0, n = s.length();
        while (p < n && FloatParsing.isSpace(s.charAt(p))) p++;
        while (n > p && FloatParsing.isSpace(s.charAt(n - 1))) n--;
        s = FloatParsing.removeUnderscores(s.substring(p, n));
        int end = s == null ? -1 : FloatParsing.scan(s, 0);
        if (s == null || end == 0 || end != s.length()) {
            throw Errors.valueError("could not convert string to float: " + Abstract.repr(original).value());
        }
        return FloatParsing.value(s, 0, end);
    }
}
