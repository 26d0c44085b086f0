package dev.pyjama.code;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.SetTable;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes CPython's marshal format, as {@code marshal.dumps} does.
 *
 * <p>CPython decides which objects get a back-reference (FLAG_REF) from reference counts. pyjama
 * has none, so it reproduces how they arise for compiled code: interned strings (the name
 * slots, the file name, identifier-like string constants, one-character Latin-1 strings) and
 * CPython's immortal singletons (small ints, the empty tuple, empty bytes) always get one, as
 * do {@code co_code} and the top-level object; inside code objects, values the compiler would
 * have merged into one object ({@link ConstKey}) get one when they occur more than once, and
 * outside code, objects reached more than once. For code as CPython compiles it this gives the
 * bytes CPython writes; in every case CPython reads the data back to equal objects.
 */
// CPython: Python/marshal.c w_object, w_complex_object, w_ref, w_PyLong
final class MarshalWriter {
    private static final int MAX_DEPTH = 2000;

    private final int version;
    private byte[] buf = new byte[256];
    private int len;
    private int depth;
    private int nextRef;
    private final Map<Object, Integer> refsByIdentity = new IdentityHashMap<>();
    private final Map<Object, Integer> refsByValue = new HashMap<>();
    /** How often each object (outside code) or constant key (inside code) is reached. */
    private final Map<Object, Integer> seenByIdentity = new IdentityHashMap<>();
    private final Map<Object, Integer> seenByKey = new HashMap<>();
    private Object top;
    /**
     * The qualified name of the code object whose constants are being written: a class body
     * loads it as a constant ({@code __qualname__}), the same object CPython interns as co_qualname.
     */
    private String qualname;
    /** Whether the items being written belong to a frozenset constant. */
    private boolean inSetConstant;

