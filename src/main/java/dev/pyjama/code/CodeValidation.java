package dev.pyjama.code;

import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * Builds a code object from the values marshal read, with the checks and adjustments
 * CPython's constructor applies: argument types, co_code's length, enough local names for the
 * arguments, strings in the name slots, a stack size of at least 1, and co_code de-specialised
 * as {@code co_code} shows it.
 */
// CPython: Objects/codeobject.c _PyCode_Validate, intern_code_constants, init_code, _PyCode_GetCode
final class CodeValidation {
    private CodeValidation() {}

    /** What PyErr_BadInternalCall reports from _PyCode_Validate in the 3.13.0 binary. */
    private static final String BAD_INTERNAL_CALL = "Objects/codeobject.c:412: bad argument to internal function";

    static PyCode build(int argcount, int posonly, int kwonly, int stacksize, int flags, PyObject code,
                        PyObject consts, PyObject names, PyObject lpNames, PyObject lpKinds, PyObject filename,
                        PyObject name, PyObject qualname, int firstlineno, PyObject linetable,
                        PyObject exceptiontable) {
        if (argcount < posonly || posonly < 0 || kwonly < 0 || stacksize < 0 || flags < 0
                || !(code instanceof PyBytes) || !(consts instanceof PyTuple) || !(names instanceof PyTuple)
                || !(lpNames instanceof PyTuple) || !(lpKinds instanceof PyBytes)
                || ((PyTuple) lpNames).size() != ((PyBytes) lpKinds).value.length
                || !(name instanceof PyStr) || !(qualname instanceof PyStr) || !(filename instanceof PyStr)
                || !(linetable instanceof PyBytes) || !(exceptiontable instanceof PyBytes)) {
            throw new PyException("SystemError", BAD_INTERNAL_CALL);
        }
        byte[] co = ((PyBytes) code).value;
        if (co.length % 2 != 0) throw new PyException("ValueError", "code: co_code is malformed");
        byte[] kinds = ((PyBytes) lpKinds).value;
        int nlocals = 0;
        for (byte k : kinds) if ((k & PyCode.CO_FAST_LOCAL) != 0) nlocals++;
        int nplain = nlocals - argcount - kwonly - ((flags & PyCode.CO_VARARGS) != 0 ? 1 : 0)
                - ((flags & PyCode.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (nplain < 0) throw new PyException("ValueError", "code: co_varnames is too small");
        String[] nameStrings = strings((PyTuple) names);
        String[] lpStrings = strings((PyTuple) lpNames);
        return new PyCode(argcount, posonly, kwonly, stacksize == 0 ? 1 : stacksize, flags,
                CodeUnits.deoptimized(co), ((PyTuple) consts).items.clone(), nameStrings, lpStrings, kinds.clone(),
                ((PyStr) filename).value(), ((PyStr) name).value(), ((PyStr) qualname).value(), firstlineno,
                ((PyBytes) linetable).value, ((PyBytes) exceptiontable).value);
    }

    // CPython: Objects/codeobject.c intern_strings
    private static String[] strings(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(t.items[i] instanceof PyStr)) throw new PyException("SystemError", "non-string found in code slot");
            out[i] = ((PyStr) t.items[i]).value();
        }
        return out;
    }
}
