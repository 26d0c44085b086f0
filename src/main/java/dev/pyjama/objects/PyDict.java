package dev.pyjama.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A Python {@code dict}: insertion ordered, keys distinct under Python's {@code ==} and
 * found by Python's {@code hash()} (a key's {@code __eq__} and {@code __hash__} may run
 * Python code and raise). Iteration order is insertion order, as in CPython.
 */
// CPython: Objects/dictobject.c
public class PyDict extends PyObject {
    /** {@code dict}. */
    public static final PyType TYPE = PyType.builtin("dict", null);

    /**
     * CPython's compact dict: {@code indices} is an open-addressing table of positions in the
     * entry arrays ({@link #EMPTY}, {@link #DUMMY} for a deleted slot), the entries are kept
     * in insertion order ({@code keys[i] == null} for a deleted entry). Empty dicts have no
     * arrays until the first insertion.
     */
    // CPython: Objects/dictobject.c PyDictKeysObject (dk_indices, dk_entries), GROWTH_RATE, USABLE_FRACTION
    private int[] indices;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Live entries; entries appended so far (deleted ones included). */
    private int used, nentries;
    private static final int EMPTY = -1, DUMMY = -2, MIN_SIZE = 8;

    /** Bumped by every insertion or deletion: iteration checks it ("dict changed size during iteration"). */
    public int version;
    /**
     * Bumped by every change of the contents (a value replaced too): the interpreter's
     * LOAD_GLOBAL cache keeps a looked-up value while its dicts' stamps stay the same.
     */
    // CPython: Include/internal/pycore_dict.h ma_version_tag (and the dict keys version)
    public int stamp;
    /**
     * One bit per key ever inserted ({@code 1L << hash}), cleared only by {@link #clear}: a key
     * whose bit is unset is certainly missing, so LOAD_ATTR's method form can tell that an
     * instance dict does not shadow the class's function with one field read.
     */
    public long keyBits;

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Python's key equality after the identity and hash checks: exact strs directly, others through the protocol. */
    private static boolean keyEquals(PyObject stored, PyObject key) {
        if (stored.getClass() == PyStr.class && key.getClass() == PyStr.class) {
            // an exact str's __eq__ cannot be overridden
            return ((PyStr) stored).equalsStr((PyStr) key);
        }
        return PyObjects.equal(stored, key);
    }