    MarshalWriter(int version) {
        this.version = version;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Writes {@code v} as the top-level object (as marshal.dumps(v) from Python). */
    void writeTop(PyObject v, boolean inCode) {
        top = v;
        count(v, inCode, 0);
        write(v, inCode);
    }

    /** First pass: counts the occurrences that decide FLAG_REF; children of a repeat are not revisited. */
    private void count(PyObject v, boolean inCode, int level) {
        if (level > MAX_DEPTH) return;    // writing will fail there
        int next = level + 1;
        if (!inCode || v instanceof PyCode) {
            if (seenByIdentity.merge(v, 1, Integer::sum) > 1) return;
        } else if (seenByKey.merge(ConstKey.of(v), 1, Integer::sum) > 1) {
            return;
        }
        if (v instanceof PyTuple) {
            for (PyObject o : ((PyTuple) v).items) count(o, inCode, next);
        } else if (v instanceof PyFrozenSet) {
            for (PyObject o : ((PyFrozenSet) v).items()) count(o, inCode, next);
        } else if (v instanceof PyList) {
            for (PyObject o : ((PyList) v).items) count(o, inCode, next);
        } else if (v instanceof PySet) {
            for (PyObject o : ((PySet) v).toArray()) count(o, inCode, next);
        } else if (v instanceof PyDict) {
            for (PyObject o : ((PyDict) v).keys()) count(o, inCode, next);
            for (PyObject o : ((PyDict) v).values()) count(o, inCode, next);
        } else if (v instanceof PyCode) {
            PyCode co = (PyCode) v;
            if (seenByKey.merge(ConstKey.ofItems(co.consts), 1, Integer::sum) == 1) {
                for (PyObject o : co.consts) count(o, true, next);
            }
            seenByKey.merge(ConstKey.ofNames(co.names), 1, Integer::sum);
            seenByKey.merge(ConstKey.ofNames(co.localsplusnames), 1, Integer::sum);
            seenByKey.merge(ConstKey.ofBytes(co.linetable), 1, Integer::sum);
            seenByKey.merge(ConstKey.ofBytes(co.exceptiontable), 1, Integer::sum);
        }
    }

    private void b(int x) {
        if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        buf[len++] = (byte) x;
    }

    private void bytes(byte[] src, int off, int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        System.arraycopy(src, off, buf, len, n);
        len += n;
    }

    private void w32(int x) {
        b(x);
        b(x >> 8);
        b(x >> 16);
        b(x >> 24);
    }

    private void w64(long x) {
        for (int i = 0; i < 8; i++) b((int) (x >> (8 * i)));
    }

    /**
     * CPython's w_ref: writes a back-reference and returns -1 when the object was written
     * before; else returns the flag for its type byte (0x80 when it is registered now).
     * Interned strings and singletons pass a value key with {@code always}; other objects
     * are shared by constant key inside code, by identity outside.
     */
    private int ref(PyObject v, boolean inCode, Object valueKey, boolean always) {
        if (version < 3) return 0;
        Map<Object, Integer> refs;
        Object key;
        if (valueKey != null) {
            refs = refsByValue;
            key = valueKey;
            if (!always && v != top && seenByKey.getOrDefault(valueKey, 0) < 2) return 0;
        } else if (inCode && !(v instanceof PyCode)) {
            refs = refsByValue;
            key = ConstKey.of(v);
            if (v != top && !inSetConstant && seenByKey.getOrDefault(key, 0) < 2) return 0;
        } else {
            refs = refsByIdentity;
            key = v;
            if (v != top && seenByIdentity.getOrDefault(v, 0) < 2) return 0;
        }
        Integer idx = refs.get(key);
        if (idx != null) {
            b('r');
            w32(idx);
            return -1;
        }
        refs.put(key, nextRef++);
        return 0x80;
    }

    // CPython: Python/marshal.c w_object
    void write(PyObject v, boolean inCode) {
        if (++depth > MAX_DEPTH) throw new PyException("ValueError", "object too deeply nested to marshal");
        if (v == PyNone.NONE) b('N');
        else if (v == Marshal.STOP_ITERATION) b('S');
        else if (v == PyEllipsis.ELLIPSIS) b('.');
        else if (v instanceof PyBool) b(((PyBool) v).value ? 'T' : 'F');
        else writeComplex(v, inCode);
        depth--;
    }

    // CPython: Python/marshal.c w_complex_object
    private void writeComplex(PyObject v, boolean inCode) {
        if (v instanceof PyInt) {
            PyInt i = (PyInt) v;
            boolean small = i.fitsLong() && i.longValue() >= -5 && i.longValue() <= 256;
            int flag = ref(v, inCode, small ? ConstKey.of(v) : null, small);
            if (flag < 0) return;
            if (i.fitsLong() && i.longValue() == (int) i.longValue()) {
                b('i' | flag);
                w32((int) i.longValue());
            } else {
                writeLong(i.bigValue(), flag);
            }
        } else if (v instanceof PyFloat) {
            int flag = ref(v, inCode, null, false);
            if (flag < 0) return;
            writeDouble(((PyFloat) v).value, 'g', 'f', flag, true);
        } else if (v instanceof PyComplex) {
            int flag = ref(v, inCode, null, false);
            if (flag < 0) return;
            PyComplex c = (PyComplex) v;
            writeDouble(c.real, 'y', 'x', flag, true);
            writeDouble(c.imag, 'y', 'x', 0, false);
        } else if (v instanceof PyBytes) {
            byte[] value = ((PyBytes) v).value;
            // b'' and (as constants) one-byte bytes are CPython singletons.
            boolean singleton = value.length == 0 || inCode && value.length == 1;
            writeBytes(v, value, inCode, singleton ? ConstKey.of(v) : null, singleton);
        } else if (v instanceof PyStr) {
            PyStr s = (PyStr) v;
            boolean interned = interned(s, inCode);
            int flag = ref(v, inCode, interned ? internedKey(s.value()) : null, interned);
            if (flag < 0) return;
            writeStrBody(s, interned, flag);
        } else if (v instanceof PyTuple) {
            PyObject[] items = ((PyTuple) v).items;
            int flag = ref(v, inCode, items.length == 0 ? ConstKey.of(v) : null, items.length == 0);
            if (flag < 0) return;
            sequenceHeader(')', '(', items.length, flag);
            for (PyObject o : items) write(o, inCode);
        } else if (v instanceof PyList) {
            int flag = ref(v, false, null, false);
            if (flag < 0) return;
            b('[' | flag);
            w32(((PyList) v).items.size());
            for (PyObject o : ((PyList) v).items) write(o, inCode);
        } else if (v instanceof PyDict) {
            int flag = ref(v, false, null, false);
            if (flag < 0) return;
            b('{' | flag);
            PyDict d = (PyDict) v;
            for (var it = d.entries(); it.hasNext(); ) {
                var e = it.next();
                write(e.getKey(), inCode);
                write(e.getValue(), inCode);
            }
            b('0');
        } else if (v instanceof PyFrozenSet || v instanceof PySet) {
            // A frozenset constant holding identifier-like strings is rebuilt by each code
            // object that interns them (intern_constants), so it is not shared.
            int flag = ref(v, inCode && v instanceof PyFrozenSet && !rebuiltOnInterning(v), null, false);
            if (flag < 0) return;
            writeSet(v, inCode, flag);
        } else if (v instanceof PyCode) {
            int flag = ref(v, inCode, null, false);
            if (flag < 0) return;
            writeCode((PyCode) v, flag);
        } else {
            b('?');
            throw new PyException("ValueError", "unmarshallable object");
        }
    }

    private void sequenceHeader(int smallCode, int code, int n, int flag) {
        if (version >= 4 && n < 256) {
            b(smallCode | flag);
            b(n);
        } else {
            b(code | flag);
            w32(n);
        }
    }

    /** Whether CPython would hold this string interned: code-related strings and the singletons. */
    // CPython: Objects/codeobject.c should_intern_string; Objects/unicodeobject.c (Latin-1 singletons)
    private boolean interned(PyStr s, boolean inCode) {
        String t = s.value();
        if (t.length() == 0 || (t.length() == 1 && t.charAt(0) < 256)) return true;
        if (!inCode) return false;
        if (t.equals(qualname)) return true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) return false;
        }
        return true;
    }

    private void writeStrBody(PyStr s, boolean isInterned, int flag) {
        String t = s.value();
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) ascii = t.charAt(i) < 128;
        if (version >= 4 && ascii) {
            byte[] data = t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            if (data.length < 256) {
                b((isInterned ? 'Z' : 'z') | flag);
                b(data.length);
            } else {
                b((isInterned ? 'A' : 'a') | flag);
                w32(data.length);
            }
            bytes(data, 0, data.length);
        } else {
            byte[] utf8 = utf8Surrogatepass(s.codePoints());
            b((version >= 3 && isInterned ? 't' : 'u') | flag);
            w32(utf8.length);
            bytes(utf8, 0, utf8.length);
        }
    }

    /** The key of an interned string (those never hold surrogate code points apart from pairs). */
    private static Object internedKey(String value) {
        return java.util.List.of("interned", value);
    }

    /** A name slot of a code object: always an interned string. */
    private void writeName(String name) {
        if (++depth > MAX_DEPTH) throw new PyException("ValueError", "object too deeply nested to marshal");
        PyStr s = PyStr.of(name);
        int flag = ref(s, true, internedKey(name), true);
        if (flag >= 0) writeStrBody(s, true, flag);
        depth--;
    }

    private void writeBytes(PyObject identity, byte[] value, boolean inCode, Object valueKey, boolean always) {
        int flag = ref(identity, inCode, valueKey, always);
        if (flag < 0) return;
        b('s' | flag);
        w32(value.length);
        bytes(value, 0, value.length);
    }

    /** One of the byte strings of a code object, shared as the compiler merges them. */
    private void writeCodeBytes(byte[] value, boolean merged) {
        if (++depth > MAX_DEPTH) throw new PyException("ValueError", "object too deeply nested to marshal");
        Object key = ConstKey.ofBytes(value);
        int flag = merged || value.length == 0 ? ref(null, true, key, value.length == 0) : 0;
        if (flag >= 0) {
            b('s' | flag);
            w32(value.length);
            bytes(value, 0, value.length);
        }
        depth--;
    }

    // CPython: Python/marshal.c w_PyLong (base 2**15 digits, least significant first)
    private void writeLong(BigInteger v, int flag) {
        b('l' | flag);
        BigInteger mag = v.abs();
        int digits = (mag.bitLength() + 14) / 15;
        w32(v.signum() < 0 ? -digits : digits);
        for (int k = 0; k < digits; k++) {
            int d = 0;
            for (int bit = 0; bit < 15; bit++) if (mag.testBit(k * 15 + bit)) d |= 1 << bit;
            b(d);
            b(d >> 8);
        }
    }

    private void writeDouble(double d, int binaryCode, int textCode, int flag, boolean withType) {
        if (version > 1) {
            if (withType) b(binaryCode | flag);
            w64(Double.doubleToRawLongBits(d));
        } else {
            if (withType) b(textCode | flag);
            byte[] text = CFormat.repr17g(d).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            b(text.length);
            bytes(text, 0, text.length);
        }
    }

    private boolean rebuiltOnInterning(PyObject set) {
        for (PyObject o : ((PyFrozenSet) set).items()) {
            if (o instanceof PyStr && interned((PyStr) o, true)) return true;
        }
        return false;
    }

    /** Sets and frozensets: elements in the order of their own marshal data (bpo-37596). */
    private void writeSet(PyObject v, boolean inCode, int flag) {
        PyObject[] items = v instanceof PyFrozenSet ? ((PyFrozenSet) v).items() : ((PySet) v).toArray();
        items = SetTable.iterationOrder(items);
        b((v instanceof PyFrozenSet ? '>' : '<') | flag);
        w32(items.length);
        byte[][] keys = new byte[items.length][];
        Integer[] order = new Integer[items.length];
        for (int k = 0; k < items.length; k++) {
            MarshalWriter alone = new MarshalWriter(version);
            alone.writeTop(items[k], inCode);
            keys[k] = alone.toByteArray();
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Arrays.compareUnsigned(keys[x], keys[y]));
        // The items of a frozenset constant are also held by the compiler's rebuilt sets: shared.
        boolean outer = inSetConstant;
        inSetConstant = inCode;
        for (Integer k : order) write(items[k], inCode);
        inSetConstant = outer;
    }

    // CPython: Python/marshal.c w_complex_object, the PyCode_Check branch (3.13's field order)
    private void writeCode(PyCode co, int flag) {
        b('c' | flag);
        w32(co.argcount);
        w32(co.posonlyargcount);
        w32(co.kwonlyargcount);
        w32(co.stacksize);
        w32(co.flags);
        // co_code is a per-object cached copy in CPython: always referenced twice, never merged.
        if (++depth > MAX_DEPTH) throw new PyException("ValueError", "object too deeply nested to marshal");
        int codeFlag = version >= 3 ? 0x80 : 0;
        if (codeFlag != 0) nextRef++;
        b('s' | codeFlag);
        w32(co.code.length);
        bytes(co.code, 0, co.code.length);
        depth--;
        String outer = qualname;
        qualname = (co.flags & PyCode.CO_OPTIMIZED) == 0 ? co.qualname : null;
        writeSequence(co.consts);
        qualname = outer;
        writeNames(co.names);
        writeNames(co.localsplusnames);
        writeCodeBytes(co.localspluskinds, false);
        writeName(co.filename);
        writeName(co.name);
        writeName(co.qualname);
        w32(co.firstlineno);
        writeCodeBytes(co.linetable, true);
        writeCodeBytes(co.exceptiontable, true);
    }

    /** co_consts: a tuple the compiler merges with equal tuples. */
    private void writeSequence(PyObject[] items) {
        if (++depth > MAX_DEPTH) throw new PyException("ValueError", "object too deeply nested to marshal");
        int flag = ref(null, true, ConstKey.ofItems(items), items.length == 0);
        if (flag >= 0) {
            sequenceHeader(')', '(', items.length, flag);
            for (PyObject o : items) write(o, true);
        }
        depth--;
    }

    private void writeNames(String[] names) {
        if (++depth > MAX_DEPTH) throw new PyException("ValueError", "object too deeply nested to marshal");
        int flag = ref(null, true, ConstKey.ofNames(names), names.length == 0);
        if (flag >= 0) {
            sequenceHeader(')', '(', names.length, flag);
            for (String n : names) writeName(n);
        }
        depth--;
    }

    /** UTF-8 with surrogate code points encoded like any other (the surrogatepass handler). */
    static byte[] utf8Surrogatepass(int[] cps) {
        byte[] out = new byte[cps.length * 4];
        int n = 0;
        for (int cp : cps) {
            if (cp < 0x80) {
                out[n++] = (byte) cp;
            } else if (cp < 0x800) {
                out[n++] = (byte) (0xC0 | cp >> 6);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out[n++] = (byte) (0xE0 | cp >> 12);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
