package dev.pyjama.objects;

import java.util.Arrays;

/**
 * The open-addressing hash table of CPython's set and frozenset: the same probe sequence
 * (nine linear probes, then perturbation), the same growth rule and table sizes, so that a
 * set built from the same keys in the same order iterates in CPython's order. Keys are
 * compared with Python's {@code ==} ({@link PyObjects#equal}).
 */
// CPython: Objects/setobject.c set_add_entry, set_insert_clean, set_table_resize
final class SetTable {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill;
    private int used;

    int size() {
        return used;
    }

    int mask() {
        return mask;
    }

    int fill() {
        return fill;
    }

    /** Adds {@code key} unless an equal key is there. */
    void add(PyObject key) {
        add(key, PyHash.hash(key));
    }

    void add(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (hashes[j] == hash && (k == key || PyObjects.equal(k, key))) {
                    return;
                }
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
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) insertClean(oldKeys[j], oldHashes[j]);
        }
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

    /** The keys in table order: Python's iteration order. */
    PyObject[] keysInOrder() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) {
            if (k != null) out[n++] = k;
        }
        return out;
    }

    /** The hash of every slot (0 for empty ones), for frozenset's hash. */
    long[] slotHashes() {
        return Arrays.copyOf(hashes, hashes.length);
    }
}
