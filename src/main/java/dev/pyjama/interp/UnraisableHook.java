package dev.pyjama.interp;

import dev.pyjama.modules.StructSeq;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * {@code sys.unraisablehook}: errors that nobody can catch (in atexit callbacks, a thread's
 * function, {@code __del__}, a profiler's timer) are handed to it as an
 * {@code UnraisableHookArgs}; the default hook ({@code sys.__unraisablehook__}) writes them to
 * sys.stderr. A hook that fails is itself reported by the default hook.
 */
// CPython: Python/errors.c PyErr_WriteUnraisable, format_unraisable_v, unraisablehook, write_unraisable_exc_file
final class UnraisableHook {
    private UnraisableHook() {}

    private static final PyStr HOOK = PyStr.intern("unraisablehook");
    static final PyType ARGS = StructSeq.newType("UnraisableHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5, false);

    static void install(Interpreter interp) {
        PyBuiltinFunction hook = new PyBuiltinFunction("unraisablehook", null, null, (a, kw) -> {
            Args.noKw("unraisablehook", kw);
            Args.checkPositional("unraisablehook", a.length, 1, 1);
            if (a[0].type() != ARGS) throw Errors.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            PyObject[] f = new PyObject[5];
            for (int i = 0; i < 5; i++) f[i] = Abstract.getitem(a[0], dev.pyjama.objects.PyInt.of(i));
            writeDefault(interp, f[3], f[4], f[1]);
            return PyNone.NONE;
        });
        interp.sys.dict.put(HOOK, hook);
        interp.sys.dict.put(PyStr.of("__unraisablehook__"), hook);
    }

    /** Reports {@code exc}: {@code errMsg} (null: "Exception ignored in") about {@code obj} (may be null). */
    static void report(Interpreter interp, String errMsg, PyObject obj, PyBaseException exc) {
        PyObject msg = errMsg == null ? PyNone.NONE : PyStr.of(errMsg);
        PyObject o = obj == null ? PyNone.NONE : obj;
        PyObject hook = interp.sys.dict.get(HOOK);
        PyObject def = interp.sys.dict.get(PyStr.of("__unraisablehook__"));
        if (hook == null || hook == PyNone.NONE || hook == def) {
            writeDefault(interp, msg, o, exc);
            return;
        }
        PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
        PyObject args = StructSeq.of(ARGS, exc.type(), exc, tb, msg, o);
        try {
            Abstract.call(hook, new PyObject[] {args}, null);
        } catch (PyException e) {
            writeDefault(interp, PyStr.of("Exception ignored in sys.unraisablehook"), hook, e.value());
        }
    }

    private static void writeDefault(Interpreter interp, PyObject errMsg, PyObject obj, PyObject exc) {
        StringBuilder sb = new StringBuilder();
        if (obj != PyNone.NONE) {
            sb.append(errMsg != PyNone.NONE ? Abstract.str(errMsg).value() + ": " : "Exception ignored in: ");
            String r;
            try {
                r = Abstract.repr(obj).value();
            } catch (PyException e) {
                r = "<object repr() failed>";
            }
            sb.append(r).append('\n');
        } else if (errMsg != PyNone.NONE) {
            sb.append(Abstract.str(errMsg).value()).append(":\n");
        }
        if (exc instanceof PyBaseException e) {
            // the C traceback printer the hook uses (PyTraceBack_Print) shows no ~~~^^^ markers
            sb.append(TracebackPrinter.format(e).replaceAll("(?m)^ *[~^]+ *\n", ""));
        } else if (exc != PyNone.NONE) {
            sb.append(Abstract.str(exc).value()).append('\n');
        }
        ExceptHook.write(interp, sb.toString());
    }
}
