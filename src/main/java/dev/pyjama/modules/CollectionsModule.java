package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;
import static dev.pyjama.interp.BuiltinTypes.slot2;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.DictMethods;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;

/**
 * {@code _collections}: {@code deque} and {@code defaultdict}. OrderedDict, _tuplegetter and
 * _count_elements are left to collections/__init__.py's pure-Python versions, as CPython
 * allows. Both types' Java objects are also the layout of their Python subclasses.
 */
// CPython: Modules/_collectionsmodule.c
public final class CollectionsModule {
    private CollectionsModule() {}

    public static final PyType DEQUE = PyType.builtin("collections.deque", null);
    public static final PyType DEFAULTDICT = PyType.builtin("collections.defaultdict", PyDict.TYPE);
    static final PyType DEQUE_ITERATOR = ModuleSupport.iteratorType("_collections._deque_iterator");
    static final PyType DEQUE_REVERSE_ITERATOR = ModuleSupport.iteratorType("_collections._deque_reverse_iterator");

    static final class Deque extends PyObject implements Derived {
        private PyType type = DEQUE;
        private PyDict dict;
        final java.util.List<PyObject> items = new ArrayList<>();

        @Override
        public String repr() {
            return CollectionsModule.repr(this).value();
        }
        long maxlen = -1;
        int state;

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        void append(PyObject v) {
            state++;
            if (maxlen == 0) return;
            items.add(v);
            if (maxlen > 0 && items.size() > maxlen) items.remove(0);
        }

        void appendleft(PyObject v) {
            state++;
            if (maxlen == 0) return;
            items.add(0, v);
            if (maxlen > 0 && items.size() > maxlen) items.remove(items.size() - 1);
        }
    }

    static final class DefaultDict extends PyDict implements Derived {
        private PyType type = DEFAULTDICT;
        private PyDict dict;
        PyObject factory = PyNone.NONE;

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    private static boolean isIndex(PyObject n) {
        return n instanceof dev.pyjama.objects.PyInt || n instanceof PyBool || n.type().lookup("__index__") != null;
    }

    private static long repeatCount(PyObject n) {
        if (!isIndex(n)) throw Errors.typeError("can't multiply sequence by non-int of type '" + n.typeName() + "'");
        return Abstract.asSsize(n, ExceptionTypes.OVERFLOW_ERROR);
    }

    /** The deque's items n times over, as appends (a maxlen keeps the last ones): only as many rounds as can show. */
    private static Deque repeatInPlace(Deque d, long n) {
        if (n <= 0) {
            d.items.clear();
            return d;
        }
        int size = d.items.size();
        if (n == 1 || size == 0) return d;
        long rounds = n - 1;
        if (d.maxlen >= 0) rounds = Math.min(rounds, d.maxlen / size + 1);
        else if ((double) size * n > Integer.MAX_VALUE - 8) throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
        PyObject[] once = d.items.toArray(new PyObject[0]);
        for (long r = 0; r < rounds; r++) for (PyObject v : once) d.append(v);
        return d;
    }

    private static Deque dq(PyObject o) {
        return (Deque) o;
    }

    static {
        Derived.SELF_DERIVED.put(DEQUE, Deque.class);
        Derived.SELF_DERIVED.put(DEFAULTDICT, DefaultDict.class);
        deque();
        defaultdict();
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_collections");
        ModuleSupport.set(m, "deque", DEQUE);
        ModuleSupport.set(m, "defaultdict", DEFAULTDICT);
        ModuleSupport.set(m, "_deque_iterator", DEQUE_ITERATOR);
        return m;
    }

    private static PyObject iterator(Deque d, boolean reverse) {
        int state = d.state;
        int[] pos = {reverse ? d.items.size() - 1 : 0};
        return new PyIter(reverse ? DEQUE_REVERSE_ITERATOR : DEQUE_ITERATOR) {
            @Override
            public PyObject next() {
                if (d.state != state) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
                if (pos[0] < 0 || pos[0] >= d.items.size()) return null;
                PyObject v = d.items.get(pos[0]);
                pos[0] += reverse ? -1 : 1;
                return v;
            }
        };
    }

    private static int index(Deque d, PyObject i) {
        long n = ModuleSupport.asLong(i), size = d.items.size();
        if (n < 0) n += size;
        if (n < 0 || n >= size) throw Errors.indexError("deque index out of range");
        return (int) n;
    }

