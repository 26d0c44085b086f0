package dev.pyjama.objects;

/**
 * CPython's set hash table, slot for slot: the same probing (linear runs of up to 9 slots,
 * then perturbation), dummy entries for deleted keys, fill limit and resizing, and the same
 * merge of one set into another, so a set built by the same operations iterates in the same
 * order as CPython's. That order is what {@code repr} of a set or frozenset shows.
 */
// CPython: Objects/setobject.c set_add_entry, set_insert_clean, set_table_resize, set_next
public final class SetTable {
    private static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    /** The key of a deleted entry (its hash is -1). */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }

        @Override
        public String repr() {
            return "<dummy key>";
        }
    };

    private PyObject[] keys;
    private long[] hashes;
    private int mask, fill, used, finger;
    /** Bumped by every change of the table, so that iterators notice. */
    public int version;

    public SetTable() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    private SetTable(PyObject[] keys, long[] hashes, int used) {
        this.keys = keys;
        this.hashes = hashes;
        this.mask = keys.length - 1;
        this.fill = this.used = used;
    }

    /** Adds {@code key} unless an equal key is there (the first one stays, as in CPython). */
    public void add(PyObject key) {
        addEntry(key, PyHash.hash(key));
    }

    // CPython: Objects/setobject.c set_add_entry
    private void addEntry(PyObject key, long hash) {
        restart:
        while (true) {
            int i = (int) (hash & mask);
            int freeslot = -1;
            long perturb = hash;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            version++;
                            return;
                        }
                        keys[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        version++;
                        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key) return;
                        PyObject[] table = keys;
                        boolean eq = PyHash.equal(k, key);
                        if (eq) return;
                        if (table != keys || keys[j] != k) continue restart;
                    } else if (k == DUMMY) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** The slot holding a key equal to {@code key}, or -1. */
    // CPython: Objects/setobject.c set_lookkey
    private int lookup(PyObject key, long hash) {
        restart:
        while (true) {
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) return -1;
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key) return j;
                        PyObject[] table = keys;
                        boolean eq = PyHash.equal(k, key);
                        if (eq) return j;
                        if (table != keys || keys[j] != k) continue restart;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean contains(PyObject key) {
        return lookup(key, PyHash.hash(key)) >= 0;
    }

    /** Removes {@code key}; whether it was there. */
    // CPython: Objects/setobject.c set_discard_entry
    public boolean discard(PyObject key) {
        int j = lookup(key, PyHash.hash(key));
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    /** Removes and returns an arbitrary key (CPython's choice), or null when empty. */
    // CPython: Objects/setobject.c set_pop_impl
    public PyObject pop() {
        if (used == 0) return null;
        int e = finger & mask;
        while (keys[e] == null || keys[e] == DUMMY) {
            e++;
            if (e > mask) e = 0;
        }
        PyObject key = keys[e];
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        version++;
        finger = e + 1;
        return key;
    }

    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = finger = 0;
        version++;
    }

    /** After discards: when more than a quarter of the slots are dummies, rebuilds the table without them. */
    // CPython: Objects/setobject.c set_difference_update_internal (its last step)
    public void resizeAwayDummies() {
        if ((long) (fill - used) <= mask / 4) return;
        resize(used > 50000 ? used * 2 : used * 4);
    }

    // CPython: Objects/setobject.c set_table_resize
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        if (newsize == MINSIZE && keys.length == MINSIZE && fill == used) return;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null && oldKeys[k] != DUMMY) insertClean(oldKeys[k], oldHashes[k]);
        }
        fill = used;
        version++;
    }

    // CPython: Objects/setobject.c set_insert_clean
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

    /** Adds every key of {@code other}, as {@code set.update(other_set)} does. */
    // CPython: Objects/setobject.c set_merge_lock_held
    public void merge(SetTable other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) insertClean(k, other.hashes[i]);
            }
            version++;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) addEntry(k, other.hashes[i]);
        }
    }

    /** Adds the keys of a dict, as {@code set.update(a_dict)} does (one resize first). */
    // CPython: Objects/setobject.c set_update_dict_lock_held
    public void mergeDictKeys(PyDict d) {
        int n = d.size();
        if ((long) (fill + n) * 5 >= (long) mask * 3) resize((used + n) * 2);
        for (PyObject k : d.keys()) add(k);
    }

    /** Takes over the contents of {@code other} (CPython's set_swap_bodies, one way). */
    public void replaceWith(SetTable other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        finger = other.finger;
        other.clear();
        version++;
    }

    /** A copy with the same layout. */
    public SetTable copy() {
        if (used > 0 && fill == used) {
            // the size merge() into a fresh table would pick: when it is this table's, the
            // merge is a plain copy of both arrays (set_merge's memcpy), so clone them at once
            int size = MINSIZE;
            if ((long) used * 5 >= (long) (MINSIZE - 1) * 3) {
                while (size <= used * 2) size <<= 1;
            }
            if (size - 1 == mask) return new SetTable(keys.clone(), hashes.clone(), used);
        }
        SetTable t = new SetTable();
        t.merge(this);
        return t;
    }

    public int size() {
        return used;
    }

    int mask() {
        return mask;
    }

    int fill() {
        return fill;
    }

    /** The number of slots (for iteration by position). */
    public int capacity() {
        return keys.length;
    }

    /** The key in slot {@code i}, or null for an empty or deleted slot. */
    public PyObject slot(int i) {
        PyObject k = keys[i];
        return k == DUMMY ? null : k;
    }

    /** The keys in table order: Python's iteration order. */
    PyObject[] keysInOrder() {
        return items();
    }

    /** The hash of every slot (0 for empty ones, -1 for deleted ones), for frozenset's hash: the table's own array, not to be modified. */
    long[] slotHashes() {
        return hashes;
    }

    /** The keys in iteration order (table order). */
    public PyObject[] items() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) if (k != null && k != DUMMY) out[n++] = k;
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

    /**
     * The iteration order of a frozenset constant CPython's compiler makes from a set display
     * whose items are {@code sourceOrder}: built in source order (ast_opt), then rebuilt from
     * its own iteration order when the compiler merges constants. (CPython rebuilds it once
     * more when interning replaces one of its strings by an equal string interned earlier,
     * which depends on the interpreter's state.)
     */
    // CPython: Python/ast_opt.c fold_iter, Python/compile.c merge_consts_recursive
    public static PyObject[] compiledConstantOrder(PyObject[] sourceOrder) {
        return iterationOrder(iterationOrder(sourceOrder));
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
