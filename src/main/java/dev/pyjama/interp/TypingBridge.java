package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.onearg;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.PyTypeParam;

/**
 * The methods of the typing objects that CPython writes in C but computes in Lib/typing.py
 * (call_typing_func_object): union with |, substitution, unpacking a TypeVarTuple,
 * ParamSpec.args and .kwargs. They import typing on first use, as CPython does; pyjama's own
 * Java versions of Generic's subscription stay for a machine without the standard library.
 */
// CPython: Objects/typevarobject.c make_union, typevar_typing_subst, typevar_typing_prepare_subst,
// paramspec_typing_subst, typevartuple_iter, typevartuple_unpack, paramspecattr_repr, _Py_subscript_generic
public final class TypingBridge {
    private TypingBridge() {}

    public static final PyType PARAMSPEC_ARGS = PyType.builtin("typing.ParamSpecArgs", null);
    public static final PyType PARAMSPEC_KWARGS = PyType.builtin("typing.ParamSpecKwargs", null);

    /** Whether typing.py can be loaded (a CPython standard library was found). */
    static boolean available() {
        return StdlibLocation.get() != null;
    }

    static PyObject unpack(PyObject tvt) {
        PyObject unpack = Abstract.getattr(Importer.importModule("typing"), PyStr.of("Unpack"));
        return Abstract.getitem(unpack, tvt);
    }

    /** Generic[...] params with each TypeVarTuple replaced by Unpack[it]. */
    // CPython: Objects/typevarobject.c unpack_typevartuples
    static PyTuple unpackTypeVarTuples(PyTuple params) {
        PyObject[] out = params.items.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof PyTypeParam p && p.type() == PyTypeParam.TYPEVARTUPLE) out[i] = unpack(out[i]);
        }
        return new PyTuple(out);
    }

    private static String kind(PyType t) {
        return t.name();
    }

    static void install() {
        for (PyType t : new PyType[] {PyTypeParam.TYPEVAR, PyTypeParam.PARAMSPEC, PyTypeParam.TYPEVARTUPLE}) {
            noargs(t, "__reduce__", self -> PyStr.of(((PyTypeParam) self).name));
            onearg(t, "__mro_entries__", (self, bases) -> {
                throw Errors.typeError("Cannot subclass an instance of " + kind(t));
            });
        }
        for (PyType t : new PyType[] {PyTypeParam.TYPEVAR, PyTypeParam.PARAMSPEC}) {
            slot1(t, "__or__", (self, o) -> TypeParamNew.callTyping("_make_union", self, o));
            slot1(t, "__ror__", (self, o) -> TypeParamNew.callTyping("_make_union", o, self));
        }
        onearg(PyTypeParam.TYPEVAR, "__typing_subst__", (self, arg) -> TypeParamNew.callTyping("_typevar_subst", self, arg));
        put(PyTypeParam.TYPEVAR, "__typing_prepare_subst__", (args, kw) -> typevarPrepareSubst((PyTypeParam) args[0], args[1], args[2]));
        onearg(PyTypeParam.PARAMSPEC, "__typing_subst__", (self, arg) -> TypeParamNew.callTyping("_paramspec_subst", self, arg));
        put(PyTypeParam.PARAMSPEC, "__typing_prepare_subst__",
                (args, kw) -> TypeParamNew.callTyping("_paramspec_prepare_subst", args[0], args[1], args[2]));
        getter(PyTypeParam.PARAMSPEC, "args", self -> paramSpecAttr(PARAMSPEC_ARGS, self));
        getter(PyTypeParam.PARAMSPEC, "kwargs", self -> paramSpecAttr(PARAMSPEC_KWARGS, self));
        PyType tvt = PyTypeParam.TYPEVARTUPLE;
        slot0(tvt, "__iter__", self -> Abstract.iter(PyTuple.of(unpack(self))));
        onearg(tvt, "__typing_subst__", (self, arg) -> {
            throw Errors.typeError("Substitution of bare TypeVarTuple is not supported");
        });
        put(tvt, "__typing_prepare_subst__",
                (args, kw) -> TypeParamNew.callTyping("_typevartuple_prepare_subst", args[0], args[1], args[2]));

        // CPython: Objects/typevarobject.c paramspecattr_new, paramspecattr_repr, paramspecattr_richcompare
        for (PyType t : new PyType[] {PARAMSPEC_ARGS, PARAMSPEC_KWARGS}) {
            String suffix = t == PARAMSPEC_ARGS ? ".args" : ".kwargs";
            t.instanceClass = PyInstance.class;
            t.instanceDict = true;
            BuiltinTypes.newMethod(t, (args, kw) -> {
                Args.checkPositional(t.qualname, args.length - 1 - Args.nkw(kw), 1, 1);
                return paramSpecAttr(t, args[1]);
            });
            put(t, "__init__", (args, kw) -> PyNone.NONE);
            slot0(t, "__repr__", self -> {
                PyObject origin = ((PyInstance) self).dict.get(PyStr.of("__origin__"));
                if (origin instanceof PyTypeParam p) return PyStr.of(p.name + suffix);
                return PyStr.of(Abstract.repr(origin).value() + suffix);
            });
            slot1(t, "__eq__", (self, o) -> {
                if (o.type() != t) return PyNotImplemented.NOT_IMPLEMENTED;
                return PyBool.of(Abstract.richCompareBool(((PyInstance) self).dict.get(PyStr.of("__origin__")),
                        ((PyInstance) o).dict.get(PyStr.of("__origin__")), Abstract.EQ));
            });
            onearg(t, "__mro_entries__", (self, bases) -> {
                throw Errors.typeError("Cannot subclass an instance of " + t.qualname);
            });
        }
    }

    private static PyObject paramSpecAttr(PyType t, PyObject origin) {
        PyInstance i = Types.newInstance(t);
        i.dict.put(PyStr.of("__origin__"), origin);
        return i;
    }

    private static PyObject typevarPrepareSubst(PyTypeParam self, PyObject alias, PyObject args) {
        PyObject params = Abstract.getattr(alias, PyStr.of("__parameters__"));
        long i = ((dev.pyjama.objects.PyInt) Abstract.call(Abstract.getattr(params, PyStr.of("index")), self)).longValue();
        long n = Abstract.len(args);
        if (i < n) return args;
        if (i == n) {
            PyObject d = Abstract.getattr(self, PyStr.of("__default__"));
            if (d != PyTypeParam.NO_DEFAULT) return Abstract.binaryOp(Abstract.NB_ADD, args, PyTuple.of(d));
        }
        throw Errors.raise(ExceptionTypes.TYPE_ERROR, "Too few arguments for " + Abstract.str(alias).value() + "; actual " + n
                + ", expected at least " + (i + 1));
    }
}
