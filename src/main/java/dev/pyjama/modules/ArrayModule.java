package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;
import static dev.pyjama.interp.BuiltinTypes.slot2;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code array}: typed arrays. Items are kept as the Python values they read back as (each
 * checked and narrowed on the way in, as the C setitem functions do), and turned into bytes
 * in the machine's layout (x86-64, little-endian) for tobytes, frombytes and the buffer users.
 */
// CPython: Modules/arraymodule.c
public final class ArrayModule {
    private ArrayModule() {}

    public static final PyType ARRAY = PyType.builtin("array.array", null);
    static final PyType ITERATOR = ModuleSupport.iteratorType("array.arrayiterator");
    static final String TYPECODES = "bBuwhHiIlLqQfd";

    /** An array: its typecode and items. */
    static final class Array extends PyObject implements Derived {
        private PyType type = ARRAY;
        private PyDict dict;
        char code;
        final java.util.List<PyObject> items = new ArrayList<>();

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        // CPython: Modules/arraymodule.c array_repr
        @Override
        public String repr() {
            String name = type.qualname;
            if (items.isEmpty()) return name + "('" + code + "')";
            PyObject v = code == 'u' || code == 'w' ? PyStr.of(unicode(this)) : new PyList(new ArrayList<>(items));
            return name + "('" + code + "', " + Abstract.repr(v).value() + ")";
        }

        int itemSize() {
            return ArrayItems.size(code);
        }

        byte[] toBytes() {
            return ArrayItems.toBytes(code, items);
        }

        int byteLength() {
            return items.size() * itemSize();
        }

        /** Writes {@code b} at byte {@code offset} (struct.pack_into into an array). */
        void writeBytes(int offset, byte[] b) {
            byte[] all = toBytes();
            System.arraycopy(b, 0, all, offset, b.length);
            java.util.List<PyObject> fresh = ArrayItems.fromBytes(code, all);
            items.clear();
            items.addAll(fresh);
        }
    }

    static String unicode(Array a) {
        StringBuilder sb = new StringBuilder();
        for (PyObject o : a.items) sb.append(((PyStr) o).value());
        return sb.toString();
    }

    private static Array arr(PyObject o) {
        return (Array) o;
    }

    static {
        Derived.SELF_DERIVED.put(ARRAY, Array.class);
        newMethod(ARRAY, (args, kw) -> create(args, kw));
        getter(ARRAY, "typecode", s -> PyStr.of(String.valueOf(arr(s).code)));
        getter(ARRAY, "itemsize", s -> PyInt.of(arr(s).itemSize()));
        methods(ARRAY);
        sequence(ARRAY);
        ARRAY.dict.put("__hash__", PyNone.NONE);
        ARRAY.dict.put("__class_getitem__", new dev.pyjama.objects.PyClassMethod(new dev.pyjama.objects.PyBuiltinFunction(
                "__class_getitem__", null, null, (args, kw) -> new dev.pyjama.objects.PyGenericAlias(
                        dev.pyjama.objects.PyGenericAlias.TYPE, args[0], args[1] instanceof PyTuple tu ? tu : PyTuple.of(args[1]), false))));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("array");
        ModuleSupport.set(m, "array", ARRAY);
        ModuleSupport.set(m, "ArrayType", ARRAY);
        ModuleSupport.set(m, "typecodes", PyStr.of(TYPECODES));
        return m;
    }

    // CPython: Modules/arraymodule.c array_new
    private static PyObject create(PyObject[] args, PyTuple kw) {
        // args[0] is the class
        if (kw != null && kw.items.length > 0 && args[0] == ARRAY) throw Errors.typeError("array.array() takes no keyword arguments");
        int n = args.length - 1 - Args.nkw(kw);
        if (n < 1) throw Errors.typeError("array() takes at least 1 argument (0 given)");
        if (n > 2) throw Errors.typeError("array() takes at most 2 arguments (" + n + " given)");
        if (!(args[1] instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not " + args[1].type().qualname);
        }
        char c = s.value().charAt(0);
        if (s.value().length() != 1 || TYPECODES.indexOf(c) < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        if (c == 'u') deprecateU();
        Array a = new Array();
        a.code = c;
        PyObject init = n > 1 ? args[2] : null;
        if (init == null) return a;
        if (init instanceof PyStr str) {
            if (c != 'u' && c != 'w') {
                throw Errors.typeError("cannot use a str to initialize an array with typecode '" + c + "'");
            }
            fromUnicode(a, str.value());
        } else if (init instanceof Array other && (other.code == 'u' || other.code == 'w') && c != 'u' && c != 'w') {
            throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + c + "'");
        } else if (Buffers.bytesOrNull(init) != null && !(init instanceof Array)) {
            frombytes(a, Buffers.bytesOrNull(init));
        } else {
            for (PyObject v : Abstract.iterToArray(init)) a.items.add(ArrayItems.check(c, v));
        }
        return a;
    }

    private static void deprecateU() {
        PyModule warnings = dev.pyjama.interp.Importer.importModule("warnings");
        Abstract.call(Abstract.getattr(warnings, PyStr.of("warn")), new PyObject[] {
            PyStr.of("The 'u' type code is deprecated and will be removed in Python 3.16"),
            dev.pyjama.objects.ExceptionTypes.DEPRECATION_WARNING, PyInt.of(1)}, null);
    }

    private static void fromUnicode(Array a, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            a.items.add(PyStr.of(new String(Character.toChars(cp))));
            i += Character.charCount(cp);
        }
    }

