package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * {@code _functools}: reduce, cmp_to_key (its KeyWrapper), and the partial and
 * _lru_cache_wrapper types ({@link FunctoolsPartial}, {@link LruCacheWrapper}), which
 * functools.py takes in place of its Python versions, as under CPython.
 */
// CPython: Modules/_functoolsmodule.c
public final class FunctoolsModule {
    private FunctoolsModule() {}

    static final PyType KEY_WRAPPER = PyType.builtin("functools.KeyWrapper", null);

    /** cmp_to_key's result (obj null) and the keys it makes (obj set). */
    static final class KeyWrapper extends PyObject {
        final PyObject cmp;
        final PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override public PyType type() { return KEY_WRAPPER; }

        @Override
        public String repr() {
            return "<functools.KeyWrapper object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    // CPython: Modules/_functoolsmodule.c keyobject_call, keyobject_richcompare
    static {
        KEY_WRAPPER.baseType = false;
        KEY_WRAPPER.disallowInstantiation = true;
        KEY_WRAPPER.dict.put("__hash__", PyNone.NONE);
        put(KEY_WRAPPER, "__call__", (args, kw) -> {
            KeyWrapper k = (KeyWrapper) args[0];
            PyObject[] p = Args.parse("K", args, 1, kw, new String[] {"obj"}, 1, 1);
            return new KeyWrapper(k.cmp, p[0]);
        });
        for (int i = 0; i < 6; i++) {
            int op = i;
            dev.pyjama.interp.BuiltinTypes.slot1(KEY_WRAPPER, CMP_NAMES[i], (self, other) -> {
                if (!(other instanceof KeyWrapper o)) throw Errors.typeError("other argument must be K instance");
                KeyWrapper s = (KeyWrapper) self;
                if (s.obj == null || o.obj == null) throw Errors.attributeError("object");
                PyObject res = Abstract.call(s.cmp, s.obj, o.obj);
                return Abstract.richCompare(res, PyInt.of(0), op);
            });
        }
        getter(KEY_WRAPPER, "obj", self -> {
            KeyWrapper k = (KeyWrapper) self;
            return k.obj == null ? PyNone.NONE : k.obj;
        });
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_functools");
        ModuleSupport.set(m, "__doc__", PyStr.of("Tools that operate on functions."));
        ModuleSupport.def(m, "reduce", (a, kw) -> {
            Args.noKw("reduce", kw);
            Args.checkPositional("reduce", a.length, 2, 3);
            return reduce(a[0], a[1], a.length > 2 ? a[2] : null);
        });
        ModuleSupport.def(m, "cmp_to_key", (a, kw) -> {
            PyObject[] p = Args.parse("cmp_to_key", a, 0, kw, new String[] {"mycmp"}, 1, 1);
            return new KeyWrapper(p[0], null);
        });
        ModuleSupport.set(m, "partial", FunctoolsPartial.PARTIAL);
        ModuleSupport.set(m, "_lru_cache_wrapper", LruCacheWrapper.TYPE);
        return m;
    }

    // CPython: Modules/_functoolsmodule.c functools_reduce
    private static PyObject reduce(PyObject func, PyObject seq, PyObject result) {
        PyObject it;
        try {
            it = Abstract.iter(seq);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            result = result == null ? v : Abstract.call(func, result, v);
        }
        if (result == null) throw Errors.typeError("reduce() of empty iterable with no initial value");
        return result;
    }
}
