package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.onearg;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.objects.BuiltinDescriptor;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Arrays;
import java.util.List;

/**
 * {@code functools.partial} as the C type: flattening of a partial of a plain partial, the
 * merged call (the partial's keywords overridden by the call's), repr, pickling through
 * __reduce__/__setstate__, and 3.13's FutureWarning when found on a class and bound.
 */
// CPython: Modules/_functoolsmodule.c partial_new, partial_call, partial_repr, partial_reduce, partial_setstate
final class FunctoolsPartial {
    private FunctoolsPartial() {}

    static final PyType PARTIAL = PyType.builtin("functools.partial", null);

    static final class Partial extends PyObject implements Derived, BuiltinDescriptor {
        private PyType type = PARTIAL;
        /** Created on first use (an attribute read included, where CPython waits for a write or __dict__: an empty one counts as none). */
        PyDict dict;
        PyObject fn;
        PyTuple args;
        PyDict kw;

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public void setDict(PyDict d) { if (d != null) dict = d; }

        @Override
        public PyDict dict() {
            if (dict == null) dict = new PyDict();
            return dict;
        }

        @Override public String repr() { return FunctoolsPartial.repr(this); }

        // CPython: Modules/_functoolsmodule.c partial_descr_get
        @Override
        public PyObject descrGet(PyObject obj, PyType owner) {
            if (obj != null && obj != PyNone.NONE) {
                PyObject warn = Abstract.getattr(Importer.importModule("warnings"), PyStr.of("warn"));
                Abstract.call(warn, new PyObject[] {PyStr.of("functools.partial will be a method descriptor in future Python"
                        + " versions; wrap it in staticmethod() if you want to preserve the old behavior"),
                    ExceptionTypes.FUTURE_WARNING, PyInt.of(1)}, null);
            }
            return this;
        }
    }

