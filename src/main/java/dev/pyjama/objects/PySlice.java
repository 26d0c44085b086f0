package dev.pyjama.objects;

/** {@code slice(start, stop, step)}: three objects, None where omitted. */
// CPython: Objects/sliceobject.c
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", null);

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }
}