    /**
     * The entry index of {@code key}, or {@code -1 - slot} with the first free index slot
     * (empty or dummy) of its probe sequence when it is missing. A key's {@code __eq__} may
     * change this dict: the lookup then starts again, as CPython's does.
     */
    // CPython: Objects/dictobject.c _Py_dict_lookup, dictkeys_generic_lookup, find_empty_slot
    private int lookup(PyObject key, long hash) {
        restart:
        while (true) {
            if (indices == null) allocate(MIN_SIZE); // a key's __eq__ cleared the dict
            int[] ind = indices;
            int mask = ind.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            int free = -1;
            while (true) {
                int ix = ind[i];
                if (ix == EMPTY) return -1 - (free >= 0 ? free : i);
                if (ix == DUMMY) {
                    if (free < 0) free = i;
                } else {
                    PyObject k = keys[ix];
                    if (k == key) return ix;
                    if (hashes[ix] == hash) {
                        PyObject[] ks = keys;
                        boolean eq = keyEquals(k, key);
                        if (ks != keys || ind != indices || ks[ix] != k) continue restart;
                        if (eq) return ix;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** {@code self[key]}, or null when the key is missing. */
    public PyObject get(PyObject key) {
        long h = PyHash.hash(key);
        if (used == 0) return null;
        int ix = lookup(key, h);
        return ix >= 0 ? values[ix] : null;
    }

    /** {@code self[key] = value}: replaces the value of an equal key (keeping the first key), else appends. */
    public void put(PyObject key, PyObject value) {
        putAt(key, value);
    }

    /** {@link #put}, answering the entry index the key has now (for the attribute caches' hints). */
    public int putAt(PyObject key, PyObject value) {
        long h = PyHash.hash(key);
        stamp++;
        if (indices == null) allocate(MIN_SIZE);
        int ix = lookup(key, h);
        if (ix >= 0) {
            values[ix] = value;
            return ix;
        }
        insert(-1 - ix, key, h, value);
        return nentries - 1;
    }

    private void insert(int slot, PyObject key, long h, PyObject value) {
        if (nentries == keys.length) {
            resize(used * 3);
            slot = -1 - lookup(key, h);
        }
        int e = nentries++;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        indices[slot] = e;
        used++;
        version++;
        keyBits |= 1L << h;
    }

    private void allocate(int size) {
        indices = new int[size];
        java.util.Arrays.fill(indices, EMPTY);
        int usable = size * 2 / 3;
        hashes = new long[usable];
        keys = new PyObject[usable];
        values = new PyObject[usable];
        nentries = 0;
    }

    /** A table for at least {@code minUsed} entries, the live entries copied in order (deleted ones dropped). */
    // CPython: Objects/dictobject.c dictresize
    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size * 2 / 3 < Math.max(minUsed, used + 1)) size <<= 1;
        long[] oh = hashes;
        PyObject[] ok = keys, ov = values;
        int on = nentries;
        allocate(size);
        int mask = size - 1;
        for (int j = 0; j < on; j++) {
            if (ok[j] == null) continue;
            int e = nentries++;
            long h = oh[j];
            hashes[e] = h;
            keys[e] = ok[j];
            values[e] = ov[j];
            long perturb = h;
            int i = (int) h & mask;
            while (indices[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            indices[i] = e;
        }
    }

    /** Removes {@code key}; returns its value, or null when it was missing. */
    public PyObject remove(PyObject key) {
        long h = PyHash.hash(key);
        stamp++;
        if (used == 0) return null;
        int ix = lookup(key, h);
        if (ix < 0) return null;
        // the index slot that holds ix becomes a dummy
        int mask = indices.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = DUMMY;
        PyObject v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        return v;
    }

    public boolean containsKey(PyObject key) {
        long h = PyHash.hash(key);
        return used != 0 && lookup(key, h) >= 0;
    }

    public int size() {
        return used;
    }

    public void clear() {
        indices = null;
        hashes = null;
        keys = null;
        values = null;
        used = nentries = 0;
        keyBits = 0;
        stamp++;
        version++;
    }

    /**
     * The value of entry {@code ix} when its key is {@code key} itself (an interned name), else
     * null: the attribute caches' hint, an entry index remembered from an earlier lookup, which
     * holds across instances whose attributes were set in the same order.
     */
    // CPython: Python/bytecodes.c LOAD_ATTR_WITH_HINT
    public PyObject atHint(int ix, PyObject key) {
        return hasAt(ix, key) ? values[ix] : null;
    }

    /** Replaces the value of entry {@code ix} if its key is {@code key} itself; whether it did. */
    // CPython: Python/bytecodes.c STORE_ATTR_WITH_HINT
    public boolean storeAtHint(int ix, PyObject key, PyObject value) {
        return hasAt(ix, key) && replaced(ix, value);
    }

    private boolean hasAt(int ix, PyObject key) {
        PyObject[] k = keys;
        return k != null && ix < k.length && k[ix] == key;
    }

    private boolean replaced(int ix, PyObject value) {
        values[ix] = value;
        stamp++;
        return true;
    }

    /** The value of entry {@code ix}, an index {@link #entryIndex} gave (null if it was deleted since). */
    public PyObject valueAt(int ix) {
        PyObject[] v = values; // a key's __eq__ run by the lookup may have changed the table
        return v != null && ix < v.length ? v[ix] : null;
    }

    /** The entry index of {@code key}, or -1 when missing (for the attribute caches' hints). */
    public int entryIndex(PyObject key) {
        long h = PyHash.hash(key);
        if (used == 0) return -1;
        int ix = lookup(key, h);
        return ix >= 0 ? ix : -1;
    }

    /** {@code self.setdefault(key, value)}: the value of an equal key, else inserts {@code value}. */
    public PyObject setDefault(PyObject key, PyObject value) {
        long h = PyHash.hash(key);
        if (indices == null) allocate(MIN_SIZE);
        int ix = lookup(key, h);
        if (ix >= 0) return values[ix];
        stamp++;
        insert(-1 - ix, key, h, value);
        return value;
    }

    /** The last key inserted (for popitem), or null when empty. */
    public PyObject lastKey() {
        for (int j = nentries - 1; j >= 0; j--) {
            if (keys[j] != null) return keys[j];
        }
        return null;
    }

    /**
     * A live iterator over the entries, giving {@code pick(j)} for each live entry j; it throws
     * ConcurrentModificationException once a key was inserted or deleted after its creation.
     */
    private <T> Iterator<T> iterator(java.util.function.IntFunction<T> pick) {
        int expected = version;
        return new Iterator<>() {
            int j = 0;

            @Override
            public boolean hasNext() {
                if (version != expected) throw new java.util.ConcurrentModificationException();
                while (j < nentries && keys[j] == null) j++;
                return j < nentries;
            }

            @Override
            public T next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return pick.apply(j++);
            }
        };
    }

    /** The keys, live: the caller checks {@link #size} for changes (the iterator may throw ConcurrentModificationException). */
    public Iterator<PyObject> keyIterator() {
        return iterator(j -> keys[j]);
    }

    /** The values, live (see {@link #keyIterator}). */
    public Iterator<PyObject> valueIterator() {
        return iterator(j -> values[j]);
    }

    /** The keys in order (a snapshot). */
    public List<PyObject> keys() {
        List<PyObject> out = new ArrayList<>(used);
        for (int j = 0; j < nentries; j++) if (keys[j] != null) out.add(keys[j]);
        return out;
    }

    /** The values in order (a snapshot). */
    public List<PyObject> values() {
        List<PyObject> out = new ArrayList<>(used);
        for (int j = 0; j < nentries; j++) if (keys[j] != null) out.add(values[j]);
        return out;
    }

    /** The (key, value) pairs in order, live: the caller checks {@link #version} for changes. */
    public Iterator<Map.Entry<PyObject, PyObject>> entries() {
        return iterator(j -> Map.entry(keys[j], values[j]));
    }

    // CPython: Objects/dictobject.c dict_repr (for keys and values with built-in reprs)
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int j = 0; j < nentries; j++) {
            if (keys[j] == null) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(keys[j].repr()).append(": ").append(values[j].repr());
        }
        return sb.append('}').toString();
    }
}
