package dev.pyjama.interp;

import dev.pyjama.objects.PyObject;

/**
 * list.sort's merge sort for keys of any kind: CPython's timsort step for step (runs found by
 * {@code count_run}, short runs extended by binary insertion, the powersort merge order,
 * galloping with the adaptive {@code min_gallop}), so a key type with its own {@code __lt__}
 * sees the same comparisons in the same order as under CPython, and an inconsistent order (NaNs,
 * a random {@code __lt__}) gives CPython's permutation. Every comparison is one {@code <}.
 *
 * <p>Keys and values move together; {@code values} is null when the keys are the items
 * themselves. When a comparison raises, the arrays hold a permutation of the items (as CPython's
 * list does afterwards).
 */
// CPython: Objects/listobject.c list_sort_impl, count_run, binarysort, gallop_left/right, merge_lo/hi, merge_at, found_new_run
final class ListSort {
    private static final int MIN_GALLOP = 7;
    private static final int MAX_MINRUN = 64;
    private static final int MAX_PENDING = 85;

    private final PyObject[] keys;
    private final PyObject[] values;
    private final int listLength;
    private int minGallop = MIN_GALLOP;
    private PyObject[] tmpKeys = new PyObject[0], tmpValues = new PyObject[0];
    private final int[] runBase = new int[MAX_PENDING], runLength = new int[MAX_PENDING], runPower = new int[MAX_PENDING];
    private int runs;

    private ListSort(PyObject[] keys, PyObject[] values) {
        this.keys = keys;
        this.values = values;
        this.listLength = keys.length;
    }

