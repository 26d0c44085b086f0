package dev.pyjama.objects;

/** {@code typing.TypeAliasType}: what a {@code type X = ...} statement makes; its value is computed on first use. */
// CPython: Objects/typevarobject.c typealiasobject
public final class PyTypeAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("TypeAliasType", null);

    static {
        TYPE.builtinModule = "typing";
    }

    public final String name;
    /** A tuple, or null when the alias is not generic. */
    public final PyObject typeParams;
    /** The function computing the value (null once evaluated or when made with a value). */
    public PyObject computeValue;
    public PyObject value;
    public PyObject module;

    public PyTypeAlias(String name, PyObject typeParams, PyObject computeValue, PyObject module) {
        this.name = name;
        this.typeParams = typeParams;
        this.computeValue = computeValue;
        this.module = module;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return name;
    }
}
