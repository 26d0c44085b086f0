package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled struct format: its codes with their offsets, the packed size and the number of
 * values. Packing and unpacking follow _struct.c's native ('@': x86-64 Linux sizes and
 * alignment, little-endian) and standard ('=', '<', '>', '!') tables.
 */
// CPython: Modules/_struct.c prepare_s, s_pack_internal, s_unpack_internal, native_table, lilendian_table
final class StructFormat {
    /** struct.error. */
    static final dev.pyjama.objects.PyType ERROR = dev.pyjama.objects.PyType.builtin("struct.error", ExceptionTypes.EXCEPTION);

    /** One code: a format char repeated {@code repeat} times from {@code offset}, each {@code size} bytes ('s'/'p': the whole field). */
    record Code(char format, int offset, int size, int repeat) {}

    final byte[] format;
    final List<Code> codes = new ArrayList<>();
    final int size;
    /** How many values pack takes and unpack gives. */
    final int len;
    private final boolean little;
    private final boolean nativeMode;

    static {
        // as PyErr_NewException("struct.error") makes it: the module in the class's dict
        ERROR.dict.put("__module__", dev.pyjama.objects.PyStr.of("struct"));
    }

    static PyException error(String message) {
        return Errors.raise(ERROR, message);
    }

    StructFormat(byte[] fmt) {
        this.format = fmt;
        for (byte b : fmt) if (b == 0) throw error("embedded null character");
        int at = 0;
        char order = fmt.length > 0 ? (char) fmt[0] : '@';
        if (order == '<' || order == '>' || order == '!' || order == '=' || order == '@') at = 1;
        else order = '@';
        nativeMode = order == '@';
        little = order == '<' || order == '=' || order == '@';
        long size = 0;
        int len = 0;
        while (at < fmt.length) {
            char c = (char) (fmt[at++] & 0xff);
            if (isSpace(c)) continue;
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    c = at < fmt.length ? (char) (fmt[at++] & 0xff) : '\0';
                    if (c < '0' || c > '9') break;
                    if (num >= Long.MAX_VALUE / 10 && (num > Long.MAX_VALUE / 10 || c - '0' > Long.MAX_VALUE % 10)) {
                        throw error("total struct size too long");
                    }
                    num = num * 10 + (c - '0');
                }
                if (c == '\0') throw error("repeat count given without format specifier");
            }
            int item = itemSize(c);
            if (item < 0) throw error("bad char in struct format");
            if (nativeMode && item > 1 && size > 0 && c != 's' && c != 'p' && c != 'x') size = (size + item - 1) / item * item;
            if (num > (Integer.MAX_VALUE - size) / item) throw error("total struct size too long");
            if (c == 's' || c == 'p') {
                codes.add(new Code(c, (int) size, (int) num, 1));
                len++;
            } else if (c != 'x' && num > 0) {
                codes.add(new Code(c, (int) size, item, (int) num));
                len += (int) num;
            }
            size += num * item;
        }
        this.size = (int) size;
        this.len = len;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    /** The size of one item of code {@code c} in this table, -1 if the table has no such code. */
    private int itemSize(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p': return 1;
            case 'h', 'H', 'e': return 2;
            case 'i', 'I', 'f': return 4;
            case 'q', 'Q', 'd': return 8;
            case 'l', 'L': return nativeMode ? 8 : 4;
            case 'n', 'N', 'P': return nativeMode ? 8 : -1;
            default: return -1;
        }
    }

    // ---- packing

    void pack(PyObject[] args, int from, byte[] buf, int base) {
        int i = from;
        for (Code code : codes) {
            int at = base + code.offset;
            for (int j = 0; j < code.repeat; j++, at += code.size) packOne(code, args[i++], buf, at);
        }
    }

    private void packOne(Code code, PyObject v, byte[] buf, int at) {
        char c = code.format;
        switch (c) {
            case 's', 'p' -> {
                byte[] b = v instanceof PyBytes pb ? pb.value
                        : v instanceof PyByteArray ba ? java.util.Arrays.copyOf(ba.buf, ba.size) : null;
                if (b == null) throw error("argument for '" + c + "' must be a bytes object");
                if (c == 's') {
                    System.arraycopy(b, 0, buf, at, Math.min(b.length, code.size));
                } else {
                    int n = code.size == 0 ? 0 : Math.min(b.length, code.size - 1);
                    if (n > 0) System.arraycopy(b, 0, buf, at + 1, n);
                    if (code.size > 0) buf[at] = (byte) Math.min(n, 255);
                }
            }
            case 'c' -> {
                if (!(v instanceof PyBytes pb) || pb.value.length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                buf[at] = pb.value[0];
            }
            case '?' -> buf[at] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'e' -> putBits(buf, at, 2, halfBits(asFloat(v)));
            case 'f' -> {
                double x = asFloat(v);
                float y = (float) x;
                if (!nativeMode && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "float too large to pack with f format");
                }
                putBits(buf, at, 4, Float.floatToRawIntBits(y) & 0xffffffffL);
            }
            case 'd' -> putBits(buf, at, 8, Double.doubleToRawLongBits(asFloat(v)));
            case 'P' -> {
                BigInteger x = asInteger(v).bigValue();
                if (x.bitLength() > 64 || x.signum() < 0 && x.bitLength() > 63) {
                    throw error("int too large to convert");
                }
                putBits(buf, at, 8, x.longValue());
            }
            default -> putBits(buf, at, code.size, checkedInteger(c, code.size, v));
        }
    }

    /** The value of an integer code, checked against the field's range ("'h' format requires ..."). */
    // CPython: Modules/_struct.c get_pylong, _range_error
    private static long checkedInteger(char c, int size, PyObject v) {
        BigInteger x = asInteger(v).bigValue();
        boolean unsigned = Character.isUpperCase(c);
        int bits = size * 8;
        boolean ok = unsigned ? x.signum() >= 0 && x.bitLength() <= bits : x.bitLength() <= bits - 1;
        if (!ok) {
            if (unsigned) {
                throw error("'" + c + "' format requires 0 <= number <= "
                        + BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            }
            BigInteger largest = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            throw error("'" + c + "' format requires " + largest.not() + " <= number <= " + largest);
        }
        return x.longValue();
    }

    private static PyInt asInteger(PyObject v) {
        if (v instanceof PyInt i) return i;
        if (v.type().lookup("__index__") == null) throw error("required argument is not an integer");
        return (PyInt) Abstract.index(v);
    }

    private static double asFloat(PyObject v) {
        try {
            return ModuleSupport.asDouble(v);
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.TYPE_ERROR) && !e.value().type().isSubtype(ExceptionTypes.OVERFLOW_ERROR)) throw e;
            throw error("required argument is not a float");
        }
    }

    private void putBits(byte[] buf, int at, int n, long bits) {
        for (int k = 0; k < n; k++) buf[at + (little ? k : n - 1 - k)] = (byte) (bits >>> (8 * k));
    }

    // CPython: Objects/floatobject.c PyFloat_Pack2 (round half to even)
    static long halfBits(double x) {
        int sign, e;
        int bits;
        if (x == 0.0) {
            sign = Math.copySign(1.0, x) == -1.0 ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = Math.copySign(1.0, x) == -1.0 ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            if (sign == 1) x = -x;
            // frexp: x = f * 2**e with 0.5 <= f < 1 (subnormal doubles underflow to zero below anyway)
            e = Math.getExponent(x) + 1;
            double f = Math.scalb(x, -e);
            f *= 2.0;
            e--;
            if (e >= 16) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "float too large to pack with e format");
            if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "float too large to pack with e format");
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }

    // ---- unpacking

    PyObject[] unpack(byte[] buf, int base) {
        PyObject[] out = new PyObject[len];
        int i = 0;
        for (Code code : codes) {
            int at = base + code.offset;
            for (int j = 0; j < code.repeat; j++, at += code.size) out[i++] = unpackOne(code, buf, at);
        }
        return out;
    }

    private PyObject unpackOne(Code code, byte[] buf, int at) {
        char c = code.format;
        switch (c) {
            case 's':
                return new PyBytes(java.util.Arrays.copyOfRange(buf, at, at + code.size));
            case 'p': {
                int n = code.size == 0 ? 0 : buf[at] & 0xff;
                if (n >= code.size) n = code.size - 1;
                return new PyBytes(java.util.Arrays.copyOfRange(buf, at + 1, at + 1 + Math.max(n, 0)));
            }
            case 'c':
                return new PyBytes(new byte[] {buf[at]});
            case '?':
                return PyBool.of(buf[at] != 0);
            case 'e':
                return PyFloat.of(halfToDouble((int) getBits(buf, at, 2)));
            case 'f':
                return PyFloat.of(Float.intBitsToFloat((int) getBits(buf, at, 4)));
            case 'd':
                return PyFloat.of(Double.longBitsToDouble(getBits(buf, at, 8)));
            default: {
                long bits = getBits(buf, at, code.size);
                if (c == 'P' || Character.isUpperCase(c)) {
                    return code.size == 8 && bits < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(bits))) : PyInt.of(bits);
                }
                int shift = 64 - 8 * code.size;
                return PyInt.of((bits << shift) >> shift);
            }
        }
    }

    private long getBits(byte[] buf, int at, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) v = (v << 8) | (buf[at + (little ? k : n - 1 - k)] & 0xffL);
        return v;
    }

    // CPython: Objects/floatobject.c PyFloat_Unpack2
    static double halfToDouble(int h) {
        int sign = (h >>> 15) & 1, e = (h >>> 10) & 0x1f, f = h & 0x3ff;
        if (e == 0x1f) return f == 0 ? (sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                : (sign == 1 ? -Double.NaN : Double.NaN);
        double x = f / 1024.0;
        if (e == 0) e = -14;
        else {
            x += 1.0;
            e -= 15;
        }
        x = Math.scalb(x, e);
        return sign == 1 ? -x : x;
    }
}
