package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.interp.Importer;
import dev.pyjama.objects.ExceptionTypes;
import java.nio.charset.StandardCharsets;

/**
 * {@code faulthandler}: the JVM turns faults into errors itself, so enabling only records the
 * descriptor (pytest enables it for every session and checks {@code is_enabled}); dumping writes
 * the current thread's stack in CPython's format to that descriptor.
 */
// CPython: Modules/faulthandler.c
public final class FaulthandlerModule {
    private FaulthandlerModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("faulthandler");
        boolean[] enabled = {enabledAtStart(interp)};
        def(m, "enable", (a, kw) -> {
            PyObject[] p = Args.parse("enable", a, 0, kw, new String[] {"file", "all_threads"}, 0, 2);
            fileno(interp, p[0]);
            enabled[0] = true;
            return PyNone.NONE;
        });
        def(m, "disable", (a, kw) -> {
            Args.parse("disable", a, 0, kw, new String[] {}, 0, 0);
            boolean was = enabled[0];
            enabled[0] = false;
            return PyBool.of(was);
        });
        def(m, "is_enabled", (a, kw) -> PyBool.of(enabled[0]));
        def(m, "dump_traceback", (a, kw) -> {
            PyObject[] p = Args.parse("dump_traceback", a, 0, kw, new String[] {"file", "all_threads"}, 0, 2);
            int fd = fileno(interp, p[0]);
            boolean all = p[1] == null || Abstract.isTrue(p[1]);
            write(interp, fd, stack(all));
            return PyNone.NONE;
        });
        // pytest calls these only with a --faulthandler-timeout: accepted, never fired
        def(m, "dump_traceback_later", (a, kw) -> {
            PyObject[] p = Args.parse("dump_traceback_later", a, 0, kw,
                    new String[] {"timeout", "repeat", "file", "exit"}, 1, 4);
            if (ModuleSupport.asDouble(p[0]) <= 0) throw Errors.valueError("timeout must be greater than 0");
            fileno(interp, p[2]);
            return PyNone.NONE;
        });
        def(m, "cancel_dump_traceback_later", (a, kw) -> PyNone.NONE);
        return m;
    }

    // CPython: Modules/faulthandler.c faulthandler_get_fileno (an int, or an object with fileno(), flushed)
    private static int fileno(Interpreter interp, PyObject file) {
        if (file instanceof PyInt n) {
            int fd = ModuleSupport.asInt(n);
            if (fd < 0) throw Errors.valueError("file is not a valid file descriptor");
            return fd;
        }
        if (file == null || file == PyNone.NONE) {
            file = interp.sys.dict.get(PyStr.of("stderr"));
            if (file == null || file == PyNone.NONE) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "sys.stderr is None");
        }
        PyObject r = Abstract.call(Abstract.getattr(file, PyStr.of("fileno")));
        if (!(r instanceof PyInt n)) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "file.fileno() is not a valid file descriptor");
        int fd = ModuleSupport.asInt(n);
        if (fd < 0) throw Errors.valueError("file is not a valid file descriptor");
        try {
            Abstract.call(Abstract.getattr(file, PyStr.of("flush")));
        } catch (RuntimeException ignored) {
            // CPython ignores a failing flush() here too
        }
        return fd;
    }

    /** -X faulthandler, PYTHONFAULTHANDLER (not under -E) and -X dev enable it at start-up. */
    // CPython: Python/initconfig.c config_read (faulthandler), Python/pylifecycle.c init_interp_main (_PyFaulthandler_Init)
    private static boolean enabledAtStart(Interpreter interp) {
        PyObject x = interp.sys.dict.get(PyStr.of("_xoptions"));
        if (x instanceof dev.pyjama.objects.PyDict d && d.get(PyStr.of("faulthandler")) != null) return true;
        PyObject flags = interp.sys.dict.get(PyStr.of("flags"));
        if (!(flags instanceof dev.pyjama.objects.PyTuple t) || t.items.length < 14) return false;
        if (Abstract.isTrue(t.items[13])) return true; // dev_mode
        if (Abstract.isTrue(t.items[7])) return false; // ignore_environment
        String env = ChildProcesses.getenv("PYTHONFAULTHANDLER");
        return env != null && !env.isEmpty();
    }

    // CPython: Python/traceback.c _Py_DumpTracebackThreads, write_thread_id, dump_traceback (most recent call first)
    private static String stack(boolean all) {
        if (!all) return frames(new StringBuilder("Stack (most recent call first):\n"), ThreadState.current().frame).toString();
        StringBuilder sb = new StringBuilder();
        java.util.List<ThreadState> threads = Interpreter.current().threadStates();
        ThreadState current = ThreadState.current();
        // CPython walks its thread list from the head, where the newest thread is
        for (int k = threads.size() - 1; k >= 0; k--) {
            ThreadState ts = threads.get(k);
            if (k != threads.size() - 1) sb.append('\n');
            sb.append(ts == current ? "Current thread 0x" : "Thread 0x").append(String.format("%016x", ts.ident))
              .append(" (most recent call first):\n");
            if (ts.frame == null) sb.append("  <no Python frame>\n");
            frames(sb, ts.frame);
        }
        return sb.toString();
    }

    private static StringBuilder frames(StringBuilder sb, PyFrame top) {
        for (PyFrame f = top; f != null; f = f.back) {
            sb.append("  File \"").append(f.code.filename).append("\", line ").append(f.lineno())
              .append(" in ").append(f.code.name).append('\n');
        }
        return sb;
    }

    private static void write(Interpreter interp, int fd, String text) {
        PyObject os = Importer.importModule("posix");
        Abstract.call(Abstract.getattr(os, PyStr.of("write")), PyInt.of(fd),
                new PyBytes(text.getBytes(StandardCharsets.UTF_8)));
    }
}
