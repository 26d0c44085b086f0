package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.onearg;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;
import static dev.pyjama.interp.BuiltinTypes.slot2;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code frame.f_locals} of a function frame in 3.13 (PEP 667): a mapping that reads and
 * writes the frame's fast locals, cells and free variables directly, so that a debugger's
 * assignment changes the running function's variable. Names that are not variables of the
 * code go to the frame's extra locals ({@link PyFrame#extraLocals}). Variables cannot be
 * deleted (3.13.0 refuses every deletion).
 */
// CPython: Objects/frameobject.c PyFrameLocalsProxy_Type (framelocalsproxy_*)
final class FrameLocalsProxy extends PyObject {
    static final PyType TYPE = PyType.builtin("FrameLocalsProxy", null);

    static {
        TYPE.baseType = false;
    }

    final PyFrame frame;

    FrameLocalsProxy(PyFrame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Abstract.reprString(this);
    }

    // ---- the frame's variables

    /** The value of localsplus slot i, looking through a cell; null when unbound. */
    // CPython: Objects/frameobject.c framelocalsproxy_getval
    private PyObject value(int i) {
        PyObject v = frame.localsplus[i];
        if (v instanceof PyCell c && (frame.code.localspluskinds[i] & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) {
            v = c.ref;
        }
        return v;
    }

    /**
     * The slot named {@code key}: for a read, one that holds a value; for a write, one that
     * is not hidden (a comprehension's inlined variable). -1 when there is none.
     */
    // CPython: Objects/frameobject.c framelocalsproxy_getkeyindex
    private int slot(PyObject key, boolean read) {
        Abstract.hash(key); // an unhashable key fails as in a dict
        String[] names = frame.code.localsplusnames;
        for (int i = 0; i < names.length; i++) {
            PyStr name = PyStr.of(names[i]);
            boolean same = key.getClass() == PyStr.class ? ((PyStr) key).equalsStr(name)
                    : Abstract.richCompareBool(name, key, Abstract.EQ);
            if (!same) continue;
            if (read ? value(i) != null : (frame.code.localspluskinds[i] & PyCode.CO_FAST_HIDDEN) == 0) return i;
        }
        return -1;
    }

    PyObject get(PyObject key) {
        int i = slot(key, true);
        if (i >= 0) return value(i);
        PyDict extra = frame.extraLocals;
        PyObject v = extra == null ? null : extra.get(key);
        if (v != null) return v;
        // CPython's format quotes the key's repr once more: local variable ''x'' is not defined
        throw new PyException(PyBaseException.of(ExceptionTypes.KEY_ERROR,
                "local variable '" + Abstract.reprString(key) + "' is not defined"));
    }

    // CPython: Objects/frameobject.c framelocalsproxy_setitem
    void set(PyObject key, PyObject value) {
        int i = slot(key, false);
        if (i >= 0) {
            PyObject old = frame.localsplus[i];
            int kind = frame.code.localspluskinds[i];
            if (old instanceof PyCell c && (kind & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) {
                c.ref = value;
            } else {
                frame.localsplus[i] = value;
            }
            return;
        }
        if (frame.extraLocals == null) frame.extraLocals = new PyDict();
        frame.extraLocals.put(key, value);
    }

    boolean contains(PyObject key) {
        if (slot(key, true) >= 0) return true;
        return frame.extraLocals != null && frame.extraLocals.containsKey(key);
    }

    /** The names with a value, in slot order, then the extra locals in insertion order. */
    // CPython: Objects/frameobject.c framelocalsproxy_keys, _values, _items
    private List<PyObject> entries(boolean keys, boolean values) {
        List<PyObject> out = new ArrayList<>();
        String[] names = frame.code.localsplusnames;
        for (int i = 0; i < names.length; i++) {
            PyObject v = value(i);
            if (v != null) out.add(entry(PyStr.of(names[i]), v, keys, values));
        }
        if (frame.extraLocals != null) {
            for (var it = frame.extraLocals.entries(); it.hasNext(); ) {
                Map.Entry<PyObject, PyObject> e = it.next();
                out.add(entry(e.getKey(), e.getValue(), keys, values));
            }
        }
        return out;
    }

    private static PyObject entry(PyObject k, PyObject v, boolean keys, boolean values) {
        return keys && values ? PyTuple.of(k, v) : keys ? k : v;
    }

    /** A dict with the proxy's items (PyDict_Update(dict, proxy)). */
    PyDict toDict() {
        PyDict d = new PyDict();
        for (PyObject pair : entries(true, true)) d.put(((PyTuple) pair).items[0], ((PyTuple) pair).items[1]);
        return d;
    }

    /** Sets every item of a dict or proxy; false for any other mapping. */
    // CPython: Objects/frameobject.c framelocalsproxy_merge
    private boolean merge(PyObject other) {
        if (other instanceof FrameLocalsProxy p) {
            for (PyObject pair : p.entries(true, true)) set(((PyTuple) pair).items[0], ((PyTuple) pair).items[1]);
            return true;
        }
        if (!(other instanceof PyDict d)) return false;
        for (PyObject k : d.keys()) set(k, d.get(k));
        return true;
    }

    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o instanceof FrameLocalsProxy;
    }

    private static PyDict union(PyObject a, PyObject b) {
        PyDict d = a instanceof FrameLocalsProxy p ? p.toDict() : new PyDict();
        if (a instanceof PyDict x) for (PyObject k : x.keys()) d.put(k, x.get(k));
        PyDict rest = b instanceof FrameLocalsProxy p ? p.toDict() : (PyDict) b;
        for (PyObject k : rest.keys()) d.put(k, rest.get(k));
        return d;
    }

    // ---- the type

    private static FrameLocalsProxy self(PyObject o) {
        return (FrameLocalsProxy) o;
    }

    /** get(key[, default]) and setdefault(key[, default]): METH_FASTCALL with their own count check. */
    private static PyObject getOrSetDefault(PyObject[] args, PyTuple kw, String name) {
        Args.noKw(name, kw);
        if (args.length < 2 || args.length > 3) throw Errors.typeError(name + " expected 1 or 2 arguments");
        FrameLocalsProxy p = self(args[0]);
        PyObject dflt = args.length == 3 ? args[2] : PyNone.NONE;
        try {
            return p.get(args[1]);
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.KEY_ERROR)) throw e;
        }
        if (name.equals("setdefault")) p.set(args[1], dflt);
        return dflt;
    }

    static void install() {
        PyType t = TYPE;
        // CPython: Objects/frameobject.c framelocalsproxy_new
        BuiltinTypes.newMethod(t, (a, kw) -> {
            int npos = a.length - 1 - Args.nkw(kw);
            if (npos != 1) throw Errors.typeError("FrameLocalsProxy expected 1 argument, got " + npos);
            if (!(a[1] instanceof PyFrame f)) throw Errors.typeError("expect frame, not " + a[1].typeName());
            if (Args.nkw(kw) != 0) throw Errors.typeError("FrameLocalsProxy takes no keyword arguments");
            return new FrameLocalsProxy(f);
        });
        slot1(t, "__getitem__", (s, k) -> self(s).get(k));
        slot2(t, "__setitem__", (s, k, v) -> {
            self(s).set(k, v);
            return PyNone.NONE;
        });
        slot1(t, "__delitem__", (s, k) -> {
            throw Errors.typeError("cannot remove variables from FrameLocalsProxy");
        });
        slot1(t, "__contains__", (s, k) -> PyBool.of(self(s).contains(k)));
        slot0(t, "__len__", s -> dev.pyjama.objects.PyInt.of(self(s).entries(true, false).size()));
        slot0(t, "__iter__", s -> Abstract.iter(new PyList(self(s).entries(true, false))));
        noargs(t, "__reversed__", s -> {
            List<PyObject> keys = self(s).entries(true, false);
            Collections.reverse(keys);
            return new PyList(keys);
        });
        slot0(t, "__repr__", s -> {
            if (!ListMethods.reprEnter(s)) return PyStr.of("{...}");
            try {
                return Abstract.repr(self(s).toDict());
            } finally {
                ListMethods.reprLeave(s);
            }
        });
        for (int op = Abstract.LT; op <= Abstract.GE; op++) {
            int cmp = op;
            slot1(t, Abstract.CMP_DUNDER[op], (s, o) -> {
                if (o instanceof FrameLocalsProxy p) {
                    if (cmp == Abstract.EQ) return PyBool.of(self(s).frame == p.frame);
                    if (cmp == Abstract.NE) return PyBool.of(self(s).frame != p.frame);
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                if (o instanceof PyDict) return Abstract.richCompare(self(s).toDict(), o, cmp);
                return PyNotImplemented.NOT_IMPLEMENTED;
            });
        }
        t.dict.put("__hash__", PyNone.NONE);
        slot1(t, "__or__", (s, o) -> isMapping(o) ? union(s, o) : PyNotImplemented.NOT_IMPLEMENTED);
        slot1(t, "__ror__", (s, o) -> isMapping(o) ? union(o, s) : PyNotImplemented.NOT_IMPLEMENTED);
        slot1(t, "__ior__", (s, o) -> isMapping(o) && self(s).merge(o) ? s : PyNotImplemented.NOT_IMPLEMENTED);
        onearg(t, "update", (s, o) -> {
            if (!self(s).merge(o)) throw Errors.typeError("update() argument must be dict or another FrameLocalsProxy");
            return PyNone.NONE;
        });
        noargs(t, "copy", s -> self(s).toDict());
        noargs(t, "keys", s -> new PyList(self(s).entries(true, false)));
        noargs(t, "values", s -> new PyList(self(s).entries(false, true)));
        noargs(t, "items", s -> new PyList(self(s).entries(true, true)));
        put(t, "get", (a, kw) -> getOrSetDefault(a, kw, "get"));
        put(t, "setdefault", (a, kw) -> getOrSetDefault(a, kw, "setdefault"));
    }
}
