package dev.pyjama.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python {@code set} (for now: what marshal needs; the VM grows it). Items are distinct and
 * kept in insertion order; {@link SetTable} gives CPython's iteration order.
 */
// CPython: Objects/setobject.c
public final class PySet extends PyObject {
    public final List<PyObject> items;

    public PySet(List<PyObject> items) {
        this.items = items;
    }

    public static PySet of(PyObject... items) {
        return new PySet(new ArrayList<>(List.of(SetTable.distinct(items))));
    }

    // CPython: Objects/setobject.c set_repr
    @Override
    public String repr() {
        if (items.isEmpty()) return "set()";
        StringBuilder sb = new StringBuilder("{");
        PyObject[] ordered = SetTable.iterationOrder(items.toArray(new PyObject[0]));
        for (int i = 0; i < ordered.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(ordered[i].repr());
        }
        return sb.append('}').toString();
    }

    /** {@code set}. */
    public static final PyType TYPE = PyType.builtin("set", null);

    @Override
    public PyType type() {
        return TYPE;
    }
}
