package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.SetTable;
import java.util.Arrays;

/** The methods of set and frozenset. */
// CPython: Objects/setobject.c set_methods, frozenset_methods
final class SetMethods {
    private SetMethods() {}

    /** A new table holding the items of an iterable, added as set.update adds them. */
    static SetTable tableOf(PyObject iterable) {
        SetTable t = new SetTable();
        update(t, iterable);
        return t;
    }

    // CPython: Objects/setobject.c set_update_local
    static void update(SetTable t, PyObject other) {
        if (other instanceof PySet s) t.merge(s.table);
        else if (other instanceof PyFrozenSet f) t.merge(f.table);
        else if (other instanceof PyDict d && d.type() == PyDict.TYPE) t.mergeDictKeys(d); // PyDict_CheckExact: a subclass iterates
        else {
            PyObject it = Abstract.iter(other);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) t.add(x);
        }
    }

    static PyStr repr(PyObject self) {
        SetTable t = NativeOps.table(self);
        boolean frozen = self instanceof PyFrozenSet || self.getClass() != PySet.class;
        String name = self.typeName();
        if (t.size() == 0) return PyStr.of(name + "()");
        if (!ListMethods.reprEnter(self)) return PyStr.of(name + "(...)");
        try {
            StringBuilder sb = new StringBuilder(frozen ? name + "({" : "{");
            PyObject[] items = t.items();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.repr(items[i]).value());
            }
            return PyStr.of(sb.append(frozen ? "})" : "}").toString());
        } finally {
            ListMethods.reprLeave(self);
        }
    }

    private static SetTable tab(PyObject o) {
        return NativeOps.table(o);
    }

    static PyObject asSet(PyObject o) {
        return NativeOps.isAnySet(o) ? o : new PySet(tableOf(o));
    }

    static void install() {
        for (PyType t : new PyType[] {PySet.TYPE, PyFrozenSet.TYPE}) {
            boolean frozen = t == PyFrozenSet.TYPE;
            slot0(t, "__repr__", SetMethods::repr);
            slot0(t, "__len__", self -> PyInt.of(tab(self).size()));
            slot1(t, "__contains__", (self, x) -> bool(NativeOps.contains(self, x) == 1));
            slot0(t, "__iter__", self -> Iterators.of(self));
            comparisons(t);
            for (int op : new int[] {Abstract.NB_AND, Abstract.NB_OR, Abstract.NB_XOR, Abstract.NB_SUBTRACT}) {
                slot1(t, Abstract.NB_DUNDER[op], (self, o) -> NativeOps.isAnySet(o) ? NativeOps.setOp(op, self, o, false) : ni());
                slot1(t, Abstract.NB_RDUNDER[op], (self, o) -> NativeOps.isAnySet(o) ? NativeOps.setOp(op, o, self, false) : ni());
            }
            // CPython: Objects/setobject.c frozenset_copy (an exact frozenset is its own copy; a subclass's is a frozenset)
            noargs(t, "copy", self -> !frozen ? new PySet(tab(self).copy())
                    : self.type() == PyFrozenSet.TYPE ? self : PyFrozenSet.ofTable(tab(self).copy()));
            put(t, "union", (args, kw) -> multi(args, kw, "union", Abstract.NB_OR));
            put(t, "intersection", (args, kw) -> multi(args, kw, "intersection", Abstract.NB_AND));
            put(t, "difference", (args, kw) -> multi(args, kw, "difference", Abstract.NB_SUBTRACT));
            onearg(t, "symmetric_difference", SetMethods::symmetricDifference);
            onearg(t, "issubset", (self, o) -> NativeOps.compare(Abstract.LE, self, asSet(o)));
            onearg(t, "issuperset", (self, o) -> NativeOps.compare(Abstract.GE, self, asSet(o)));
            onearg(t, "isdisjoint", (self, o) -> {
                for (PyObject x : Abstract.iterToList(o)) if (tab(self).contains(x)) return bool(false);
                return bool(true);
            });
        }
        PyType f = PyFrozenSet.TYPE;
        newMethod(f, (args, kw) -> {
            Args.noKw("frozenset", kw);
            Args.checkPositional("frozenset", args.length - 1, 0, 1);
            if (args.length == 1) return PyFrozenSet.EMPTY;
            if (args[1].getClass() == PyFrozenSet.class) return args[1];
            return PyFrozenSet.ofTable(tableOf(args[1]));
        });
        slot0(f, "__hash__", self -> PyInt.of(dev.pyjama.objects.PyHash.valueHash(self)));

        PyType t = PySet.TYPE;
        newMethod(t, (args, kw) -> new PySet());
        put(t, "__init__", (args, kw) -> {
            Args.noKw("set", kw);
            Args.checkPositional("set", args.length - 1, 0, 1);
            SetTable tb = tab(args[0]);
            tb.clear();
            if (args.length == 2) update(tb, args[1]);
            return PyNone.NONE;
        });
        t.dict.put("__hash__", PyNone.NONE);
        for (int op : new int[] {Abstract.NB_AND, Abstract.NB_OR, Abstract.NB_XOR, Abstract.NB_SUBTRACT}) {
            slot1(t, Abstract.NB_IDUNDER[op], (self, o) -> NativeOps.isAnySet(o) ? NativeOps.inplace(op, self, o) : ni());
        }
        onearg(t, "add", (self, x) -> {
            tab(self).add(x);
            return PyNone.NONE;
        });
        onearg(t, "discard", (self, x) -> {
            tab(self).discard(x);
            return PyNone.NONE;
        });
        onearg(t, "remove", (self, x) -> {
            if (!tab(self).discard(x)) throw keyError(x);
            return PyNone.NONE;
        });
        noargs(t, "pop", self -> {
            PyObject x = tab(self).pop();
            if (x == null) throw keyError(PyStr.of("pop from an empty set"));
            return x;
        });
        noargs(t, "clear", self -> {
            tab(self).clear();
            return PyNone.NONE;
        });
        put(t, "update", (args, kw) -> {
            Args.noKw("set.update", kw);
            for (int i = 1; i < args.length; i++) update(tab(args[0]), args[i]);
            return PyNone.NONE;
        });
        put(t, "difference_update", (args, kw) -> {
            for (int i = 1; i < args.length; i++) NativeOps.differenceUpdate(tab(args[0]), tab(asSet(args[i])));
            return PyNone.NONE;
        });
        put(t, "intersection_update", (args, kw) -> {
            for (int i = 1; i < args.length; i++) {
                PySet r = (PySet) NativeOps.setOp(Abstract.NB_AND, args[0], asSet(args[i]), true);
                tab(args[0]).replaceWith(r.table);
            }
            return PyNone.NONE;
        });
        onearg(t, "symmetric_difference_update", (self, o) -> {
            NativeOps.symmetricDifferenceUpdate(tab(self), tab(asSet(o)));
            return PyNone.NONE;
        });
    }

    /**
     * union/intersection/difference with any number of iterables, each argument taken as CPython
     * takes it: the result's table, and so its iteration order, is built the same way.
     */
    // CPython: Objects/setobject.c set_union, set_intersection_multi_impl, set_difference_multi_impl
    private static PyObject multi(PyObject[] args, PyTuple kw, String name, int op) {
        Args.noKw(args[0].typeName() + "." + name, kw);
        PyObject self = args[0];
        if (args.length == 1) return ofType(self, tab(self).copy());
        switch (op) {
            case Abstract.NB_OR: {
                SetTable out = tab(self).copy();
                for (int i = 1; i < args.length; i++) if (args[i] != self) update(out, args[i]);
                return ofType(self, out);
            }
            case Abstract.NB_AND: {
                PyObject r = self;
                for (int i = 1; i < args.length; i++) r = intersection(r, args[i]);
                return r;
            }
            default: {
                PyObject r = difference(self, args[1]);
                for (int i = 2; i < args.length; i++) NativeOps.differenceUpdate(tab(r), tab(asSet(args[i])));
                return r;
            }
        }
    }

    /** A new set, or frozenset when {@code like} is one (CPython's make_new_set_basetype), over {@code t}. */
    private static PyObject ofType(PyObject like, SetTable t) {
        return like instanceof PyFrozenSet ? PyFrozenSet.ofTable(t) : new PySet(t);
    }

    // CPython: Objects/setobject.c set_intersection
    private static PyObject intersection(PyObject so, PyObject other) {
        if (NativeOps.isAnySet(other)) return NativeOps.setOp(Abstract.NB_AND, so, other, false);
        SetTable mine = tab(so), out = new SetTable();
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (mine.contains(x)) out.add(x);
        return ofType(so, out);
    }

    // CPython: Objects/setobject.c set_difference (an iterable other than a set or dict: copy, then discard)
    private static PyObject difference(PyObject so, PyObject other) {
        if (NativeOps.isAnySet(other)) return NativeOps.setOp(Abstract.NB_SUBTRACT, so, other, false);
        SetTable mine = tab(so), out;
        if (other instanceof PyDict d && d.type() == PyDict.TYPE && (mine.size() >> 2) <= d.size()) {
            out = new SetTable();
            for (PyObject x : mine.items()) if (!d.containsKey(x)) out.add(x);
        } else {
            out = mine.copy();
            NativeOps.differenceUpdate(out, tab(asSet(other)));
        }
        return ofType(so, out);
    }

    // CPython: Objects/setobject.c set_symmetric_difference (a new set from other, then so's keys toggled)
    private static PyObject symmetricDifference(PyObject so, PyObject other) {
        SetTable out = NativeOps.isAnySet(other) ? tab(other).copy() : tableOf(other);
        NativeOps.symmetricDifferenceUpdate(out, tab(so));
        return ofType(so, out);
    }

    static Object unused() {
        return Arrays.asList();
    }
}
