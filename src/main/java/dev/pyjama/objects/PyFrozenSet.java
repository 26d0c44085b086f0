package dev.pyjama.objects;

/**
 * A Python {@code frozenset} (for now: what constants need; the VM grows it). Items are kept
 * in the order given; CPython's iteration order depends on hashes, which the VM will follow.
 */
// CPython: Objects/setobject.c
public final class PyFrozenSet extends PyObject {
    public final PyObject[] items;

    private PyFrozenSet(PyObject[] items) {
        this.items = items;
    }

    public static PyFrozenSet of(PyObject... items) {
        return new PyFrozenSet(items.clone());
    }

    // CPython: Objects/setobject.c set_repr
    @Override
    public String repr() {
        if (items.length == 0) return "frozenset()";
        StringBuilder sb = new StringBuilder("frozenset({");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items[i].repr());
        }
        return sb.append("})").toString();
    }

    @Override
    public String typeName() {
        return "frozenset";
    }
}
