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
        getset(ct, "_co_code_adaptive", self -> new PyBytes(AdaptiveCounter.adaptiveCode((PyCode) self)));
        BuiltinTypes.put(ct, "_varname_from_oparg", (a, kw) -> {
            PyObject[] p = Args.parse("_varname_from_oparg", a, 1, kw, new String[] {"oparg"}, 1, 1);
            PyCode co = (PyCode) a[0];
            long i = ((PyInt) Abstract.index(p[0])).longValue();
            if (i < 0 || i >= co.localsplusnames.length) throw Errors.indexError("tuple index out of range");
            return PyStr.of(co.localsplusnames[(int) i]);
        });
        BuiltinTypes.put(ct, "replace", (a, kw) -> replace((PyCode) a[0], a, kw));
        BuiltinTypes.put(ct, "__replace__", (a, kw) -> replace((PyCode) a[0], a, kw));
    }

    private static final String[] REPLACE_KEYWORDS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
        "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    /** {@code code.replace(**changes)}: a new code object (keyword arguments only, as clinic's). */
    // CPython: Objects/codeobject.c code_replace_impl
    private static PyCode replace(PyCode c, PyObject[] a, dev.pyjama.objects.PyTuple kw) {
        if (a.length - (kw == null ? 0 : kw.items.length) > 1) {
            throw Errors.typeError("replace() takes exactly 1 positional argument (" + (a.length - (kw == null ? 0 : kw.items.length)) + " given)");
        }
        PyObject[] p = Args.parse("replace", a, 1, kw, REPLACE_KEYWORDS, 0, 0);
        String[] lpn = c.localsplusnames.clone();
        renameKind(c, lpn, PyCode.CO_FAST_LOCAL, p[10], "co_varnames");
        renameKind(c, lpn, PyCode.CO_FAST_FREE, p[11], "co_freevars");
        renameKind(c, lpn, PyCode.CO_FAST_CELL, p[12], "co_cellvars");
        if (p[3] != null && cInt(p[3]) != c.nlocals()) {
            throw Errors.valueError("code: co_nlocals != len(co_varnames)");
        }
        PyCode r = new PyCode(intArg(p[0], c.argcount), intArg(p[1], c.posonlyargcount), intArg(p[2], c.kwonlyargcount),
                intArg(p[4], c.stacksize), intArg(p[5], c.flags), bytesArg(p[7], c.code, "co_code"),
                p[8] == null ? c.consts : tupleArg(p[8], "co_consts"), p[9] == null ? c.names : strings(p[9], "co_names"),
                lpn, c.localspluskinds, strArg(p[13], c.filename, "co_filename"), strArg(p[14], c.name, "co_name"),
                strArg(p[15], c.qualname, "co_qualname"), intArg(p[6], c.firstlineno), bytesArg(p[16], c.linetable, "co_linetable"),
                bytesArg(p[17], c.exceptiontable, "co_exceptiontable"));
        r.hiddenFromTracebacks = c.hiddenFromTracebacks;
        return r;
    }

    /** Renames the variables of one kind; pyjama cannot yet change how many there are. */
    private static void renameKind(PyCode c, String[] lpn, byte kind, PyObject v, String what) {
        if (v == null) return;
        String[] names = strings(v, what);
        int j = 0;
        for (int i = 0; i < lpn.length; i++) {
            if ((c.localspluskinds[i] & kind) == 0) continue;
            if (j >= names.length) throw Errors.valueError("code.replace(): pyjama cannot change the number of " + what + " yet");
            lpn[i] = names[j++];
        }
        if (j != names.length) throw Errors.valueError("code.replace(): pyjama cannot change the number of " + what + " yet");
    }

    private static int intArg(PyObject v, int old) {
        return v == null ? old : cInt(v);
    }

    private static String strArg(PyObject v, String old, String what) {
        if (v == null) return old;
        if (!(v instanceof PyStr s)) throw Errors.typeError("replace() argument '" + what + "' must be str, not " + v.typeName());
        return s.value();
    }

    private static byte[] bytesArg(PyObject v, byte[] old, String what) {
        if (v == null) return old;
        if (!(v instanceof PyBytes b)) throw Errors.typeError("replace() argument '" + what + "' must be bytes, not " + v.typeName());
        return b.value.clone();
    }

    private static PyObject[] tupleArg(PyObject v, String what) {
        if (!(v instanceof dev.pyjama.objects.PyTuple t)) {
            throw Errors.typeError("replace() argument '" + what + "' must be tuple, not " + v.typeName());
        }
        return t.items.clone();
    }

    private static String[] strings(PyObject v, String what) {
        PyObject[] items = tupleArg(v, what);
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) throw Errors.typeError("name tuples must contain only strings, not '" + items[i].typeName() + "'");
            out[i] = s.value();
        }
        return out;
    }

    /** An int argument as clinic converts one. */
    private static int cInt(PyObject v) {
        PyInt i = (PyInt) Abstract.index(v);
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }
}
