package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The methods of list and tuple, and the recursion guard of container reprs. */
// CPython: Objects/listobject.c list_methods, Objects/tupleobject.c tuple_methods, Objects/object.c Py_ReprEnter
final class ListMethods {
    private ListMethods() {}

    private static final ThreadLocal<Map<PyObject, Boolean>> REPR_ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Py_ReprEnter: false when {@code o} is already being repr'd on this thread. */
    static boolean reprEnter(PyObject o) {
        return REPR_ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    static void reprLeave(PyObject o) {
        REPR_ACTIVE.get().remove(o);
    }

    /** {@code open + repr(items) joined by ", " + close}, or {@code recursive} when o is already being shown. */
    static PyStr seqRepr(PyObject o, List<PyObject> items, String open, String close, String recursive) {
        if (!reprEnter(o)) return PyStr.of(recursive);
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.repr(items.get(i)).value());
            }
            return PyStr.of(sb.append(close).toString());
        } finally {
            reprLeave(o);
        }
    }

    private static List<PyObject> l(PyObject o) {
        return ((PyList) o).items;
    }

    static void install() {
        PyType t = PyList.TYPE;
        newMethod(t, (args, kw) -> new PyList(new ArrayList<>()));
        put(t, "__init__", (args, kw) -> {
            Args.noKw("list", kw);
            Args.checkPositional("list", args.length - 1, 0, 1);
            List<PyObject> items = l(args[0]);
            items.clear();
            if (args.length == 2) items.addAll(Abstract.toList(args[1]));
            return PyNone.NONE;
        });
        slot0(t, "__repr__", self -> seqRepr(self, l(self), "[", "]", "[...]"));
        t.dict.put("__hash__", PyNone.NONE);
        slot0(t, "__len__", self -> PyInt.of(l(self).size()));
        slot1(t, "__getitem__", (self, k) -> NativeOps.getitem(self, k));
        slot2(t, "__setitem__", (self, k, v) -> {
            NativeOps.setitem(self, k, v);
            return PyNone.NONE;
        });
        slot1(t, "__delitem__", (self, k) -> {
            NativeOps.setitem(self, k, null);
            return PyNone.NONE;
        });
        slot1(t, "__contains__", (self, x) -> bool(NativeOps.contains(self, x) == 1));
        slot0(t, "__iter__", self -> Iterators.of(self));
        noargs(t, "__reversed__", self -> new Iterators.ReversedListIter((PyList) self));
        noargs(t, "__reversed__", self -> new Iterators.ReversedListIter((PyList) self));
        comparisons(t);
        slot1(t, "__add__", (self, o) -> {
            if (!(o instanceof PyList)) {
                throw Errors.typeError("can only concatenate list (not \"" + o.typeName() + "\") to list");
            }
            return NativeOps.binary(Abstract.NB_ADD, self, o);
        });
        slot1(t, "__iadd__", (self, o) -> NativeOps.inplace(Abstract.NB_ADD, self, o));
        slot1(t, "__mul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, Abstract.index(n)) : ni());
        slot1(t, "__rmul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, Abstract.index(n)) : ni());
        slot1(t, "__imul__", (self, n) -> NativeOps.inplace(Abstract.NB_MULTIPLY, self, n));
        onearg(t, "append", (self, x) -> {
            l(self).add(x);
            return PyNone.NONE;
        });
        onearg(t, "extend", (self, x) -> {
            List<PyObject> add = Abstract.toList(x);
            if (!add.isEmpty()) l(self).addAll(add); // nothing added: unmodified (list.sort's check)
            return PyNone.NONE;
        });
        positional(t, "insert", 2, 2, (self, a) -> {
            List<PyObject> items = l(self);
            long i = Abstract.asSsize(a[0], null), n = items.size();
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            items.add((int) i, a[1]);
            return PyNone.NONE;
        });
        positional(t, "pop", 0, 1, (self, a) -> {
            List<PyObject> items = l(self);
            if (items.isEmpty()) throw Errors.indexError("pop from empty list");
            long i = a[0] == null ? -1 : Abstract.asSsize(a[0], null), n = items.size();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("pop index out of range");
            return items.remove((int) i);
        });
        onearg(t, "remove", (self, x) -> {
            List<PyObject> items = l(self);
            for (int i = 0; i < items.size(); i++) {
                if (Abstract.equal(items.get(i), x)) {
                    items.remove(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        positional(t, "index", 1, 3, (self, a) -> {
            List<PyObject> items = l(self);
            long[] r = bounds(items.size(), a[1], a[2]);
            for (long i = r[0]; i < r[1] && i < items.size(); i++) {
                if (Abstract.equal(items.get((int) i), a[0])) return PyInt.of(i);
            }
            throw Errors.valueError(Abstract.repr(a[0]).value() + " is not in list");
        });
        onearg(t, "count", (self, x) -> {
            int n = 0;
            for (PyObject o : new ArrayList<>(l(self))) if (Abstract.equal(o, x)) n++;
            return PyInt.of(n);
        });
        noargs(t, "reverse", self -> {
            Collections.reverse(l(self));
            return PyNone.NONE;
        });
        noargs(t, "copy", self -> new PyList(new ArrayList<>(l(self))));
        noargs(t, "clear", self -> {
            List<PyObject> items = l(self);
            if (!items.isEmpty()) items.clear(); // an empty list stays unmodified (list.sort's check)
            return PyNone.NONE;
        });
        put(t, "sort", (args, kw) -> {
            PyObject[] a = Args.parse("sort", args, 1, kw, new String[] {"key", "reverse"}, 0, 0);
            sort((PyList) args[0], a[0], a[1] != null && Abstract.isTrue(a[1]));
            return PyNone.NONE;
        });

        PyType tt = PyTuple.TYPE;
        newMethod(tt, (args, kw) -> {
            Args.noKw("tuple", kw);
            Args.checkPositional("tuple", args.length - 1, 0, 1);
            if (args.length == 1) return PyTuple.EMPTY;
            if (args[1].getClass() == PyTuple.class) return args[1];
            return PyTuple.of(Abstract.toList(args[1]).toArray(new PyObject[0]));
        });
        slot0(tt, "__repr__", self -> {
            PyObject[] items = ((PyTuple) self).items;
            if (items.length == 1) return seqRepr(self, List.of(items), "(", ",)", "(...)");
            return seqRepr(self, List.of(items), "(", ")", "(...)");
        });
        slot0(tt, "__hash__", self -> PyInt.of(dev.pyjama.objects.PyHash.valueHash(self)));
        slot0(tt, "__len__", self -> PyInt.of(((PyTuple) self).items.length));
        slot1(tt, "__getitem__", (self, k) -> NativeOps.getitem(self, k));
        slot1(tt, "__contains__", (self, x) -> bool(NativeOps.contains(self, x) == 1));
        slot0(tt, "__iter__", self -> Iterators.of(self));
        comparisons(tt);
        slot1(tt, "__add__", (self, o) -> o instanceof PyTuple ? NativeOps.binary(Abstract.NB_ADD, self, o) : ni());
        slot1(tt, "__mul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, Abstract.index(n)) : ni());
        slot1(tt, "__rmul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, Abstract.index(n)) : ni());
        noargs(tt, "__getnewargs__", self -> PyTuple.of(self));
        positional(tt, "index", 1, 3, (self, a) -> {
            PyObject[] items = ((PyTuple) self).items;
            long[] r = bounds(items.length, a[1], a[2]);
            for (long i = r[0]; i < r[1] && i < items.length; i++) {
                if (Abstract.equal(items[(int) i], a[0])) return PyInt.of(i);
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        onearg(tt, "count", (self, x) -> {
            int n = 0;
            for (PyObject o : ((PyTuple) self).items) if (Abstract.equal(o, x)) n++;
            return PyInt.of(n);
        });
    }

    static long[] bounds(int size, PyObject start, PyObject stop) {
        long s = start == null ? 0 : Abstract.asSsize(start, null), e = stop == null ? size : Abstract.asSsize(stop, null);
        if (s < 0) s = Math.max(0, s + size);
        if (e < 0) e = Math.max(0, e + size);
        return new long[] {s, e};
    }

    /**
     * list.sort: stable, with an optional key function; the list is empty while sorting, as in
     * CPython. When a comparison raises, the list keeps the permutation the sort had reached.
     */
    // CPython: Objects/listobject.c list_sort_impl
    static void sort(PyList list, PyObject key, boolean reverse) {
        List<PyObject> items = list.items;
        PyObject[] values = items.toArray(new PyObject[0]);
        items.clear();
        // CPython sees any append during the sort (even one popped again): the list got storage.
        // A fail-fast iterator over the emptied list sees any structural change the same way.
        java.util.Iterator<PyObject> probe = items.iterator();
        int n = values.length;
        PyObject[] keys = values;
        if (key != null && key != PyNone.NONE) {
            keys = new PyObject[n];
            try {
                for (int i = 0; i < n; i++) keys[i] = Abstract.call(key, values[i]);
            } catch (RuntimeException e) {
                // as CPython: the list gets its own items back and loses whatever was added meanwhile
                items.clear();
                items.addAll(java.util.Arrays.asList(values));
                throw e;
            }
        }
        // reverse, sort stably, reverse back: equal items keep their order (CPython does the same)
        if (reverse) {
            reverseInPlace(values);
            if (keys != values) reverseInPlace(keys);
        }
        RuntimeException failure = null;
        try {
            int[] order = n < 2 ? null : SortKeys.order(keys);
            if (order != null) {
                PyObject[] out = new PyObject[n];
                for (int j = 0; j < n; j++) out[j] = values[order[j]];
                values = out;
            } else {
                ListSort.sort(keys, keys == values ? null : values);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        if (reverse) reverseInPlace(values);
        boolean modified = !items.isEmpty() || changed(probe);
        // as CPython: what was added during the sort is dropped, the list is the sorted one
        items.clear();
        items.addAll(java.util.Arrays.asList(values));
        if (failure != null) throw failure;
        if (modified) throw Errors.valueError("list modified during sort");
    }

    private static boolean changed(java.util.Iterator<PyObject> probe) {
        try {
            probe.next();
            return false; // unreachable for an empty list that was not changed
        } catch (java.util.ConcurrentModificationException e) {
            return true;
        } catch (java.util.NoSuchElementException e) {
            return false;
        }
    }

    private static void reverseInPlace(PyObject[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code list[slice] = value} (value null: del). */
    static void setSlice(PyList l, PySlice s, PyObject value) {
        List<PyObject> items = l.items;
        long[] ix = Abstract.sliceIndices(s, items.size());
        long start = ix[0], step = ix[2], n = ix[3];
        if (value == null) {
            if (n == 0) return; // nothing deleted: the list stays unmodified (list.sort's check)
            if (step == 1) {
                items.subList((int) start, (int) (start + n)).clear();
                return;
            }
            List<Integer> drop = new ArrayList<>();
            for (long i = 0, j = start; i < n; i++, j += step) drop.add((int) j);
            drop.sort(Collections.reverseOrder());
            for (int j : drop) items.remove(j);
            return;
        }
        List<PyObject> seq = value == l ? new ArrayList<>(items) : Abstract.toList(value);
        if (step == 1) {
            if (n <= 0 && seq.isEmpty()) return; // nothing replaced: unmodified (list.sort's check)
            List<PyObject> sub = items.subList((int) start, (int) Math.max(start, start + n));
            sub.clear();
            sub.addAll(seq);
            return;
        }
        if (seq.size() != n) {
            throw Errors.valueError("attempt to assign sequence of size " + seq.size() + " to extended slice of size " + n);
        }
        for (long i = 0, j = start; i < n; i++, j += step) items.set((int) j, seq.get((int) i));
    }
}
