package dev.pyjama.interp;

import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.Arrays;

/**
 * list.sort's pre-checked orders. As CPython's list_sort_impl, the keys are looked at once
 * before sorting: when all are exact ints fitting a long, all exact strs without surrogates,
 * or all exact non-empty tuples whose first items are all one of those, the sort compares
 * Java values taken out beforehand instead of asking the generic comparison per pair. No
 * Python code runs for these keys (tuples whose items need Python's comparison past the
 * first one make it give up, before any such call), so which pairs are compared is not visible.
 *
 * <p>Each key becomes a long ({@link #num}: an int's value with the sign bit flipped, or the
 * first chars of a str packed so that unsigned order is the strings' order) that decides most
 * pairs alone, then the whole String, then the tuple's other items. Ints of 32 bits sort as
 * packed (value, position) longs with no comparison code at all; the others by a stable merge
 * sort over positions whose comparison is one static, monomorphic method (java.util's TimSort
 * calls a Comparator shared by every caller in the JVM).
 */
// CPython: Objects/listobject.c list_sort_impl (the key pre-scan), unsafe_long_compare,
// unsafe_latin_compare, unsafe_tuple_compare
final class SortKeys {
    private static final int INSERTION = 24;

    private final long[] num;
    private final String[] str;
    private final PyTuple[] tuple;

    private SortKeys(long[] num, String[] str, PyTuple[] tuple) {
        this.num = num;
        this.str = str;
        this.tuple = tuple;
    }

    /**
     * The stable sorted order of {@code keys} as positions into it, or null when the keys are
     * not all of one pre-checked kind (the caller then sorts with the generic comparison).
     */
    static int[] order(PyObject[] keys) {
        int n = keys.length;
        if (n < 2) return null;
        Class<?> c = keys[0].getClass();
        for (PyObject k : keys) if (k.getClass() != c) return null;
        if (c == PyInt.class) return ints(keys);
        if (c == PyStr.class) return strs(keys);
        if (c == PyTuple.class) {
            try {
                return tuples(keys);
            } catch (RuntimeException e) {
                if (e == UNDECIDED) return null;
                throw e;
            }
        }
        return null;
    }

    private static int[] ints(PyObject[] keys) {
        int n = keys.length;
        boolean small = true;
        for (PyObject k : keys) {
            PyInt i = (PyInt) k;
            if (!i.fitsLong()) return null;
            long v = i.longValue();
            if (v != (int) v) small = false;
        }
        if (small) {
            // (value, position) packed in one long: all distinct, so any sort is stable
            long[] packed = new long[n];
            for (int p = 0; p < n; p++) packed[p] = ((PyInt) keys[p]).longValue() << 32 | p;
            Arrays.sort(packed);
            int[] out = new int[n];
            for (int j = 0; j < n; j++) out[j] = (int) packed[j];
            return out;
        }
        long[] num = new long[n];
        for (int p = 0; p < n; p++) num[p] = ((PyInt) keys[p]).longValue() ^ Long.MIN_VALUE;
        return new SortKeys(num, null, null).sort();
    }

    private static int[] strs(PyObject[] keys) {
        int n = keys.length;
        String[] str = new String[n];
        boolean latin1 = true;
        for (int p = 0; p < n; p++) {
            PyStr s = (PyStr) keys[p];
            if (!s.isBmp()) return null; // surrogates: Java's order of chars is not Python's of code points
            str[p] = s.value;
            latin1 = latin1 && isLatin1Head(s.value);
        }
        long[] num = new long[n];
        for (int p = 0; p < n; p++) num[p] = prefix(str[p], latin1);
        return new SortKeys(num, str, null).sort();
    }

