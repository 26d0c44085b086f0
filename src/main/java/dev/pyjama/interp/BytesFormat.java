package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** printf-style formatting of bytes and bytearray: {@code b'fmt' % values}. */
// CPython: Objects/bytesobject.c _PyBytes_FormatEx
final class BytesFormat {
    private BytesFormat() {}

    static byte[] format(byte[] fmt, PyObject values) {
        boolean tuple = values instanceof PyTuple;
        PyObject[] args = tuple ? ((PyTuple) values).items : new PyObject[] {values};
        boolean mapping = !tuple && !(values instanceof PyBytes) && !(values instanceof PyStr) && !(values instanceof PyByteArray)
                && values.type().lookup("__getitem__") != null;
        int argi = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(fmt.length + 16);
        int n = fmt.length;
        for (int i = 0; i < n; i++) {
            byte c = fmt[i];
            if (c != '%') {
                out.write(c);
                continue;
            }
            i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            PyObject arg = null;
            if (fmt[i] == '(') {
                if (!mapping) throw Errors.typeError("format requires a mapping");
                int depth = 1, j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt[j] == '(') depth++;
                    else if (fmt[j] == ')') depth--;
                    j++;
                }
                if (depth > 0) throw Errors.valueError("incomplete format key");
                arg = Abstract.getitem(values, new PyBytes(BytesOps.slice(fmt, i + 1, j - 1)));
                i = j;
            }
            StringBuilder flags = new StringBuilder();
            boolean left = false;
            for (; i < n; i++) {
                byte f = fmt[i];
                if (f == '-' || f == '+' || f == ' ' || f == '#' || f == '0') {
                    flags.append((char) f);
                    if (f == '-') left = true;
                } else {
                    break;
                }
            }
            long width = -1;
            if (i < n && fmt[i] == '*') {
                if (argi >= args.length) throw Errors.typeError("not enough arguments for format string");
                PyObject w = args[argi++];
                if (!(w instanceof PyInt) && !(w instanceof PyBool)) throw Errors.typeError("* wants int");
                width = Abstract.asSsize(w, ExceptionTypes.OVERFLOW_ERROR);
                if (width < 0) {
                    left = true;
                    flags.append('-');
                    width = -width;
                }
                i++;
            } else {
                int st = i;
                while (i < n && BytesOps.isDigit(fmt[i])) i++;
                if (i > st) width = Long.parseLong(new String(fmt, st, i - st, StandardCharsets.ISO_8859_1));
            }
            int prec = -1;
            if (i < n && fmt[i] == '.') {
                i++;
                if (i < n && fmt[i] == '*') {
                    if (argi >= args.length) throw Errors.typeError("not enough arguments for format string");
                    PyObject p = args[argi++];
                    if (!(p instanceof PyInt) && !(p instanceof PyBool)) throw Errors.typeError("* wants int");
                    prec = (int) Math.max(0, Abstract.asSsize(p, ExceptionTypes.OVERFLOW_ERROR));
                    i++;
                } else {
                    int st = i;
                    while (i < n && BytesOps.isDigit(fmt[i])) i++;
                    prec = i > st ? Integer.parseInt(new String(fmt, st, i - st, StandardCharsets.ISO_8859_1)) : 0;
                }
            }
            while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
            if (i >= n) throw Errors.valueError("incomplete format");
            char type = (char) (fmt[i] & 0xff);
            if (type == '%') {
                out.write('%');
                continue;
            }
            if (arg == null) {
                if (mapping) {
                    arg = values;
                } else {
                    if (argi >= args.length) throw Errors.typeError("not enough arguments for format string");
                    arg = args[argi++];
                }
            }
            byte[] body;
            switch (type) {
                case 's': case 'b':
                    body = formatObj(arg);
                    break;
                case 'r': case 'a':
                    body = BuiltinFunctions.ascii(Abstract.repr(arg).value()).getBytes(StandardCharsets.ISO_8859_1);
                    break;
                case 'c':
                    body = new byte[] {charArg(arg)};
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    // CPython: Objects/bytesobject.c formatfloat (PyFloat_AsDouble failing)
                    if ("eEfFgG".indexOf(type) >= 0 && !(arg instanceof dev.pyjama.objects.PyFloat) && !(arg instanceof PyInt)
                            && !(arg instanceof PyBool) && arg.type().lookup("__float__") == null && arg.type().lookup("__index__") == null) {
                        throw Errors.typeError("float argument required, not " + arg.typeName());
                    }
                    // the numeric conversions are str's: the same spec applied to the one argument
                    String spec = "%" + flags + (width >= 0 ? Long.toString(width) : "") + (prec >= 0 ? "." + prec : "") + type;
                    out.writeBytes(PrintfFormat.format(PyStr.of(spec), PyTuple.of(arg)).value().getBytes(StandardCharsets.ISO_8859_1));
                    continue;
                }
                default:
                    // a byte above 127 is a negative C char, which PyErr_Format's %c rejects
                    if (type >= 128) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "character argument not in range(0x110000)");
                    throw Errors.valueError("unsupported format character '" + type + "' (0x" + Integer.toHexString(type) + ") at index " + i);
            }
            if (prec >= 0 && (type == 's' || type == 'b' || type == 'r' || type == 'a') && prec < body.length) {
                body = BytesOps.slice(body, 0, prec);
            }
            long pad = width - body.length;
            if (pad > 0 && !left) for (long k = 0; k < pad; k++) out.write(' ');
            out.writeBytes(body);
            if (pad > 0 && left) for (long k = 0; k < pad; k++) out.write(' ');
        }
        if (argi < args.length && !mapping) throw Errors.typeError("not all arguments converted during bytes formatting");
        return out.toByteArray();
    }

    // CPython: Objects/bytesobject.c format_obj
    private static byte[] formatObj(PyObject v) {
        byte[] b = BytesOps.buffer(v);
        if (b != null) return b;
        PyObject f = v.type().lookup("__bytes__");
        if (f != null) {
            PyObject r = Abstract.callMethod(f, v);
            if (!(r instanceof PyBytes rb)) throw Errors.typeError("__bytes__ returned non-bytes (type " + r.typeName() + ")");
            return rb.value;
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + v.typeName() + "'");
    }

    // CPython: Objects/bytesobject.c byte_converter (the %c case of _PyBytes_FormatEx)
    private static byte charArg(PyObject v) {
        byte[] b = BytesOps.buffer(v);
        if (b != null && b.length == 1) return b[0];
        if (b == null && (v instanceof PyInt || v instanceof PyBool || v.type().lookup("__index__") != null)) {
            PyInt i = (PyInt) Abstract.index(v);
            if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 255) {
                throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "%c arg not in range(256)");
            }
            return (byte) i.longValue();
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }
}
