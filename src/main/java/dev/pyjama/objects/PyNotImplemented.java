package dev.pyjama.objects;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", null);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
