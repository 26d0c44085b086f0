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
        Watchdog[] watchdog = {null};
        def(m, "dump_traceback_later", (a, kw) -> {
            PyObject[] p = Args.parse("dump_traceback_later", a, 0, kw,
                    new String[] {"timeout", "repeat", "file", "exit"}, 1, 4);
            long us = timeoutMicros(p[0]);
            boolean repeat = p[1] != null && Abstract.isTrue(p[1]);
            int fd = fileno(interp, p[2]);
            boolean exit = p[3] != null && Abstract.isTrue(p[3]);
            if (watchdog[0] != null) watchdog[0].cancel();
            watchdog[0] = new Watchdog(interp, fd, us, repeat, exit);
            return PyNone.NONE;
        });
        def(m, "cancel_dump_traceback_later", (a, kw) -> {
            Args.parse("cancel_dump_traceback_later", a, 0, kw, new String[] {}, 0, 0);
            if (watchdog[0] != null) watchdog[0].cancel();
            watchdog[0] = null;
            return PyNone.NONE;
        });
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
        return threads(Interpreter.current(), ThreadState.current());
    }

    /** Every thread's stack, newest thread first; {@code current} (may be null) is marked. */
    private static String threads(Interpreter interp, ThreadState current) {
        StringBuilder sb = new StringBuilder();
        java.util.List<ThreadState> threads = interp.threadStates();
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

    // CPython: Modules/faulthandler.c faulthandler_dump_traceback_later (timeout rounded up to microseconds)
    private static long timeoutMicros(PyObject timeout) {
        double ns;
        if (timeout instanceof dev.pyjama.objects.PyFloat f) {
            ns = Math.ceil(f.value * 1e9);
            if (Double.isNaN(f.value)) throw Errors.valueError("Invalid value NaN (not a number)");
            if (!(Math.abs(ns) < 9.2e18)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
        } else {
            PyObject i = Abstract.index(timeout);
            double sec = ModuleSupport.asDouble(i);
            if (!(Math.abs(sec) < 9.2e9)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timestamp too large to convert to C PyTime_t");
            ns = sec * 1e9;
        }
        long us = -Math.floorDiv(-(long) ns, 1000L); // rounded up
        if (us <= 0) throw Errors.valueError("timeout must be greater than 0");
        return us;
    }

    /**
     * The thread of {@code dump_traceback_later}: a Java thread (CPython's is a C thread that
     * holds no GIL either) that writes every Python thread's stack to the descriptor when the
     * timeout passes, again after each timeout when repeating, and ends the process when asked.
     */
    // CPython: Modules/faulthandler.c faulthandler_thread, format_timeout
    private static final class Watchdog implements Runnable {
        private final Interpreter interp;
        private final int fd;
        private final long us;
        private final boolean repeat, exit;
        private boolean cancelled;

        Watchdog(Interpreter interp, int fd, long us, boolean repeat, boolean exit) {
            this.interp = interp;
            this.fd = fd;
            this.us = us;
            this.repeat = repeat;
            this.exit = exit;
            Thread t = new Thread(this, "faulthandler watchdog");
            t.setDaemon(true);
            t.start();
        }

        synchronized void cancel() {
            cancelled = true;
            notifyAll();
        }

        @Override
        public void run() {
            long deadline = System.nanoTime() + us * 1000;
            synchronized (this) {
                while (!cancelled) {
                    long wait = deadline - System.nanoTime();
                    if (wait > 0) {
                        try {
                            wait(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                        continue;
                    }
                    dump();
                    if (exit) Runtime.getRuntime().halt(1); // CPython: _exit(1), no clean-up
                    if (!repeat) return;
                    deadline += us * 1000;
                }
            }
        }

        private void dump() {
            long sec = us / 1_000_000, frac = us % 1_000_000;
            String header = String.format("Timeout (%d:%02d:%02d%s)!\n", sec / 3600, sec / 60 % 60, sec % 60,
                    frac != 0 ? String.format(".%06d", frac) : "");
            try {
                FileDescriptors.write(interp, fd, (header + threads(interp, null)).getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException ignored) {
                // CPython ignores a failing write() in the watchdog
            }
        }
    }

    private static void write(Interpreter interp, int fd, String text) {
        PyObject os = Importer.importModule("posix");
        Abstract.call(Abstract.getattr(os, PyStr.of("write")), PyInt.of(fd),
                new PyBytes(text.getBytes(StandardCharsets.UTF_8)));
    }
}
