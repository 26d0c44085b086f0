package dev.pyjama.objects;

import java.util.List;

/**
 * A Python {@code set}: a {@link SetTable}, CPython's hash table, so that iteration order
 * (and so repr) is CPython's.
 */
// CPython: Objects/setobject.c
public class PySet extends PyObject {
    /** {@code set}. */
    public static final PyType TYPE = PyType.builtin("set", null);

    public final SetTable table;

    public PySet() {
        this.table = new SetTable();
    }

    public PySet(SetTable table) {
        this.table = table;
    }

    /** A set of {@code items}, added in order. */
    public PySet(List<PyObject> items) {
        this.table = new SetTable();
        for (PyObject o : items) table.add(o);
    }

    public static PySet of(PyObject... items) {
        return new PySet(SetTable.of(items));
    }

    /** The elements in iteration order. */
    public PyObject[] toArray() {
        return table.items();
    }

    public int size() {
        return table.size();
    }

    // CPython: Objects/setobject.c set_repr (for elements with built-in reprs)
    @Override
    public String repr() {
        PyObject[] ordered = table.items();
        if (ordered.length == 0) return "set()";
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < ordered.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(ordered[i].repr());
        }
        return sb.append('}').toString();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
