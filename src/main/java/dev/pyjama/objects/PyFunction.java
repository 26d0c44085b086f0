package dev.pyjama.objects;

import dev.pyjama.code.PyCode;

/** A function defined in Python: its code, globals, defaults and closure. */
// CPython: Objects/funcobject.c PyFunctionObject
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", null);

    public PyCode code; // func.__code__ = ... replaces it (types.coroutine)
    public final PyDict globals;
    public final PyDict builtins;
    public String name, qualname;
    /** Positional defaults ({@code __defaults__}), or null. */
    public PyTuple defaults;
    /** Keyword-only defaults ({@code __kwdefaults__}), or null. */
    public PyDict kwdefaults;
    /** The cells of the free variables ({@code __closure__}), or null. */
    public PyTuple closure;
    public PyObject annotations, typeParams;
    public PyObject doc = PyNone.NONE;
    public PyObject module = PyNone.NONE;
    /** The function's attributes ({@code __dict__}), made on first use. */
    public PyDict dict;

    /** One key for every function made (closures and lambdas are made per call): its hash is computed once. */
    private static final PyStr NAME_KEY = PyStr.of("__name__");

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject m = globals.get(NAME_KEY);
        if (m != null) module = m;
        // CPython: Objects/funcobject.c PyFunction_NewWithQualName (3.13: the first constant when it is a str)
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr) doc = code.consts[0];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // CPython: Objects/funcobject.c func_repr
    @Override
    public String repr() {
        return "<function " + qualname + " at 0x" + PyHash.addressHex(this) + ">";
    }
}
