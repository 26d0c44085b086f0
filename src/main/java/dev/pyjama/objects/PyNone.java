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

    @Override
    public String typeName() {
        return "NoneType";
    }
}
