package dev.pyjama.objects;

/** {@code True} and {@code False}. */
// CPython: Objects/boolobject.c
public final class PyBool extends PyObject {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    public final boolean value;

    private PyBool(boolean value) {
        this.value = value;
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public String repr() {
        return value ? "True" : "False";
    }

    /** {@code bool}. */
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE);

    @Override
    public PyType type() {
        return TYPE;
    }
}