    // CPython: Modules/_collectionsmodule.c deque_repr
    private static PyStr repr(Deque d) {
        String name = d.type().name();
        if (!ReprGuard.enter(d)) return PyStr.of("[...]");
        try {
            String list = Abstract.repr(new dev.pyjama.objects.PyList(new ArrayList<>(d.items))).value();
            return PyStr.of(d.type().qualname + "(" + list + (d.maxlen >= 0 ? ", maxlen=" + d.maxlen : "") + ")");
        } finally {
            ReprGuard.leave(d);
        }
    }

    private static void deque() {
        PyType t = DEQUE;
        newMethod(t, (args, kw) -> new Deque());
        put(t, "__init__", (args, kw) -> {
            PyObject[] a = Args.parse("deque", args, 1, kw, new String[] {"iterable", "maxlen"}, 0, 2);
            Deque d = dq(args[0]);
            if (a[1] != null && a[1] != PyNone.NONE) {
                d.maxlen = ModuleSupport.asLong(a[1]);
                if (d.maxlen < 0) throw Errors.valueError("maxlen must be non-negative");
            } else {
                d.maxlen = -1;
            }
            d.items.clear();
            if (a[0] != null) for (PyObject v : Abstract.iterToArray(a[0])) d.append(v);
            return PyNone.NONE;
        });
        getter(t, "maxlen", self -> dq(self).maxlen < 0 ? PyNone.NONE : PyInt.of(dq(self).maxlen));
        put(t, "append", (args, kw) -> {
            ModuleSupport.one("deque.append", java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            dq(args[0]).append(args[1]);
            return PyNone.NONE;
        });
        put(t, "appendleft", (args, kw) -> {
            ModuleSupport.one("deque.appendleft", java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            dq(args[0]).appendleft(args[1]);
            return PyNone.NONE;
        });
        put(t, "extend", (args, kw) -> {
            Deque d = dq(args[0]);
            for (PyObject v : Abstract.iterToArray(args[1] == d ? new dev.pyjama.objects.PyList(new ArrayList<>(d.items)) : args[1])) d.append(v);
            return PyNone.NONE;
        });
        put(t, "extendleft", (args, kw) -> {
            Deque d = dq(args[0]);
            for (PyObject v : Abstract.iterToArray(args[1] == d ? new dev.pyjama.objects.PyList(new ArrayList<>(d.items)) : args[1])) d.appendleft(v);
            return PyNone.NONE;
        });
        put(t, "pop", (args, kw) -> {
            Deque d = dq(args[0]);
            if (d.items.isEmpty()) throw Errors.indexError("pop from an empty deque");
            d.state++;
            return d.items.remove(d.items.size() - 1);
        });
        put(t, "popleft", (args, kw) -> {
            Deque d = dq(args[0]);
            if (d.items.isEmpty()) throw Errors.indexError("pop from an empty deque");
            d.state++;
            return d.items.remove(0);
        });
        put(t, "clear", (args, kw) -> {
            dq(args[0]).items.clear();
            dq(args[0]).state++;
            return PyNone.NONE;
        });
        put(t, "copy", (args, kw) -> copy(dq(args[0])));
        put(t, "__copy__", (args, kw) -> copy(dq(args[0])));
        put(t, "count", (args, kw) -> {
            long n = 0;
            for (PyObject v : new ArrayList<>(dq(args[0]).items)) if (Abstract.richCompareBool(v, args[1], Abstract.EQ)) n++;
            return PyInt.of(n);
        });
        put(t, "index", (args, kw) -> {
            java.util.List<PyObject> items = dq(args[0]).items;
            int start = args.length > 2 ? (int) Math.max(0, Math.min(items.size(), norm(ModuleSupport.asLong(args[2]), items.size()))) : 0;
            int stop = args.length > 3 ? (int) Math.max(0, Math.min(items.size(), norm(ModuleSupport.asLong(args[3]), items.size()))) : items.size();
            for (int i = start; i < stop && i < items.size(); i++) {
                if (Abstract.richCompareBool(items.get(i), args[1], Abstract.EQ)) return PyInt.of(i);
            }
            throw Errors.valueError(Abstract.repr(args[1]).value() + " is not in deque");
        });
        put(t, "insert", (args, kw) -> {
            Deque d = dq(args[0]);
            if (d.maxlen >= 0 && d.items.size() >= d.maxlen) throw Errors.indexError("deque already at its maximum size");
            long i = norm(ModuleSupport.asLong(args[1]), d.items.size());
            d.items.add((int) Math.max(0, Math.min(d.items.size(), i)), args[2]);
            d.state++;
            return PyNone.NONE;
        });
        put(t, "remove", (args, kw) -> {
            Deque d = dq(args[0]);
            for (int i = 0; i < d.items.size(); i++) {
                if (Abstract.richCompareBool(d.items.get(i), args[1], Abstract.EQ)) {
                    d.items.remove(i);
                    d.state++;
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError(Abstract.repr(args[1]).value() + " is not in deque");
        });
        put(t, "reverse", (args, kw) -> {
            java.util.Collections.reverse(dq(args[0]).items);
            dq(args[0]).state++;
            return PyNone.NONE;
        });
        put(t, "rotate", (args, kw) -> {
            Deque d = dq(args[0]);
            long n = args.length > 1 ? ModuleSupport.asLong(args[1]) : 1;
            if (!d.items.isEmpty()) java.util.Collections.rotate(d.items, (int) (n % d.items.size()));
            d.state++;
            return PyNone.NONE;
        });
        slot0(t, "__len__", self -> PyInt.of(dq(self).items.size()));
        slot0(t, "__bool__", self -> PyBool.of(!dq(self).items.isEmpty()));
        slot0(t, "__iter__", self -> iterator(dq(self), false));
        put(t, "__reversed__", (args, kw) -> iterator(dq(args[0]), true));
        slot0(t, "__repr__", self -> repr(dq(self)));
        slot1(t, "__getitem__", (self, i) -> dq(self).items.get(index(dq(self), i)));
        slot2(t, "__setitem__", (self, i, v) -> {
            dq(self).items.set(index(dq(self), i), v);
            return PyNone.NONE;
        });
        slot1(t, "__delitem__", (self, i) -> {
            dq(self).items.remove(index(dq(self), i));
            dq(self).state++;
            return PyNone.NONE;
        });
        slot1(t, "__contains__", (self, v) -> {
            for (PyObject x : new ArrayList<>(dq(self).items)) if (Abstract.richCompareBool(x, v, Abstract.EQ)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        slot1(t, "__add__", (self, o) -> {
            if (!(o instanceof Deque od)) {
                throw Errors.typeError("can only concatenate deque (not \"" + o.typeName() + "\") to deque");
            }
            Deque r = copy(dq(self));
            for (PyObject v : new ArrayList<>(od.items)) r.append(v);
            return r;
        });
        slot1(t, "__iadd__", (self, o) -> {
            for (PyObject v : Abstract.iterToArray(o)) dq(self).append(v);
            return self;
        });
        // CPython: Modules/_collectionsmodule.c deque_inplace_repeat, deque_repeat
        slot1(t, "__imul__", (self, n) -> repeatInPlace(dq(self), repeatCount(n)));
        slot1(t, "__mul__", (self, n) -> repeatInPlace(copy(dq(self)), repeatCount(n)));
        slot1(t, "__rmul__", (self, n) -> isIndex(n) ? repeatInPlace(copy(dq(self)), repeatCount(n)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.dict.put("__hash__", PyNone.NONE);
        String[] ops = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int k = 0; k < ops.length; k++) {
            int op = k;
            slot1(t, ops[k], (self, o) -> {
                if (!(o instanceof Deque od)) return PyNotImplemented.NOT_IMPLEMENTED;
                return Abstract.richCompare(new dev.pyjama.objects.PyList(new ArrayList<>(dq(self).items)),
                        new dev.pyjama.objects.PyList(new ArrayList<>(od.items)), op);
            });
        }
        put(t, "__reduce__", (args, kw) -> {
            Deque d = dq(args[0]);
            PyObject list = new dev.pyjama.objects.PyList(new ArrayList<>(d.items));
            return PyTuple.of(d.type(), d.maxlen < 0 ? PyTuple.of(list) : PyTuple.of(list, PyInt.of(d.maxlen)));
        });
        classGetitem(t);
    }

    private static long norm(long i, int size) {
        return i < 0 ? i + size : i;
    }

    private static Deque copy(Deque d) {
        if (d.type() != DEQUE) {
            return (Deque) Abstract.call(d.type(), new dev.pyjama.objects.PyList(new ArrayList<>(d.items)),
                    d.maxlen < 0 ? PyNone.NONE : PyInt.of(d.maxlen));
        }
        Deque r = new Deque();
        r.maxlen = d.maxlen;
        r.items.addAll(d.items);
        return r;
    }

    static void classGetitem(PyType t) {
        t.dict.put("__class_getitem__", new dev.pyjama.objects.PyClassMethod(new dev.pyjama.objects.PyBuiltinFunction(
                "__class_getitem__", null, null, (args, kw) -> new dev.pyjama.objects.PyGenericAlias(
                        dev.pyjama.objects.PyGenericAlias.TYPE, args[0], args[1] instanceof PyTuple tu ? tu : PyTuple.of(args[1]), false))));
    }

    // CPython: Modules/_collectionsmodule.c defdict_init, defdict_missing, defdict_repr
    private static void defaultdict() {
        PyType t = DEFAULTDICT;
        newMethod(t, (args, kw) -> new DefaultDict());
        PyObject dictInit = PyDict.TYPE.dict.get("__init__");
        put(t, "__init__", (args, kw) -> {
            DefaultDict d = (DefaultDict) args[0];
            int npos = args.length - 1 - Args.nkw(kw);
            PyObject[] rest;
            if (npos >= 1) {
                PyObject f = args[1];
                if (f != PyNone.NONE && !Abstract.isCallable(f)) throw Errors.typeError("first argument must be callable or None");
                d.factory = f;
                rest = new PyObject[args.length - 1];
                rest[0] = d;
                System.arraycopy(args, 2, rest, 1, args.length - 2);
            } else {
                rest = args;
            }
            return Abstract.call(dictInit, rest, kw);
        });
        dev.pyjama.interp.BuiltinTypes.getset(t, "default_factory", self -> ((DefaultDict) self).factory,
                (self, v) -> ((DefaultDict) self).factory = v == null ? PyNone.NONE : v);
        put(t, "__missing__", (args, kw) -> {
            DefaultDict d = (DefaultDict) args[0];
            if (d.factory == PyNone.NONE) throw new dev.pyjama.objects.PyException(new dev.pyjama.objects.PyBaseException(ExceptionTypes.KEY_ERROR, PyTuple.of(args[1])));
            PyObject v = Abstract.call(d.factory);
            Abstract.setitem(d, args[1], v);
            return v;
        });
        slot0(t, "__repr__", self -> {
            DefaultDict d = (DefaultDict) self;
            String f;
            if (d.factory == PyNone.NONE) f = "None";
            else if (!ReprGuard.enter(d)) f = "...";
            else {
                try {
                    f = Abstract.repr(d.factory).value();
                } finally {
                    ReprGuard.leave(d);
                }
            }
            return PyStr.of(d.type().qualname + "(" + f + ", " + DictMethods.repr(d).value() + ")");
        });
        put(t, "copy", (args, kw) -> copyDefault((DefaultDict) args[0]));
        put(t, "__copy__", (args, kw) -> copyDefault((DefaultDict) args[0]));
        put(t, "__reduce__", (args, kw) -> {
            DefaultDict d = (DefaultDict) args[0];
            return PyTuple.of(d.type(), d.factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(d.factory), PyNone.NONE, PyNone.NONE,
                    Abstract.iter(Abstract.call(Abstract.getattr(d, PyStr.of("items")))));
        });
        slot1(t, "__or__", (self, o) -> {
            if (!(o instanceof PyDict)) return PyNotImplemented.NOT_IMPLEMENTED;
            DefaultDict r = copyDefault((DefaultDict) self);
            Abstract.call(Abstract.getattr(r, PyStr.of("update")), o);
            return r;
        });
        // CPython: Modules/_collectionsmodule.c defdict_or (reflected: the left dict's items, this factory)
        slot1(t, "__ror__", (self, o) -> {
            if (!(o instanceof PyDict)) return PyNotImplemented.NOT_IMPLEMENTED;
            DefaultDict d = (DefaultDict) self;
            PyObject r = Abstract.call(d.type(), d.factory, o);
            Abstract.call(Abstract.getattr(r, PyStr.of("update")), d);
            return r;
        });
    }

    private static DefaultDict copyDefault(DefaultDict d) {
        PyObject r = Abstract.call(d.type(), d.factory, d);
        return (DefaultDict) r;
    }
}