    private static void frombytes(Array a, byte[] b) {
        if (b.length % a.itemSize() != 0) throw Errors.valueError("bytes length not a multiple of item size");
        a.items.addAll(ArrayItems.fromBytes(a.code, b));
    }

    private static Array newLike(Array a, List<PyObject> items) {
        Array r = new Array();
        r.code = a.code;
        r.items.addAll(items);
        return r;
    }

    private static int index(Array a, PyObject i) {
        long n = Abstract.asSsize(i, dev.pyjama.objects.ExceptionTypes.INDEX_ERROR), size = a.items.size();
        if (n < 0) n += size;
        if (n < 0 || n >= size) throw Errors.indexError("array index out of range");
        return (int) n;
    }

    private static void methods(PyType t) {
        put(t, "append", (args, kw) -> {
            ModuleSupport.one("append", Arrays.copyOfRange(args, 1, args.length), kw);
            arr(args[0]).items.add(ArrayItems.check(arr(args[0]).code, args[1]));
            return PyNone.NONE;
        });
        put(t, "extend", (args, kw) -> {
            ModuleSupport.one("extend", Arrays.copyOfRange(args, 1, args.length), kw);
            extend(arr(args[0]), args[1]);
            return PyNone.NONE;
        });
        put(t, "insert", (args, kw) -> {
            ModuleSupport.positional("insert", Arrays.copyOfRange(args, 1, args.length), kw, 2, 2);
            Array a = arr(args[0]);
            long i = Abstract.asSsize(args[1], dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR), size = a.items.size();
            if (i < 0) i = Math.max(0, i + size);
            a.items.add((int) Math.min(i, size), ArrayItems.check(a.code, args[2]));
            return PyNone.NONE;
        });
        put(t, "pop", (args, kw) -> {
            ModuleSupport.positional("pop", Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            Array a = arr(args[0]);
            long i = args.length > 1 ? Abstract.asSsize(args[1], dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR) : -1;
            if (a.items.isEmpty()) throw Errors.indexError("pop from empty array");
            if (i < 0) i += a.items.size();
            if (i < 0 || i >= a.items.size()) throw Errors.indexError("pop index out of range");
            return a.items.remove((int) i);
        });
        put(t, "remove", (args, kw) -> {
            Array a = arr(args[0]);
            int i = find(a, ModuleSupport.one("remove", Arrays.copyOfRange(args, 1, args.length), kw), 0, a.items.size());
            if (i < 0) throw Errors.valueError("array.remove(x): x not in array");
            a.items.remove(i);
            return PyNone.NONE;
        });
        put(t, "index", (args, kw) -> {
            ModuleSupport.positional("index", Arrays.copyOfRange(args, 1, args.length), kw, 1, 3);
            Array a = arr(args[0]);
            int size = a.items.size();
            int start = args.length > 2 ? clamp(Abstract.asSsize(args[2], dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR), size) : 0;
            int stop = args.length > 3 ? clamp(Abstract.asSsize(args[3], dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR), size) : size;
            int i = find(a, args[1], start, stop);
            if (i < 0) throw Errors.valueError("array.index(x): x not in array");
            return PyInt.of(i);
        });
        put(t, "count", (args, kw) -> {
            Array a = arr(args[0]);
            PyObject x = ModuleSupport.one("count", Arrays.copyOfRange(args, 1, args.length), kw);
            long n = 0;
            for (PyObject v : new ArrayList<>(a.items)) if (Abstract.richCompareBool(v, x, Abstract.EQ)) n++;
            return PyInt.of(n);
        });
        put(t, "reverse", (args, kw) -> {
            Collections.reverse(arr(args[0]).items);
            return PyNone.NONE;
        });
        put(t, "clear", (args, kw) -> {
            arr(args[0]).items.clear();
            return PyNone.NONE;
        });
        put(t, "byteswap", (args, kw) -> {
            Array a = arr(args[0]);
            byte[] b = a.toBytes();
            int s = a.itemSize();
            for (int i = 0; i < b.length; i += s) {
                for (int j = 0; j < s / 2; j++) {
                    byte tmp = b[i + j];
                    b[i + j] = b[i + s - 1 - j];
                    b[i + s - 1 - j] = tmp;
                }
            }
            a.items.clear();
            a.items.addAll(ArrayItems.fromBytes(a.code, b));
            return PyNone.NONE;
        });
        put(t, "buffer_info", (args, kw) -> PyTuple.of(PyInt.of(PyHashAddress.of(args[0])), PyInt.of(arr(args[0]).items.size())));
        put(t, "tobytes", (args, kw) -> new PyBytes(arr(args[0]).toBytes()));
        put(t, "frombytes", (args, kw) -> {
            frombytes(arr(args[0]), Buffers.bytesLike(ModuleSupport.one("frombytes", Arrays.copyOfRange(args, 1, args.length), kw)));
            return PyNone.NONE;
        });
        put(t, "tolist", (args, kw) -> new PyList(new ArrayList<>(arr(args[0]).items)));
        put(t, "fromlist", (args, kw) -> {
            PyObject l = ModuleSupport.one("fromlist", Arrays.copyOfRange(args, 1, args.length), kw);
            if (!(l instanceof PyList list)) throw Errors.typeError("arg must be list");
            Array a = arr(args[0]);
            List<PyObject> checked = new ArrayList<>();
            for (PyObject v : list.items) checked.add(ArrayItems.check(a.code, v));
            a.items.addAll(checked);
            return PyNone.NONE;
        });
        put(t, "tounicode", (args, kw) -> {
            Array a = arr(args[0]);
            if (a.code != 'u' && a.code != 'w') throw Errors.valueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
            return PyStr.of(unicode(a));
        });
        put(t, "fromunicode", (args, kw) -> {
            Array a = arr(args[0]);
            PyObject s = ModuleSupport.one("fromunicode", Arrays.copyOfRange(args, 1, args.length), kw);
            if (!(s instanceof PyStr str)) throw Errors.typeError("fromunicode() argument must be str, not " + s.type().qualname);
            if (a.code != 'u' && a.code != 'w') {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
            }
            fromUnicode(a, str.value());
            return PyNone.NONE;
        });
        put(t, "tofile", (args, kw) -> {
            Abstract.call(Abstract.getattr(args[1], PyStr.of("write")), new PyBytes(arr(args[0]).toBytes()));
            return PyNone.NONE;
        });
        put(t, "fromfile", (args, kw) -> {
            Array a = arr(args[0]);
            long n = ModuleSupport.asLong(args[2]);
            if (n < 0) throw Errors.valueError("negative count");
            PyObject data = Abstract.call(Abstract.getattr(args[1], PyStr.of("read")), PyInt.of(n * a.itemSize()));
            if (!(data instanceof PyBytes b)) throw Errors.typeError("read() didn't return bytes");
            int whole = b.value.length / a.itemSize() * a.itemSize();
            frombytes(a, Arrays.copyOf(b.value, whole));
            if (b.value.length != n * a.itemSize()) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.EOF_ERROR, "read() didn't return enough bytes");
            return PyNone.NONE;
        });
        put(t, "__copy__", (args, kw) -> newLike(arr(args[0]), arr(args[0]).items));
        put(t, "__deepcopy__", (args, kw) -> newLike(arr(args[0]), arr(args[0]).items));
        put(t, "__reduce_ex__", (args, kw) -> {
            Array a = arr(args[0]);
            PyObject d = a.dict() == null ? PyNone.NONE : a.dict();
            return PyTuple.of(a.type(), PyTuple.of(PyStr.of(String.valueOf(a.code)), new PyList(new ArrayList<>(a.items))), d);
        });
        put(t, "__sizeof__", (args, kw) -> PyInt.of(64 + (long) arr(args[0]).byteLength()));
    }