    private static int[] tuples(PyObject[] keys) {
        int n = keys.length;
        PyTuple[] tuple = new PyTuple[n];
        Class<?> first = null;
        for (int p = 0; p < n; p++) {
            PyTuple t = (PyTuple) keys[p];
            if (t.items.length == 0) return null;
            PyObject x = t.items[0];
            if (first == null) first = x.getClass();
            else if (x.getClass() != first) return null;
            if (first == PyInt.class ? !((PyInt) x).fitsLong() : first != PyStr.class || !((PyStr) x).isBmp()) return null;
            tuple[p] = t;
        }
        long[] num = new long[n];
        if (first == PyInt.class) {
            for (int p = 0; p < n; p++) num[p] = ((PyInt) tuple[p].items[0]).longValue() ^ Long.MIN_VALUE;
            return new SortKeys(num, null, tuple).sort();
        }
        String[] str = new String[n];
        boolean latin1 = true;
        for (int p = 0; p < n; p++) {
            str[p] = ((PyStr) tuple[p].items[0]).value;
            latin1 = latin1 && isLatin1Head(str[p]);  // every str[p] is set, whatever latin1 becomes
        }
        for (int p = 0; p < n; p++) num[p] = prefix(str[p], latin1);
        return new SortKeys(num, str, tuple).sort();
    }

    private static boolean isLatin1Head(String s) {
        for (int i = 0, n = Math.min(8, s.length()); i < n; i++) if (s.charAt(i) > 0xff) return false;
        return true;
    }

    /**
     * The first chars of {@code s} packed so that the unsigned order of two prefixes is the
     * order of the strings' heads (8 chars of 8 bits, or 4 of 16), zeros past the end: different
     * prefixes order two strings, equal prefixes say nothing ("a" and "a\0" have the same).
     */
    private static long prefix(String s, boolean latin1) {
        long v = 0;
        int bits = latin1 ? 8 : 16, count = latin1 ? 8 : 4, n = s.length();
        for (int i = 0; i < count; i++) v = v << bits | (i < n ? s.charAt(i) : 0);
        return v;
    }

    /** -1, 0 or 1: the order of the keys at positions i and j. */
    private int compare(int i, int j) {
        long a = num[i], b = num[j];
        if (a != b) return Long.compareUnsigned(a, b);
        if (str != null) {
            int c = str[i].compareTo(str[j]);
            if (c != 0) return c;
        }
        return tuple != null ? rest(tuple[i], tuple[j]) : 0;
    }

    /** The order of two tuples whose first items are equal (CPython's unsafe_tuple_compare, past item 0). */
    private static int rest(PyTuple a, PyTuple b) {
        PyObject[] x = a.items, y = b.items;
        int n = Math.min(x.length, y.length), c = 0;
        for (int i = 1; i < n; i++) {
            if (x[i] == y[i]) continue; // identity is equality, as PyObject_RichCompareBool says
            if ((c = QuickOps.sortCompare(x[i], y[i])) != 0) break;
        }
        if (c != QuickOps.UNKNOWN) return c != 0 ? c : Integer.compare(x.length, y.length);
        throw UNDECIDED; // Python code would decide: the caller sorts again with CPython's algorithm
    }

    /**
     * Thrown by {@link #rest} when a pair of items needs Python's comparison: no Python code has
     * run yet, so {@link #order} gives up and list.sort starts over with {@link ListSort}, which
     * asks the items in CPython's order.
     */
    private static final RuntimeException UNDECIDED = new RuntimeException("undecided", null, false, false) {};

    private int[] sort() {
        int n = num.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        mergeSort(a, new int[n], 0, n);
        return a;
    }

    /** Stable: a right item goes before a left one only when strictly less. */
    private void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= INSERTION) {
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i], j = i - 1;
                while (j >= lo && compare(x, a[j]) < 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        if (compare(a[mid], a[mid - 1]) >= 0) return; // already in order (runs of sorted input cost one comparison)
        System.arraycopy(a, lo, tmp, lo, mid - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) a[k++] = compare(a[j], tmp[i]) < 0 ? a[j++] : tmp[i++];
        while (i < mid) a[k++] = tmp[i++];
    }
}
