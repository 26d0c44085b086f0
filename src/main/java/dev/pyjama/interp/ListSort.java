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
            PyObject[] sorted = values.clone();
            // reverse, sort stably, reverse back: equal items keep their order
            if (key == null || key == PyNone.NONE) {
                if (reverse) reverse(sorted);
                Arrays.sort(sorted, comparator(sorted));
            } else {
                // the key function sees the items in the list's order, as CPython calls it
                PyObject[] keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = callKey(key, values, i);
                Comparator<PyObject> c = comparator(keys);
                Entry[] e = new Entry[n];
                for (int i = 0; i < n; i++) {
                    int j = reverse ? n - 1 - i : i;
                    e[i] = new Entry(keys[j], values[j]);
                }
                // one comparator class per kind, each calling its comparison directly (one shared
                // lambda would make that call megamorphic)
                Arrays.sort(e, c == STRS ? BY_STR : c == LONGS ? BY_LONG : c == FLOATS ? BY_FLOAT : BY_ANY);
                for (int i = 0; i < n; i++) sorted[i] = e[i].value;
            }
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

    private static final Comparator<PyObject> STRS = (x, y) -> ((PyStr) x).value.compareTo(((PyStr) y).value);
    private static final Comparator<PyObject> LONGS = (x, y) -> Long.compare(((PyInt) x).longValue(), ((PyInt) y).longValue());
    // -0.0 and 0.0 are equal (not Double.compare)
    private static final Comparator<PyObject> FLOATS = (x, y) -> {
        double a = ((PyFloat) x).value, b = ((PyFloat) y).value;
        return a < b ? -1 : b < a ? 1 : 0;
    };
    private static final Comparator<PyObject> GENERAL = (x, y) -> {
        int c = QuickOps.sortCompare(x, y);
        if (c != QuickOps.UNKNOWN) return c;
        if (Abstract.richCompareBool(x, y, Abstract.LT)) return -1;
        if (Abstract.richCompareBool(y, x, Abstract.LT)) return 1;
        return 0;
    };

    private static final Comparator<Entry> BY_STR = (x, y) -> STRS.compare(x.key, y.key);
    private static final Comparator<Entry> BY_LONG = (x, y) -> LONGS.compare(x.key, y.key);
    private static final Comparator<Entry> BY_FLOAT = (x, y) -> FLOATS.compare(x.key, y.key);
    private static final Comparator<Entry> BY_ANY = (x, y) -> GENERAL.compare(x.key, y.key);

    /** The comparison for these keys: a Java one when they are all of one simple exact type. */
    private static Comparator<PyObject> comparator(PyObject[] keys) {
        if (keys.length < 2) return GENERAL;
        Class<?> c = keys[0].getClass();
        for (PyObject k : keys) {
            if (k.getClass() != c) return GENERAL;
        }
        if (c == PyStr.class) {
            // a Java String orders by UTF-16 units: code point order only without surrogates
            for (PyObject k : keys) {
                if (!((PyStr) k).isBmp()) return GENERAL;
            }
            return STRS;
        }
        if (c == PyInt.class) {
            for (PyObject k : keys) {
                if (!((PyInt) k).fitsLong()) return GENERAL;
            }
            return LONGS;
        }
        if (c == PyFloat.class) {
            for (PyObject k : keys) {
                if (Double.isNaN(((PyFloat) k).value)) return GENERAL;
            }
            return FLOATS;
        }
        return GENERAL;
    }
}
