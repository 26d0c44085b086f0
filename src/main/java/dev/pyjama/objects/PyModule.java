package dev.pyjama.objects;

/** A module object: a name and the dict that is its namespace (the globals of its code). */
// CPython: Objects/moduleobject.c
public final class PyModule extends PyObject implements Derived {
    public static final PyType TYPE = PyType.builtin("module", null);

    static {
        // a subclass of module (importlib.util._LazyModule) is a module with its type changed
        Derived.SELF_DERIVED.put(TYPE, PyModule.class);
    }

    public final PyDict dict;
    /** module, or the Python subclass this module was made as or assigned to through {@code __class__}. */
    private PyType type = TYPE;

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

    /** A module's {@code __dict__} is the one it was made with (a subclass's instances share that layout). */
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
