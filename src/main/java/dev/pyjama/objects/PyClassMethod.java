package dev.pyjama.objects;

/** {@code classmethod(f)}: binds {@code f} to the class it is looked up on. */
// CPython: Objects/funcobject.c classmethod
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", null);

    public final PyObject callable;
    /** {@code __dict__}, made on first use. */
    public PyDict dict;

    public PyClassMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<classmethod(" + callable.repr() + ")>";
    }
}
