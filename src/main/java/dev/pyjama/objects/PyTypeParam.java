package dev.pyjama.objects;

/**
 * A type parameter: {@code typing.TypeVar}, {@code ParamSpec} or {@code TypeVarTuple}, made
 * by the PEP 695 syntax ({@code def f[T: int]()}) through the typing intrinsics. Bounds,
 * constraints and defaults are evaluated lazily from the functions the compiler made.
 */
// CPython: Objects/typevarobject.c typevarobject, paramspecobject, typevartupleobject
public final class PyTypeParam extends PyObject {
    public static final PyType TYPEVAR = typing("TypeVar");
    public static final PyType PARAMSPEC = typing("ParamSpec");
    public static final PyType TYPEVARTUPLE = typing("TypeVarTuple");
    /** {@code typing.NoDefault}: the default of a parameter without one. */
    public static final PyType NO_DEFAULT_TYPE = typing("NoDefaultType");
    public static final PyObject NO_DEFAULT = new PyObject() {
        @Override
        public PyType type() {
            return NO_DEFAULT_TYPE;
        }

        @Override
        public String repr() {
            return "typing.NoDefault";
        }
    };

    private static PyType typing(String name) {
        PyType t = PyType.builtin(name, null);
        t.dict.put("__module__", PyStr.of("typing"));
        return t;
    }

    private final PyType type;
    public final String name;
    /** Values once known (null: not given, or not yet evaluated when the evaluate* function is set). */
    public PyObject bound, constraints, defaultValue;
    public PyObject evaluateBound, evaluateConstraints, evaluateDefault;
    public boolean covariant, contravariant, inferVariance;
    /**
     * The instance dict, holding {@code __module__} when a constructor call set it (the
     * caller's module); without one, {@code __module__} is the type's ('typing'), as for
     * the PEP 695 syntax.
     */
    public PyDict dict;

    public void setModule(PyObject module) {
        if (dict == null) dict = new PyDict();
        dict.put(PyStr.of("__module__"), module);
    }

    public PyTypeParam(PyType type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() {
        return type;
    }

    // CPython: Objects/typevarobject.c typevar_repr, paramspec_repr, typevartuple_repr
    @Override
    public String repr() {
        if (type == TYPEVARTUPLE || inferVariance) return name;
        return (covariant ? "+" : contravariant ? "-" : "~") + name;
    }
}
