package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
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
        PyObject code = bytesArg(p[7], c.code, "co_code"), filename = strArg(p[13], c.filename, "co_filename");
        PyObject name = strArg(p[14], c.name, "co_name"), qualname = strArg(p[15], c.qualname, "co_qualname");
        int argcount = intArg(p[0], c.argcount), posonly = intArg(p[1], c.posonlyargcount);
        int kwonly = intArg(p[2], c.kwonlyargcount), nlocals = intArg(p[3], c.nlocals());
        int stacksize = intArg(p[4], c.stacksize), flags = intArg(p[5], c.flags);
        dev.pyjama.modules.Audit.fire("code.__new__", code, filename, name, PyInt.of(argcount), PyInt.of(posonly),
                PyInt.of(kwonly), PyInt.of(nlocals), PyInt.of(stacksize), PyInt.of(flags));
        PyCode r = dev.pyjama.code.CodeObjects.create(argcount, posonly, kwonly, nlocals, stacksize, flags, code,
                p[8] == null ? new PyTuple(c.consts.clone()) : tupleArg(p[8], "co_consts"),
                names(p[9], c.names, "co_names"), names(p[10], c.varnames(), "co_varnames"),
                names(p[11], c.freevars(), "co_freevars"), names(p[12], c.cellvars(), "co_cellvars"),
                filename, name, qualname, intArg(p[6], c.firstlineno), bytesArg(p[16], c.linetable, "co_linetable"),
                bytesArg(p[17], c.exceptiontable, "co_exceptiontable"));
        r.hiddenFromTracebacks = c.hiddenFromTracebacks;
        return r;
    }

    private static PyTuple names(PyObject v, String[] old, String what) {
        if (v == null) {
            PyObject[] out = new PyObject[old.length];
            for (int i = 0; i < old.length; i++) out[i] = PyStr.of(old[i]);
            return new PyTuple(out);
        }
        PyTuple t = tupleArg(v, what);
        CodeTypes.nameTuple(t);
        return t;
    }

    private static int intArg(PyObject v, int old) {
        return v == null ? old : cInt(v);
    }

    private static PyObject strArg(PyObject v, String old, String what) {
        if (v == null) return PyStr.of(old);
        if (!(v instanceof PyStr)) throw Errors.typeError("replace() argument '" + what + "' must be str, not " + v.typeName());
        return v;
    }

    private static PyObject bytesArg(PyObject v, byte[] old, String what) {
        if (v == null) return new PyBytes(old.clone());
        if (!(v instanceof PyBytes)) throw Errors.typeError("replace() argument '" + what + "' must be bytes, not " + v.typeName());
        return v;
    }

    private static PyTuple tupleArg(PyObject v, String what) {
        if (!(v instanceof PyTuple t)) {
            throw Errors.typeError("replace() argument '" + what + "' must be tuple, not " + v.typeName());
        }
        return t;
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
