package dev.pyjama.interp;

import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code list.sort(key=..., reverse=...)} and {@code sorted()}: a stable sort (Java's TimSort)
 * of the keys, carrying the values along.
 *
 * <p>As CPython's list_sort_impl, the keys are looked at once before sorting: when they are
 * all exact strs (without surrogates), all exact ints that fit a long, or all exact non-NaN
 * floats, the comparison is a plain Java one, with no type test per comparison. Otherwise
 * each comparison tries {@link QuickOps#sortCompare} and falls back to Python's {@code <}.
 * The key function is called from the values array through the CALL shortcuts (no argument
 * array for a Python function or a Java method such as {@code str.lower}).
 */
// CPython: Objects/listobject.c list_sort_impl (the pre-check of key types, unsafe_latin_compare,
// unsafe_long_compare, unsafe_float_compare)
final class ListSort {
    private ListSort() {}

    /** A key and the value it sorts (the keyed sort moves both together). */
    private static final class Entry {
        final PyObject key;
        final PyObject value;

        Entry(PyObject key, PyObject value) {
            this.key = key;
            this.value = value;
        }
    }

    static void sort(PyList list, PyObject key, boolean reverse) {
        List<PyObject> items = list.items;
        PyObject[] values = items.toArray(new PyObject[0]);
        items.clear();
        try {
            int n = values.length;
            PyObject[] sorted = new PyObject[n];
            PyObject[] keys = values;
            if (key != null && key != PyNone.NONE) {
                // the key function sees the items in the list's order, as CPython calls it
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = callKey(key, values, i);
            }
            // reverse, sort stably, reverse back: equal items keep their order
            Entry[] e = new Entry[n];
            for (int i = 0; i < n; i++) {
                int j = reverse ? n - 1 - i : i;
                e[i] = new Entry(keys[j], values[j]);
            }
            Arrays.sort(e, new ByKey(kind(keys)));
            for (int i = 0; i < n; i++) sorted[i] = e[i].value;
            if (reverse) reverse(sorted);
            if (!items.isEmpty()) {
                // as CPython: what was added during the sort is dropped, the list is the sorted one
                items.clear();
                items.addAll(Arrays.asList(sorted));
                throw Errors.valueError("list modified during sort");
            }
            items.addAll(Arrays.asList(sorted));
        } catch (RuntimeException e) {
            if (items.isEmpty()) items.addAll(Arrays.asList(values));
            if (e instanceof IllegalArgumentException) return;
            throw e;
        }
    }

    /** {@code key(a[i])}: through the CALL instruction's shortcuts when they apply. */
    private static PyObject callKey(PyObject key, PyObject[] a, int i) {
        PyObject r = Calls.NOT_SIMPLE;
        if (key instanceof PyFunction fn) r = Calls.callPositional(fn, null, a, i, 1);
        else if (key instanceof PyBuiltinFunction) r = BuiltinCalls.call(key, null, a, i, 1);
        return r != Calls.NOT_SIMPLE ? r : Abstract.call(key, a[i]);
    }

    private static void reverse(PyObject[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static final int ANY = 0, STRS = 1, LONGS = 2, FLOATS = 3;

    /**
     * The one comparator class of all sorts (TimSort's call of {@code compare} then stays
     * monomorphic and inlined): the comparison of the kind the keys were found to be.
     */
    private static final class ByKey implements Comparator<Entry> {
        private final int kind;

        ByKey(int kind) {
            this.kind = kind;
        }

        @Override
        public int compare(Entry ex, Entry ey) {
            PyObject x = ex.key, y = ey.key;
            switch (kind) {
                case STRS:
                    return ((PyStr) x).value.compareTo(((PyStr) y).value);
                case LONGS:
                    return Long.compare(((PyInt) x).longValue(), ((PyInt) y).longValue());
                case FLOATS: {
                    // -0.0 and 0.0 are equal (not Double.compare)
                    double a = ((PyFloat) x).value, b = ((PyFloat) y).value;
                    return a < b ? -1 : b < a ? 1 : 0;
                }
                default: {
                    int c = QuickOps.sortCompare(x, y);
                    if (c != QuickOps.UNKNOWN) return c;
                    if (Abstract.richCompareBool(x, y, Abstract.LT)) return -1;
                    if (Abstract.richCompareBool(y, x, Abstract.LT)) return 1;
                    return 0;
                }
            }
        }
    }

    /** The kind of comparison for these keys: a Java one when they are all of one simple exact type. */
    private static int kind(PyObject[] keys) {
        if (keys.length < 2) return ANY;
        Class<?> c = keys[0].getClass();
        for (PyObject k : keys) {
            if (k.getClass() != c) return ANY;
        }
        if (c == PyStr.class) {
            // a Java String orders by UTF-16 units: code point order only without surrogates
            for (PyObject k : keys) {
                if (!((PyStr) k).isBmp()) return ANY;
            }
            return STRS;
        }
        if (c == PyInt.class) {
            for (PyObject k : keys) {
                if (!((PyInt) k).fitsLong()) return ANY;
            }
            return LONGS;
        }
        if (c == PyFloat.class) {
            for (PyObject k : keys) {
                if (Double.isNaN(((PyFloat) k).value)) return ANY;
            }
            return FLOATS;
        }
        return ANY;
    }
}
