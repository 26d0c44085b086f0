package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.PyTypeParam;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.GenericAlias} ({@code list[int]}): the built-in containers' {@code __class_getitem__},
 * its repr, {@code __parameters__} and their substitution, equality, calls and {@code __mro_entries__}.
 */
// CPython: Objects/genericaliasobject.c
final class GenericAliases {
    private GenericAliases() {}

    private static PyGenericAlias ga(PyObject o) {
        return (PyGenericAlias) o;
    }

    static void install() {
        // CPython: the {"__class_getitem__", Py_GenericAlias, METH_O|METH_CLASS} entries of Objects/*.c
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE, PyTuple.TYPE, PySet.TYPE, PyFrozenSet.TYPE,
                ExceptionTypes.BASE_EXCEPTION_GROUP}) {
            t.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, null, (args, kw) -> {
                Args.noKw("__class_getitem__", kw);
                if (args.length != 2) {
                    throw Errors.typeError("__class_getitem__() takes exactly one argument (" + (args.length - 1) + " given)");
                }
                return make(args[0], args[1]);
            })));
        }
        PyType t = PyGenericAlias.TYPE;
        t.baseType = true;
        newMethod(t, (args, kw) -> {
            Args.noKw("GenericAlias", kw);
            Args.checkPositional("GenericAlias", args.length - 1, 2, 2);
            return make(args[1], args[2]);
        });
        installCommon(t);
        slot0(t, "__repr__", self -> PyStr.of(repr(ga(self))));
        // CPython: Objects/genericaliasobject.c ga_as_number (nb_or is _Py_union_type_or)
        slot1(t, "__or__", UnionTypes::or);
        slot1(t, "__ror__", (self, o) -> UnionTypes.or(o, self));
        onearg(t, "__mro_entries__", (self, bases) -> PyTuple.of(ga(self).origin));
        slot1(t, "__getitem__", (self, item) -> subscript(ga(self), item));
        getter(t, "__unpacked__", self -> bool(ga(self).starred));
        slot0(t, "__iter__", self -> Iterators.of(PyTuple.of(new PyGenericAlias(PyGenericAlias.TYPE, ga(self).origin, ga(self).args, true))));
        for (String n : new String[] {"__instancecheck__", "__subclasscheck__"}) {
            onearg(t, n, (self, o) -> {
                throw Errors.typeError((n.equals("__instancecheck__") ? "isinstance" : "issubclass")
                        + "() argument 2 cannot be a parameterized generic");
            });
        }
    }

    // CPython: Objects/genericaliasobject.c attr_exceptions
    private static final java.util.Set<String> OWN_ATTRIBUTES = java.util.Set.of("__class__", "__bases__", "__origin__",
            "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    /** Whether {@code alias.name} is the origin's attribute (types.GenericAlias forwards all but its own). */
    // CPython: Objects/genericaliasobject.c ga_getattro
    static boolean forwards(PyGenericAlias a, PyStr name) {
        return a.type() == PyGenericAlias.TYPE && !OWN_ATTRIBUTES.contains(name.value());
    }

    /** What both alias types share: their fields, equality, hash and call. */
    static void installCommon(PyType t) {
        getter(t, "__origin__", self -> ga(self).origin);
        getter(t, "__args__", self -> ga(self).args);
        getter(t, "__parameters__", self -> parameters(ga(self)));
        // CPython: Objects/genericaliasobject.c ga_richcompare, ga_hash
        slot1(t, "__eq__", (self, o) -> {
            if (!(o instanceof PyGenericAlias b) || b.type() != self.type()) return ni();
            PyGenericAlias a = ga(self);
            return bool(a.starred == b.starred && Abstract.equal(a.origin, b.origin) && Abstract.equal(a.args, b.args));
        });
        slot1(t, "__ne__", (self, o) -> {
            if (!(o instanceof PyGenericAlias b) || b.type() != self.type()) return ni();
            PyGenericAlias a = ga(self);
            return bool(!(a.starred == b.starred && Abstract.equal(a.origin, b.origin) && Abstract.equal(a.args, b.args)));
        });
        slot0(t, "__hash__", self -> PyInt.of(Abstract.hash(ga(self).origin) ^ Abstract.hash(ga(self).args)));
        // CPython: Objects/genericaliasobject.c ga_call
        put(t, "__call__", (args, kw) -> {
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            PyObject obj = Abstract.call(ga(args[0]).origin, rest, kw);
            try {
                Abstract.setattr(obj, PyStr.of("__orig_class__"), args[0]);
            } catch (PyException e) {
                PyType et = e.value().type();
                if (!et.isSubtype(ExceptionTypes.ATTRIBUTE_ERROR) && !et.isSubtype(ExceptionTypes.TYPE_ERROR)) throw e;
            }
            return obj;
        });
    }

    /** {@code Py_GenericAlias(origin, args)}: args is a tuple, or one argument. */
    static PyGenericAlias make(PyObject origin, PyObject args) {
        return new PyGenericAlias(PyGenericAlias.TYPE, origin, args instanceof PyTuple tu ? tu : PyTuple.of(args), false);
    }

    // CPython: Objects/genericaliasobject.c ga_repr
    static String repr(PyGenericAlias a) {
        StringBuilder sb = new StringBuilder();
        if (a.starred) sb.append('*');
        sb.append(reprItem(a.origin)).append('[');
        if (a.args.items.length == 0) sb.append("()");
        for (int i = 0; i < a.args.items.length; i++) {
            if (i > 0) sb.append(", ");
            PyObject p = a.args.items[i];
            if (p.getClass() == PyList.class) {
                sb.append('[');
                List<PyObject> items = ((PyList) p).items;
                for (int j = 0; j < items.size(); j++) sb.append(j > 0 ? ", " : "").append(reprItem(items.get(j)));
                sb.append(']');
            } else {
                sb.append(reprItem(p));
            }
        }
        return sb.append(']').toString();
    }

    // CPython: Objects/genericaliasobject.c ga_repr_item
    private static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) return "...";
        if (Abstract.lookupAttr(p, PyStr.of("__origin__")) != null && Abstract.lookupAttr(p, PyStr.of("__args__")) != null) {
            return Abstract.repr(p).value();
        }
        PyObject qualname = Abstract.lookupAttr(p, PyStr.of("__qualname__"));
        if (qualname == null) return Abstract.repr(p).value();
        PyObject module = Abstract.lookupAttr(p, PyStr.of("__module__"));
        if (module == null || module == PyNone.NONE) return Abstract.repr(p).value();
        if (module instanceof PyStr m && m.value().equals("builtins")) return Abstract.str(qualname).value();
        return Abstract.str(module).value() + "." + Abstract.str(qualname).value();
    }

    /** {@code __parameters__}: the type parameters among the arguments, in order, without repeats. */
    // CPython: Objects/genericaliasobject.c _Py_make_parameters
    static PyTuple parameters(PyGenericAlias a) {
        if (a.parameters == null) a.parameters = makeParameters(a.args);
        return a.parameters;
    }

    static PyTuple makeParameters(PyTuple args) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject t : args.items) {
            if (t instanceof PyType) continue;
            if (t instanceof PyTypeParam) {
                addUnique(out, t);
                continue;
            }
            PyObject sub = Abstract.lookupAttr(t, PyStr.of("__parameters__"));
            if (sub instanceof PyTuple st) for (PyObject x : st.items) addUnique(out, x);
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    private static void addUnique(List<PyObject> out, PyObject x) {
        for (PyObject y : out) if (y == x) return;
        out.add(x);
    }

    // CPython: Objects/genericaliasobject.c ga_getitem, _Py_subs_parameters
    static PyObject subscript(PyGenericAlias a, PyObject item) {
        PyTuple params = parameters(a);
        if (params.items.length == 0) throw Errors.typeError(Abstract.repr(a).value() + " is not a generic class");
        PyObject[] items = item instanceof PyTuple tu ? tu.items : new PyObject[] {item};
        if (items.length != params.items.length) {
            throw Errors.typeError("Too " + (items.length > params.items.length ? "many" : "few") + " arguments for "
                    + Abstract.repr(a).value() + "; actual " + items.length + ", expected " + params.items.length);
        }
        PyObject[] out = new PyObject[a.args.items.length];
        for (int i = 0; i < out.length; i++) out[i] = substitute(a.args.items[i], params.items, items);
        return new PyGenericAlias(a.type(), a.origin, PyTuple.of(out), a.starred);
    }

    /** One argument with the parameters replaced by the items. */
    static PyObject substitute(PyObject arg, PyObject[] params, PyObject[] items) {
        if (arg instanceof PyType) return arg;
        if (arg instanceof PyTypeParam) {
            for (int j = 0; j < params.length; j++) if (params[j] == arg) return items[j];
            return arg;
        }
        PyObject sub = Abstract.lookupAttr(arg, PyStr.of("__parameters__"));
        if (sub instanceof PyTuple st && st.items.length > 0) {
            PyObject[] subItems = new PyObject[st.items.length];
            for (int k = 0; k < subItems.length; k++) subItems[k] = substitute(st.items[k], params, items);
            return Abstract.getitem(arg, subItems.length == 1 ? subItems[0] : PyTuple.of(subItems));
        }
        return arg;
    }
}
