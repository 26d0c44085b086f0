package dev.pyjama.objects;

/**
 * The root of Python values in pyjama. For now it carries what the front end needs
 * (constants in the AST and their {@code repr}); the virtual machine grows it into the
 * full object model.
 */
// CPython: Include/object.h PyObject
public abstract class PyObject {

    /** Python's {@code repr(self)}. */
    public abstract String repr();

    /** The name of the Python type, as {@code type(self).__name__} gives it. */
    public abstract String typeName();

    @Override
    public String toString() {
        return repr();
    }
}
