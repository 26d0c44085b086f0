package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * A RuntimeWarning raised by the runtime itself (CPython's {@code PyErr_WarnFormat}), as the C
 * warnings module handles it before {@code warnings} is imported: attributed to the running
 * frame, shown once per (text, category, line) through the {@code __warningregistry__} of the
 * frame's globals (the "default" action the default filters give RuntimeWarning), and written
 * to sys.stderr as "file:line: RuntimeWarning: text" with the source line.
 */
// CPython: Python/_warnings.c warn_unicode, setup_context, warn_explicit, already_warned, show_warning
final class RuntimeWarnings {
    private RuntimeWarnings() {}

    private static final PyStr REGISTRY = PyStr.of("__warningregistry__"), VERSION = PyStr.of("version"),
            STDERR = PyStr.of("stderr");

    static void warn(String text) {
        Interpreter interp = Interpreter.current();
        PyObject warnings = interp.modules.get(PyStr.of("warnings"));
        if (warnings instanceof dev.pyjama.objects.PyModule) {
            // once `warnings` is imported its filters and showwarning decide, as the C module asks
            // them (catch_warnings and assertWarns see the warning); stacklevel 1 is the running frame
            Abstract.call(Abstract.getattr(warnings, PyStr.of("warn")), PyStr.of(text), ExceptionTypes.RUNTIME_WARNING);
            return;
        }
        PyFrame f = ThreadState.current().frame;
        PyDict globals = f != null ? f.globals : interp.sys.dict;
        String filename = f != null ? f.code.filename : "sys";
        int lineno = f != null ? f.lineno() : 1;
        PyObject registry = globals.get(REGISTRY);
        if (registry == null) {
            registry = new PyDict();
            globals.put(REGISTRY, registry);
        }
        PyObject key = PyTuple.of(PyStr.of(text), ExceptionTypes.RUNTIME_WARNING, PyInt.of(lineno));
        if (registry instanceof PyDict r) {
            // CPython: already_warned: a registry of another filters version starts afresh
            PyObject version = r.get(VERSION);
            if (version == null || !(version instanceof PyInt v && v.fitsLong() && v.longValue() == FILTERS_VERSION)) {
                r.clear();
                r.put(VERSION, PyInt.of(FILTERS_VERSION));
            }
            PyObject seen = r.get(key);
            if (seen != null && Abstract.isTrue(seen)) return;
            r.put(key, PyBool.TRUE);
        }
        show(interp, filename, lineno, text);
    }

    /** The filters' version CPython 3.13.0 has when nothing changed its filters. */
    private static final long FILTERS_VERSION = 0;

    // CPython: Python/_warnings.c show_warning, Python/traceback.c _Py_DisplaySourceLine
    private static void show(Interpreter interp, String filename, int lineno, String text) {
        PyObject stderr = interp.sys.dict.get(STDERR);
        if (stderr == null || stderr == PyNone.NONE) return;
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": RuntimeWarning: ").append(text).append('\n');
        String line = TracebackPrinter.getline(filename, lineno, new java.util.HashMap<>());
        if (!line.isEmpty()) sb.append("  ").append(line.stripLeading());
        Abstract.call(Abstract.getattr(stderr, PyStr.of("write")), PyStr.of(sb.toString()));
    }
}
