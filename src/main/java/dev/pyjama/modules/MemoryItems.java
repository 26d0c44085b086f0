package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyType;
import java.math.BigInteger;

/**
 * The items of a memoryview: the native single-character struct formats, their sizes, and
 * reading and writing one item in native (little-endian, LP64) layout with memoryview's errors.
 */
// CPython: Objects/memoryobject.c unpack_single, pack_single
final class MemoryItems {
    private MemoryItems() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The size of one item of {@code format} ("@" prefix allowed), or -1 when memoryview does not know it. */
    static int size(String format) {
        String f = native1(format);
        if (f == null) return -1;
        return switch (f.charAt(0)) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'H', 'h', 'e' -> 2;
            case 'I', 'i', 'f' -> 4;
            case 'L', 'l', 'Q', 'q', 'n', 'N', 'P', 'd' -> 8;
            default -> -1;
        };
    }

    /** {@code format} without its optional '@', or null when it is not one native character. */
    static String native1(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        return f.length() == 1 ? f : null;
    }

    static boolean isByteFormat(String f) {
        return f.equals("B") || f.equals("b") || f.equals("c");
    }

    private static long read(byte[] b, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) v = v << 8 | (b[at + k] & 0xff);
        return v;
    }

    private static void write(byte[] b, int at, int size, long v) {
        for (int k = 0; k < size; k++, v >>>= 8) b[at + k] = (byte) v;
    }

    /** The item of {@code format} at byte {@code at} of {@code b}. */
    static PyObject unpack(String format, byte[] b, int at) {
        char f = format.charAt(0);
        int size = size(format);
        long v = read(b, at, size);
        return switch (f) {
            case 'B', 'H', 'I' -> PyInt.of(v);
            case 'b' -> PyInt.of((byte) v);
            case 'h' -> PyInt.of((short) v);
            case 'i' -> PyInt.of((int) v);
            case 'l', 'q', 'n' -> PyInt.of(v);
            case 'L', 'Q', 'N', 'P' -> v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO_64));
            case 'c' -> new PyBytes(new byte[] {(byte) v});
            case '?' -> PyBool.of(v != 0);
            case 'e' -> PyFloat.of(StructFormat.halfToDouble((int) v));
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) v));
            default -> PyFloat.of(Double.longBitsToDouble(v));
        };
    }

    /** Writes {@code value} as an item of {@code format} at byte {@code at} of {@code b}. */
    static void pack(String format, byte[] b, int at, PyObject value) {
        char f = format.charAt(0);
        int size = size(format);
        switch (f) {
            case 'c' -> {
                if (!(value instanceof PyBytes bs)) throw typeError(format);
                if (bs.value.length != 1) throw valueError(format);
                b[at] = bs.value[0];
            }
            case '?' -> b[at] = (byte) (Abstract.isTrue(value) ? 1 : 0);
            case 'e', 'f', 'd' -> {
                double d;
                try {
                    d = ModuleSupport.asDouble(value);
                } catch (PyException e) {
                    throw fixError(e, format);
                }
                if (f == 'd') {
                    write(b, at, 8, Double.doubleToRawLongBits(d));
                } else if (f == 'f') {
                    write(b, at, 4, Float.floatToRawIntBits((float) d));
                } else {
                    long h;
                    try {
                        h = StructFormat.halfBits(d); // OverflowError beyond the largest half float
                    } catch (PyException e) {
                        throw fixError(e, format);
                    }
                    write(b, at, 2, h);
                }
            }
            default -> write(b, at, size, integer(format, f, value));
        }
    }

    // CPython: Objects/memoryobject.c pylong_as_ld, pylong_as_lu and the range checks of pack_single
    private static long integer(String format, char f, PyObject value) {
        BigInteger x;
        try {
            if (value instanceof PyFloat) throw Errors.typeError("float");
            x = ((PyInt) Abstract.index(value)).bigValue();
        } catch (PyException e) {
            throw fixError(e, format);
        }
        boolean signed = Character.isLowerCase(f);
        int bits = size(format) * 8;
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (x.compareTo(min) < 0 || x.compareTo(max) > 0) throw valueError(format);
        return x.longValue();
    }

    // CPython: Objects/memoryobject.c fix_error_int
    private static PyException fixError(PyException e, String format) {
        PyType t = e.value().type();
        if (t.isSubtype(ExceptionTypes.TYPE_ERROR)) return typeError(format);
        if (t.isSubtype(ExceptionTypes.OVERFLOW_ERROR) || t.isSubtype(ExceptionTypes.VALUE_ERROR)) return valueError(format);
        return e;
    }

    private static PyException typeError(String format) {
        return Errors.typeError("memoryview: invalid type for format '" + format + "'");
    }

    private static PyException valueError(String format) {
        return Errors.valueError("memoryview: invalid value for format '" + format + "'");
    }
}
