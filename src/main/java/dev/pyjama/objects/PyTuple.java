package dev.pyjama.objects;

/** A Python {@code tuple}. The array is shared, not copied: nobody may modify it. */
// CPython: Objects/tupleobject.c
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple();

    public final PyObject[] items;

    public PyTuple(PyObject... items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    /** {@code (a, b)}, {@code (a,)} for one item, {@code ()} for none. */
    // CPython: Objects/tupleobject.c tuplerepr
    @Override
    public String repr() {
        if (items.length == 0) return "()";
        StringBuilder sb = new StringBuilder(2 + 4 * items.length);
        sb.append('(');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items[i].repr());
        }
        if (items.length == 1) sb.append(',');
        return sb.append(')').toString();
    }

    /** {@code tuple}. */
    public static final PyType TYPE = PyType.builtin("tuple", null);

    @Override
    public PyType type() {
        return TYPE;
    }
}
