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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CPython's marshal format (every version up to 4) from a byte array, as
 * {@code marshal.loads} does, with CPython's exceptions for bad data.
 */
// CPython: Python/marshal.c r_object and its helpers, PyMarshal_ReadObjectFromString
final class MarshalReader {
    /** MAX_MARSHAL_STACK_DEPTH on Linux. */
    private static final int MAX_DEPTH = 2000;

    private final byte[] data;
    private final int end;
    private int pos;
    private int depth;
    private final boolean allowCode;
    /** Objects registered with FLAG_REF; null marks a reserved slot (CPython's Py_None placeholder). */
    private final List<PyObject> refs = new ArrayList<>();

    MarshalReader(byte[] data, int offset, int length, boolean allowCode) {
        this.data = data;
        this.pos = offset;
        this.end = offset + length;
        this.allowCode = allowCode;
    }

    /** The position after the last byte read. */
    int position() {
        return pos;
    }

    // CPython: Python/marshal.c read_object
    PyObject readObject() {
        PyObject v = rObject();
        if (v == null) throw new PyException("TypeError", "NULL object in marshal data for object");
        return v;
    }

    private static PyException eof(String message) {
        return new PyException("EOFError", message);
    }

    private static PyException bad(String what) {
        return new PyException("ValueError", "bad marshal data (" + what + ")");
    }

    private int rByte() {
        if (pos < end) return data[pos++] & 0xff;
        throw eof("EOF read where not expected");
    }

    /** Claims {@code n} bytes and returns where they start. */
    private int rString(long n) {
        if (end - pos < n) throw eof("marshal data too short");
        int at = pos;
        pos += (int) n;
        return at;
    }

    private int rShort() {
        int at = rString(2);
        return (short) ((data[at] & 0xff) | (data[at + 1] & 0xff) << 8);
    }

    private int rLong() {
        int at = rString(4);
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
    }

    private long rLong64() {
        int at = rString(8);
        long x = 0;
        for (int i = 7; i >= 0; i--) x = (x << 8) | (data[at + i] & 0xff);
        return x;
    }

    private double rFloatBin() {
        return Double.longBitsToDouble(rLong64());
    }

