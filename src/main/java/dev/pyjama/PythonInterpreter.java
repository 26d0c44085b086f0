package dev.pyjama;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.StdlibLocation;
import dev.pyjama.interp.TracebackPrinter;
import dev.pyjama.monitor.MonitorCallback;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An embedded Python 3.13 interpreter: its own {@code sys.modules}, {@code sys.path}, standard
 * streams, recursion limit, GIL and {@code __main__} namespace, so several run side by side in
 * one JVM. Made by {@link #builder()} (or {@link #create()}), released by {@link #close()}.
 *
 * <pre>{@code
 * try (PythonInterpreter py = PythonInterpreter.create()) {
 *     py.exec("def greet(name): return 'hello ' + name");
 *     String s = (String) py.call("greet", "world");
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> Python runs on a thread the interpreter owns (with a large stack, so deep
 * Python recursion ends in RecursionError). Any Java thread may call any method; calls are
 * served one at a time, in order, and the caller waits. A {@link JavaCallable}, a
 * {@link TraceListener} or a {@link MonitoringListener} runs on that thread and may call back
 * into the same interpreter. If the waiting Java thread is interrupted, the running Python
 * code gets a {@code KeyboardInterrupt} at its next call or loop iteration; the call then
 * ends with a {@link PythonException} of that type and the thread's interrupt flag is set
 * again.
 *
 * <p><b>Conversions.</b> Java to Python: null → None, Boolean → bool, Byte/Short/Integer/Long
 * and BigInteger → int, Float/Double → float, String/CharSequence/Character → str, byte[] →
 * bytes (copied), List → list, Map → dict, Set → set, Object[] → tuple (contents converted
 * recursively), {@link JavaCallable} → a built-in function, {@link PythonObject} → the object
 * it holds; anything else is an {@link IllegalArgumentException}. Python to Java: None → null,
 * bool → Boolean, int → Long (BigInteger beyond 64 bits), float → Double, str → String, bytes
 * → byte[] (a copy), list → ArrayList, tuple → an unmodifiable List, dict → LinkedHashMap
 * (insertion order kept), set → LinkedHashSet, frozenset → an unmodifiable Set (converted
 * recursively, cycles kept), everything else a {@link PythonObject}. Subclasses of these
 * built-in types convert as their base. Containers are copies: changing one does not change
 * the other side. The typed forms ({@link #eval(String, Class)}, {@link #get(String, Class)})
 * also widen an int to Integer (when it fits), BigInteger or Double, and throw
 * {@link ClassCastException} otherwise.
 *
 * <p><b>Errors.</b> A Python exception comes out as a {@link PythonException}; a SyntaxError
 * in the given source too. A closed interpreter throws {@link IllegalStateException}.
 */
public final class PythonInterpreter implements AutoCloseable {
    private final InterpreterThread thread;
    private final PrintStream out, err;
    private Interpreter interp;
    private PyModule main;

    private PythonInterpreter(Builder b) {
        out = b.stdout instanceof PrintStream p ? p : new PrintStream(b.stdout, false, StandardCharsets.UTF_8);
        err = b.stderr instanceof PrintStream p ? p : new PrintStream(b.stderr, false, StandardCharsets.UTF_8);
        thread = new InterpreterThread(b.threadName, b.stackSize);
        try {
            thread.call(() -> {
                start(b);
                return null;
            }, null, null);
        } catch (RuntimeException | Error e) {
            thread.shutdown();
            throw e;
        }
        CLEANER.register(this, thread::abandon);
    }

    /** Ends the threads of interpreters dropped without close() (the action holds the thread, never the interpreter). */
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    // CPython: Python/pylifecycle.c Py_InitializeFromConfig (an isolated configuration), Python/pythonrun.c (the __main__ module)
    private void start(Builder b) {
        List<String> path = new ArrayList<>(b.path);
        if (b.standardLibrary != Boolean.FALSE) {
            Path stdlib = StdlibLocation.get();
            if (stdlib != null) {
                path.add(stdlib.toString());
            } else if (b.standardLibrary == Boolean.TRUE) {
                throw new IllegalStateException("no CPython 3.13 standard library found (set PYJAMA_STDLIB, "
                        + "or build with standardLibrary(false))");
            }
        }
        interp = new Interpreter(out, err, b.workingDirectory, b.argv, path);
        interp.setStdin(b.stdin);
        interp.setDontWriteBytecode(!b.writeBytecode);
        interp.recursionLimit.value = b.recursionLimit;
        main = new PyModule("__main__");
        main.dict.put(PyStr.of("__builtins__"), interp.builtinsModule);
        interp.modules.put(PyStr.of("__main__"), main);
    }

    /** An interpreter with the defaults: the process's streams, the CPython standard library when one is found, recursion limit 1000. */
    public static PythonInterpreter create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- running code

    /** Runs statements in the {@code __main__} namespace (tracebacks name the source {@code "<string>"}). */
    public void exec(String source) {
        exec(source, "<string>");
    }

    /** Runs statements in the {@code __main__} namespace; {@code filename} is what tracebacks and {@code co_filename} show. */
    public void exec(String source, String filename) {
        requireNonNull(source, "source");
        requireNonNull(filename, "filename");
        run(() -> {
            PyObject code = compile(PyStr.of(source), filename, "exec");
            TracebackPrinter.registerCodeSource((PyCode) code, source);
            builtin("exec", code, main.dict);
            return null;
        });
    }

    /** Runs a Python file in the {@code __main__} namespace, with {@code __file__} set to its path. */
    public void execFile(Path file) {
        requireNonNull(file, "file");
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String name = file.toAbsolutePath().toString();
        run(() -> {
            PyObject code = compile(new PyBytes(source), name, "exec");
            main.dict.put(PyStr.of("__file__"), PyStr.of(name));
            builtin("exec", code, main.dict);
            return null;
        });
    }

    /**
     * Runs {@code source} in the {@code __main__} namespace and returns the value when it is a
     * single expression (converted), null when it is statements: what a script engine's
     * {@code eval} does.
     */
    public Object evalScript(String source, String filename) {
        requireNonNull(source, "source");
        requireNonNull(filename, "filename");
        return run(() -> {
            PyObject code;
            try {
                code = compile(PyStr.of(source), filename, "eval");
            } catch (PyException e) {
                if (!e.pyType().equals("SyntaxError")) throw e;
                code = compile(PyStr.of(source), filename, "exec"); // statements (or a real SyntaxError, reported as exec finds it)
                TracebackPrinter.registerCodeSource((PyCode) code, source);
                builtin("exec", code, main.dict);
                return null;
            }
            TracebackPrinter.registerCodeSource((PyCode) code, source);
            return Values.toJava(this, builtin("eval", code, main.dict));
        });
    }

    /** Evaluates an expression in the {@code __main__} namespace and converts its value to Java. */
    public Object eval(String expression) {
        requireNonNull(expression, "expression");
        return run(() -> Values.toJava(this, evalRaw(expression)));
    }

    /** {@link #eval(String)} as a value of {@code type} (see the typed conversions above). */
    public <T> T eval(String expression, Class<T> type) {
        requireNonNull(expression, "expression");
        requireNonNull(type, "type");
        return run(() -> Values.as(this, evalRaw(expression), type));
    }

    /** {@link #eval(String)} without conversion: always a handle on the Python value itself (a list stays shared). */
    public PythonObject evalObject(String expression) {
        requireNonNull(expression, "expression");
        return run(() -> new PythonObject(this, evalRaw(expression)));
    }

    private PyObject evalRaw(String expression) {
        PyObject code = compile(PyStr.of(expression), "<string>", "eval");
        TracebackPrinter.registerCodeSource((PyCode) code, expression);
        return builtin("eval", code, main.dict);
    }

    private PyObject compile(PyObject source, String filename, String mode) {
        return builtin("compile", source, PyStr.of(filename), PyStr.of(mode));
    }

    private PyObject builtin(String name, PyObject... args) {
        return Abstract.call(interp.builtins.get(PyStr.of(name)), args);
    }

    // ---- globals

    /** The global {@code name} of {@code __main__}, converted; {@link NoSuchElementException} when it is not set. */
    public Object get(String name) {
        requireNonNull(name, "name");
        return run(() -> Values.toJava(this, global(name)));
    }

    /** The global {@code name} as a value of {@code type}. */
    public <T> T get(String name, Class<T> type) {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        return run(() -> Values.as(this, global(name), type));
    }

    /** Whether {@code __main__} has a global {@code name}. */
    public boolean has(String name) {
        requireNonNull(name, "name");
        return run(() -> main.dict.get(PyStr.of(name)) != null);
    }

    /** Sets the global {@code name} of {@code __main__} to {@code value} converted to Python. */
    public void set(String name, Object value) {
        requireNonNull(name, "name");
        run(() -> {
            main.dict.put(PyStr.of(name), Values.toPython(this, value));
            return null;
        });
    }

    /** Deletes the global {@code name}; returns whether it was set. */
    public boolean remove(String name) {
        requireNonNull(name, "name");
        return run(() -> main.dict.remove(PyStr.of(name)) != null);
    }

    /** The names of {@code __main__}'s globals, in definition order (those that are strings). */
    public Set<String> globalNames() {
        return run(() -> {
            Set<String> names = new LinkedHashSet<>();
            for (PyObject k : main.dict.keys()) {
                if (k instanceof PyStr s) names.add(s.value());
            }
            return names;
        });
    }

    private PyObject global(String name) {
        PyObject v = main.dict.get(PyStr.of(name));
        if (v == null) throw new NoSuchElementException("name '" + name + "' is not defined in __main__");
        return v;
    }

    // ---- calls

    /** Calls the global callable {@code name} with Java arguments; returns its converted result. */
    public Object call(String name, Object... args) {
        requireNonNull(name, "name");
        return run(() -> Values.toJava(this, callRaw(global(name), args, null)));
    }

    /** {@code import name}: the module, as a handle. */
    public PythonObject importModule(String name) {
        requireNonNull(name, "name");
        return run(() -> {
            builtin("__import__", PyStr.of(name));
            return new PythonObject(this, interp.modules.get(PyStr.of(name)));
        });
    }

    Object callObject(PyObject callable, Object[] args, Map<String, ?> kwargs) {
        return run(() -> Values.toJava(this, callRaw(callable, args, kwargs)));
    }

    PyObject callRaw(PyObject callable, Object[] args, Map<String, ?> kwargs) {
        Object[] positional = args == null ? new Object[0] : args;
        int nkw = kwargs == null ? 0 : kwargs.size();
        PyObject[] all = new PyObject[positional.length + nkw];
        for (int i = 0; i < positional.length; i++) all[i] = Values.toPython(this, positional[i]);
        if (nkw == 0) return Abstract.call(callable, all);
        PyObject[] names = new PyObject[nkw];
        int i = 0;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            names[i] = PyStr.of(requireNonNull(e.getKey(), "keyword name"));
            all[positional.length + i++] = Values.toPython(this, e.getValue());
        }
        return Abstract.call(callable, all, PyTuple.of(names));
    }

    // ---- tracing and monitoring

    /** Installs (null: removes) a Java trace function on the interpreter's main thread, as {@code sys.settrace}. */
    public void setTrace(TraceListener listener) {
        run(() -> {
            dev.pyjama.monitor.Legacy.setTrace(interp.monitoring, Tracing.adapter(listener, interp.monitoring, false), null);
            return null;
        });
    }

    /** Installs (null: removes) a Java profile function on the interpreter's main thread, as {@code sys.setprofile}. */
    public void setProfile(TraceListener listener) {
        run(() -> {
            dev.pyjama.monitor.Legacy.setProfile(interp.monitoring, Tracing.adapter(listener, interp.monitoring, true), null);
            return null;
        });
    }

    /**
     * Takes {@code sys.monitoring} tool {@code toolId} (0 to 5; 6 and 7 are sys.setprofile's
     * and sys.settrace's) under {@code toolName}, sends {@code events} to {@code listener} and
     * returns the tool's handle; {@link IllegalStateException} when the tool is taken.
     */
    public Monitor monitor(int toolId, String toolName, MonitoringListener listener, MonitoringEvent... events) {
        if (toolId < 0 || toolId > 5) throw new IllegalArgumentException("tool id must be between 0 and 5, not " + toolId);
        requireNonNull(toolName, "toolName");
        requireNonNull(listener, "listener");
        return run(() -> {
            if (!interp.monitoring.useTool(toolId, PyStr.of(toolName))) {
                throw new IllegalStateException("tool " + toolId + " is already in use by "
                        + Abstract.repr(interp.monitoring.toolName(toolId)).value());
            }
            Monitor m = new Monitor(toolId, listener);
            try {
                m.setEventsNow(events);
            } catch (RuntimeException e) {
                interp.monitoring.freeTool(toolId);
                throw e;
            }
            return m;
        });
    }

    /** A {@code sys.monitoring} tool held by Java code; {@link #close()} frees it. */
    public final class Monitor implements AutoCloseable {
        private final int tool;
        private final MonitoringListener listener;
        private boolean freed;

        private Monitor(int tool, MonitoringListener listener) {
            this.tool = tool;
            this.listener = listener;
        }

        public int toolId() {
            return tool;
        }

        /** Replaces the tool's global event set. */
        public void setEvents(MonitoringEvent... events) {
            run(() -> {
                checkHeld();
                setEventsNow(events);
                return null;
            });
        }

        private void setEventsNow(MonitoringEvent... events) {
            int set = 0;
            for (MonitoringEvent e : events) set |= requireNonNull(e, "event").bit();
            int cReturn = MonitoringEvent.C_RETURN.bit() | MonitoringEvent.C_RAISE.bit();
            if ((set & cReturn) != 0 && (set & MonitoringEvent.CALL.bit()) == 0) {
                // CPython: Python/instrumentation.c monitoring_set_events_impl
                throw new IllegalArgumentException("cannot set C_RETURN or C_RAISE events independently");
            }
            MonitorCallback callback = Tracing.callback(listener);
            for (MonitoringEvent e : MonitoringEvent.values()) {
                // C_RETURN and C_RAISE follow CALL's tools: they reach the listener only when asked for
                interp.monitoring.registerJavaCallback(tool, e.ordinal(), (set & e.bit()) != 0 ? callback : null);
            }
            dev.pyjama.monitor.Instrumentation.setEvents(interp.monitoring, tool, set & ~cReturn);
        }

        /** {@code sys.monitoring.restart_events()}: locations a listener disabled fire again. */
        public void restartEvents() {
            run(() -> {
                interp.monitoring.restartEvents();
                return null;
            });
        }

        /** Stops the events and frees the tool id. */
        @Override
        public void close() {
            if (isClosed()) return;
            run(() -> {
                if (freed) return null;
                freed = true;
                dev.pyjama.monitor.Instrumentation.setEvents(interp.monitoring, tool, 0);
                for (int e = 0; e < MonitoringEvent.values().length; e++) interp.monitoring.registerJavaCallback(tool, e, null);
                interp.monitoring.freeTool(tool);
                return null;
            });
        }

        private void checkHeld() {
            if (freed) throw new IllegalStateException("monitoring tool " + tool + " was closed");
        }
    }

    // ---- life cycle

    /**
     * Finishes the interpreter as the end of a program does: joins its non-daemon Python
     * threads ({@code threading._shutdown}), runs the {@code atexit} callbacks, flushes its
     * streams, then ends its thread. Idempotent; every other method fails afterwards.
     */
    // CPython: Python/pylifecycle.c Py_EndInterpreter / Py_FinalizeEx
    @Override
    public void close() {
        if (!thread.markClosing()) return;
        try {
            thread.call(() -> withGil(() -> {
                try {
                    dev.pyjama.modules.PythonThreads.waitForShutdown(interp);
                    dev.pyjama.modules.AtexitModule.runExitFuncs(interp);
                } finally {
                    interp.flushIo();
                    interp.gil.finalizeRuntime();
                }
                return null;
            }), null, null);
        } catch (PyException e) {
            // reported by the atexit machinery already; closing goes on
        } finally {
            thread.shutdown();
        }
    }

    public boolean isClosed() {
        return thread.isClosing();
    }

    // ---- the interpreter thread

    /** Runs {@code task} with the interpreter (on its thread), Python exceptions turned into {@link PythonException}. */
    <T> T run(Supplier<T> task) {
        Supplier<T> op = () -> {
            try {
                return task.get();
            } catch (PyException e) {
                throw Values.exception(this, e);
            } finally {
                interp.flushIo(); // sys.stderr and sys.stdout (buffered TextIOWrappers), then the Java streams
            }
        };
        if (!thread.isCurrent() && onPythonThread()) return op.get(); // a Java callback on a Python thread: it holds the GIL
        if (thread.isClosing() && !thread.isCurrent()) throw closedError();
        return thread.call(() -> withGil(op), () -> interp.gil.interruptMain(), () -> interp.gil.clearInterrupt());
    }

    /** Whether the calling thread is one of this interpreter's Python threads, running Python now (holding the GIL). */
    private boolean onPythonThread() {
        Interpreter in = interp;
        return in != null && in.gil.isActive() && dev.pyjama.interp.ThreadState.current().interp == in && in.gil.holds();
    }

    /** How deep API calls are nested on the interpreter's thread (only that thread reads it). */
    private int depth;

    /**
     * Runs an operation holding the GIL, and gives it up between operations: once the program
     * started Python threads, they run while Java is not calling in (as an embedding
     * application releases the GIL when it returns to C, PyEval_SaveThread).
     */
    // CPython: Python/pystate.c PyGILState_Ensure / PyGILState_Release
    private <T> T withGil(Supplier<T> op) {
        dev.pyjama.interp.Gil gil = interp == null ? null : interp.gil;
        boolean outer = depth++ == 0;
        if (outer && gil != null && gil.isActive() && !gil.isFinalizing() && !gil.holds()) gil.take();
        try {
            return op.get();
        } finally {
            depth--;
            if (outer && gil != null && gil.isActive() && !gil.isFinalizing() && gil.holds()) gil.drop(false);
        }
    }

    /** The runtime itself (internal: the JSR-223 engine and the tests reach it through here). */
    Interpreter runtime() {
        return interp;
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("the Python interpreter is closed");
    }

    private static <T> T requireNonNull(T v, String what) {
        if (v == null) throw new NullPointerException(what + " must not be null");
        return v;
    }

    /** How to make a {@link PythonInterpreter}. */
    public static final class Builder {
        private OutputStream stdout = System.out, stderr = System.err;
        private InputStream stdin = System.in;
        private final List<String> path = new ArrayList<>();
        private List<String> argv = List.of("");
        /** null: the standard library when one is found. */
        private Boolean standardLibrary;
        private boolean writeBytecode;
        private int recursionLimit = 1000;
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private long stackSize = 512L << 20;
        private String threadName = "pyjama";

        private Builder() {}

        /** Where {@code sys.stdout} writes (UTF-8 when not a PrintStream); default System.out. */
        public Builder stdout(OutputStream out) {
            stdout = requireNonNull(out, "stdout");
            return this;
        }

        /** Where {@code sys.stderr} writes, and tracebacks Python itself prints; default System.err. */
        public Builder stderr(OutputStream err) {
            stderr = requireNonNull(err, "stderr");
            return this;
        }

        /** What {@code sys.stdin} and {@code input()} read; default System.in. */
        public Builder stdin(InputStream in) {
            stdin = requireNonNull(in, "stdin");
            return this;
        }

        /** Adds directories (or zip files) to {@code sys.path}, before the standard library's. */
        public Builder addPath(String... entries) {
            for (String e : entries) path.add(requireNonNull(e, "path entry"));
            return this;
        }

        /**
         * Whether CPython 3.13's standard library directory goes on {@code sys.path}: true
         * requires it ({@link #build()} fails with IllegalStateException when none is found),
         * false leaves it out. By default it is used when found (see README, "The standard library").
         */
        public Builder standardLibrary(boolean use) {
            standardLibrary = use;
            return this;
        }

        /** {@code sys.setrecursionlimit} at start (default 1000). */
        public Builder recursionLimit(int limit) {
            if (limit < 1) throw new IllegalArgumentException("recursion limit must be greater or equal than 1");
            recursionLimit = limit;
            return this;
        }

        /** {@code sys.argv} (default {@code ['']}, as an embedded CPython has). */
        public Builder argv(String... args) {
            argv = List.of(args);
            return this;
        }

        /** The directory relative paths in Python resolve against (default the JVM's). */
        public Builder workingDirectory(Path dir) {
            workingDirectory = requireNonNull(dir, "workingDirectory").toAbsolutePath();
            return this;
        }

        /** Whether imports write {@code __pycache__/*.pyjama-313.pyc} files (default false). */
        public Builder writeBytecode(boolean write) {
            writeBytecode = write;
            return this;
        }

        /** The Java stack of the interpreter's thread, in bytes (default 512 MiB, reserved, not committed). */
        public Builder stackSize(long bytes) {
            if (bytes < 1 << 20) throw new IllegalArgumentException("stack size below 1 MiB: " + bytes);
            stackSize = bytes;
            return this;
        }

        /** The name of the interpreter's Java thread (default "pyjama"). */
        public Builder threadName(String name) {
            threadName = requireNonNull(name, "threadName");
            return this;
        }

        public PythonInterpreter build() {
            return new PythonInterpreter(this);
        }
    }
}
