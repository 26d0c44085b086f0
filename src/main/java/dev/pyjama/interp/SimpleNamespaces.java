package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Map;

/**
 * {@code types.SimpleNamespace}: an object whose attributes are what its constructor was given
 * ({@code sys.monitoring.events} is one). Instances are {@code PyInstance}s of this built-in
 * type, their attributes in the instance dict.
 */
// CPython: Objects/namespaceobject.c
public final class SimpleNamespaces {
    private SimpleNamespaces() {}

    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", null);

    /** A namespace holding {@code attrs}, in their order. */
    public static PyObject of(Map<String, PyObject> attrs) {
        PyInstance ns = Types.newInstance(TYPE);
        for (Map.Entry<String, PyObject> e : attrs.entrySet()) ns.dict.put(PyStr.of(e.getKey()), e.getValue());
        return ns;
    }

    private static PyDict dict(PyObject self) {
        return ((PyInstance) self).dict;
    }

    static void install() {
        PyType t = TYPE;
        t.instanceClass = PyInstance.class;
        t.instanceDict = true;
        t.setAttribute("__dict__", BuiltinTypes.instanceDictDescriptor(t));
        // CPython: Objects/namespaceobject.c namespace_init (3.13: an optional mapping or iterable, then keywords)
        put(t, "__init__", (args, kw) -> {
            int nkw = Args.nkw(kw), npos = args.length - 1 - nkw;
            if (npos > 1) throw Errors.typeError("SimpleNamespace expected at most 1 argument, got " + npos);
            PyDict d = dict(args[0]);
            if (npos == 1) {
                PyDict init = new PyDict();
                DictMethods.update(init, args[1]);
                for (PyObject k : init.keys()) {
                    if (!(k instanceof PyStr)) {
                        throw Errors.typeError("keywords must be strings");
                    }
                    d.put(k, init.get(k));
                }
            }
            for (int i = 0; i < nkw; i++) d.put(kw.items[i], args[args.length - nkw + i]);
            return PyNone.NONE;
        });
        // CPython: Objects/namespaceobject.c namespace_repr
        slot0(t, "__repr__", self -> {
            String name = self.type() == TYPE ? "namespace" : self.type().qualname;
            if (!ListMethods.reprEnter(self)) return PyStr.of(name + "(...)");
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (PyObject k : dict(self).keys()) {
                    if (!(k instanceof PyStr ks)) continue;
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(ks.value()).append('=').append(Abstract.repr(dict(self).get(k)).value());
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                ListMethods.reprLeave(self);
            }
        });
        // CPython: Objects/namespaceobject.c namespace_richcompare
        slot1(t, "__eq__", (self, other) -> other.type().isSubtype(TYPE)
                ? Abstract.richCompare(dict(self), dict(other), Abstract.EQ) : PyNotImplemented.NOT_IMPLEMENTED);
        slot1(t, "__ne__", (self, other) -> other.type().isSubtype(TYPE)
                ? Abstract.richCompare(dict(self), dict(other), Abstract.NE) : PyNotImplemented.NOT_IMPLEMENTED);
        t.dict.put("__hash__", PyNone.NONE);
        // CPython: Objects/namespaceobject.c namespace_reduce
        noargs(t, "__reduce__", self -> PyTuple.of(self.type(), PyTuple.EMPTY, dict(self)));
    }
}
