package dev.pyjama.objects;

/** A module object: a name and the dict that is its namespace (the globals of its code). */
// CPython: Objects/moduleobject.c
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", null);

    public final PyDict dict;
    /** module, or a Python subclass of it ({@code class M(ModuleType)}, {@code mod.__class__ = M}). */
    private PyType type = TYPE;
    /** The values of a subclass's {@code __slots__}, created on the first store. */
    public PyDict slotValues;

    public PyModule(String name) {
        this.dict = new PyDict();
        init(PyStr.of(name), PyNone.NONE);
    }

    /** {@code module.__new__}: a module with an empty namespace, which {@code __init__} fills. */
    public PyModule() {
        this.dict = new PyDict();
    }

    /** {@code module.__init__(name, doc)}. */
    // CPython: Objects/moduleobject.c module___init___impl, module_init_dict
    public void init(PyStr name, PyObject doc) {
        dict.put(PyStr.of("__name__"), name);
        dict.put(PyStr.of("__doc__"), doc);
        // CPython: Objects/moduleobject.c module_init_dict
        dict.put(PyStr.of("__package__"), PyNone.NONE);
        dict.put(PyStr.of("__loader__"), PyNone.NONE);
        dict.put(PyStr.of("__spec__"), PyNone.NONE);
    }

    public String name() {
        PyObject n = dict.get(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.value() : "?";
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code mod.__class__ = t}, or the class of {@code t.__new__} (the caller checks {@code t}). */
    public void setType(PyType t) {
        type = t;
    }

    // CPython: Objects/moduleobject.c module_repr (for modules without a spec)
    @Override
    public String repr() {
        PyObject file = dict.get(PyStr.of("__file__"));
        if (file instanceof PyStr f) return "<module " + PyStr.repr(name()) + " from " + PyStr.repr(f.value()) + ">";
        // importlib's _module_repr: no spec, no file and no loader (sys.monitoring)
        PyObject spec = dict.get(PyStr.of("__spec__")), loader = dict.get(PyStr.of("__loader__"));
        if ((spec == null || spec == PyNone.NONE) && (loader == null || loader == PyNone.NONE)) {
            return "<module " + PyStr.repr(name()) + ">";
        }
        return "<module " + PyStr.repr(name()) + " (built-in)>";
    }
}
