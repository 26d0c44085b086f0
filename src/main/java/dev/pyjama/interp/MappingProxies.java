package dev.pyjama.interp;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code types.MappingProxyType}: a read-only view of a mapping, what {@code type.__dict__}
 * returns. It has to be its own type: pprint and others dispatch on
 * {@code type(obj).__repr__}, and {@code types.MappingProxyType} is {@code type(type.__dict__)}.
 */
// CPython: Objects/descrobject.c mappingproxy_*
public final class MappingProxies {
    private MappingProxies() {}

    public static final PyType TYPE = PyType.builtin("mappingproxy", null);

    /** A proxy of {@code mapping}. */
    public static final class Proxy extends PyObject {
        final PyObject mapping;

        public Proxy(PyObject mapping) {
            this.mapping = mapping;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "mappingproxy(" + Abstract.repr(mapping).value() + ")";
        }
    }

    private static PyObject m(PyObject self) {
        return ((Proxy) self).mapping;
    }

    static void install() {
        PyType t = TYPE;
        t.baseType = false;
        // CPython: Objects/descrobject.c mappingproxy_new_impl, mappingproxy_check_mapping
        BuiltinTypes.newMethod(t, (args, kw) -> {
            PyObject[] a = Args.parse("mappingproxy", args, 1, kw, new String[] {"mapping"}, 1, 1);
            PyObject mapping = a[0];
            boolean isMapping = mapping instanceof PyDict || mapping.type().lookup("__getitem__") != null;
            if (!isMapping || mapping instanceof PyList || mapping instanceof PyTuple) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not " + mapping.typeName());
            }
            return new Proxy(mapping);
        });
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(((Proxy) self).repr()));
        BuiltinTypes.slot0(t, "__str__", self -> Abstract.str(m(self)));
        BuiltinTypes.slot0(t, "__len__", self -> dev.pyjama.objects.PyInt.of(Abstract.len(m(self))));
        BuiltinTypes.slot0(t, "__iter__", self -> Abstract.iter(m(self)));
        BuiltinTypes.slot0(t, "__reversed__", self -> Abstract.callSpecial(m(self), "__reversed__"));
        BuiltinTypes.slot1(t, "__getitem__", (self, k) -> Abstract.getitem(m(self), k));
        BuiltinTypes.slot1(t, "__contains__", (self, k) -> PyBool.of(Abstract.contains(m(self), k)));
        BuiltinTypes.slot1(t, "__eq__", (self, o) -> Abstract.richCompare(m(self), o, Abstract.EQ));
        BuiltinTypes.slot1(t, "__ne__", (self, o) -> Abstract.richCompare(m(self), o, Abstract.NE));
        BuiltinTypes.slot1(t, "__or__", (self, o) ->
                Abstract.binaryOp(Abstract.NB_OR, self instanceof Proxy p ? p.mapping : self, o instanceof Proxy q ? q.mapping : o));
        BuiltinTypes.slot1(t, "__ror__", (self, o) ->
                Abstract.binaryOp(Abstract.NB_OR, o instanceof Proxy q ? q.mapping : o, m(self)));
        BuiltinTypes.slot1(t, "__ior__", (self, o) -> {
            throw Errors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
        BuiltinTypes.positional(t, "get", 1, 2, (self, a) -> Abstract.call(Abstract.getattr(m(self), PyStr.of("get")),
                a[0], a[1] == null ? PyNone.NONE : a[1]));
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            BuiltinTypes.noargs(t, name, self -> Abstract.call(Abstract.getattr(m(self), PyStr.of(name))));
        }
    }
}
