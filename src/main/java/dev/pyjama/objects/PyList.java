package dev.pyjama.objects;

import java.util.ArrayList;
import java.util.List;

/** A Python {@code list} (for now: what marshal needs; the VM grows it). */
// CPython: Objects/listobject.c
public class PyList extends PyObject {
    public final List<PyObject> items;

    public PyList(List<PyObject> items) {
        this.items = items;
    }

    public static PyList of(PyObject... items) {
        return new PyList(new ArrayList<>(List.of(items)));
    }

    // CPython: Objects/listobject.c list_repr
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(items.get(i).repr());
        }
        return sb.append(']').toString();
    }

    /** {@code list}. */
    public static final PyType TYPE = PyType.builtin("list", null);

    @Override
    public PyType type() {
        return TYPE;
    }
}
