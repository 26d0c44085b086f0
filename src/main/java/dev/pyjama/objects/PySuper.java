package dev.pyjama.objects;

/** {@code super(type, obj)}: attribute lookup along obj's MRO, after {@code type}. */
// CPython: Objects/typeobject.c superobject
public final class PySuper extends PyObject implements Derived {
    public static final PyType TYPE = PyType.builtin("super", null);

    /** The class whose successors are searched (null until __init__). */
    public PyType thisType;
    /** The object (or class) bound, and the type whose MRO is searched; null when unbound. */
    public PyObject obj;
    public PyType objType;

    private PyType type = TYPE;
    /** A Python subclass instance's {@code __dict__}; null otherwise. */
    private PyDict dict;

    static {
        SELF_DERIVED.put(TYPE, PySuper.class);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override public PyDict dict() { return dict; }
    @Override public void setDict(PyDict d) { dict = d; }
    @Override public void setType(PyType t) { type = t; }

    // CPython: Objects/typeobject.c super_repr
    @Override
    public String repr() {
        String t = thisType == null ? "NULL" : thisType.name();
        if (objType != null) return "<super: <class '" + t + "'>, <" + objType.name() + " object>>";
        return "<super: <class '" + t + "'>, NULL>";
    }
}
