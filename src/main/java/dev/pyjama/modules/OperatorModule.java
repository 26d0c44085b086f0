package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.security.MessageDigest;

/**
 * {@code _operator}: every function of the C module, and (in {@link OperatorGetters})
 * itemgetter, attrgetter and methodcaller. operator.py replaces its Python definitions with
 * these, so a profiler sees {@code operator.add} & co. as built-ins, as under CPython.
 */
// CPython: Modules/_operator.c
public final class OperatorModule {
    private OperatorModule() {}

    private interface Binary {
        PyObject apply(PyObject a, PyObject b);
    }

    private interface Unary {
        PyObject apply(PyObject a);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_operator");
        ModuleSupport.set(m, "__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented"
                + " in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent"
                + " to the expression x+y.  The function names are those\nused for special methods; variants without leading"
                + " and trailing\n'__' are also provided for convenience."));
        unary(m, "truth", a -> PyBool.of(Abstract.isTrue(a)));
        String[] nb = {"add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_", "pow", "rshift", "sub", "truediv", "xor"};
        for (int i = 0; i < nb.length; i++) {
            int op = i;
            binary(m, nb[i], (a, b) -> Abstract.binaryOp(op, a, b));
            String iname = "i" + (nb[i].endsWith("_") ? nb[i].substring(0, nb[i].length() - 1) : nb[i]);
            binary(m, iname, (a, b) -> Abstract.binaryOp(Abstract.NB_INPLACE + op, a, b));
        }
        unary(m, "neg", Abstract::negative);
        unary(m, "pos", Abstract::positive);
        unary(m, "abs", Abstract::abs);
        unary(m, "inv", Abstract::invert);
        unary(m, "invert", Abstract::invert);
        unary(m, "not_", a -> PyBool.of(!Abstract.isTrue(a)));
        unary(m, "index", Abstract::index);
        binary(m, "concat", (a, b) -> concat(a, b, false));
        binary(m, "iconcat", (a, b) -> concat(a, b, true));
        binary(m, "contains", (a, b) -> PyBool.of(Abstract.contains(a, b)));
        binary(m, "indexOf", (a, b) -> PyInt.of(search(a, b, true)));
        binary(m, "countOf", (a, b) -> PyInt.of(search(a, b, false)));
        binary(m, "getitem", Abstract::getitem);
        binary(m, "delitem", (a, b) -> {
            Abstract.delitem(a, b);
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "setitem", (a, kw) -> {
            ModuleSupport.positional("setitem", a, kw, 3, 3);
            Abstract.setitem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        String[] cmp = {"lt", "le", "eq", "ne", "gt", "ge"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            binary(m, cmp[i], (a, b) -> Abstract.richCompare(a, b, op));
        }
        binary(m, "is_", (a, b) -> PyBool.of(a == b));
        binary(m, "is_not", (a, b) -> PyBool.of(a != b));
        ModuleSupport.def(m, "_compare_digest", (a, kw) -> {
            ModuleSupport.positional("_compare_digest", a, kw, 2, 2);
            return PyBool.of(compareDigest(a[0], a[1]));
        });
        ModuleSupport.def(m, "length_hint", (a, kw) -> {
            ModuleSupport.positional("length_hint", a, kw, 1, 2);
            return PyInt.of(lengthHint(a[0], a.length > 1 ? ModuleSupport.asLong(a[1]) : 0));
        });
        ModuleSupport.def(m, "call", (a, kw) -> {
            int npos = a.length - dev.pyjama.interp.Args.nkw(kw);
            if (npos < 1) throw Errors.typeError("call expected at least 1 argument, got 0");
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Abstract.call(a[0], rest, kw);
        });
        OperatorGetters.install(m);
        return m;
    }

    private static void binary(PyModule m, String name, Binary f) {
        ModuleSupport.def(m, name, (a, kw) -> {
            ModuleSupport.positional(name, a, kw, 2, 2);
            return f.apply(a[0], a[1]);
        });
    }

    private static void unary(PyModule m, String name, Unary f) {
        String q = "_operator." + name;
        ModuleSupport.def(m, name, (a, kw) -> f.apply(ModuleSupport.one(q, a, kw)));
    }

    /** PySequence_Check: a type with item access that is not a mapping. */
    static boolean isSequence(PyObject o) {
        if (o instanceof PyDict) return false;
        return o.type().lookup("__getitem__") != null;
    }

    // CPython: Objects/abstract.c PySequence_Concat, PySequence_InPlaceConcat
    private static PyObject concat(PyObject a, PyObject b, boolean inplace) {
        if (!isSequence(a)) throw Errors.typeError("'" + a.typeName() + "' object can't be concatenated");
        return Abstract.binaryOp(inplace ? Abstract.NB_INPLACE + Abstract.NB_ADD : Abstract.NB_ADD, a, b);
    }

    // CPython: Objects/abstract.c _PySequence_IterSearch (PY_ITERSEARCH_INDEX, PY_ITERSEARCH_COUNT)
    private static long search(PyObject seq, PyObject item, boolean index) {
        PyObject it;
        try {
            it = Abstract.iter(seq);
        } catch (dev.pyjama.objects.PyException e) {
            if (e.value().type().isSubtype(dev.pyjama.objects.ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("argument of type '" + seq.typeName() + "' is not iterable");
            }
            throw e;
        }
        long n = 0, count = 0;
        for (PyObject v; (v = Abstract.next(it)) != null; n++) {
            if (Abstract.equal(v, item)) {
                if (index) return n;
                count++;
            }
        }
        if (index) throw Errors.valueError("sequence.index(x): x not in sequence");
        return count;
    }

    // CPython: Objects/abstract.c PyObject_LengthHint
    public static long lengthHint(PyObject o, long dflt) {
        if (o.type().lookup("__len__") != null) {
            try {
                return Abstract.len(o);
            } catch (dev.pyjama.objects.PyException e) {
                if (!e.value().type().isSubtype(dev.pyjama.objects.ExceptionTypes.TYPE_ERROR)) throw e;
            }
        }
        PyObject hint = o.type().lookup("__length_hint__");
        if (hint == null) return dflt;
        PyObject r;
        try {
            r = Abstract.callMethod(hint, o);
        } catch (dev.pyjama.objects.PyException e) {
            if (e.value().type().isSubtype(dev.pyjama.objects.ExceptionTypes.TYPE_ERROR)) return dflt;
            throw e;
        }
        if (r == dev.pyjama.objects.PyNotImplemented.NOT_IMPLEMENTED) return dflt;
        if (!(r instanceof PyInt ri)) throw Errors.typeError("__length_hint__ must be an integer, not " + r.typeName());
        long v = ModuleSupport.asLong(ri);
        if (v < 0) throw Errors.valueError("__length_hint__() should return >= 0");
        return v;
    }

    // CPython: Modules/_operator.c _operator__compare_digest_impl (time independent of where the inputs differ)
    private static boolean compareDigest(PyObject a, PyObject b) {
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!ascii(sa.value()) || !ascii(sb.value())) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            return MessageDigest.isEqual(sa.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    sb.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        if (Buffers.bytesOrNull(a) == null && Buffers.bytesOrNull(b) == null) {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        return MessageDigest.isEqual(Buffers.bytesLike(a), Buffers.bytesLike(b));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }
}