    static {
        Derived.SELF_DERIVED.put(PARTIAL, Partial.class);
        PARTIAL.dict.put("__doc__", PyStr.of("Create a new function with partial application of the given arguments\n"
                + "and keywords."));
        newMethod(PARTIAL, FunctoolsPartial::make);
        put(PARTIAL, "__call__", (a, kw) -> call((Partial) a[0], Arrays.copyOfRange(a, 1, a.length), kw));
        slot0(PARTIAL, "__repr__", self -> PyStr.of(repr((Partial) self)));
        put(PARTIAL, "__get__", (a, kw) -> {
            Args.checkPositional("__get__", a.length - 1, 1, 2);
            return ((Partial) a[0]).descrGet(a[1], a.length > 2 && a[2] instanceof PyType t ? t : null);
        });
        getter(PARTIAL, "func", self -> ((Partial) self).fn);
        getter(PARTIAL, "args", self -> ((Partial) self).args);
        getter(PARTIAL, "keywords", self -> ((Partial) self).kw);
        PARTIAL.dict.put("__dict__", BuiltinTypes.instanceDictDescriptor(PARTIAL));
        noargs(PARTIAL, "__reduce__", self -> {
            Partial p = (Partial) self;
            return PyTuple.of(p.type(), PyTuple.of(p.fn),
                    PyTuple.of(p.fn, p.args, p.kw, p.dict == null || p.dict.size() == 0 ? PyNone.NONE : p.dict));
        });
        onearg(PARTIAL, "__setstate__", FunctoolsPartial::setstate);
        PARTIAL.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, null,
                (args, kw) -> new PyGenericAlias(PyGenericAlias.TYPE, args[0],
                        args[1] instanceof PyTuple tu ? tu : PyTuple.of(args[1]), false))));
    }

    // CPython: Modules/_functoolsmodule.c partial_new
    private static PyObject make(PyObject[] a, PyTuple kwnames) {
        int nkw = Args.nkw(kwnames), npos = a.length - 1 - nkw;
        if (npos < 1) throw Errors.typeError("type 'partial' takes at least one argument");
        PyObject func = a[1];
        PyTuple pargs = null;
        PyDict pkw = null;
        if (func instanceof Partial inner && inner.type().isSubtype(PARTIAL) && (inner.dict == null || inner.dict.size() == 0)) {
            pargs = inner.args;
            pkw = inner.kw;
            func = inner.fn;
        }
        if (!Abstract.isCallable(func)) throw Errors.typeError("the first argument must be callable");
        Partial p = new Partial();
        p.fn = func;
        PyObject[] extra = Arrays.copyOfRange(a, 2, 1 + npos);
        if (pargs == null) {
            p.args = new PyTuple(extra);
        } else {
            PyObject[] all = Arrays.copyOf(pargs.items, pargs.items.length + extra.length);
            System.arraycopy(extra, 0, all, pargs.items.length, extra.length);
            p.args = new PyTuple(all);
        }
        p.kw = new PyDict();
        if (pkw != null) {
            for (PyObject k : pkw.keys()) p.kw.put(k, pkw.get(k));
        }
        for (int i = 0; i < nkw; i++) p.kw.put(kwnames.items[i], a[1 + npos + i]);
        return p;
    }

    // CPython: Modules/_functoolsmodule.c partial_vectorcall, partial_call
    private static PyObject call(Partial p, PyObject[] a, PyTuple kwnames) {
        int nkw = Args.nkw(kwnames), npos = a.length - nkw;
        PyObject[] pa = p.args.items;
        if (p.kw.size() == 0) {
            PyObject[] all = new PyObject[pa.length + a.length];
            System.arraycopy(pa, 0, all, 0, pa.length);
            System.arraycopy(a, 0, all, pa.length, a.length);
            return Abstract.call(p.fn, all, kwnames);
        }
        PyDict merged = new PyDict();
        for (PyObject k : p.kw.keys()) merged.put(k, p.kw.get(k));
        for (int i = 0; i < nkw; i++) merged.put(kwnames.items[i], a[npos + i]);
        List<PyObject> keys = merged.keys();
        PyObject[] all = new PyObject[pa.length + npos + keys.size()];
        System.arraycopy(pa, 0, all, 0, pa.length);
        System.arraycopy(a, 0, all, pa.length, npos);
        for (int i = 0; i < keys.size(); i++) {
            PyObject k = keys.get(i);
            if (!(k instanceof PyStr)) throw Errors.typeError("keywords must be strings");
            all[pa.length + npos + i] = merged.get(k);
        }
        return Abstract.call(p.fn, all, new PyTuple(keys.toArray(new PyObject[0])));
    }

    // CPython: Modules/_functoolsmodule.c partial_repr
    static String repr(Partial p) {
        if (!ReprGuard.enter(p)) return "...";
        try {
            StringBuilder sb = new StringBuilder();
            for (PyObject v : p.args.items) sb.append(", ").append(Abstract.repr(v).value());
            for (PyObject k : p.kw.keys()) {
                sb.append(", ").append(Abstract.str(k).value()).append('=').append(Abstract.repr(p.kw.get(k)).value());
            }
            PyType t = p.type();
            PyObject mod = t.heap ? t.dict.get("__module__") : PyStr.of(t.builtinModule == null ? "builtins" : t.builtinModule);
            return Abstract.str(mod).value() + "." + t.qualname + "(" + Abstract.repr(p.fn).value() + sb + ")";
        } finally {
            ReprGuard.leave(p);
        }
    }

    // CPython: Modules/_functoolsmodule.c partial_setstate
    private static PyObject setstate(PyObject self, PyObject state) {
        Partial p = (Partial) self;
        if (!(state instanceof PyTuple st) || st.items.length != 4 || !Abstract.isCallable(st.items[0])
                || !(st.items[1] instanceof PyTuple) || (st.items[2] != PyNone.NONE && !(st.items[2] instanceof PyDict))) {
            throw Errors.typeError("invalid partial state");
        }
        PyTuple fnargs = (PyTuple) st.items[1];
        p.fn = st.items[0];
        p.args = fnargs.getClass() == PyTuple.class ? fnargs : new PyTuple(fnargs.items.clone());
        PyDict kw = new PyDict();
        if (st.items[2] instanceof PyDict d) {
            if (d.getClass() == PyDict.class) {
                kw = d;
            } else {
                for (PyObject k : d.keys()) kw.put(k, d.get(k));
            }
        }
        p.kw = kw;
        if (st.items[3] != PyNone.NONE && !(st.items[3] instanceof PyDict)) {
            throw Errors.typeError("setting partial object's dictionary to a non-dict");
        }
        p.dict = st.items[3] == PyNone.NONE ? null : (PyDict) st.items[3];
        return PyNone.NONE;
    }
}
