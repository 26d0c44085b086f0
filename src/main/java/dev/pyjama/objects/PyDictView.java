package dev.pyjama.objects;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views of a dict. */
// CPython: Objects/dictobject.c dictviews
public final class PyDictView extends PyObject {
    public static final PyType KEYS = PyType.builtin("dict_keys", null);
    public static final PyType VALUES = PyType.builtin("dict_values", null);
    public static final PyType ITEMS = PyType.builtin("dict_items", null);

    static {
        KEYS.baseType = false;
        VALUES.baseType = false;
        ITEMS.baseType = false;
    }

    public final PyType kind;
    public final PyDict dict;

    public PyDictView(PyType kind, PyDict dict) {
        this.kind = kind;
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return kind;
    }

    @Override
    public String repr() {
        return kind.name() + "(...)";
    }
}
