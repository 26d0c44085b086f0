package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * What happens to an exception nobody catches: {@code sys.last_exc} and its legacy
 * companions are set, then {@code sys.excepthook(type, value, traceback)} runs; the default
 * hook ({@code sys.__excepthook__}) writes the traceback to {@code sys.stderr}. A hook that
 * raises gets CPython's "Error in sys.excepthook:" report, followed by the original exception.
 */
// CPython: Python/pythonrun.c _PyErr_PrintEx, PyErr_Display; Python/sysmodule.c sys_excepthook_impl
final class ExceptHook {
    private ExceptHook() {}

    private static final PyStr EXCEPTHOOK = PyStr.of("excepthook"), STDERR = PyStr.of("stderr");

    static void install(Interpreter interp) {
        PyBuiltinFunction hook = new PyBuiltinFunction("excepthook", null, null, (a, kw) -> {
            Args.noKw("excepthook", kw);
            Args.checkPositional("excepthook", a.length, 3, 3);
            display(interp, a[1]);
            return PyNone.NONE;
        });
        interp.sys.dict.put(EXCEPTHOOK, hook);
        interp.sys.dict.put(PyStr.of("__excepthook__"), hook);
    }

    /**
     * Reports an uncaught exception through sys.excepthook. Returns null, or the SystemExit
     * the hook raised (the process then exits as that asks).
     */
    static PyBaseException report(Interpreter interp, PyBaseException exc) {
        PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
        interp.sys.dict.put(PyStr.of("last_exc"), exc);
        interp.sys.dict.put(PyStr.of("last_type"), exc.type());
        interp.sys.dict.put(PyStr.of("last_value"), exc);
        interp.sys.dict.put(PyStr.of("last_traceback"), tb);
        PyObject hook = interp.sys.dict.get(EXCEPTHOOK);
        if (hook == null) {
            write(interp, "sys.excepthook is missing\n");
            display(interp, exc);
            return null;
        }
        try {
            Abstract.call(hook, exc.type(), exc, tb);
        } catch (PyException e) {
            PyBaseException exc2 = e.value();
            if (exc2.type().isSubtype(ExceptionTypes.SYSTEM_EXIT)) return exc2;
            interp.out.flush();
            write(interp, "Error in sys.excepthook:\n");
            display(interp, exc2);
            write(interp, "\nOriginal exception was:\n");
            display(interp, exc);
        }
        return null;
    }

    /** The default hook's output: the traceback of {@code value} on sys.stderr. */
    // CPython: Python/pythonrun.c _PyErr_Display (through traceback._print_exception_bltin)
    private static void display(Interpreter interp, PyObject value) {
        if (!(value instanceof PyBaseException exc)) {
            write(interp, "TypeError: print_exception(): Exception expected for value, " + value.typeName() + " found\n");
            return;
        }
        String text;
        try {
            text = TracebackPrinter.format(exc);
        } catch (PyException nested) {
            text = nested.formatExceptionOnly();
        }
        write(interp, text);
    }

    /** Writes to sys.stderr: the launcher's stream directly, any other object through its write(). */
    private static void write(Interpreter interp, String text) {
        PyObject stderr = interp.sys.dict.get(STDERR);
        if (stderr instanceof Interpreter.StdStream s) {
            s.stream.print(text);
            s.stream.flush();
        } else if (stderr == null || stderr == PyNone.NONE) {
            interp.err.print(text);
            interp.err.flush();
        } else {
            Abstract.call(Abstract.getattr(stderr, PyStr.of("write")), PyStr.of(text));
        }
    }
}
