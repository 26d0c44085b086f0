package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/** The builtin input(): reads a line from {@code sys.stdin} (a TextIOWrapper, see modules.Stdio). */
// CPython: Python/bltinmodule.c builtin_input_impl, Objects/fileobject.c PyFile_GetLine
final class IoBuiltins {
    private IoBuiltins() {}

    static void install(Interpreter interp) {
        interp.builtins.put(PyStr.of("input"), new PyBuiltinFunction("input", null, null, (a, kw) -> {
            Args.noKw("input", kw);
            Args.checkPositional("input", a.length, 0, 1);
            return input(interp, a.length == 0 ? null : a[0]);
        }));
    }

    private static PyObject sysStream(Interpreter interp, String name) {
        PyObject f = interp.sys.dict.get(PyStr.of(name));
        if (f == null || f == PyNone.NONE) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "input(): lost sys." + name);
        return f;
    }

    // CPython: Python/bltinmodule.c builtin_input_impl (the path for a stdin that is not a console)
    private static PyObject input(Interpreter interp, PyObject prompt) {
        PyObject fin = sysStream(interp, "stdin");
        PyObject fout = sysStream(interp, "stdout");
        PyObject ferr = sysStream(interp, "stderr");
        flush(ferr);
        if (prompt != null) Abstract.call(Abstract.getattr(fout, PyStr.of("write")), Abstract.str(prompt));
        flush(fout);
        // CPython: Objects/fileobject.c PyFile_GetLine (n < 0)
        PyObject line = Abstract.call(Abstract.getattr(fin, PyStr.of("readline")));
        if (!(line instanceof PyStr s)) throw Errors.typeError("object.readline() returned non-string");
        if (s.value().isEmpty()) throw Errors.raise(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        if (s.value().endsWith("\n")) return PyStr.of(s.value().substring(0, s.value().length() - 1));
        return s;
    }

    private static void flush(PyObject f) {
        PyObject fl = Abstract.lookupAttr(f, PyStr.of("flush"));
        if (fl != null) Abstract.call(fl);
    }
}
