package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.PyTypeAlias;
import dev.pyjama.objects.PyTypeParam;

/**
 * The objects of PEP 695's syntax, made by the typing intrinsics: TypeVar, ParamSpec,
 * TypeVarTuple, TypeAliasType, and {@code typing.Generic} with the {@code Generic[T]} base a
 * generic class gets. CPython writes Generic's subscription and {@code __init_subclass__} in
 * Lib/typing.py (which pyjama cannot load yet); they are ported here.
 */
// CPython: Objects/typevarobject.c; Python/intrinsics.c; Lib/typing.py _GenericAlias, _generic_class_getitem, _generic_init_subclass
public final class Typing {
    private Typing() {}

    /** {@code typing.Generic}. */
    public static final PyType GENERIC = PyType.builtin("Generic", null);

    private static PyTypeParam tp(PyObject o) {
        return (PyTypeParam) o;
    }

    private static PyTypeAlias ta(PyObject o) {
        return (PyTypeAlias) o;
    }

    static void install() {
        TypeParamNew.install();
        TypingBridge.install();
        for (PyType t : new PyType[] {PyTypeParam.TYPEVAR, PyTypeParam.PARAMSPEC, PyTypeParam.TYPEVARTUPLE}) {
            t.baseType = false;
            getter(t, "__name__", self -> PyStr.of(tp(self).name));
            slot0(t, "__repr__", self -> PyStr.of(self.repr()));
            getter(t, "__default__", self -> defaultOf(tp(self)));
            noargs(t, "has_default", self -> bool(defaultOf(tp(self)) != PyTypeParam.NO_DEFAULT));
            if (t == PyTypeParam.TYPEVARTUPLE) continue;
            getter(t, "__covariant__", self -> bool(tp(self).covariant));
            getter(t, "__contravariant__", self -> bool(tp(self).contravariant));
            getter(t, "__infer_variance__", self -> bool(tp(self).inferVariance));
        }
        // CPython: Objects/typevarobject.c typevar_bound, typevar_constraints
        getter(PyTypeParam.TYPEVAR, "__bound__", self -> {
            PyTypeParam p = tp(self);
            if (p.bound == null && p.evaluateBound != null) p.bound = Abstract.call(p.evaluateBound, new PyObject[0], null);
            return p.bound == null ? PyNone.NONE : p.bound;
        });
        getter(PyTypeParam.TYPEVAR, "__constraints__", self -> {
            PyTypeParam p = tp(self);
            if (p.constraints == null && p.evaluateConstraints != null) {
                p.constraints = Abstract.call(p.evaluateConstraints, new PyObject[0], null);
            }
            return p.constraints == null ? PyTuple.EMPTY : p.constraints;
        });
        PyTypeParam.NO_DEFAULT_TYPE.baseType = false;
        slot0(PyTypeParam.NO_DEFAULT_TYPE, "__repr__", self -> PyStr.of(self.repr()));

        PyType a = PyTypeAlias.TYPE;
        a.baseType = false;
        getter(a, "__name__", self -> PyStr.of(ta(self).name));
        slot0(a, "__repr__", self -> PyStr.of(ta(self).name));
        // CPython: Objects/typevarobject.c typealias_value, typealias_type_params, typealias_parameters, typealias_subscript
        getter(a, "__value__", self -> {
            PyTypeAlias t = ta(self);
            if (t.value == null) t.value = Abstract.call(t.computeValue, new PyObject[0], null);
            return t.value;
        });
        getter(a, "__type_params__", self -> ta(self).typeParams == null ? PyTuple.EMPTY : ta(self).typeParams);
        getter(a, "__parameters__", self -> ta(self).typeParams == null ? PyTuple.EMPTY : ta(self).typeParams);
        getter(a, "__module__", self -> {
            PyTypeAlias t = ta(self);
            if (t.module != null) return t.module;
            if (t.computeValue instanceof PyFunction fn) return Abstract.getattr(fn, PyStr.of("__module__"));
            return PyNone.NONE;
        });
        slot1(a, "__getitem__", (self, item) -> {
            if (ta(self).typeParams == null) throw Errors.typeError("Only generic type aliases are subscriptable");
            return GenericAliases.make(self, item);
        });

        PyType g = PyGenericAlias.TYPING_TYPE;
        g.baseType = false;
        GenericAliases.installCommon(g);
        slot0(g, "__repr__", self -> PyStr.of(typingRepr((PyGenericAlias) self)));
        onearg(g, "__mro_entries__", (self, bases) -> mroEntries((PyGenericAlias) self, bases));
        slot1(g, "__getitem__", (self, item) -> GenericAliases.subscript((PyGenericAlias) self, item));

        GENERIC.dict.put("__module__", PyStr.of("typing"));
        GENERIC.instanceClass = PyInstance.class;
        GENERIC.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, null,
                (args, kw) -> TypingBridge.available() ? TypeParamNew.callTyping("_generic_class_getitem", args[0], args[1])
                        : classGetitem((PyType) args[0], args[1]))));
        GENERIC.dict.put("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", null, null,
                (args, kw) -> {
                    if (!TypingBridge.available()) return initSubclass((PyType) args[0], args, kw);
                    PyObject f = Abstract.getattr(Importer.importModule("typing"), PyStr.of("_generic_init_subclass"));
                    return Abstract.call(f, args, kw);
                })));
    }

    // CPython: Objects/typevarobject.c typevar_default (and those of ParamSpec, TypeVarTuple)
    private static PyObject defaultOf(PyTypeParam p) {
        if (p.defaultValue == null && p.evaluateDefault != null) {
            p.defaultValue = Abstract.call(p.evaluateDefault, new PyObject[0], null);
        }
        return p.defaultValue == null ? PyTypeParam.NO_DEFAULT : p.defaultValue;
    }

    // ---- the intrinsics

    /** CALL_INTRINSIC_1's typing operands. */
    // CPython: Python/intrinsics.c make_typevar, _Py_make_paramspec, _Py_make_typevartuple, _Py_subscript_generic, _Py_make_typealias
    static PyObject intrinsic1(PyFrame f, String which, PyObject v) {
        switch (which) {
            case "TYPEVAR":
                return newParam(f, PyTypeParam.TYPEVAR, v);
            case "PARAMSPEC":
                return newParam(f, PyTypeParam.PARAMSPEC, v);
            case "TYPEVARTUPLE":
                return newParam(f, PyTypeParam.TYPEVARTUPLE, v);
            case "SUBSCRIPT_GENERIC":
                // CPython calls typing._GenericAlias(Generic, params) (importing typing)
                if (TypingBridge.available()) {
                    return TypeParamNew.callTyping("_GenericAlias", GENERIC, TypingBridge.unpackTypeVarTuples((PyTuple) v));
                }
                return new PyGenericAlias(PyGenericAlias.TYPING_TYPE, GENERIC, (PyTuple) v, false);
            default: {
                PyObject[] a = ((PyTuple) v).items;
                return new PyTypeAlias(((PyStr) a[0]).value(), a[1] == PyNone.NONE ? null : a[1], a[2], null);
            }
        }
    }

    /** CALL_INTRINSIC_2's typing operands. */
    // CPython: Python/intrinsics.c make_typevar_with_bound, make_typevar_with_constraints, _Py_set_function_type_params, _Py_set_typeparam_default
    static PyObject intrinsic2(PyFrame f, String which, PyObject a, PyObject b) {
        switch (which) {
            case "TYPEVAR_WITH_BOUND": {
                PyTypeParam p = newParam(f, PyTypeParam.TYPEVAR, a);
                p.evaluateBound = b;
                return p;
            }
            case "TYPEVAR_WITH_CONSTRAINTS": {
                PyTypeParam p = newParam(f, PyTypeParam.TYPEVAR, a);
                p.evaluateConstraints = b;
                return p;
            }
            case "SET_FUNCTION_TYPE_PARAMS":
                ((PyFunction) a).typeParams = b;
                return a;
            default:
                tp(a).evaluateDefault = b;
                return a;
        }
    }

    private static PyTypeParam newParam(PyFrame f, PyType kind, PyObject name) {
        PyTypeParam p = new PyTypeParam(kind, ((PyStr) name).value());
        p.inferVariance = kind != PyTypeParam.TYPEVARTUPLE;
        return p;
    }

    // ---- typing._GenericAlias and Generic

    // CPython: Lib/typing.py _GenericAlias.__repr__, _type_repr
    static String typingRepr(PyGenericAlias a) {
        StringBuilder sb = new StringBuilder(typeRepr(a.origin)).append('[');
        if (a.args.items.length == 0) sb.append("()");
        for (int i = 0; i < a.args.items.length; i++) sb.append(i > 0 ? ", " : "").append(typeRepr(a.args.items[i]));
        return sb.append(']').toString();
    }

    static String typeRepr(PyObject o) {
        if (o instanceof PyType t) {
            PyObject m = Abstract.getattr(t, PyStr.of("__module__"));
            String q = Abstract.str(Abstract.getattr(t, PyStr.of("__qualname__"))).value();
            return m instanceof PyStr ms && ms.value().equals("builtins") ? q : Abstract.str(m).value() + "." + q;
        }
        if (o == dev.pyjama.objects.PyEllipsis.ELLIPSIS) return "...";
        if (o instanceof PyFunction fn) return Abstract.str(Abstract.getattr(fn, PyStr.of("__name__"))).value();
        if (o.getClass() == PyTuple.class) {
            StringBuilder sb = new StringBuilder("[");
            PyObject[] items = ((PyTuple) o).items;
            for (int i = 0; i < items.length; i++) sb.append(i > 0 ? ", " : "").append(typeRepr(items[i]));
            return sb.append(']').toString();
        }
        return Abstract.repr(o).value();
    }

    // CPython: Lib/typing.py _GenericAlias.__mro_entries__
    private static PyObject mroEntries(PyGenericAlias self, PyObject bases) {
        PyObject[] bs = Abstract.toArray(bases);
        if (self.origin == GENERIC) {
            int i = 0;
            while (i < bs.length && bs[i] != self) i++;
            for (int j = i + 1; j < bs.length; j++) {
                if (bs[j] instanceof PyGenericAlias b && b.type() == PyGenericAlias.TYPING_TYPE && b != self) return PyTuple.EMPTY;
            }
        }
        return PyTuple.of(self.origin);
    }

    // CPython: Lib/typing.py _generic_class_getitem, _check_generic_specialization
    private static PyObject classGetitem(PyType cls, PyObject params) {
        PyObject[] args = params instanceof PyTuple t ? t.items.clone() : new PyObject[] {params};
        for (int i = 0; i < args.length; i++) if (args[i] == PyNone.NONE) args[i] = PyNone.TYPE;
        if (cls == GENERIC) {
            if (args.length == 0) throw Errors.typeError("Parameter list to " + cls.qualname + "[...] cannot be empty");
            for (int i = 0; i < args.length; i++) {
                if (!(args[i] instanceof PyTypeParam)) {
                    throw Errors.typeError("Parameters to " + cls.name() + "[...] must all be type variables or parameter specification variables.");
                }
                for (int j = 0; j < i; j++) {
                    if (args[j] == args[i]) throw Errors.typeError("Parameters to " + cls.name() + "[...] must all be unique");
                }
            }
        } else {
            PyObject ps = Abstract.lookupAttr(cls, PyStr.of("__parameters__"));
            int expected = ps instanceof PyTuple pt ? pt.items.length : 0;
            String clsStr = Abstract.str(cls).value();
            if (expected == 0) throw Errors.typeError(clsStr + " is not a generic class");
            if (args.length != expected) {
                PyObject[] p = ((PyTuple) ps).items;
                String expectVal = String.valueOf(expected);
                if (args.length < expected) {
                    if (p[args.length] instanceof PyTypeParam q && defaultOf(q) != PyTypeParam.NO_DEFAULT) {
                        return new PyGenericAlias(PyGenericAlias.TYPING_TYPE, cls, PyTuple.of(args), false);
                    }
                    int withDefault = 0;
                    for (PyObject x : p) if (x instanceof PyTypeParam q && defaultOf(q) != PyTypeParam.NO_DEFAULT) withDefault++;
                    expected -= withDefault;
                    expectVal = "at least " + expected;
                }
                throw Errors.typeError("Too " + (args.length > expected ? "many" : "few") + " arguments for " + clsStr
                        + "; actual " + args.length + ", expected " + expectVal);
            }
        }
        return new PyGenericAlias(PyGenericAlias.TYPING_TYPE, cls, PyTuple.of(args), false);
    }

    // CPython: Lib/typing.py _generic_init_subclass
    private static PyObject initSubclass(PyType cls, PyObject[] args, PyTuple kw) {
        PyType[] mro = cls.mro();
        int i = 0;
        while (i < mro.length && mro[i] != GENERIC) i++;
        for (i++; i < mro.length; i++) {
            PyObject next = mro[i].dict.get("__init_subclass__");
            if (next != null) {
                PyObject[] rest = new PyObject[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                Abstract.call(Abstract.descrGet(next, null, cls), rest, kw);
                break;
            }
        }
        PyObject orig = cls.dict.get("__orig_bases__");
        boolean error = false;
        if (orig != null) {
            for (PyObject b : Abstract.toArray(orig)) if (b == GENERIC) error = true;
        } else {
            for (PyType b : cls.bases()) if (b == GENERIC && !cls.name().equals("Protocol")) error = true;
        }
        if (error) throw Errors.typeError("Cannot inherit from plain Generic");
        PyTuple tvars = PyTuple.EMPTY;
        if (orig != null) {
            tvars = GenericAliases.makeParameters(orig instanceof PyTuple ot ? ot : PyTuple.of(Abstract.toArray(orig)));
            PyTuple gvars = null;
            for (PyObject b : Abstract.toArray(orig)) {
                if (b instanceof PyGenericAlias ga && ga.type() == PyGenericAlias.TYPING_TYPE && ga.origin == GENERIC) {
                    if (gvars != null) throw Errors.typeError("Cannot inherit from Generic[...] multiple times.");
                    gvars = GenericAliases.parameters(ga);
                }
            }
            if (gvars != null) {
                StringBuilder missing = new StringBuilder();
                for (PyObject t : tvars.items) {
                    boolean found = false;
                    for (PyObject gv : gvars.items) found |= gv == t;
                    if (!found) missing.append(missing.length() > 0 ? ", " : "").append(Abstract.str(t).value());
                }
                if (missing.length() > 0) {
                    StringBuilder all = new StringBuilder();
                    for (PyObject gv : gvars.items) all.append(all.length() > 0 ? ", " : "").append(Abstract.str(gv).value());
                    throw Errors.typeError("Some type variables (" + missing + ") are not listed in Generic[" + all + "]");
                }
                tvars = gvars;
            }
        }
        cls.setAttribute("__parameters__", tvars);
        return PyNone.NONE;
    }
}