    // CPython: Python/marshal.c r_float_str (PyOS_string_to_double on the whole text)
    private double rFloatStr() {
        int n = rByte();
        int at = rString(n);
        String text = new String(data, at, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        Double d = FloatText.parse(text);
        if (d == null) {
            throw new PyException("ValueError", "could not convert string to float: " + PyStr.repr(text));
        }
        return d;
    }

    // CPython: Python/marshal.c r_PyLong (15-bit digits, least significant first)
    private PyInt rPyLong() {
        int n = rLong();
        if (n == 0) return PyInt.of(0);
        if (n == Integer.MIN_VALUE) throw bad("long size out of range");
        int count = Math.abs(n);
        if (count <= 4) {
            long v = 0;
            for (int j = 0; j < count; j++) v |= (long) digit(j == count - 1) << (15 * j);
            return PyInt.of(n < 0 ? -v : v);
        }
        if ((long) count * 2 > end - pos) throw eof("marshal data too short");
        byte[] mag = new byte[(count * 15 + 7) / 8 + 1];
        int bit = 0;
        for (int j = 0; j < count; j++) {
            int d = digit(j == count - 1);
            for (int k = 0; k < 15; k++, bit++) {
                if ((d >> k & 1) != 0) mag[mag.length - 1 - bit / 8] |= (byte) (1 << (bit % 8));
            }
        }
        BigInteger v = new BigInteger(1, mag);
        return PyInt.of(n < 0 ? v.negate() : v);
    }

    private int digit(boolean top) {
        int md = rShort();
        if (md < 0 || md > (1 << 15)) throw bad("digit out of range in long");
        if (md == 0 && top) throw bad("unnormalized long data");
        return md;
    }

    private int size(String what) {
        int n = rLong();
        if (n < 0) throw bad(what + " size out of range");
        return n;
    }

    private PyObject ref(PyObject o, boolean flag) {
        if (flag) refs.add(o);
        return o;
    }

    private int reserve(boolean flag) {
        if (!flag) return -1;
        refs.add(null);
        return refs.size() - 1;
    }

    private PyObject insert(PyObject o, int idx) {
        if (idx >= 0) refs.set(idx, o);
        return o;
    }

    /** One object, or null for TYPE_NULL (which only ends a dict). */
    // CPython: Python/marshal.c r_object
    private PyObject rObject() {
        int code;
        if (pos < end) {
            code = data[pos++] & 0xff;
        } else {
            throw eof("EOF read where object expected");
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new PyException("ValueError", "recursion limit exceeded");
        }
        boolean flag = (code & 0x80) != 0;
        int type = code & 0x7f;
        PyObject v;
        switch (type) {
            case '0': v = null; break;
            case 'N': v = PyNone.NONE; break;
            case 'S': v = Marshal.STOP_ITERATION; break;
            case '.': v = PyEllipsis.ELLIPSIS; break;
            case 'F': v = PyBool.FALSE; break;
            case 'T': v = PyBool.TRUE; break;
            case 'i': v = ref(PyInt.of(rLong()), flag); break;
            case 'I': v = ref(PyInt.of(rLong64()), flag); break;
            case 'l': v = ref(rPyLong(), flag); break;
            case 'f': v = ref(PyFloat.of(rFloatStr()), flag); break;
            case 'g': v = ref(PyFloat.of(rFloatBin()), flag); break;
            case 'x': {
                double re = rFloatStr();
                v = ref(new PyComplex(re, rFloatStr()), flag);
                break;
            }
            case 'y': {
                double re = rFloatBin();
                v = ref(new PyComplex(re, rFloatBin()), flag);
                break;
            }
            case 's': {
                int n = size("bytes object");
                int at = rString(n);
                v = ref(new PyBytes(java.util.Arrays.copyOfRange(data, at, at + n)), flag);
                break;
            }
            case 'A': case 'a': {
                int n = size("string");
                v = ref(ascii(rString(n), n), flag);
                break;
            }
            case 'Z': case 'z': {
                int n = rByte();
                v = ref(ascii(rString(n), n), flag);
                break;
            }
            case 't': case 'u': {
                int n = size("string");
                int at = rString(n);
                v = ref(Utf8Surrogatepass.decode(data, at, n), flag);
                break;
            }
            case ')': v = tuple(rByte(), flag); break;
            case '(': v = tuple(size("tuple"), flag); break;
            case '[': v = list(size("list"), flag); break;
            case '{': v = dict(flag); break;
            case '<': case '>': v = set(type == '>', size("set"), flag); break;
            case 'c': v = code(flag); break;
            case 'r': {
                int n = rLong();
                if (n < 0 || n >= refs.size() || refs.get(n) == null) throw bad("invalid reference");
                v = refs.get(n);
                break;
            }
            default:
                throw bad("unknown type code");
        }
        depth--;
        return v;
    }

    private PyStr ascii(int at, int n) {
        // Bytes above 0x7f are taken as Latin-1, as PyUnicode_FromKindAndData(1BYTE_KIND) does.
        return PyStr.of(new String(data, at, n, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private PyObject[] items(int n, String container) {
        PyObject[] items = new PyObject[Math.min(n, end - pos)];
        for (int i = 0; i < n; i++) {
            PyObject o = rObject();
            if (o == null) throw new PyException("TypeError", "NULL object in marshal data for " + container);
            items[i] = o;   // never out of bounds: every object takes at least one byte
        }
        return items;
    }

    private PyObject tuple(int n, boolean flag) {
        int idx = reserve(flag);
        return insert(PyTuple.of(items(n, "tuple")), idx);
    }

    private PyObject list(int n, boolean flag) {
        int idx = reserve(flag);
        return insert(new PyList(new ArrayList<>(List.of(items(n, "list")))), idx);
    }

    private PyObject dict(boolean flag) {
        PyDict d = new PyDict();
        ref(d, flag);
        while (true) {
            PyObject key = rObject();
            if (key == null) break;
            PyObject val = rObject();
            if (val == null) break;
            d.put(key, val);
        }
        return d;
    }

    private PyObject set(boolean frozen, int n, boolean flag) {
        int idx = reserve(flag);
        PyObject[] items = items(n, "set");
        SetTable t = new SetTable();
        List<PyObject> distinct = new ArrayList<>(items.length);
        for (PyObject o : items) {
            int before = t.size();
            t.add(o);
            if (t.size() != before) distinct.add(o);
        }
        PyObject s = frozen ? PyFrozenSet.of(distinct.toArray(new PyObject[0])) : new PySet(distinct);
        return insert(s, idx);
    }

    private PyObject code(boolean flag) {
        if (!allowCode) throw new PyException("ValueError", "unmarshalling code objects is disallowed");
        int idx = reserve(flag);
        int argcount = rLong(), posonly = rLong(), kwonly = rLong(), stacksize = rLong(), flags = rLong();
        PyObject code = nonNull(), consts = nonNull(), names = nonNull(), lpNames = nonNull(),
                 lpKinds = nonNull(), filename = nonNull(), name = nonNull(), qualname = nonNull();
        int firstlineno = rLong();
        PyObject linetable = nonNull(), exceptiontable = nonNull();
        PyCode co = CodeValidation.build(argcount, posonly, kwonly, stacksize, flags, code, consts, names,
                lpNames, lpKinds, filename, name, qualname, firstlineno, linetable, exceptiontable);
        return insert(co, idx);
    }

    private PyObject nonNull() {
        PyObject o = rObject();
        if (o == null) throw new PyException("TypeError", "NULL object in marshal data for code object");
        return o;
    }
}
