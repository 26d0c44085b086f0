package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyDictView;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/** The methods of dict and of its views. */
// CPython: Objects/dictobject.c mapp_methods, dictviews
public final class DictMethods {
    private DictMethods() {}

    // CPython: Objects/dictobject.c PyDict_Copy (a subclass with its own __iter__ is merged through keys() and [])
    static PyDict copy(PyDict d) {
        if (!mergesAsDict(d)) {
            PyDict c = new PyDict();
            update(c, d);
            return c;
        }
        PyDict c = new PyDict();
        for (var it = d.entries(); it.hasNext(); ) {
            var e = it.next();
            c.put(e.getKey(), e.getValue());
        }
        return c;
    }

    /**
     * Whether {@code o} is a dict merged by its table: dict itself, or a subclass that keeps
     * dict's {@code __iter__} (CPython's dict_merge test); other mappings go through keys() and [].
     */
    // CPython: Objects/dictobject.c dict_merge
    static boolean mergesAsDict(PyObject o) {
        if (o.getClass() == PyDict.class) return true;
        return o instanceof PyDict && o.type().lookup("__iter__") == PyDict.TYPE.dict.get("__iter__");
    }

    /** {@code d.update(other)}: a mapping (has keys()) or an iterable of pairs. */
    // CPython: Objects/dictobject.c dict_update_arg, PyDict_MergeFromSeq2
    static void update(PyDict d, PyObject other) {
        if (mergesAsDict(other) && other instanceof PyDict o) {
            for (PyObject k : o.keys()) d.put(k, o.get(k));
            return;
        }
        PyObject keys = Abstract.lookupAttr(other, PyStr.of("keys"));
        if (keys != null) {
            for (PyObject k : Abstract.toList(Abstract.call(keys))) d.put(k, Abstract.getitem(other, k));
            return;
        }
        PyObject it = Abstract.iter(other);
        int i = 0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), i++) {
            List<PyObject> pair;
            try {
                pair = Abstract.toList(item);
            } catch (dev.pyjama.objects.PyException e) {
                if (e.value().type() == dev.pyjama.objects.ExceptionTypes.TYPE_ERROR) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (pair.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + pair.size() + "; 2 is required");
            }
            d.put(pair.get(0), pair.get(1));
        }
    }

    public static PyStr repr(PyDict d) {
        if (!ListMethods.reprEnter(d)) return PyStr.of("{...}");
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (var it = d.entries(); it.hasNext(); ) {
                var e = it.next();
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.repr(e.getKey()).value()).append(": ").append(Abstract.repr(e.getValue()).value());
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ListMethods.reprLeave(d);
        }
    }

    private static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    static void install() {
        PyType t = PyDict.TYPE;
        newMethod(t, (args, kw) -> new PyDict());
        put(t, "__init__", (args, kw) -> {
            updateMethod("dict", args, kw);
            return PyNone.NONE;
        });
        slot0(t, "__repr__", self -> repr(d(self)));
        t.dict.put("__hash__", PyNone.NONE);
        slot0(t, "__len__", self -> PyInt.of(d(self).size()));
        slot1(t, "__getitem__", (self, k) -> {
            if (self.getClass() == PyDict.class) return NativeOps.getitem(self, k);
            // a subclass: __missing__ for an absent key (CPython's dict_subscript)
            PyObject v = d(self).get(k);
            if (v != null) return v;
            PyObject missing = self.type().lookup("__missing__");
            if (missing != null) return Abstract.callMethod(missing, self, k);
            throw NativeOps.keyError(k);
        });
        slot2(t, "__setitem__", (self, k, v) -> {
            d(self).put(k, v);
            return PyNone.NONE;
        });
        slot1(t, "__delitem__", (self, k) -> {
            NativeOps.setitem(self, k, null);
            return PyNone.NONE;
        });
        slot1(t, "__contains__", (self, k) -> bool(d(self).containsKey(k)));
        slot0(t, "__iter__", self -> Iterators.of(self));
        noargs(t, "__reversed__", self -> Iterators.builtinReversed(self));
        comparisons(t);
        slot1(t, "__or__", (self, o) -> o instanceof PyDict ? NativeOps.binary(Abstract.NB_OR, self, o) : ni());
        slot1(t, "__ror__", (self, o) -> o instanceof PyDict ? NativeOps.binary(Abstract.NB_OR, o, self) : ni());
        slot1(t, "__ior__", (self, o) -> {
            update(d(self), o);
            return self;
        });
        positional(t, "get", 1, 2, (self, a) -> {
            PyObject v = d(self).get(a[0]);
            return v != null ? v : a[1] != null ? a[1] : PyNone.NONE;
        });
        positional(t, "setdefault", 1, 2, (self, a) -> d(self).setDefault(a[0], a[1] == null ? PyNone.NONE : a[1]));
        positional(t, "pop", 1, 2, (self, a) -> {
            PyObject v = d(self).remove(a[0]);
            if (v != null) return v;
            if (a[1] != null) return a[1];
            throw keyError(a[0]);
        });
        noargs(t, "popitem", self -> {
            PyObject k = d(self).lastKey();
            if (k == null) throw keyError(PyStr.of("popitem(): dictionary is empty"));
            PyObject v = d(self).remove(k);
            return PyTuple.of(k, v);
        });
        noargs(t, "keys", self -> new PyDictView(PyDictView.KEYS, d(self)));
        noargs(t, "values", self -> new PyDictView(PyDictView.VALUES, d(self)));
        noargs(t, "items", self -> new PyDictView(PyDictView.ITEMS, d(self)));
        put(t, "update", (args, kw) -> {
            updateMethod("update", args, kw);
            return PyNone.NONE;
        });
        noargs(t, "copy", self -> copy(d(self)));
        noargs(t, "clear", self -> {
            d(self).clear();
            return PyNone.NONE;
        });
        t.dict.put("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", null, null, (args, kw) -> {
            Args.noKw("dict.fromkeys", kw);
            Args.checkPositional("fromkeys", args.length - 1, 1, 2);
            PyObject value = args.length > 2 ? args[2] : PyNone.NONE;
            PyObject d = Abstract.call(args[0]);
            for (PyObject k : Abstract.iterToList(args[1])) Abstract.setitem(d, k, value);
            return d;
        })));

        for (PyType vt : new PyType[] {PyDictView.KEYS, PyDictView.VALUES, PyDictView.ITEMS}) {
            slot0(vt, "__len__", self -> PyInt.of(((PyDictView) self).dict.size()));
            slot0(vt, "__iter__", self -> Iterators.of(self));
            slot1(vt, "__contains__", (self, x) -> bool(NativeOps.contains(self, x) == 1));
            noargs(vt, "__reversed__", self -> Iterators.builtinReversed(self));
            slot0(vt, "__repr__", self -> {
                PyDictView v = (PyDictView) self;
                if (!ListMethods.reprEnter(v)) return PyStr.of("...");
                try {
                    List<PyObject> items = Abstract.toList(v);
                    return ListMethods.seqRepr(new PyList(new ArrayList<>()), items, vt.name() + "([", "])", "...");
                } finally {
                    ListMethods.reprLeave(v);
                }
            });
            if (vt != PyDictView.VALUES) {
                comparisons(vt);
                vt.dict.put("__hash__", PyNone.NONE);
                for (int op : new int[] {Abstract.NB_AND, Abstract.NB_OR, Abstract.NB_XOR, Abstract.NB_SUBTRACT}) {
                    slot1(vt, Abstract.NB_DUNDER[op], (self, o) -> orNi(NativeOps.binary(op, self, o)));
                    slot1(vt, Abstract.NB_RDUNDER[op], (self, o) -> orNi(NativeOps.binary(op, o, self)));
                }
                onearg(vt, "isdisjoint", (self, o) -> bool(DictViews.isDisjoint(self, o)));
            }
            getter(vt, "mapping", self -> ((PyDictView) self).dict);
        }
    }

    private static void updateMethod(String name, PyObject[] args, PyTuple kw) {
        int nkw = Args.nkw(kw);
        int npos = args.length - 1 - nkw;
        if (npos > 1) throw Errors.typeError(name + " expected at most 1 argument, got " + npos);
        PyDict d = d(args[0]);
        if (npos == 1) update(d, args[1]);
        for (int i = 0; i < nkw; i++) d.put(kw.items[i], args[args.length - nkw + i]);
    }
}
