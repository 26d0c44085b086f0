package dev.pyjama.objects;

/**
 * CPython's set hash table, slot for slot: the same probing (linear runs of up to 9 slots,
 * then perturbation), fill limit and resizing, so a set built by the same insertions iterates
 * in the same order as CPython's. That order is what {@code repr} of a frozenset constant
 * shows, in {@code dis} for instance.
 */
// CPython: Objects/setobject.c set_add_entry, set_insert_clean, set_table_resize, set_next
public final class SetTable {
    private static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;

    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1, fill, used;

    /** Adds {@code key} unless an equal key is there (the first one stays, as in CPython). */
    public void add(PyObject key) {
        long hash = PyHash.hash(key);
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (hashes[j] == hash && PyHash.equal(keys[j], key)) return;
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(PyObject key) {
        long hash = PyHash.hash(key);
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) return false;
                if (hashes[j] == hash && PyHash.equal(keys[j], key)) return true;
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) insertClean(oldKeys[k], oldHashes[k]);
        }
        fill = used;
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public int size() {
        return used;
    }

    /** The keys in iteration order (table order). */
    public PyObject[] items() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) if (k != null) out[n++] = k;
        return out;
    }

    /** A set made by adding {@code items} in order, as {@code frozenset(iterable)} does. */
    public static SetTable of(PyObject[] items) {
        SetTable t = new SetTable();
        for (PyObject o : items) t.add(o);
        return t;
    }

    /** {@code items} without duplicates, in the order CPython iterates a set built from them. */
    public static PyObject[] iterationOrder(PyObject[] items) {
        return of(items).items();
    }

    /** {@code items} without duplicates (first occurrences), keeping their order. */
    static PyObject[] distinct(PyObject[] items) {
        SetTable t = new SetTable();
        PyObject[] out = new PyObject[items.length];
        int n = 0;
        for (PyObject o : items) {
            int before = t.used;
            t.add(o);
            if (t.used != before) out[n++] = o;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
