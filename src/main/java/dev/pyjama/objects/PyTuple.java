package dev.pyjama.objects;

/** A Python {@code tuple} (for now: what constants need; the VM grows it). */
// CPython: Objects/tupleobject.c
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    /** The items; never modified after construction. */
    public final PyObject[] items;

    private PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    public int size() {
        return items.length;
    }

    // CPython: Objects/tupleobject.c tuple_repr
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items[i].repr());
        }
        if (items.length == 1) sb.append(',');
        return sb.append(')').toString();
    }

    @Override
    public String typeName() {
        return "tuple";
    }
}
