package dev.pyjama.objects;

/** An instance of a class made by Python code: its class and its {@code __dict__}. */
// CPython: Objects/typeobject.c (heap type instances), Objects/object.c
public class PyInstance extends PyObject {
    private PyType type;
    /** The instance's attributes; null for classes whose instances have no dict (__slots__). */
    public PyDict dict;
    /** The values of the class's __slots__ (null entries are unset), or null. */
    public PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = new PyDict();
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code self.__class__ = t} (the caller checks layouts). */
    public void setType(PyType t) {
        this.type = t;
    }

    /** The default {@code object.__repr__}: {@code <module.Name object at 0x...>}. */
    // CPython: Objects/typeobject.c object_repr
    @Override
    public String repr() {
        PyObject module = type.lookup("__module__");
        String prefix = module instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." : "";
        return "<" + prefix + type.qualname + " object at 0x" + PyHash.addressHex(this) + ">";
    }
}
