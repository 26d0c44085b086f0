package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Arrays;

/**
 * operator's callable objects: itemgetter, attrgetter and methodcaller, with the C module's
 * reprs, {@code __reduce__} and messages. Calling one is not a {@code c_call} to a profiler
 * (it is no builtin function), exactly as in CPython.
 */
// CPython: Modules/_operator.c itemgetter_*, attrgetter_*, methodcaller_*
final class OperatorGetters {
    private OperatorGetters() {}

    static final PyType ITEMGETTER = PyType.builtin("operator.itemgetter", null);
    static final PyType ATTRGETTER = PyType.builtin("operator.attrgetter", null);
    static final PyType METHODCALLER = PyType.builtin("operator.methodcaller", null);

    static final class ItemGetter extends PyObject {
        /** The item, or (for several) the tuple of items. */
        final PyObject item;
        final int nitems;
        /** A non-negative int item as an index (a tuple's fast path), else -1. */
        final long index;

        ItemGetter(PyObject item, int nitems) {
            this.item = item;
            this.nitems = nitems;
            this.index = item.getClass() == PyInt.class && ((PyInt) item).fitsLong() && ((PyInt) item).longValue() >= 0
                    ? ((PyInt) item).longValue() : -1;
        }

        @Override public PyType type() { return ITEMGETTER; }
        @Override public String repr() { return itemRepr(this).value(); }
    }

    static final class AttrGetter extends PyObject {
        /** Per attribute, its dotted name split at the dots. */
        final PyStr[][] chains;

        AttrGetter(PyStr[][] chains) {
            this.chains = chains;
        }

        @Override public PyType type() { return ATTRGETTER; }
        @Override public String repr() { return attrRepr(this).value(); }
    }

    static final class MethodCaller extends PyObject {
        final PyStr name;
        final PyObject[] args;
        final PyDict kwds;

        MethodCaller(PyStr name, PyObject[] args, PyDict kwds) {
            this.name = name;
            this.args = args;
            this.kwds = kwds;
        }

        @Override public PyType type() { return METHODCALLER; }
        @Override public String repr() { return callerRepr(this).value(); }
    }

