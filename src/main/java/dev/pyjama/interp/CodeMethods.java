package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/** What dis.py reads of a code object beyond its plain fields and CodeIntrospection's iterators: the raw tables, _varname_from_oparg. */
// CPython: Objects/codeobject.c code__varname_from_oparg, code_getcodeadaptive, code_getmembers
final class CodeMethods {
    private CodeMethods() {}

    private static void getset(PyType t, String name, dev.pyjama.objects.PyGetSet.Getter g) {
        BuiltinTypes.getset(t, name, g, null);
    }

    static void install(PyType ct) {
        getset(ct, "co_linetable", self -> new PyBytes(((PyCode) self).linetable.clone()));
        getset(ct, "co_exceptiontable", self -> new PyBytes(((PyCode) self).exceptiontable.clone()));
        getset(ct, "_co_code_adaptive", self -> new PyBytes(((PyCode) self).code.clone()));
        BuiltinTypes.put(ct, "_varname_from_oparg", (a, kw) -> {
            PyObject[] p = Args.parse("_varname_from_oparg", a, 1, kw, new String[] {"oparg"}, 1, 1);
            PyCode co = (PyCode) a[0];
            long i = ((PyInt) Abstract.index(p[0])).longValue();
            if (i < 0 || i >= co.localsplusnames.length) throw Errors.indexError("tuple index out of range");
            return PyStr.of(co.localsplusnames[(int) i]);
        });
    }
}
