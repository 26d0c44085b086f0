package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyObjects;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/** printf-style formatting: {@code 'fmt' % values}. */
// CPython: Objects/unicodeobject.c PyUnicode_Format, unicode_format_arg_parse, unicode_format_arg_format
final class PrintfFormat {
    private PrintfFormat() {}

    static PyStr format(PyStr fmtStr, PyObject values) {
        String fmt = fmtStr.value();
        PyObject[] args;
        boolean tuple = values instanceof PyTuple;
        args = tuple ? ((PyTuple) values).items : new PyObject[] {values};
        boolean mapping = !tuple && !(values instanceof PyStr) && values.type().lookup("__getitem__") != null;
        int argi = 0;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        boolean usedMapping = false;
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            PyObject arg = null;
            if (fmt.charAt(i) == '(') {
                if (!mapping) throw Errors.typeError("format requires a mapping");
                int depth = 1, j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') depth++;
                    else if (fmt.charAt(j) == ')') depth--;
                    j++;
                }
                if (depth > 0) throw Errors.valueError("incomplete format key");
                arg = Abstract.getitem(values, PyStr.of(fmt.substring(i + 1, j - 1)));
                usedMapping = true;
                i = j;
            }
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            long width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argi >= args.length) throw Errors.typeError("not enough arguments for format string");
                PyObject w = args[argi++];
                if (!(w instanceof PyInt)) throw Errors.typeError("* wants int");
                width = IntMath.asSsize((PyInt) w, "OverflowError");
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) width = Long.parseLong(fmt.substring(st, i));
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argi >= args.length) throw Errors.typeError("not enough arguments for format string");
                    PyObject p = args[argi++];
                    if (!(p instanceof PyInt)) throw Errors.typeError("* wants int");
                    prec = (int) Math.max(0, IntMath.asSsize((PyInt) p, "OverflowError"));
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            char type = fmt.charAt(i);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (arg == null) {
                if (mapping && !tuple) {
                    arg = values;
                    usedMapping = true;
                } else {
                    if (argi >= args.length) throw Errors.typeError("not enough arguments for format string");
                    arg = args[argi++];
                }
            }
            String body;
            String sign = "";
            boolean numeric = false;
            switch (type) {
                case 's': body = Abstract.str(arg).value(); break;
                case 'r': body = Abstract.repr(arg).value(); break;
                case 'a': body = BuiltinFunctions.ascii(Abstract.repr(arg).value()); break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                    PyInt v;
                    if (arg instanceof PyInt || arg instanceof dev.pyjama.objects.PyBool) v = PyObjects.asInt(arg);
                    else if (arg instanceof PyFloat f && (type == 'd' || type == 'i' || type == 'u')) v = NumberMethods.fromDouble(f.value);
                    else if (arg.type().lookup("__index__") != null || ((type == 'd' || type == 'i' || type == 'u') && arg.type().lookup("__int__") != null)) {
                        v = (type == 'd' || type == 'i' || type == 'u') ? (PyInt) NumberMethods.intNew(arg, null) : (PyInt) Abstract.index(arg);
                    } else if (type == 'd' || type == 'i' || type == 'u') {
                        throw Errors.typeError("%" + type + " format: a real number is required, not " + arg.typeName());
                    } else {
                        throw Errors.typeError("%" + type + " format: an integer is required, not " + arg.typeName());
                    }
                    int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                    // a value that fits a long (all but the huge ones) skips BigInteger's conversion;
                    // Long.MIN_VALUE's magnitude does not fit, so it takes the general path
                    body = v.fitsLong() && v.longValue() != Long.MIN_VALUE
                            ? Long.toString(Math.abs(v.longValue()), radix) : v.bigValue().abs().toString(radix);
                    if (type == 'X') body = body.toUpperCase(java.util.Locale.ROOT);
                    if (prec > body.length()) body = "0".repeat(prec - body.length()) + body;
                    sign = v.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    // The 0o/0x prefix belongs with the sign: '0' padding goes after both ('%#06x' -> 0x00ff).
                    if (alt && radix != 10) sign += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                    numeric = true;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double d;
                    if (arg instanceof PyFloat f) d = f.value;
                    else {
                        try {
                            d = NumberMethods.toDouble(arg);
                        } catch (dev.pyjama.objects.PyException e) {
                            throw Errors.typeError("must be real number, not " + arg.typeName());
                        }
                    }
                    double a = Math.abs(d);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        body = Double.isNaN(d) ? "nan" : "inf";
                        if (Character.isUpperCase(type)) body = body.toUpperCase(java.util.Locale.ROOT);
                    } else {
                        body = Formatter.fixedOrExp(a, type, prec < 0 ? 6 : prec, alt, false);
                    }
                    boolean neg = Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d);
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    numeric = true;
                    break;
                }
                case 'c': {
                    // CPython: Objects/unicodeobject.c formatchar (one message for every wrong argument)
                    if (arg instanceof PyStr s) {
                        if (s.length() != 1) throw Errors.typeError("%c requires int or char");
                        body = s.value();
                    } else if (arg instanceof PyInt || arg instanceof dev.pyjama.objects.PyBool || arg.type().lookup("__index__") != null) {
                        PyInt v = arg instanceof PyInt || arg instanceof dev.pyjama.objects.PyBool ? PyObjects.asInt(arg) : (PyInt) Abstract.index(arg);
                        long cp = v.fitsLong() ? v.longValue() : -1;
                        if (cp < 0 || cp > 0x10ffff) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
                        body = new String(Character.toChars((int) cp));
                    } else {
                        throw Errors.typeError("%c requires int or char");
                    }
                    break;
                }
                default:
                    throw Errors.valueError("unsupported format character '" + type + "' (0x" + Integer.toHexString(type)
                            + ") at index " + i);
            }
            if (!numeric && prec >= 0 && (type == 's' || type == 'r' || type == 'a') && prec < body.length()) {
                body = body.substring(0, body.offsetByCodePoints(0, Math.min(prec, body.codePointCount(0, body.length()))));
            }
            int len = sign.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int padn = (int) (width - len);
                if (left) out.append(sign).append(body).append(" ".repeat(padn));
                else if (zero && numeric) out.append(sign).append("0".repeat(padn)).append(body);
                else out.append(" ".repeat(padn)).append(sign).append(body);
            } else {
                out.append(sign).append(body);
            }
        }
        if (argi < args.length && !usedMapping && !(mapping && !tuple)) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return PyStr.of(out.toString());
    }

    static PyDict unused() {
        return null;
    }
}