    static {
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER, METHODCALLER}) {
            t.baseType = false;
            t.dict.put("__module__", PyStr.of("operator"));
            getter(t, "__text_signature__", self -> PyStr.of("(obj, /)"));
        }
        ITEMGETTER.dict.put("__doc__", PyStr.of("Return a callable object that fetches the given item(s) from its operand.\n"
                + "After f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns"
                + " (r[2], r[5], r[3])"));
        ATTRGETTER.dict.put("__doc__", PyStr.of("Return a callable object that fetches the given attribute(s) from its operand.\n"
                + "After f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call"
                + " g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
                + "(r.name.first, r.name.last)."));
        METHODCALLER.dict.put("__doc__", PyStr.of("Return a callable object that calls the given method on its operand.\n"
                + "After f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date',"
                + " foo=1), the call g(r) returns\nr.name('date', foo=1)."));
        itemgetter();
        attrgetter();
        methodcaller();
    }

    static void install(PyModule m) {
        ModuleSupport.set(m, "itemgetter", ITEMGETTER);
        ModuleSupport.set(m, "attrgetter", ATTRGETTER);
        ModuleSupport.set(m, "methodcaller", METHODCALLER);
    }

    /** The one argument of a call: "itemgetter expected 1 argument, got 2". */
    private static PyObject operand(String name, PyObject[] args, PyTuple kw) {
        Args.noKw(name, kw);
        Args.checkPositional(name, args.length - 1, 1, 1);
        return args[1];
    }

    // CPython: Modules/_operator.c itemgetter_new, itemgetter_call_impl, itemgetter_repr, itemgetter_reduce
    private static void itemgetter() {
        newMethod(ITEMGETTER, (args, kw) -> {
            Args.noKw("itemgetter", kw);
            int n = args.length - 1;
            if (n <= 1) Args.checkPositional("itemgetter", n, 1, 1);
            return new ItemGetter(n == 1 ? args[1] : new PyTuple(Arrays.copyOfRange(args, 1, args.length)), n);
        });
        put(ITEMGETTER, "__call__", (args, kw) -> {
            ItemGetter g = (ItemGetter) args[0];
            PyObject obj = operand("itemgetter", args, kw);
            if (g.nitems == 1) {
                if (g.index >= 0 && obj.getClass() == PyTuple.class && g.index < ((PyTuple) obj).items.length) {
                    return ((PyTuple) obj).items[(int) g.index];
                }
                return Abstract.getitem(obj, g.item);
            }
            PyObject[] items = ((PyTuple) g.item).items, out = new PyObject[g.nitems];
            for (int i = 0; i < out.length; i++) out[i] = Abstract.getitem(obj, items[i]);
            return new PyTuple(out);
        });
        noargs(ITEMGETTER, "__reduce__", self -> {
            ItemGetter g = (ItemGetter) self;
            return PyTuple.of(self.type(), g.nitems == 1 ? PyTuple.of(g.item) : g.item);
        });
        slot0(ITEMGETTER, "__repr__", OperatorGetters::itemRepr);
    }

    private static PyStr itemRepr(PyObject self) {
        ItemGetter g = (ItemGetter) self;
        String name = self.type().name();
        if (!ReprGuard.enter(self)) return PyStr.of(name + "(...)");
        try {
            String r = Abstract.repr(g.item).value();
            return PyStr.of(g.nitems == 1 ? name + "(" + r + ")" : name + r);
        } finally {
            ReprGuard.leave(self);
        }
    }

    // CPython: Modules/_operator.c attrgetter_new, dotted_getattr, attrgetter_repr, attrgetter_reduce
    private static void attrgetter() {
        newMethod(ATTRGETTER, (args, kw) -> {
            Args.noKw("attrgetter", kw);
            int n = args.length - 1;
            if (n <= 1) Args.checkPositional("attrgetter", n, 1, 1);
            PyStr[][] chains = new PyStr[n][];
            for (int i = 0; i < n; i++) {
                if (!(args[i + 1] instanceof PyStr s)) throw Errors.typeError("attribute name must be a string");
                String[] parts = s.value().split("\\.", -1);
                chains[i] = new PyStr[parts.length];
                for (int k = 0; k < parts.length; k++) chains[i][k] = PyStr.intern(parts[k]);
            }
            return new AttrGetter(chains);
        });
        put(ATTRGETTER, "__call__", (args, kw) -> {
            AttrGetter g = (AttrGetter) args[0];
            PyObject obj = operand("attrgetter", args, kw);
            if (g.chains.length == 1) return dotted(obj, g.chains[0]);
            PyObject[] out = new PyObject[g.chains.length];
            for (int i = 0; i < out.length; i++) out[i] = dotted(obj, g.chains[i]);
            return new PyTuple(out);
        });
        noargs(ATTRGETTER, "__reduce__", self -> PyTuple.of(self.type(), names((AttrGetter) self)));
        slot0(ATTRGETTER, "__repr__", OperatorGetters::attrRepr);
    }

    private static PyStr attrRepr(PyObject self) {
        String name = self.type().name();
        if (!ReprGuard.enter(self)) return PyStr.of(name + "(...)");
        try {
            PyTuple names = names((AttrGetter) self);
            return PyStr.of(names.items.length == 1 ? name + "(" + Abstract.repr(names.items[0]).value() + ")"
                    : name + Abstract.repr(names).value());
        } finally {
            ReprGuard.leave(self);
        }
    }

    private static PyObject dotted(PyObject obj, PyStr[] chain) {
        for (PyStr name : chain) obj = Abstract.getattr(obj, name);
        return obj;
    }

    /** The attribute names as given (the chains joined with dots). */
    private static PyTuple names(AttrGetter g) {
        PyObject[] out = new PyObject[g.chains.length];
        for (int i = 0; i < out.length; i++) {
            String[] parts = new String[g.chains[i].length];
            for (int k = 0; k < parts.length; k++) parts[k] = g.chains[i][k].value();
            out[i] = PyStr.of(String.join(".", parts));
        }
        return new PyTuple(out);
    }

    // CPython: Modules/_operator.c methodcaller_new, methodcaller_vectorcall, methodcaller_repr, methodcaller_reduce
    private static void methodcaller() {
        newMethod(METHODCALLER, (args, kw) -> {
            int nkw = Args.nkw(kw), npos = args.length - 1 - nkw;
            if (npos < 1) throw Errors.typeError("methodcaller needs at least one argument, the method name");
            if (!(args[1] instanceof PyStr name)) throw Errors.typeError("method name must be a string");
            PyDict kwds = new PyDict();
            for (int i = 0; i < nkw; i++) kwds.put(kw.items[i], args[1 + npos + i]);
            return new MethodCaller(PyStr.intern(name.value()), Arrays.copyOfRange(args, 2, 1 + npos), kwds);
        });
        put(METHODCALLER, "__call__", (args, kw) -> {
            MethodCaller c = (MethodCaller) args[0];
            PyObject obj = operand("methodcaller", args, kw);
            PyObject method = Abstract.getattr(obj, c.name);
            int nkw = c.kwds.size();
            PyObject[] all = Arrays.copyOf(c.args, c.args.length + nkw);
            PyObject[] names = new PyObject[nkw];
            int i = 0;
            for (PyObject k : c.kwds.keys()) {
                names[i] = k;
                all[c.args.length + i++] = c.kwds.get(k);
            }
            return Abstract.call(method, all, nkw == 0 ? null : new PyTuple(names));
        });
        noargs(METHODCALLER, "__reduce__", self -> {
            MethodCaller c = (MethodCaller) self;
            if (c.kwds.size() == 0) {
                PyObject[] newargs = new PyObject[c.args.length + 1];
                newargs[0] = c.name;
                System.arraycopy(c.args, 0, newargs, 1, c.args.length);
                return PyTuple.of(self.type(), new PyTuple(newargs));
            }
            PyObject partial = Abstract.getattr(Importer.importModule("functools"), PyStr.of("partial"));
            int nkw = c.kwds.size();
            PyObject[] pargs = new PyObject[2 + nkw];
            PyObject[] names = new PyObject[nkw];
            pargs[0] = self.type();
            pargs[1] = c.name;
            int i = 0;
            for (PyObject k : c.kwds.keys()) {
                names[i] = k;
                pargs[2 + i++] = c.kwds.get(k);
            }
            return PyTuple.of(Abstract.call(partial, pargs, new PyTuple(names)), new PyTuple(c.args.clone()));
        });
        slot0(METHODCALLER, "__repr__", OperatorGetters::callerRepr);
    }

    private static PyStr callerRepr(PyObject self) {
        MethodCaller c = (MethodCaller) self;
        String name = self.type().name();
        if (!ReprGuard.enter(self)) return PyStr.of(name + "(...)");
        try {
            StringBuilder sb = new StringBuilder(name).append('(').append(Abstract.repr(c.name).value());
            for (PyObject a : c.args) sb.append(", ").append(Abstract.repr(a).value());
            for (PyObject k : c.kwds.keys()) {
                sb.append(", ").append(((PyStr) k).value()).append('=').append(Abstract.repr(c.kwds.get(k)).value());
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ReprGuard.leave(self);
        }
    }
}
