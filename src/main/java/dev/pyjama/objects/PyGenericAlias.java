package dev.pyjama.objects;

/**
 * A parameterised generic: {@code types.GenericAlias} ({@code list[int]}, made by the built-in
 * containers' {@code __class_getitem__}), or pyjama's stand-in for {@code typing._GenericAlias}
 * ({@code Generic[T]} and {@code Box[int]} for a generic class), which CPython makes in
 * {@code Lib/typing.py}. The two differ in type, repr and {@code __mro_entries__}.
 */
// CPython: Objects/genericaliasobject.c gaobject; Lib/typing.py _GenericAlias
public final class PyGenericAlias extends PyObject implements Derived {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", null);
    public static final PyType TYPING_TYPE = PyType.builtin("_GenericAlias", null);

    static {
        TYPE.dict.put("__module__", PyStr.of("types"));
        TYPING_TYPE.dict.put("__module__", PyStr.of("typing"));
        // collections.abc's _CallableGenericAlias subclasses types.GenericAlias
        Derived.SELF_DERIVED.put(TYPE, PyGenericAlias.class);
    }

    private PyType type;
    private PyDict dict;
    public final PyObject origin;
    public final PyTuple args;
    /** {@code __parameters__}, computed on first use. */
    public PyTuple parameters;
    /** {@code *tuple[int]}: an unpacked alias. */
    public final boolean starred;

    public PyGenericAlias(PyType type, PyObject origin, PyTuple args, boolean starred) {
        this.type = type;
        this.origin = origin;
        this.args = args;
        this.starred = starred;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override public PyDict dict() { return dict; }
    @Override public void setDict(PyDict d) { dict = d; }
    @Override public void setType(PyType t) { type = t; }

    @Override
    public String repr() {
        return origin.repr() + args.repr();
    }
}
