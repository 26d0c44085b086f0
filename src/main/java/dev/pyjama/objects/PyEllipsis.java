package dev.pyjama.objects;

/** The {@code Ellipsis} ({@code ...}) singleton. */
// CPython: Objects/sliceobject.c _Py_EllipsisObject
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public String repr() {
        return "Ellipsis";
    }

    /** {@code ellipsis}. */
    public static final PyType TYPE = PyType.builtin("ellipsis", null);

    @Override
    public PyType type() {
        return TYPE;
    }
}
