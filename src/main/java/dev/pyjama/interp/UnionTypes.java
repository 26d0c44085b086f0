package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.PyTypeAlias;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | str} makes. Its arguments are the operands with
 * unions flattened, None as NoneType and duplicates dropped; one argument left is the result
 * itself. isinstance and issubclass treat a union as the tuple of its arguments.
 */
// CPython: Objects/unionobject.c
public final class UnionTypes {
    private UnionTypes() {}

    public static final PyType TYPE = PyType.builtin("types.UnionType", null);

    public static final class Union extends PyObject {
        public final PyTuple args;

        Union(PyTuple args) {
            this.args = args;
        }

        @Override public PyType type() { return TYPE; }

        // CPython: Objects/unionobject.c union_repr, union_repr_item
        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.items.length; i++) {
                if (i > 0) sb.append(" | ");
                PyObject a = args.items[i];
                if (a == PyNone.NONE.type()) sb.append("None");
                else if (a instanceof PyType t && !(a instanceof PyGenericAlias)) {
                    PyObject m = Abstract.lookupAttr(t, PyStr.of("__module__"));
                    String q = t.qualname;
                    sb.append(m instanceof PyStr ms && !ms.value().equals("builtins") ? ms.value() + "." + q : q);
                } else sb.append(Abstract.repr(a).value());
            }
            return sb.toString();
        }
    }

    // CPython: Objects/unionobject.c is_unionable
    static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof Union || o instanceof PyTypeAlias;
    }

    private static void add(List<PyObject> out, PyObject o) {
        if (o instanceof Union u) {
            for (PyObject a : u.args.items) add(out, a);
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.NONE.type() : o;
        for (PyObject x : out) {
            if (x == v || (x instanceof PyGenericAlias || v instanceof PyGenericAlias) && Abstract.richCompareBool(x, v, Abstract.EQ)) return;
        }
        out.add(v);
    }

    // CPython: Objects/unionobject.c _Py_union_type_or
    static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PyNotImplemented.NOT_IMPLEMENTED;
        List<PyObject> out = new ArrayList<>();
        add(out, a);
        add(out, b);
        if (out.size() == 1) return out.get(0);
        return new Union(new PyTuple(out.toArray(new PyObject[0])));
    }

    static void install() {
        PyType t = TYPE;
        t.baseType = false;
        t.disallowInstantiation = true;
        slot1(PyType.TYPE, "__or__", UnionTypes::or);
        slot1(PyType.TYPE, "__ror__", (self, o) -> or(o, self));
        slot1(t, "__or__", UnionTypes::or);
        slot1(t, "__ror__", (self, o) -> or(o, self));
        slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        getter(t, "__args__", self -> ((Union) self).args);
        getter(t, "__parameters__", self -> PyTuple.EMPTY);
        slot1(t, "__eq__", (self, o) -> o instanceof Union u ? PyBool.of(sameSet(((Union) self).args, u.args)) : PyNotImplemented.NOT_IMPLEMENTED);
        slot1(t, "__ne__", (self, o) -> o instanceof Union u ? PyBool.of(!sameSet(((Union) self).args, u.args)) : PyNotImplemented.NOT_IMPLEMENTED);
        slot0(t, "__hash__", self -> {
            long h = 0;
            for (PyObject a : ((Union) self).args.items) h ^= Abstract.hash(a);
            return dev.pyjama.objects.PyInt.of(h == -1 ? -2 : h);
        });
        slot1(t, "__instancecheck__", (self, o) -> PyBool.of(Abstract.isInstance(o, ((Union) self).args)));
        slot1(t, "__subclasscheck__", (self, o) -> PyBool.of(Abstract.isSubclass(o, ((Union) self).args)));
    }

    private static boolean sameSet(PyTuple a, PyTuple b) {
        for (PyObject x : a.items) if (!Abstract.contains(b, x)) return false;
        for (PyObject x : b.items) if (!Abstract.contains(a, x)) return false;
        return true;
    }

}
