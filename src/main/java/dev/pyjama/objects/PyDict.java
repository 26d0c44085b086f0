package dev.pyjama.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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

    private final LinkedHashMap<Key, PyObject> map = new LinkedHashMap<>();
    /** Bumped by every insertion or deletion: iteration checks it ("dict changed size during iteration"). */
    public int version;
    /**
     * Bumped by every change of the contents (a value replaced too): the interpreter's
     * LOAD_GLOBAL cache keeps a looked-up value while its dicts' stamps stay the same.
     */
    // CPython: Include/internal/pycore_dict.h ma_version_tag (and the dict keys version)
    public int stamp;

    /** A key with its hash computed once; equality is Python's, identity first. */
    static final class Key {
        final PyObject obj;
        final long hash;

        Key(PyObject obj) {
            this.obj = obj;
            this.hash = PyHash.hash(obj);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k)) return false;
            // Java's HashMap calls probe.equals(stored); CPython compares the stored key first:
            // startkey == key (Objects/dictobject.c unicodekeys_lookup_generic / dictkeys_generic_lookup)
            if (k.obj == obj) return true;
            if (k.hash != hash) return false;
            // Most keys are exact strs (names, attributes, words): compare them without the
            // general protocol's type tests (an exact str's __eq__ cannot be overridden).
            if (k.obj.getClass() == PyStr.class && obj.getClass() == PyStr.class) {
                return ((PyStr) k.obj).equalsStr((PyStr) obj);
            }
            return PyObjects.equal(k.obj, obj);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code self[key]}, or null when the key is missing. */
    public PyObject get(PyObject key) {
        return map.get(new Key(key));
    }

    /** {@code self[key] = value}: replaces the value of an equal key (keeping the first key), else appends. */
    public void put(PyObject key, PyObject value) {
        Key k = new Key(key);
        stamp++;
        if (map.put(k, value) == null) version++;
    }

    /** Removes {@code key}; returns its value, or null when it was missing. */
    public PyObject remove(PyObject key) {
        PyObject v = map.remove(new Key(key));
        stamp++;
        if (v != null) version++;
        return v;
    }

    public boolean containsKey(PyObject key) {
        return map.containsKey(new Key(key));
    }

    public int size() {
        return map.size();
    }

    public void clear() {
        map.clear();
        stamp++;
        version++;
    }

    /** {@code self.setdefault(key, value)}: the value of an equal key, else inserts {@code value}. */
    public PyObject setDefault(PyObject key, PyObject value) {
        Key k = new Key(key);
        PyObject old = map.putIfAbsent(k, value);
        if (old == null) {
            stamp++;
            version++;
            return value;
        }
        return old;
    }

    /** The last key inserted (for popitem), or null when empty. */
    public PyObject lastKey() {
        Key last = null;
        for (Key k : map.keySet()) last = k;
        return last == null ? null : last.obj;
    }

    /** The keys, live: the caller checks {@link #size} for changes (the iterator may throw ConcurrentModificationException). */
    public Iterator<PyObject> keyIterator() {
        Iterator<Key> it = map.keySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public PyObject next() {
                return it.next().obj;
            }
        };
    }

    /** The values, live (see {@link #keyIterator}). */
    public Iterator<PyObject> valueIterator() {
        return map.values().iterator();
    }

    /** The keys in order (a snapshot). */
    public List<PyObject> keys() {
        List<PyObject> out = new ArrayList<>(map.size());
        for (Key k : map.keySet()) out.add(k.obj);
        return out;
    }

    /** The values in order (a snapshot). */
    public List<PyObject> values() {
        return new ArrayList<>(map.values());
    }

    /** The (key, value) pairs in order, live: the caller checks {@link #version} for changes. */
    public Iterator<Map.Entry<PyObject, PyObject>> entries() {
        Iterator<Map.Entry<Key, PyObject>> it = map.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Map.Entry<PyObject, PyObject> next() {
                Map.Entry<Key, PyObject> e = it.next();
                return Map.entry(e.getKey().obj, e.getValue());
            }
        };
    }

    // CPython: Objects/dictobject.c dict_repr (for keys and values with built-in reprs)
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<Key, PyObject> e : map.entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(e.getKey().obj.repr()).append(": ").append(e.getValue().repr());
        }
        return sb.append('}').toString();
    }
}
