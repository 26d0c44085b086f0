package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTraceback;
import java.util.List;

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
            // CPython: Python/pythonrun.c _PyErr_Display: a traceback given apart goes on the exception
            if (a[1] instanceof PyBaseException e && e.traceback == null && a[2] instanceof PyTraceback) {
                e.traceback = a[2];
            }
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

    /**
     * The default hook's output (PyErr_Display): the traceback of {@code value} on sys.stderr.
     * Nothing when sys.stderr is None; a dump and "lost sys.stderr" on the process's stderr
     * when there is no sys.stderr at all.
     */
    // CPython: Python/pythonrun.c PyErr_Display, _PyErr_Display (through traceback._print_exception_bltin)
    private static void display(Interpreter interp, PyObject value) {
        PyObject stderr = interp.sys.dict.get(STDERR);
        if (stderr == PyNone.NONE) return;
        if (stderr == null) {
            lostStderr(interp, value);
            return;
        }
        if (!(value instanceof PyBaseException exc)) {
            // traceback.py refuses the value; the C printer that takes over writes in three parts and flushes
            try {
                writeTo(stderr, "TypeError: print_exception(): Exception expected for value, ");
                writeTo(stderr, value.typeName());
                writeTo(stderr, " found\n");
            } catch (PyException e) {
                lostStderr(interp, value);
            }
            flush(stderr);
            return;
        }
        List<String> pieces;
        try {
            pieces = TracebackPrinter.formatPieces(exc);
        } catch (PyException nested) {
            pieces = List.of(nested.formatExceptionOnly());
        }
        try {
            // TracebackException.print: print(piece, file=sys.stderr, end="") for each piece
            for (String piece : pieces) {
                writeTo(stderr, piece);
                writeTo(stderr, "");
            }
        } catch (PyException e) {
            // CPython retries with its C printer, which fails the same way on a stream that
            // keeps refusing (what pyjama reproduces), then gives up
            lostStderr(interp, value);
            flush(stderr);
        }
    }

    /**
     * _PyObject_Dump of the exception and "lost sys.stderr", on the process's stderr. The
     * refcount is the one an uncaught exception has there in CPython (the frame's reference,
     * sys.last_exc and sys.last_value): the JVM counts no references.
     */
    // CPython: Objects/object.c _PyObject_Dump; Python/pythonrun.c PyErr_Display
    private static void lostStderr(Interpreter interp, PyObject value) {
        interp.out.flush();
        String repr;
        try {
            repr = Abstract.repr(value).value();
        } catch (PyException e) {
            repr = "<object repr() failed>";
        }
        interp.err.print("object address  : 0x" + PyHash.addressHex(value) + "\n"
                + "object refcount : 3\n"
                + "object type     : 0x" + PyHash.addressHex(value.type()) + "\n"
                + "object type name: " + value.typeName() + "\n"
                + "object repr     : " + repr + "\n"
                + "lost sys.stderr\n");
        interp.err.flush();
    }

    private static void writeTo(PyObject file, String text) {
        Abstract.call(Abstract.getattr(file, PyStr.of("write")), PyStr.of(text));
    }

    /** _PyFile_Flush: file.flush(), its failure ignored. */
    static void flush(PyObject file) {
        try {
            Abstract.call(Abstract.getattr(file, PyStr.of("flush")));
        } catch (PyException e) {
            // CPython: Python/pythonrun.c flush_io_stream / _PyErr_Display clear the error
        }
    }

    /** PySys_WriteStderr: through sys.stderr's write(), else (None, missing, failing) the process's stderr. */
    // CPython: Python/sysmodule.c sys_write, sys_pyfile_write
    static void write(Interpreter interp, String text) {
        PyObject stderr = interp.sys.dict.get(STDERR);
        if (stderr != null && stderr != PyNone.NONE) {
            try {
                writeTo(stderr, text);
                return;
            } catch (PyException e) {
                // falls back to the C stream, as CPython's sys_write does
            }
        }
        interp.err.print(text);
        interp.err.flush();
    }
}
