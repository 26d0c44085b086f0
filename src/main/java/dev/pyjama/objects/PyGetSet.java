package dev.pyjama.objects;

/**
 * An attribute of a built-in type computed by Java code ({@code BaseException.args},
 * {@code function.__name__}, {@code type.__mro__}...): a data descriptor, so it wins over an
 * instance's {@code __dict__}.
 */
// CPython: Objects/descrobject.c PyGetSetDescrObject
public final class PyGetSet extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", null);
    /** The type of a __slots__ attribute ({@code <member 'a' of 'C' objects>}). */
    public static final PyType MEMBER_TYPE = PyType.builtin("member_descriptor", null);

    @FunctionalInterface
    public interface Getter {
        PyObject get(PyObject self);
    }

    /** Sets the attribute, or deletes it when {@code value} is null. */
    @FunctionalInterface
    public interface Setter {
        void set(PyObject self, PyObject value);
    }

    public final String name;
    public final PyType owner;
    public final Getter getter;
    /** Null for a read-only attribute. */
    public final Setter setter;
    /** Whether this is a member (a __slots__ entry) rather than a computed attribute. */
    public boolean member;
    /** For a member of a class whose instances are PyInstances: its index in their slot values (else -1). */
    public int slotIndex = -1;

    public PyGetSet(String name, PyType owner, Getter getter, Setter setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return member ? MEMBER_TYPE : TYPE;
    }

    // CPython: Objects/descrobject.c getset_repr
    @Override
    public String repr() {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name() + "' objects>";
    }
}
