package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The item types of array.array: sizes, checks with the C setitem functions' messages, and byte layout. */
// CPython: Modules/arraymodule.c b_setitem ... d_setitem, descriptors[]
final class ArrayItems {
    private ArrayItems() {}

    static int size(char code) {
        return switch (code) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'u', 'w', 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    private static PyException overflow(String message) {
        return Errors.raise(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    /** {@code v} as an item of an array of {@code code}, or the exception the C setitem raises. */
    static PyObject check(char code, PyObject v) {
        switch (code) {
            case 'u', 'w': {
                if (!(v instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
                    throw Errors.typeError("array item must be unicode character");
                }
                return PyStr.of(s.value());
            }
            case 'f':
                return PyFloat.of((float) ModuleSupport.asDouble(v));
            case 'd':
                return PyFloat.of(ModuleSupport.asDouble(v));
            default:
                break;
        }
        PyInt i = v instanceof PyInt pi ? pi : asIndex(v);
        BigInteger x = i.bigValue();
        switch (code) {
            case 'b' -> {
                long s = cLong(x, "Python int too large to convert to C long");
                range(s, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                range(s, -128, 127, "signed char");
            }
            case 'B' -> range(cLong(x, "Python int too large to convert to C long"), 0, 255, "unsigned byte integer");
            case 'h' -> range(cLong(x, "Python int too large to convert to C long"), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case 'H' -> {
                long s = cLong(x, "Python int too large to convert to C long");
                range(s, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                range(s, 0, 65535, "unsigned short");
            }
            case 'i' -> range(cLong(x, "Python int too large to convert to C long"), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case 'l' -> cLong(x, "Python int too large to convert to C long");
            case 'q' -> cLong(x, "int too big to convert");
            case 'I', 'L' -> {
                if (x.signum() < 0) throw overflow("can't convert negative value to unsigned int");
                if (x.bitLength() > 64) throw overflow("Python int too large to convert to C unsigned long");
                if (code == 'I' && x.bitLength() > 32) throw overflow("unsigned int is greater than maximum");
            }
            default -> { // 'Q'
                if (x.signum() < 0) throw overflow("can't convert negative int to unsigned");
                if (x.bitLength() > 64) throw overflow("int too big to convert");
            }
        }
        return PyInt.exact(i);
    }

    private static PyInt asIndex(PyObject v) {
        if (v instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        return (PyInt) Abstract.index(v);
    }

    private static long cLong(BigInteger x, String message) {
        if (x.bitLength() > 63) throw overflow(message);
        return x.longValue();
    }

    private static void range(long v, long min, long max, String what) {
        if (v < min) throw overflow(what + " is less than minimum");
        if (v > max) throw overflow(what + " is greater than maximum");
    }

    static byte[] toBytes(char code, List<PyObject> items) {
        int size = size(code);
        byte[] out = new byte[items.size() * size];
        int at = 0;
        for (PyObject o : items) {
            long bits = switch (code) {
                case 'u', 'w' -> ((PyStr) o).value().codePointAt(0);
                case 'f' -> Float.floatToRawIntBits((float) ((PyFloat) o).value);
                case 'd' -> Double.doubleToRawLongBits(((PyFloat) o).value);
                default -> ((PyInt) o).bigValue().longValue();
            };
            for (int k = 0; k < size; k++) out[at++] = (byte) (bits >>> (8 * k));
        }
        return out;
    }

    static List<PyObject> fromBytes(char code, byte[] b) {
        int size = size(code);
        List<PyObject> out = new ArrayList<>(b.length / size);
        for (int at = 0; at + size <= b.length; at += size) {
            long bits = 0;
            for (int k = size - 1; k >= 0; k--) bits = (bits << 8) | (b[at + k] & 0xffL);
            out.add(switch (code) {
                case 'u', 'w' -> {
                    int cp = (int) bits;
                    if (cp < 0 || cp > 0x10ffff) {
                        throw Errors.valueError("character U+" + Integer.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
                    }
                    yield PyStr.of(new String(Character.toChars(cp)));
                }
                case 'f' -> PyFloat.of(Float.intBitsToFloat((int) bits));
                case 'd' -> PyFloat.of(Double.longBitsToDouble(bits));
                case 'B', 'H', 'I' -> PyInt.of(bits);
                case 'L', 'Q' -> bits < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(bits))) : PyInt.of(bits);
                default -> {
                    int shift = 64 - 8 * size;
                    yield PyInt.of((bits << shift) >> shift);
                }
            });
        }
        return out;
    }
}
