package dev.pyjama.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python {@code dict} (for now: what marshal needs; the VM grows it): keys and values in
 * insertion order, keys distinct under Python's {@code ==}.
 */
// CPython: Objects/dictobject.c
public final class PyDict extends PyObject {
    public final List<PyObject> keys = new ArrayList<>();
    public final List<PyObject> values = new ArrayList<>();

    /** {@code self[key] = value}: replaces the value of an equal key, else appends. Linear for now. */
    public void put(PyObject key, PyObject value) {
        long h = PyHash.hash(key);
        for (int i = 0; i < keys.size(); i++) {
            PyObject k = keys.get(i);
            if (PyHash.hash(k) == h && PyHash.equal(k, key)) {
                values.set(i, value);
                return;
            }
        }
        keys.add(key);
        values.add(value);
    }

    public int size() {
        return keys.size();
    }

    // CPython: Objects/dictobject.c dict_repr
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(keys.get(i).repr()).append(": ").append(values.get(i).repr());
        }
        return sb.append('}').toString();
    }

    @Override
    public String typeName() {
        return "dict";
    }
}
