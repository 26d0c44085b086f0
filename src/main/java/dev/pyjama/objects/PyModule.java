package dev.pyjama.objects;

/** A module object: a name and the dict that is its namespace (the globals of its code). */
// CPython: Objects/moduleobject.c
public final class PyModule extends PyObject implements Derived {
    public static final PyType TYPE = PyType.builtin("module", null);

    static {
        // a Python subclass of module (importlib.util._LazyModule) has module objects as instances
        Derived.SELF_DERIVED.put(TYPE, PyModule.class);
    }

    private PyType type = TYPE;

    public final PyDict dict;

    public PyModule(String name) {
        this.dict = new PyDict();
        dict.put(PyStr.of("__name__"), PyStr.of(name));
        dict.put(PyStr.of("__doc__"), PyNone.NONE);
        // CPython: Objects/moduleobject.c module_init_dict
        dict.put(PyStr.of("__package__"), PyNone.NONE);
        dict.put(PyStr.of("__loader__"), PyNone.NONE);
        dict.put(PyStr.of("__spec__"), PyNone.NONE);
    }

    public String name() {
        PyObject n = dict.get(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.value : "?";
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** A module keeps its own namespace: a subclass's instance dict is the module's dict. */
    @Override
    public void setDict(PyDict d) {}

    @Override
    public void setType(PyType t) {
        type = t;
    }

    // CPython: Objects/moduleobject.c module_repr (for modules without a spec)
    @Override
    public String repr() {
        PyObject file = dict.get(PyStr.of("__file__"));
        if (file instanceof PyStr f) return "<module " + PyStr.repr(name()) + " from " + PyStr.repr(f.value) + ">";
        // importlib's _module_repr: no spec, no file and no loader (sys.monitoring)
        if (dict.get(PyStr.of("__spec__")) == PyNone.NONE && dict.get(PyStr.of("__loader__")) == PyNone.NONE) {
            return "<module " + PyStr.repr(name()) + ">";
        }
        return "<module " + PyStr.repr(name()) + " (built-in)>";
    }
}
