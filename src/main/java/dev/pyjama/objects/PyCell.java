package dev.pyjama.objects;

/** A closure cell: the storage a free variable shares between a function and its inner functions. */
// CPython: Objects/cellobject.c (repr: cell_repr)
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", null);

    /** The contents, or null when empty. */
    public PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return ref == null ? "<cell at 0x" + PyHash.addressHex(this) + ": empty>"
                : "<cell at 0x" + PyHash.addressHex(this) + ": " + ref.typeName() + " object at 0x" + PyHash.addressHex(ref) + ">";
    }
}
