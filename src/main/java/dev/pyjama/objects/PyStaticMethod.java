package dev.pyjama.objects;

/** {@code staticmethod(f)}: {@code f} itself, whatever it is looked up on. */
// CPython: Objects/funcobject.c staticmethod
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", null);

    public final PyObject callable;
    public PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<staticmethod(" + callable.repr() + ")>";
    }
}
