package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyDictView;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyRange;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.SetTable;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;

/**
 * The iterators of the built-in containers, and the iterator types of the builtins module
 * (enumerate, zip, map, filter, reversed).
 */
// CPython: Objects/listobject.c, tupleobject.c, unicodeobject.c, rangeobject.c, setobject.c, dictobject.c, iterobject.c, enumobject.c, Python/bltinmodule.c
public final class Iterators {
    private Iterators() {}

    public static final PyType ENUMERATE = PyType.builtin("enumerate", null);
    public static final PyType ZIP = PyType.builtin("zip", null);
    public static final PyType MAP = PyType.builtin("map", null);
    public static final PyType FILTER = PyType.builtin("filter", null);
    public static final PyType REVERSED = PyType.builtin("reversed", null);

    /** The items of a list or tuple, or of what iterating {@code v} gives; a TypeError from iter() becomes {@code message}. */
    // CPython: Objects/abstract.c PySequence_Fast
    static PyObject[] fastSequence(PyObject v, String message) {
        if (v.getClass() == PyList.class) return ((PyList) v).items.toArray(new PyObject[0]);
        if (v.getClass() == PyTuple.class) return ((PyTuple) v).items;
        PyObject it;
        try {
            it = Abstract.iter(v);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.TYPE_ERROR)) throw Errors.typeError(message);
            throw e;
        }
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.add(x);
        return out.toArray(new PyObject[0]);
    }

    static {
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER, REVERSED}) {
            PyIter.ITERATOR_TYPES.add(t);
            PyIter.subclassable(t);
        }
    }

    /** {@code iter(o)} for the built-in containers; null for other objects. */
    static PyObject of(PyObject o) {
        if (o instanceof PyList l) return new ListIter(l);
        if (o instanceof PyTuple t) return new ArrayIter(PyIter.TUPLE_ITERATOR, t.items);
        if (o instanceof PyDict d) return new DictIter(PyIter.DICT_KEYITERATOR, d, 0);
        if (o instanceof PyStr s) return new StrIter(s);
        if (o instanceof PyRange r) return RangeMethods.iter(r);
        if (o instanceof PySet s) return new SetIter(s.table);
        if (o instanceof PyFrozenSet s) return new SetIter(s.table);
        if (o instanceof PyDictView v) {
            int kind = v.kind == PyDictView.KEYS ? 0 : v.kind == PyDictView.VALUES ? 1 : 2;
            return new DictIter(kind == 0 ? PyIter.DICT_KEYITERATOR : kind == 1 ? PyIter.DICT_VALUEITERATOR
                    : PyIter.DICT_ITEMITERATOR, v.dict, kind);
        }
        if (o instanceof PyBytes b) {
            PyObject[] items = new PyObject[b.value.length];
            for (int i = 0; i < items.length; i++) items[i] = PyInt.of(b.value[i] & 0xff);
            return new ArrayIter(PyIter.BYTES_ITERATOR, items);
        }
        return null;
    }

    /** The iterator of an object that only has {@code __getitem__}: items 0, 1, ... until IndexError. */
    // CPython: Objects/iterobject.c seqiter
    static PyObject sequence(PyObject seq) {
        return new PyIter(PyIter.SEQ_ITERATOR) {
            long index;
            PyObject s = seq;

            @Override
            public PyObject reduce() {
                return s == null ? IteratorReduce.over(PyTuple.EMPTY) : IteratorReduce.at("iter", s, index);
            }

            @Override
            public void setState(PyObject state) {
                long i = IteratorReduce.index(state);
                if (s != null) index = Math.max(0, i);
            }

            @Override
            public PyObject next() {
                if (s == null) return null;
                try {
                    return Abstract.getitem(s, PyInt.of(index++));
                } catch (dev.pyjama.objects.PyException e) {
                    PyType t = e.value().type();
                    if (t.isSubtype(ExceptionTypes.INDEX_ERROR) || t.isSubtype(ExceptionTypes.STOP_ITERATION)) {
                        s = null;
                        return null;
                    }
                    throw e;
                }
            }
        };
    }

    /** {@code iter(callable, sentinel)}. */
    static PyObject callable(PyObject callable, PyObject sentinel) {
        return new PyIter(PyIter.CALLABLE_ITERATOR) {
            PyObject f = callable;

            @Override
            public PyObject reduce() {
                return f == null ? IteratorReduce.over(PyTuple.EMPTY) : PyTuple.of(IteratorReduce.builtin("iter"), PyTuple.of(f, sentinel));
            }

            @Override
            public PyObject next() {
                if (f == null) return null;
                PyObject v;
                try {
                    v = Abstract.call(f, new PyObject[0], null);
                } catch (dev.pyjama.objects.PyException e) {
                    if (e.value().type().isSubtype(ExceptionTypes.STOP_ITERATION)) {
                        f = null;
                        return null;
                    }
                    throw e;
                }
                if (Abstract.equal(v, sentinel)) {
                    f = null;
                    return null;
                }
                return v;
            }
        };
    }

    // CPython: Objects/listobject.c listiterobject (the list may grow or shrink while iterated)
    static final class ListIter extends PyIter {
        private PyList list;
        private int index;

        ListIter(PyList list) {
            super(PyIter.LIST_ITERATOR);
            this.list = list;
        }

        // methods of at most 35 bytes, so C2 inlines them into FOR_ITER (InlineIter) at any site
        @Override
        public PyObject next() {
            PyList l = list;
            return l != null ? from(l.items) : null;
        }

        private PyObject from(java.util.List<PyObject> items) {
            int i = index;
            return i < items.size() ? at(items, i) : end();
        }

        private PyObject at(java.util.List<PyObject> items, int i) {
            index = i + 1;
            return items.get(i);
        }

        private PyObject end() {
            list = null;
            return null;
        }

        // CPython: Objects/listobject.c listiter_len
        @Override
        public long lengthHint() {
            return list == null ? 0 : Math.max(0, list.items.size() - index);
        }

        // CPython: Objects/listobject.c listiter_reduce_general, listiter_setstate
        @Override
        public PyObject reduce() {
            return list == null ? IteratorReduce.over(IteratorReduce.emptyList()) : IteratorReduce.at("iter", list, index);
        }

        @Override
        public void setState(PyObject state) {
            long i = IteratorReduce.index(state);
            // 3.13's index -1 means exhausted: a position before it ends the iterator
            if (list != null && (index = IteratorReduce.clamp(i, -1, list.items.size())) < 0) end();
        }
    }

    static final class ReversedListIter extends PyIter {
        private PyList list;
        private int index;

        ReversedListIter(PyList list) {
            super(PyIter.LIST_REVERSEITERATOR);
            this.list = list;
            this.index = list.items.size() - 1;
        }

        @Override
        public PyObject next() {
            if (list == null) return null;
            if (index >= 0 && index < list.items.size()) return list.items.get(index--);
            list = null;
            return null;
        }

        // CPython: Objects/listobject.c listreviter_len
        @Override
        public long lengthHint() {
            return list == null || index >= list.items.size() ? 0 : index + 1;
        }

        // CPython: Objects/listobject.c listiter_reduce_general, listreviter_setstate
        @Override
        public PyObject reduce() {
            if (list == null || index < 0) return PyTuple.of(IteratorReduce.builtin("reversed"), PyTuple.of(IteratorReduce.emptyList()));
            return IteratorReduce.at("reversed", list, index);
        }

        @Override
        public void setState(PyObject state) {
            long i = IteratorReduce.index(state);
            if (list != null) index = IteratorReduce.clamp(i, -1, list.items.size() - 1);
        }
    }

    static final class ArrayIter extends PyIter {
        private final PyObject[] items;
        private int index;
        /** Whether next() has said it is exhausted (CPython then drops the sequence). */
        private boolean done;

        ArrayIter(PyType type, PyObject[] items) {
            super(type);
            this.items = items;
        }

        @Override
        public PyObject next() {
            if (index < items.length) return items[index++];
            done = true;
            return null;
        }

        // CPython: Objects/tupleobject.c tupleiter_reduce, Objects/bytesobject.c striter_reduce (an
        // exhausted bytes iterator reduces to iter(()) too), and their *_setstate
        @Override
        public PyObject reduce() {
            if (done) return IteratorReduce.over(PyTuple.EMPTY);
            return IteratorReduce.at("iter", type() == PyIter.BYTES_ITERATOR ? bytes() : PyTuple.of(items.clone()), index);
        }

        private PyObject bytes() {
            byte[] b = new byte[items.length];
            for (int i = 0; i < b.length; i++) b[i] = (byte) ((PyInt) items[i]).longValue();
            return new dev.pyjama.objects.PyBytes(b);
        }

        @Override
        public void setState(PyObject state) {
            long i = IteratorReduce.index(state);
            if (!done) index = IteratorReduce.clamp(i, 0, items.length);
        }

        @Override
        public long lengthHint() {
            return items.length - index;
        }
    }

    static final class StrIter extends PyIter {
        private final int[] cps;
        private int index;

        StrIter(PyStr s) {
            super(isAscii(s.value()) ? PyIter.STR_ASCII_ITERATOR : PyIter.STR_ITERATOR);
            this.cps = s.codePoints();
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
            return true;
        }

        private boolean done;

        @Override
        public PyObject next() {
            if (index < cps.length) return PyStr.ofCodePoint(cps[index++]);
            done = true;
            return null;
        }

        // CPython: Objects/unicodeobject.c unicodeiter_reduce, unicodeiter_setstate
        @Override
        public PyObject reduce() {
            if (done) return IteratorReduce.over(PyStr.of(""));
            return IteratorReduce.at("iter", PyStr.ofCodePoints(cps, cps.length), index);
        }

        @Override
        public void setState(PyObject state) {
            long i = IteratorReduce.index(state);
            if (!done) index = IteratorReduce.clamp(i, 0, cps.length);
        }

        @Override
        public long lengthHint() {
            return cps.length - index;
        }
    }

    static final class RangeIter extends PyIter {
        private long next;
        private final long step;
        private long left;

        RangeIter(long start, long step, long length) {
            super(PyIter.RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.left = length;
        }

        // two methods of at most 35 bytes, so C2 inlines them into FOR_ITER (InlineIter) at any site
        @Override
        public PyObject next() {
            return left > 0 ? take() : null;
        }

        private PyObject take() {
            left--;
            long v = next;
            next = v + step;
            return PyInt.of(v);
        }

        @Override
        public long lengthHint() {
            return Math.max(0, left);
        }

        // CPython: Objects/rangeobject.c rangeiter_reduce (a range of what is left), rangeiter_setstate
        @Override
        public PyObject reduce() {
            dev.pyjama.objects.PyRange r = new dev.pyjama.objects.PyRange(PyInt.of(next),
                    IntMath.add(PyInt.of(next), IntMath.mul(PyInt.of(left), PyInt.of(step))), PyInt.of(step));
            return PyTuple.of(IteratorReduce.builtin("iter"), PyTuple.of(r), PyNone.NONE);
        }

        @Override
        public void setState(PyObject state) {
            long i = Abstract.asSsize(Abstract.index(state), ExceptionTypes.OVERFLOW_ERROR);
            i = Math.max(0, Math.min(left, i));
            next += i * step;
            left -= i;
        }
    }

    // CPython: Objects/setobject.c setiter_iternext
    static final class SetIter extends PyIter {
        private SetTable table;
        private final int size;
        private int pos, yielded;

        // CPython: Objects/setobject.c setiter_len
        @Override
        public long lengthHint() {
            return table != null && table.size() == size ? size - yielded : 0;
        }

        SetIter(SetTable table) {
            super(PyIter.SET_ITERATOR);
            this.table = table;
            this.size = table.size();
        }

        @Override
        public PyObject next() {
            if (table == null) return null;
            if (table.size() != size) {
                table = null;
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "Set changed size during iteration");
            }
            int cap = table.capacity();
            while (pos < cap) {
                PyObject k = table.slot(pos++);
                if (k != null) {
                    yielded++;
                    return k;
                }
            }
            table = null;
            return null;
        }

        // CPython: Objects/setobject.c setiter_reduce (the items left, in a list)
        @Override
        public PyObject reduce() {
            java.util.List<PyObject> left = new java.util.ArrayList<>();
            if (table != null) {
                for (int i = pos, cap = table.capacity(); i < cap; i++) {
                    PyObject k = table.slot(i);
                    if (k != null) left.add(k);
                }
            }
            return IteratorReduce.over(new PyList(left));
        }
    }

    // CPython: Objects/dictobject.c dictiter_iternextkey, dictiter_iternextvalue, dictiter_iternextitem
    static final class DictIter extends PyIter {
        private PyDict dict;
        private final int kind;
        private final int size;
        private final Iterator<java.util.Map.Entry<PyObject, PyObject>> it;
        private int yielded;

        // CPython: Objects/dictobject.c dictiter_len
        @Override
        public long lengthHint() {
            return dict != null && dict.size() == size ? size - yielded : 0;
        }

        DictIter(PyType type, PyDict dict, int kind) {
            super(type);
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.it = dict.entries();
        }

        @Override
        public PyObject next() {
            if (dict == null) return null;
            if (dict.size() != size) {
                dict = null;
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            java.util.Map.Entry<PyObject, PyObject> e;
            try {
                if (!it.hasNext()) {
                    dict = null;
                    return null;
                }
                e = it.next();
            } catch (ConcurrentModificationException ex) {
                dict = null;
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
            }
            yielded++;
            if (kind == 0) return e.getKey();
            if (kind == 1) return e.getValue();
            return PyTuple.of(e.getKey(), e.getValue());
        }

        // CPython: Objects/dictobject.c dictiter_reduce (the items left, in a list)
        @Override
        public PyObject reduce() {
            java.util.List<PyObject> left = new java.util.ArrayList<>();
            if (dict != null) {
                int skip = yielded;
                for (Iterator<java.util.Map.Entry<PyObject, PyObject>> i = dict.entries(); i.hasNext(); ) {
                    java.util.Map.Entry<PyObject, PyObject> e = i.next();
                    if (skip-- > 0) continue;
                    left.add(kind == 0 ? e.getKey() : kind == 1 ? e.getValue() : PyTuple.of(e.getKey(), e.getValue()));
                }
            }
            return IteratorReduce.over(new PyList(left));
        }
    }

    /**
     * {@code reversed(d)}, {@code reversed(d.values())}, {@code reversed(d.items())}: the keys in
     * reverse insertion order (taken when made), values read as each item is taken, and CPython's
     * RuntimeError when the dict's size changes meanwhile.
     */
    // CPython: Objects/dictobject.c dictreviter_iternext, dictreviter_len
    static final class ReversedDictIter extends PyIter {
        private PyDict dict;
        private final int kind;
        private int size; // -1 once the dict changed size: the error is sticky, as CPython's di_used = -1
        private final java.util.List<PyObject> keys;
        private int next;

        ReversedDictIter(PyType type, PyDict dict, int kind) {
            super(type);
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.keys = dict.keys();
            this.next = keys.size() - 1;
        }

        @Override
        public long lengthHint() {
            return dict != null && dict.size() == size ? next + 1 : 0;
        }

        @Override
        public PyObject next() {
            if (dict == null) return null;
            if (dict.size() != size) {
                size = -1;
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            while (next >= 0) {
                PyObject k = keys.get(next--);
                PyObject v = dict.get(k);
                if (v == null) continue; // deleted while the size stayed (another key added): CPython skips its slot
                return kind == 0 ? k : kind == 1 ? v : PyTuple.of(k, v);
            }
            dict = null;
            return null;
        }

        // CPython: Objects/dictobject.c dictiter_reduce
        @Override
        public PyObject reduce() {
            java.util.List<PyObject> left = new java.util.ArrayList<>();
            if (dict != null) {
                for (int i = next; i >= 0; i--) {
                    PyObject k = keys.get(i), v = dict.get(k);
                    if (v != null) left.add(kind == 0 ? k : kind == 1 ? v : PyTuple.of(k, v));
                }
            }
            return IteratorReduce.over(new PyList(left));
        }
    }

    // ---- the builtins' iterator types

    // CPython: Objects/enumobject.c enum_next
    static PyObject enumerate(PyObject iterable, PyObject start) {
        PyObject it = Abstract.iter(iterable);
        PyObject first = Abstract.index(start);
        // the count in a long while it fits, as CPython's en_index (a generic + per item otherwise)
        boolean small = first.getClass() == PyInt.class && ((PyInt) first).fitsLong() && ((PyInt) first).longValue() < Long.MAX_VALUE;
        return new PyIter(ENUMERATE) {
            PyObject count = small ? null : first;
            long index = small ? ((PyInt) first).longValue() : 0;

            @Override
            public PyObject next() {
                PyObject v = Abstract.next(it);
                if (v == null) return null;
                PyObject c = count;
                if (c == null) {
                    c = PyInt.of(index);
                    if (++index == Long.MAX_VALUE) count = PyInt.of(index);
                } else {
                    count = Abstract.binaryOp(Abstract.NB_ADD, c, PyInt.of(1));
                }
                return PyTuple.of(c, v);
            }

            // CPython: Objects/enumobject.c enum_reduce
            @Override
            public PyObject reduce() {
                return PyTuple.of(type(), PyTuple.of(it, count != null ? count : PyInt.of(index)));
            }
        };
    }

    // CPython: Python/bltinmodule.c zip_next
    static PyObject zip(PyObject[] iterables, boolean strict) {
        PyObject[] its = new PyObject[iterables.length];
        for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
        return new PyIter(ZIP) {
            boolean done = its.length == 0;
            boolean strictMode = strict;

            // CPython: Python/bltinmodule.c zip_reduce, zip_setstate
            @Override
            public PyObject reduce() {
                PyTuple args = PyTuple.of(its.clone());
                return strictMode ? PyTuple.of(type(), args, dev.pyjama.objects.PyBool.TRUE) : PyTuple.of(type(), args);
            }

            @Override
            public void setState(PyObject state) {
                strictMode = Abstract.isTrue(state);
            }

            @Override
            public PyObject next() {
                if (done) return null;
                PyObject[] out = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    PyObject v = Abstract.next(its[i]);
                    if (v == null) {
                        done = true;
                        if (strictMode) strictCheck(i);
                        return null;
                    }
                    out[i] = v;
                }
                return PyTuple.of(out);
            }

            private void strictCheck(int i) {
                if (i > 0) {
                    throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                            + (i == 1 ? " 1" : "s 1-" + i));
                }
                for (int j = 1; j < its.length; j++) {
                    if (Abstract.next(its[j]) != null) {
                        throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                + (j == 1 ? " 1" : "s 1-" + j));
                    }
                }
            }
        };
    }

    // CPython: Python/bltinmodule.c map_next
    static PyObject map(PyObject func, PyObject[] iterables) {
        PyObject[] its = new PyObject[iterables.length];
        for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(iterables[i]);
        return new PyIter(MAP) {
            // CPython: Python/bltinmodule.c map_reduce
            @Override
            public PyObject reduce() {
                PyObject[] a = new PyObject[its.length + 1];
                a[0] = func;
                System.arraycopy(its, 0, a, 1, its.length);
                return PyTuple.of(type(), PyTuple.of(a));
            }

            @Override
            public PyObject next() {
                PyObject[] args = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    PyObject v = Abstract.next(its[i]);
                    if (v == null) return null;
                    args[i] = v;
                }
                return Abstract.call(func, args, null);
            }
        };
    }

    // CPython: Python/bltinmodule.c filter_next
    static PyObject filter(PyObject func, PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        return new PyIter(FILTER) {
            // CPython: Python/bltinmodule.c filter_reduce
            @Override
            public PyObject reduce() {
                return PyTuple.of(type(), PyTuple.of(func, it));
            }

            @Override
            public PyObject next() {
                while (true) {
                    PyObject v = Abstract.next(it);
                    if (v == null) return null;
                    boolean ok = func == PyNone.NONE || func == PyBool.TYPE
                            ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(func, new PyObject[] {v}, null));
                    if (ok) return v;
                }
            }
        };
    }

    // CPython: Objects/enumobject.c reversed_new_impl
    static PyObject reversed(PyObject seq) {
        // Only the exact built-in types skip the __reversed__ lookup: a subclass (OrderedDict, a list
        // subclass) may override it.
        PyType t = seq.type();
        if (t == PyList.TYPE || t == PyRange.TYPE || t == PyDict.TYPE || seq instanceof PyDictView) return builtinReversed(seq);
        return reversedByProtocol(seq);
    }

    /** list/range/dict/dict-view {@code __reversed__}. */
    static PyObject builtinReversed(PyObject seq) {
        if (seq instanceof PyList l) return new ReversedListIter(l);
        if (seq instanceof PyRange r) return RangeMethods.reversed(r);
        if (seq instanceof PyDict d || seq instanceof PyDictView) {
            PyDict dict = seq instanceof PyDict dd ? dd : ((PyDictView) seq).dict;
            int kind = seq instanceof PyDictView v ? (v.kind == PyDictView.KEYS ? 0 : v.kind == PyDictView.VALUES ? 1 : 2) : 0;
            return new ReversedDictIter(kind == 0 ? PyIter.DICT_REVERSEKEYITERATOR : kind == 1 ? PyIter.DICT_REVERSEVALUEITERATOR
                    : PyIter.DICT_REVERSEITEMITERATOR, dict, kind);
        }
        return reversedByProtocol(seq);
    }

    private static PyObject reversedByProtocol(PyObject seq) {
        PyObject f = seq.type().lookup("__reversed__");
        if (f == PyNone.NONE) throw Errors.typeError("'" + seq.typeName() + "' object is not reversible");
        if (f != null) return Abstract.callMethod(f, seq);
        if (seq.type().lookup("__getitem__") == null || seq instanceof PyDict || seq.type().lookup("__len__") == null) {
            throw Errors.typeError("'" + seq.typeName() + "' object is not reversible");
        }
        long n = Abstract.len(seq);
        return new PyIter(REVERSED) {
            long index = n - 1;

            // CPython: Objects/enumobject.c reversed_reduce, reversed_setstate
            @Override
            public PyObject reduce() {
                return index < 0 ? PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY)) : PyTuple.of(type(), PyTuple.of(seq), PyInt.of(index));
            }

            @Override
            public void setState(PyObject state) {
                long i = IteratorReduce.index(state);
                if (index >= 0) index = Math.max(-1, Math.min(n - 1, i));
            }

            @Override
            public PyObject next() {
                if (index < 0) return null;
                try {
                    return Abstract.getitem(seq, PyInt.of(index--));
                } catch (dev.pyjama.objects.PyException e) {
                    PyType t = e.value().type();
                    if (t.isSubtype(ExceptionTypes.INDEX_ERROR) || t.isSubtype(ExceptionTypes.STOP_ITERATION)) {
                        index = -1;
                        return null;
                    }
                    throw e;
                }
            }
        };
    }
}
