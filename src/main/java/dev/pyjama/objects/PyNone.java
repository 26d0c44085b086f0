package dev.pyjama.objects;

/** The {@code None} singleton. */
// CPython: Objects/object.c _Py_NoneStruct
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public String repr() {
        return "None";
    }

    /** {@code NoneType}. */
    public static final PyType TYPE = PyType.builtin("NoneType", null);

    @Override
    public PyType type() {
        return TYPE;
    }
}
