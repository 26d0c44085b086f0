package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.newMethod;

import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.PyTypeParam;

/**
 * Calling {@code TypeVar}, {@code ParamSpec} and {@code TypeVarTuple} (what Lib/typing.py does
 * for {@code T = TypeVar('T')}), with clinic's argument checks; bounds go through
 * {@code typing._type_check} as in CPython.
 */
// CPython: Objects/typevarobject.c typevar_new_impl, paramspec_new_impl, typevartuple_impl, type_check, caller
final class TypeParamNew {
    private TypeParamNew() {}

    /** {@code typing.NAME(args...)}: the typing module's helper functions, as call_typing_func_object. */
    static PyObject callTyping(String name, PyObject... args) {
        PyObject typing = Importer.importModule("typing");
        return Abstract.call(Abstract.getattr(typing, PyStr.of(name)), args);
    }

    private static PyObject typeCheck(PyObject arg, String msg) {
        if (arg == PyNone.NONE) return PyNone.NONE.type();
        return callTyping("_type_check", arg, PyStr.of(msg));
    }

    /** The module of the running code ({@code __module__} of a new type variable). */
    private static PyObject caller() {
        PyFrame f = ThreadState.current().frame;
        if (f == null) return PyNone.NONE;
        PyObject n = f.globals.get(PyStr.of("__name__"));
        return n == null ? PyNone.NONE : n;
    }

    private static String name(String fname, PyObject o) {
        if (o == null) throw Errors.typeError(fname + "() missing required argument 'name' (pos 1)");
        if (!(o instanceof PyStr s)) throw Errors.typeError(fname + "() argument 'name' must be str, not " + o.typeName());
        return s.value();
    }

    static void install() {
        newMethod(PyTypeParam.TYPEVAR, (args, kw) -> {
            int nkw = Args.nkw(kw), npos = args.length - 1 - nkw;
            String[] names = {"name", "bound", "covariant", "contravariant", "infer_variance", "default"};
            PyObject[] k = new PyObject[names.length];
            if (npos >= 1) k[0] = args[1];
            for (int i = 0; i < nkw; i++) {
                String key = ((PyStr) kw.items[i]).value();
                int j = java.util.Arrays.asList(names).indexOf(key);
                if (j < 0 || (j == 0 && npos >= 1)) {
                    throw Errors.typeError("typevar() got " + (j == 0 ? "multiple values for argument 'name'"
                            : "an unexpected keyword argument '" + key + "'"));
                }
                k[j] = args[args.length - nkw + i];
            }
            String name = name("typevar", k[0]);
            PyObject[] constraints = npos > 1 ? java.util.Arrays.copyOfRange(args, 2, 1 + npos) : new PyObject[0];
            boolean co = k[2] != null && Abstract.isTrue(k[2]), contra = k[3] != null && Abstract.isTrue(k[3]);
            boolean infer = k[4] != null && Abstract.isTrue(k[4]);
            if (co && contra) throw Errors.valueError("Bivariant types are not supported.");
            if (infer && (co || contra)) throw Errors.valueError("Variance cannot be specified with infer_variance.");
            PyObject bound = k[1] == null || k[1] == PyNone.NONE ? null : typeCheck(k[1], "Bound must be a type.");
            if (constraints.length == 1) throw Errors.typeError("A single constraint is not allowed");
            if (constraints.length > 0 && bound != null) throw Errors.typeError("Constraints cannot be combined with bound=...");
            PyTypeParam p = new PyTypeParam(PyTypeParam.TYPEVAR, name);
            p.bound = bound;
            if (constraints.length > 0) p.constraints = new PyTuple(constraints);
            p.covariant = co;
            p.contravariant = contra;
            p.inferVariance = infer;
            p.defaultValue = k[5] == null || k[5] == PyTypeParam.NO_DEFAULT ? null : k[5];
            p.setModule(caller());
            return p;
        });
        newMethod(PyTypeParam.PARAMSPEC, (args, kw) -> {
            PyObject[] a = Args.parse("paramspec", args, 1, kw,
                    new String[] {"name", "bound", "covariant", "contravariant", "infer_variance", "default"}, 0, 1);
            PyTypeParam p = new PyTypeParam(PyTypeParam.PARAMSPEC, name("paramspec", a[0]));
            boolean co = a[2] != null && Abstract.isTrue(a[2]), contra = a[3] != null && Abstract.isTrue(a[3]);
            boolean infer = a[4] != null && Abstract.isTrue(a[4]);
            if (co && contra) throw Errors.valueError("Bivariant types are not supported.");
            if (infer && (co || contra)) throw Errors.valueError("Variance cannot be specified with infer_variance.");
            p.bound = a[1] == null || a[1] == PyNone.NONE ? null : typeCheck(a[1], "Bound must be a type.");
            p.covariant = co;
            p.contravariant = contra;
            p.inferVariance = infer;
            p.defaultValue = a[5] == null || a[5] == PyTypeParam.NO_DEFAULT ? null : a[5];
            p.setModule(caller());
            return p;
        });
        newMethod(PyTypeParam.TYPEVARTUPLE, (args, kw) -> {
            PyObject[] a = Args.parse("typevartuple", args, 1, kw, new String[] {"name", "default"}, 0, 1);
            PyTypeParam p = new PyTypeParam(PyTypeParam.TYPEVARTUPLE, name("typevartuple", a[0]));
            p.defaultValue = a[1] == null || a[1] == PyTypeParam.NO_DEFAULT ? null : a[1];
            p.setModule(caller());
            return p;
        });
    }
}
