package dev.pyjama.objects;

/**
 * The root of Python values in pyjama. Every value knows its Python type
 * ({@link #type()}); the operations on values live in {@code dev.pyjama.interp.Abstract}
 * (CPython's abstract object layer), which takes fast paths for the built-in types and
 * otherwise finds special methods on the type.
 */
// CPython: Include/object.h PyObject
public abstract class PyObject {

    /** {@code type(self)}. */
    public abstract PyType type();

    /**
     * Python's {@code repr(self)} for the built-in values that have a fixed one (constants,
     * containers of them). Python-level {@code repr()} goes through {@code Abstract.repr},
     * which calls a class's {@code __repr__}.
     */
    public abstract String repr();

    /** The name of the Python type, as {@code type(self).__name__} gives it. */
    public String typeName() {
        return type().name();
    }

    @Override
    public String toString() {
        return repr();
    }
}
