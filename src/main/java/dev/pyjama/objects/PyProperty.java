package dev.pyjama.objects;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
// CPython: Objects/descrobject.c propertyobject
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", null);

    /** Null for None. */
    public PyObject fget, fset, fdel;
    public PyObject doc = PyNone.NONE;
    /** The name given by {@code __set_name__}, or null. */
    public PyObject name;
    public boolean getterDoc;

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<property object at 0x" + PyHash.addressHex(this) + ">";
    }
}
