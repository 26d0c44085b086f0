package dev.pyjama.objects;

/** A bound method: a Python function with the object it was looked up on. */
// CPython: Objects/classobject.c PyMethodObject
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", null);

    public final PyObject function;
    public final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // CPython: Objects/classobject.c method_repr
    @Override
    public String repr() {
        String name = function instanceof PyFunction f ? f.qualname : "?";
        return "<bound method " + name + " of " + self.repr() + ">";
    }
}
