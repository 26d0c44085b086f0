package dev.pyjama.objects;

/** {@code staticmethod(f)}: {@code f} itself, whatever it is looked up on. */
// CPython: Objects/funcobject.c staticmethod
public class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", null);

    /** Null until __init__ ran (classmethod.__new__ alone leaves it unset, as CPython). */
    public PyObject callable;
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
        return "<staticmethod(" + (callable == null ? "<NULL>" : callable.repr()) + ")>";
    }
}