    /** Sorts {@code keys} in place, moving {@code values} (null: none) the same way. */
    static void sort(PyObject[] keys, PyObject[] values) {
        int remaining = keys.length;
        if (remaining < 2) return;
        ListSort ms = new ListSort(keys, values);
        int minrun = minrun(remaining), lo = 0;
        do {
            int n = ms.countRun(lo, remaining);
            if (n < minrun) {
                int force = Math.min(remaining, minrun);
                ms.binarySort(lo, lo + force, lo + n);
                n = force;
            }
            ms.foundNewRun(n);
            ms.runBase[ms.runs] = lo;
            ms.runLength[ms.runs] = n;
            ms.runs++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        ms.forceCollapse();
    }

    private static boolean lt(PyObject a, PyObject b) {
        int c = QuickOps.sortCompare(a, b); // no Python code runs where it decides
        if (c != QuickOps.UNKNOWN) return c < 0;
        return Abstract.richCompareBool(a, b, Abstract.LT);
    }

    // CPython: Objects/listobject.c merge_compute_minrun
    private static int minrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void swap(int i, int j) {
        PyObject t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        if (values != null) {
            t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private void reverse(int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) swap(lo, hi);
    }

    /** Sorts [lo, hi) by binary insertion, knowing [lo, start) is sorted already. */
    // CPython: Objects/listobject.c binarysort
    private void binarySort(int lo, int hi, int start) {
        if (start == lo) start++;
        for (; start < hi; start++) {
            PyObject pivot = keys[start];
            int l = lo, r = start;
            do {
                int m = (l + r) >>> 1;
                if (lt(pivot, keys[m])) r = m;
                else l = m + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /**
     * The length of the run at {@code lo} (at most {@code remaining} long), made ascending in
     * place: a descending run is reversed, its stretches of equal keys reversed first so that
     * they keep their order.
     */
    // CPython: Objects/listobject.c count_run
    private int countRun(int lo, int remaining) {
        int n;
        for (n = 1; n < remaining; n++) {
            if (lt(keys[lo + n], keys[lo + n - 1])) break;
        }
        if (n == remaining) return n;
        if (n > 1) {
            // lo[n] is strictly less: a descending run only when everything before it was equal
            if (lt(keys[lo], keys[lo + n - 1])) return n;
            reverse(lo, lo + n);
        }
        n++;
        int neq = 0;
        for (; n < remaining; n++) {
            if (lt(keys[lo + n], keys[lo + n - 1])) {
                if (neq > 0) {
                    reverse(lo + n - neq - 1, lo + n);
                    neq = 0;
                }
            } else if (lt(keys[lo + n - 1], keys[lo + n])) {
                break;
            } else {
                neq++;
            }
        }
        if (neq > 0) reverse(lo + n - neq - 1, lo + n);
        reverse(lo, lo + n);
        for (; n < remaining; n++) {
            if (lt(keys[lo + n], keys[lo + n - 1])) break;
        }
        return n;
    }

    /** k in [0, n]: where key goes in the sorted a[base, base+n), left of any equal key. */
    // CPython: Objects/listobject.c gallop_left
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[base + hint - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** k in [0, n]: where key goes in the sorted a[base, base+n), right of any equal key. */
    // CPython: Objects/listobject.c gallop_right
    private static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    private void ensureTemp(int need) {
        if (tmpKeys.length >= need) return;
        tmpKeys = new PyObject[need];
        if (values != null) tmpValues = new PyObject[need];
    }

    /** Copies n entries from (src, srcPos) to (dst, dstPos), keys and values (either may be the temp). */
    private void move(boolean fromTemp, int srcPos, boolean toTemp, int dstPos, int n) {
        System.arraycopy(fromTemp ? tmpKeys : keys, srcPos, toTemp ? tmpKeys : keys, dstPos, n);
        if (values != null) System.arraycopy(fromTemp ? tmpValues : values, srcPos, toTemp ? tmpValues : values, dstPos, n);
    }

    private void copyFromTemp(int dst, int src) {
        keys[dst] = tmpKeys[src];
        if (values != null) values[dst] = tmpValues[src];
    }

    private void copyWithin(int dst, int src) {
        keys[dst] = keys[src];
        if (values != null) values[dst] = values[src];
    }

    /**
     * Merges the run [pa, pa+na) with the one following it, [pb, pb+nb), na <= nb, the first
     * run's last key going last. The first run is copied to the temp array.
     */
    // CPython: Objects/listobject.c merge_lo
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTemp(na);
        move(false, pa, true, 0, na);
        int dest = pa, a = 0, b = pb; // a indexes the temp array
        try {
            copyWithin(dest++, b++);
            if (--nb == 0) return;
            if (na == 1) {
                copyB(dest, a, b, nb);
                na = 0;
                return;
            }
            int mg = minGallop;
            outer:
            while (true) {
                int acount = 0, bcount = 0;
                while (true) {
                    if (lt(keys[b], tmpKeys[a])) {
                        copyWithin(dest++, b++);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) break outer;
                        if (bcount >= mg) break;
                    } else {
                        copyFromTemp(dest++, a++);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyB(dest, a, b, nb);
                            na = 0;
                            return;
                        }
                        if (acount >= mg) break;
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[b], tmpKeys, a, na, 0);
                    acount = k;
                    if (k > 0) {
                        move(true, a, false, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyB(dest, a, b, nb);
                            na = 0;
                            return;
                        }
                        if (na == 0) break outer; // only with an inconsistent order
                    }
                    copyWithin(dest++, b++);
                    if (--nb == 0) break outer;
                    k = gallopLeft(tmpKeys[a], keys, b, nb, 0);
                    bcount = k;
                    if (k > 0) {
                        move(false, b, false, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) break outer;
                    }
                    copyFromTemp(dest++, a++);
                    if (--na == 1) {
                        copyB(dest, a, b, nb);
                        na = 0;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (na > 0) move(true, a, false, dest, na);
        }
    }

    /** The rest of b, then a's last entry (merge_lo's CopyB). */
    private void copyB(int dest, int a, int b, int nb) {
        move(false, b, false, dest, nb);
        copyFromTemp(dest + nb, a);
    }

    /**
     * Merges [pa, pa+na) with [pb, pb+nb), na >= nb, from the right; the second run is copied
     * to the temp array.
     */
    // CPython: Objects/listobject.c merge_hi
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTemp(nb);
        move(false, pb, true, 0, nb);
        int dest = pb + nb - 1, a = pa + na - 1, b = nb - 1; // b indexes the temp array
        try {
            copyWithin(dest--, a--);
            if (--na == 0) return;
            if (nb == 1) {
                copyA(dest, a, b, na);
                nb = 0;
                return;
            }
            int mg = minGallop;
            outer:
            while (true) {
                int acount = 0, bcount = 0;
                while (true) {
                    if (lt(tmpKeys[b], keys[a])) {
                        copyWithin(dest--, a--);
                        acount++;
                        bcount = 0;
                        if (--na == 0) break outer;
                        if (acount >= mg) break;
                    } else {
                        copyFromTemp(dest--, b--);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyA(dest, a, b, na);
                            nb = 0;
                            return;
                        }
                        if (bcount >= mg) break;
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = na - gallopRight(tmpKeys[b], keys, pa, na, na - 1);
                    acount = k;
                    if (k > 0) {
                        dest -= k;
                        a -= k;
                        move(false, a + 1, false, dest + 1, k);
                        na -= k;
                        if (na == 0) break outer;
                    }
                    copyFromTemp(dest--, b--);
                    if (--nb == 1) {
                        copyA(dest, a, b, na);
                        nb = 0;
                        return;
                    }
                    k = nb - gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                    bcount = k;
                    if (k > 0) {
                        dest -= k;
                        b -= k;
                        move(true, b + 1, false, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA(dest, a, b, na);
                            nb = 0;
                            return;
                        }
                        if (nb == 0) break outer; // only with an inconsistent order
                    }
                    copyWithin(dest--, a--);
                    if (--na == 0) break outer;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (nb > 0) move(true, 0, false, dest - (nb - 1), nb);
        }
    }

    /** The rest of a moved right, then b's first entry in front (merge_hi's CopyA). */
    private void copyA(int dest, int a, int b, int na) {
        move(false, a - na + 1, false, dest - na + 1, na);
        copyFromTemp(dest - na, b);
    }

    // CPython: Objects/listobject.c merge_at
    private void mergeAt(int i) {
        int pa = runBase[i], na = runLength[i], pb = runBase[i + 1], nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        int k = gallopRight(keys[pb], keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) return;
        nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(pa, na, pb, nb);
        else mergeHi(pa, na, pb, nb);
    }

    // CPython: Objects/listobject.c powerloop
    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1, b = a + n1 + n2;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    // CPython: Objects/listobject.c found_new_run
    private void foundNewRun(int n2) {
        if (runs == 0) return;
        int power = powerloop(runBase[runs - 1], runLength[runs - 1], n2, listLength);
        while (runs > 1 && runPower[runs - 2] > power) mergeAt(runs - 2);
        runPower[runs - 1] = power;
    }

    // CPython: Objects/listobject.c merge_force_collapse
    private void forceCollapse() {
        while (runs > 1) {
            int n = runs - 2;
            if (n > 0 && runLength[n - 1] < runLength[n + 1]) n--;
            mergeAt(n);
        }
    }
}
