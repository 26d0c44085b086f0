package dev.pyjama.objects;

/**
 * A Python {@code frozenset}. {@link #items} holds the distinct elements in CPython's
 * iteration order, which is the order of its hash table (see {@link SetTable}): repr,
 * marshal and iteration all follow it, so it must be CPython's. With the hash seed fixed
 * (PYTHONHASHSEED=0) it is the same order CPython gives.
 */
// CPython: Objects/setobject.c (frozenset)
public class PyFrozenSet extends PyObject {
    public static final PyFrozenSet EMPTY = new PyFrozenSet(new SetTable());

    /** The elements in iteration order, made on first use (set algebra makes many frozensets nobody lists). */
    private PyObject[] items;
    private long hash = -1;
    /** The hash table (never changed once made). */
    public final SetTable table;

    protected PyFrozenSet(SetTable table) {
        this.table = table;
    }

    /** The elements in iteration order. Shared: nobody may modify it. */
    public PyObject[] items() {
        PyObject[] a = items;
        if (a == null) items = a = table.keysInOrder();
        return a;
    }

    /**
     * {@code frozenset(iterable)} for the given elements in order: equal elements after
     * the first are dropped ({@code 1}, {@code 1.0} and {@code True} are one element).
     * Raises TypeError for an unhashable element.
     */
    // CPython: Objects/setobject.c make_new_set, set_update_local
    public static PyFrozenSet of(PyObject... elements) {
        if (elements.length == 0) return EMPTY;
        SetTable t = new SetTable();
        for (PyObject e : elements) t.add(e);
        return new PyFrozenSet(t);
    }

    /** The frozenset holding the keys of {@code table} (which nobody may change afterwards). */
    public static PyFrozenSet ofTable(SetTable table) {
        if (table.size() == 0) return EMPTY;
        return new PyFrozenSet(table);
    }

    public int size() {
        return table.size();
    }

    /** Whether an element equal to {@code o} is in the set. */
    public boolean contains(PyObject o) {
        return table.contains(o);
    }

    /** {@code frozenset({a, b})}, or {@code frozenset()} when empty. */
    // CPython: Objects/setobject.c set_repr
    @Override
    public String repr() {
        PyObject[] items = items();
        if (items.length == 0) return "frozenset()";
        StringBuilder sb = new StringBuilder("frozenset({");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items[i].repr());
        }
        return sb.append("})").toString();
    }

    /** {@code frozenset}. */
    public static final PyType TYPE = PyType.builtin("frozenset", null);

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** {@code hash(self)}, independent of the order the elements came in. */
    // CPython: Objects/setobject.c frozenset_hash_impl
    long hash() {
        if (hash != -1) return hash;
        long h = 0;
        long[] slotHashes = table.slotHashes();
        for (long slot : slotHashes) h ^= shuffleBits(slot);
        if (((table.mask() + 1 - table.fill()) & 1) != 0) h ^= shuffleBits(0);
        if (((table.fill() - table.size()) & 1) != 0) h ^= shuffleBits(-1); // an odd number of deleted slots (hash -1)
        h ^= ((long) table.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        hash = h;
        return h;
    }
}
