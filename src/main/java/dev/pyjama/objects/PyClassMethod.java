package dev.pyjama.objects;

/** {@code classmethod(f)}: binds {@code f} to the class it is looked up on. */
// CPython: Objects/funcobject.c classmethod
public class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", null);

    /** Null until __init__ ran (classmethod.__new__ alone leaves it unset, as CPython). */
    public PyObject callable;
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
        return "<classmethod(" + (callable == null ? "<NULL>" : callable.repr()) + ")>";
    }
}