    private static int clamp(long i, int size) {
        if (i < 0) i = Math.max(0, i + size);
        return (int) Math.min(i, size);
    }

    private static int find(Array a, PyObject x, int start, int stop) {
        for (int i = start; i < stop && i < a.items.size(); i++) {
            if (Abstract.richCompareBool(a.items.get(i), x, Abstract.EQ)) return i;
        }
        return -1;
    }

    // CPython: Modules/arraymodule.c array_do_extend
    private static void extend(Array a, PyObject src) {
        if (src instanceof Array b) {
            if (b.code != a.code) throw Errors.typeError("can only extend with array of same kind");
            a.items.addAll(new ArrayList<>(b.items));
            return;
        }
        List<PyObject> checked = new ArrayList<>();
        for (PyObject v : Abstract.iterToArray(src)) checked.add(ArrayItems.check(a.code, v));
        a.items.addAll(checked);
    }

    private static void sequence(PyType t) {
        slot0(t, "__len__", s -> PyInt.of(arr(s).items.size()));
        slot0(t, "__repr__", s -> PyStr.of(s.repr()));
        slot0(t, "__iter__", s -> {
            Array a = arr(s);
            int[] pos = {0};
            return new PyIter(ITERATOR) {
                @Override
                public PyObject next() {
                    return pos[0] < a.items.size() ? a.items.get(pos[0]++) : null;
                }
            };
        });
        slot1(t, "__contains__", (s, x) -> PyBool.of(find(arr(s), x, 0, arr(s).items.size()) >= 0));
        slot1(t, "__getitem__", (s, i) -> {
            Array a = arr(s);
            if (i instanceof PySlice sl) {
                long[] ix = Abstract.sliceIndices(sl, a.items.size());
                List<PyObject> out = new ArrayList<>();
                for (long k = 0, j = ix[0]; k < ix[3]; k++, j += ix[2]) out.add(a.items.get((int) j));
                return newLike(a, out);
            }
            return a.items.get(index(a, i));
        });
        slot2(t, "__setitem__", (s, i, v) -> {
            Array a = arr(s);
            if (i instanceof PySlice sl) {
                if (!(v instanceof Array b)) {
                    throw Errors.typeError("can only assign array (not \"" + v.type().qualname + "\") to array slice");
                }
                if (b.code != a.code) throw Errors.typeError("bad argument type for built-in operation");
                Abstract.callMethod(PyList.TYPE.lookup("__setitem__"), new PyList(a.items), sl, new PyList(new ArrayList<>(b.items)));
                return PyNone.NONE;
            }
            a.items.set(index(a, i), ArrayItems.check(a.code, v));
            return PyNone.NONE;
        });
        slot1(t, "__delitem__", (s, i) -> {
            Array a = arr(s);
            if (i instanceof PySlice) {
                Abstract.callMethod(PyList.TYPE.lookup("__delitem__"), new PyList(a.items), i);
                return PyNone.NONE;
            }
            a.items.remove(index(a, i));
            return PyNone.NONE;
        });
        slot1(t, "__add__", (s, o) -> {
            if (!(o instanceof Array b)) {
                throw Errors.typeError("can only append array (not \"" + o.type().qualname + "\") to array");
            }
            if (b.code != arr(s).code) throw Errors.typeError("bad argument type for built-in operation");
            Array r = newLike(arr(s), arr(s).items);
            r.items.addAll(b.items);
            return r;
        });
        slot1(t, "__iadd__", (s, o) -> {
            if (!(o instanceof Array b)) {
                throw Errors.typeError("can only extend array with array (not \"" + o.type().qualname + "\")");
            }
            extend(arr(s), b);
            return s;
        });
        slot1(t, "__mul__", (s, n) -> repeat(arr(s), n));
        slot1(t, "__rmul__", (s, n) -> repeat(arr(s), n));
        slot1(t, "__imul__", (s, n) -> {
            Array a = arr(s);
            List<PyObject> r = repeat(a, n).items;
            a.items.clear();
            a.items.addAll(r);
            return s;
        });
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            slot1(t, names[op], (s, x) -> {
                if (!(x instanceof Array b)) return PyNotImplemented.NOT_IMPLEMENTED;
                Array a = arr(s);
                if ((o == Abstract.EQ || o == Abstract.NE) && a.items.size() != b.items.size()) return PyBool.of(o == Abstract.NE);
                return Abstract.richCompare(new PyList(new ArrayList<>(a.items)), new PyList(new ArrayList<>(b.items)), o);
            });
        }
    }

    private static Array repeat(Array a, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().qualname + "'");
        }
        long k = Math.max(0, Abstract.asSsize(n, dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR));
        if (k * a.items.size() > Integer.MAX_VALUE - 8) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.MEMORY_ERROR, null);
        Array r = newLike(a, List.of());
        for (long i = 0; i < k; i++) r.items.addAll(a.items);
        return r;
    }

    /** An address-like number for buffer_info: the object's identity. */
    private static final class PyHashAddress {
        static long of(PyObject o) {
            return Long.parseUnsignedLong(dev.pyjama.objects.PyHash.addressHex(o), 16);
        }
    }
}
