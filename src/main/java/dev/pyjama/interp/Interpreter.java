package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The runtime of one Python program: the builtins, the sys module (argv, path, modules,
 * _getframe, the recursion limit, stdout/stderr), running the main module's code, and what
 * happens to an exception nobody catches (the traceback on stderr, exit status 1; SystemExit).
 */
// CPython: Python/pylifecycle.c, Python/pythonrun.c, Python/sysmodule.c, Modules/main.c
public final class Interpreter {
    private static volatile Interpreter current;

    public final PyModule builtinsModule = new PyModule("builtins");
    /** The builtins namespace: the builtins module's dict. */
    public final PyDict builtins = builtinsModule.dict;
    public final PyModule sys = new PyModule("sys");
    /** The interpreter's sys.monitoring state. */
    public final dev.pyjama.monitor.Monitoring monitoring = new dev.pyjama.monitor.Monitoring();
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();
    /** {@code codecs.register_error}'s registry (one per interpreter, as CPython's). */
    public final java.util.Map<String, PyObject> codecErrorHandlers = new java.util.concurrent.ConcurrentHashMap<>();
    /** {@code sys.path}. */
    public final PyList path;
    public final PrintStream out, err;
    /** -X importtime: {@link ImportTime}'s switch and state (the header printed, the nesting, the inner imports' time). */
    public boolean importTime;
    boolean importTimeHeaderDone;
    int importTimeLevel;
    long importTimeAccumulated;
    public final Path cwd;
    /** The sys.path[0] the command line computed (null under -P, or when embedded); see Importer's shadowing check. */
    public String sysPath0;
    /**
     * {@code sys.getrecursionlimit()}, shared by the interpreter's threads (each thread state
     * points at it): every interpreter starts at CPython's default of 1000.
     */
    public final ThreadState.RecursionLimit recursionLimit = new ThreadState.RecursionLimit();
    /** {@code sys.set_int_max_str_digits()}: per interpreter, as CPython's. */
    public volatile int intMaxStrDigits = PyInt.MAX_STR_DIGITS;
    /** {@code -X cpu_count=N} / PYTHON_CPU_COUNT: what os.cpu_count() answers; -1 when the machine's count. */
    public int cpuCount = -1;
    /** {@code -b}: str() of bytes and comparisons of bytes with str or int warn (BytesWarning). */
    public boolean bytesWarning;
    /** The interpreter's GIL: threads started by {@code _thread} take turns under it. */
    public final Gil gil = new Gil();
    /** The states of the interpreter's live Python threads, the main one first. */
    private final java.util.concurrent.CopyOnWriteArrayList<ThreadState> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The main thread's state (the thread that built the interpreter and runs its main module). */
    public final ThreadState mainThread;

    public Interpreter(PrintStream out, PrintStream err, Path cwd, List<String> argv, List<String> path) {
        this.out = out;
        this.err = err;
        this.cwd = cwd;
        current = this;
        mainThread = ThreadState.current();
        attachThread(mainThread);
        gil.mainThread = mainThread;
        PyInt.maxStrDigitsSource = () -> {
            Interpreter in = current();
            return in == null ? PyInt.MAX_STR_DIGITS : in.intMaxStrDigits;
        };
        dev.pyjama.monitor.Legacy.reset();
        Generators.install();
        BuiltinTypes.init(); // before Abstract: Abstract's static block would run it before its own tables exist
        BuiltinFunctions.install(builtins);
        Types.currentModuleName = () -> {
            PyFrame f = ThreadState.current().frame;
            return f == null ? null : f.globals.get(PyStr.of("__name__"));
        };
        FrameBuiltins.install(this);
        IoBuiltins.install(this);
        builtins.put(PyStr.of("__build_class__"), ClassBuilder.function());
        builtins.put(PyStr.of("__name__"), PyStr.of("builtins"));
        dev.pyjama.modules.BuiltinsExtras.install(builtins);
        BuiltinsOrder.apply(builtins);
        EvalHelpers.builtinSuper = builtins.get(PyStr.of("super"));
        PyObject[] argvItems = new PyObject[argv.size()];
        for (int i = 0; i < argvItems.length; i++) argvItems[i] = PyStr.of(argv.get(i));
        PyObject[] pathItems = new PyObject[path.size()];
        for (int i = 0; i < pathItems.length; i++) pathItems[i] = PyStr.of(path.get(i));
        this.path = PyList.of(pathItems);
        setSys("argv", PyList.of(argvItems));
        setSys("path", this.path);
        setSys("modules", modules);
        setSys("_getframe", fn("_getframe", (a, kw) -> {
            Args.noKw("sys._getframe", kw);
            if (a.length > 1) throw Errors.typeError("_getframe expected at most 1 argument, got " + a.length);
            return getframe(a.length == 0 ? 0 : cInt(a[0]));
        }));
        AsyncGenerators.installSys(this::setSys);
        setSys("getrecursionlimit", fn("getrecursionlimit", (a, kw) -> PyInt.of(current().recursionLimit.value)));
        setSys("setrecursionlimit", fn("setrecursionlimit", (a, kw) -> setRecursionLimit(a)));
        setSys("get_int_max_str_digits", fn("get_int_max_str_digits", (a, kw) -> {
            if (a.length > 0) throw Errors.typeError("sys.get_int_max_str_digits() takes no arguments (" + a.length + " given)");
            return PyInt.of(current().intMaxStrDigits);
        }));
        setSys("set_int_max_str_digits", fn("set_int_max_str_digits", (a, kw) -> setIntMaxStrDigits(a, kw)));
        setSys("exit", fn("exit", (a, kw) -> {
            throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, a.length == 0 ? PyTuple.EMPTY
                    : PyTuple.of(a[0])));
        }));
        setSys("exception", fn("exception", (a, kw) -> {
            Args.noKw("sys.exception", kw);
            if (a.length != 0) throw Errors.typeError("sys.exception() takes no arguments (" + a.length + " given)");
            PyBaseException e = ThreadState.current().handledException();
            return e == null ? PyNone.NONE : e;
        }));
        setSys("exc_info", fn("exc_info", (a, kw) -> {
            Args.noKw("sys.exc_info", kw);
            if (a.length != 0) throw Errors.typeError("sys.exc_info() takes no arguments (" + a.length + " given)");
            PyBaseException e = ThreadState.current().handledException();
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        }));
        ExceptHook.install(this);
        UnraisableHook.install(this);
        setSys("monitoring", dev.pyjama.monitor.MonitoringModule.create(monitoring));
        setSys("builtin_module_names", JavaModules.names());
        setSys("displayhook", fn("displayhook", (a, kw) -> {
            Args.noKw("displayhook", kw);
            if (a.length != 1) throw Errors.typeError("sys.displayhook() takes exactly one argument (" + a.length + " given)");
            return displayhook(a[0]);
        }));
        setSys("__displayhook__", sys.dict.get(PyStr.of("displayhook")));
        dev.pyjama.modules.SysExtras.install(sys);
        // CPython: Python/sysmodule.c sys_settrace, sys_gettrace, sys_setprofile, sys_getprofile
        setSys("settrace", fn("settrace", (a, kw) -> {
            Args.noKw("settrace", kw);
            if (a.length != 1) throw Errors.typeError("sys.settrace() takes exactly one argument (" + a.length + " given)");
            dev.pyjama.monitor.Legacy.setTrace(monitoring, a[0] == PyNone.NONE ? null : dev.pyjama.monitor.Legacy.TRACE_TRAMPOLINE, a[0]);
            return PyNone.NONE;
        }));
        setSys("gettrace", fn("gettrace", (a, kw) -> {
            Args.noKw("gettrace", kw);
            if (a.length != 0) throw Errors.typeError("sys.gettrace() takes no arguments (" + a.length + " given)");
            PyObject o = dev.pyjama.monitor.Legacy.thread().traceObj;
            return o == null ? PyNone.NONE : o;
        }));
        setSys("setprofile", fn("setprofile", (a, kw) -> {
            Args.noKw("setprofile", kw);
            if (a.length != 1) throw Errors.typeError("sys.setprofile() takes exactly one argument (" + a.length + " given)");
            dev.pyjama.monitor.Legacy.setProfile(monitoring, a[0] == PyNone.NONE ? null : dev.pyjama.monitor.Legacy.PROFILE_TRAMPOLINE, a[0]);
            return PyNone.NONE;
        }));
        // CPython: Python/sysmodule.c sys__settraceallthreads, sys__setprofileallthreads: every
        // live thread of the interpreter (threading.settrace_all_threads adds the threads started later)
        setSys("_settraceallthreads", fn("_settraceallthreads", (a, kw) -> {
            Args.noKw("_settraceallthreads", kw);
            if (a.length != 1) throw Errors.typeError("sys._settraceallthreads() takes exactly one argument (" + a.length + " given)");
            dev.pyjama.monitor.Legacy.setTraceAllThreads(monitoring, threadStates(),
                    a[0] == PyNone.NONE ? null : dev.pyjama.monitor.Legacy.TRACE_TRAMPOLINE, a[0]);
            return PyNone.NONE;
        }));
        setSys("_setprofileallthreads", fn("_setprofileallthreads", (a, kw) -> {
            Args.noKw("_setprofileallthreads", kw);
            if (a.length != 1) throw Errors.typeError("sys._setprofileallthreads() takes exactly one argument (" + a.length + " given)");
            dev.pyjama.monitor.Legacy.setProfileAllThreads(monitoring, threadStates(),
                    a[0] == PyNone.NONE ? null : dev.pyjama.monitor.Legacy.PROFILE_TRAMPOLINE, a[0]);
            return PyNone.NONE;
        }));
        // CPython: Python/sysmodule.c sys_call_tracing_impl, Python/ceval.c _PyEval_CallTracing
        setSys("call_tracing", fn("call_tracing", (a, kw) -> {
            Args.noKw("call_tracing", kw);
            Args.checkPositional("call_tracing", a.length, 2, 2);
            if (!(a[1] instanceof PyTuple args)) {
                throw Errors.typeError("call_tracing() argument 2 must be tuple, not " + a[1].typeName());
            }
            ThreadState ts = ThreadState.current();
            int saved = ts.tracing;
            ts.tracing = 0; // events fire again inside, even when called from a trace function
            try {
                return Abstract.call(a[0], args.items.clone());
            } finally {
                ts.tracing = saved;
            }
        }));
        setSys("getprofile", fn("getprofile", (a, kw) -> {
            Args.noKw("getprofile", kw);
            if (a.length != 0) throw Errors.typeError("sys.getprofile() takes no arguments (" + a.length + " given)");
            PyObject o = dev.pyjama.monitor.Legacy.thread().profileObj;
            return o == null ? PyNone.NONE : o;
        }));
        DebugApis.install(this); // breakpoint, sys.breakpointhook, _current_frames, coroutine origins
        adoptFunctions(sys);
        adoptFunctions(builtinsModule);
        modules.put(PyStr.of("sys"), sys);
        modules.put(PyStr.of("builtins"), builtinsModule);
        // open() resolves relative paths without building posix (io's FileIO has the descriptor functions)
        dev.pyjama.modules.PosixModule.setWorkingDirectory(cwd);
        // sys.stdin/stdout/stderr and their __std*__ twins: TextIOWrapper stacks over descriptors 0-2
        dev.pyjama.modules.Stdio.install(this, false, null);
    }

    /**
     * Gives a module's Java functions the module as {@code __self__} (profilers and
     * {@code __module__} read it), keeping one object for a function stored under two names
     * ({@code excepthook} and {@code __excepthook__}).
     */
    // CPython: Objects/moduleobject.c _add_methods_to_object (PyCFunction_NewEx with the module as self)
    private static void adoptFunctions(PyModule module) {
        java.util.IdentityHashMap<PyObject, PyObject> adopted = new java.util.IdentityHashMap<>();
        for (PyObject key : module.dict.keys()) {
            if (module.dict.get(key) instanceof PyBuiltinFunction b && b.owner == null && b.self == null && !b.wrapper) {
                module.dict.put(key, adopted.computeIfAbsent(b, x -> b.ofModule(module)));
            }
        }
    }

    /** What descriptor 0 (so {@code sys.stdin} and {@code input()}) reads. */
    public java.io.InputStream stdin = System.in;
    /** How {@link dev.pyjama.modules.Stdio} last built the standard streams: -u, and PYTHONIOENCODING or null. */
    public boolean stdioUnbuffered;
    public String stdioEncoding;

    /** Makes {@code sys.stdin} read {@code in} (the launcher's standard input); the three streams are built anew. */
    public void setStdin(java.io.InputStream in) {
        stdin = in;
        dev.pyjama.modules.Stdio.install(this, stdioUnbuffered, stdioEncoding);
    }

    /**
     * A snapshot of the states of the interpreter's live Python threads (the main thread first,
     * then the others in start order). Stable interface for the all-threads tracing functions.
     */
    // CPython: Include/internal/pycore_interp.h PyInterpreterState threads.head
    public java.util.List<ThreadState> threadStates() {
        return java.util.List.copyOf(threads);
    }

    /** Makes {@code ts} (the calling thread's state) one of this interpreter's threads. */
    public void attachThread(ThreadState ts) {
        ts.interp = this;
        ts.gil = gil;
        ts.recursionLimit = recursionLimit;
        threads.addIfAbsent(ts);
    }

    /** Removes a finished thread's state from the interpreter's list. */
    public void detachThread(ThreadState ts) {
        threads.remove(ts);
        // it no longer counts as a tracing thread (not when it ends without the GIL, at finalization)
        if (gil.holds()) dev.pyjama.monitor.Legacy.threadEnded(monitoring, ts);
    }

    /**
     * The interpreter running now: the one the calling thread belongs to (several embedded
     * interpreters run side by side, each on its own threads), else the one made last.
     */
    public static Interpreter current() {
        Interpreter in = ThreadState.current().interp;
        return in != null ? in : current;
    }

    private static void copyInto(PyDict to, PyDict from) {
        for (PyObject k : from.keys()) to.put(k, from.get(k));
    }

    private void setSys(String name, PyObject value) {
        sys.dict.put(PyStr.of(name), value);
    }

    private static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, null, null, impl);
    }

    /** Argument Clinic's {@code int} converter: __index__, then the C int range. */
    // CPython: Objects/longobject.c PyLong_AsInt
    static int cInt(PyObject v) {
        PyInt n = (PyInt) Abstract.index(v);
        if (!n.fitsLong() || n.longValue() != (int) n.longValue()) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) n.longValue();
    }

    // CPython: Python/sysmodule.c sys__getframe_impl
    private static PyObject getframe(int depth) {
        PyFrame f = ThreadState.current().frame;
        while (depth-- > 0 && f != null) f = f.back;
        if (f == null) throw Errors.valueError("call stack is not deep enough");
        dev.pyjama.modules.Audit.fire("sys._getframe", f);
        return f;
    }

    // CPython: Python/sysmodule.c sys_set_int_max_str_digits_impl
    private static PyObject setIntMaxStrDigits(PyObject[] a, PyTuple kw) {
        PyInt v = (PyInt) Abstract.index(Args.parse("set_int_max_str_digits", a, 0, kw, new String[] {"maxdigits"}, 1, 1)[0]);
        if (!v.fitsLong() || v.longValue() != (int) v.longValue()) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        int n = (int) v.longValue();
        if (n != 0 && n < 640) throw Errors.valueError("maxdigits must be 0 or larger than 640");
        current().intMaxStrDigits = n;
        return PyNone.NONE;
    }

    // CPython: Python/sysmodule.c sys_setrecursionlimit_impl
    private static PyObject setRecursionLimit(PyObject[] a) {
        if (a.length != 1) throw Errors.typeError("setrecursionlimit expected 1 argument, got " + a.length);
        int limit = cInt(a[0]);
        if (limit < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
        ThreadState ts = ThreadState.current();
        if (ts.depth >= limit) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "cannot set the recursion limit to " + limit
                    + " at the recursion depth " + ts.depth + ": the limit is too low");
        }
        current().recursionLimit.value = limit;
        return PyNone.NONE;
    }

    /**
     * PRINT_EXPR (an expression statement compiled in 'single' mode, as at the prompt): calls
     * {@code sys.displayhook}, whatever the program put there.
     */
    // CPython: Python/intrinsics.c print_expr
    static PyObject printExpr(PyObject v) {
        PyObject hook = current().sys.dict.get(PyStr.of("displayhook"));
        if (hook == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "lost sys.displayhook");
        return Abstract.call(hook, v);
    }

    /** {@code sys.displayhook} as CPython's: writes the repr of a non-None value to sys.stdout and keeps it as {@code builtins._}. */
    // CPython: Python/sysmodule.c sys_displayhook
    private static PyObject displayhook(PyObject v) {
        if (v == PyNone.NONE) return PyNone.NONE;
        Interpreter in = current();
        in.builtins.put(PyStr.of("_"), PyNone.NONE);
        PyObject stdout = in.sys.dict.get(PyStr.of("stdout"));
        if (stdout == null || stdout == PyNone.NONE) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "lost sys.stdout");
        PyObject write = Abstract.getattr(stdout, PyStr.of("write"));
        Abstract.call(write, Abstract.repr(v));
        Abstract.call(write, PyStr.of("\n"));
        in.builtins.put(PyStr.of("_"), v);
        return PyNone.NONE;
    }

    /** {@code sys.dont_write_bytecode}, read when a module is imported (programs may change it). */
    boolean dontWriteBytecode() {
        PyObject v = sys.dict.get(PyStr.of("dont_write_bytecode"));
        return v == null || Abstract.isTrue(v);
    }

    /** Sets {@code sys.dont_write_bytecode} and {@code sys.flags.dont_write_bytecode} (-B, PYTHONDONTWRITEBYTECODE). */
    public void setDontWriteBytecode(boolean dontWrite) {
        dev.pyjama.modules.SysExtras.setDontWriteBytecode(sys, dontWrite);
    }

    /** A new module's namespace: __name__, __builtins__ and the given file. */
    PyModule newModule(String name, String file) {
        PyModule m = new PyModule(name);
        m.dict.put(PyStr.of("__builtins__"), builtinsModule);
        if (file != null) m.dict.put(PyStr.of("__file__"), PyStr.of(file));
        return m;
    }

    /** Runs {@code code} as module {@code m}'s body. */
    public PyObject execModule(PyCode code, PyModule m) {
        PyFrame frame = new PyFrame(code, m.dict, builtins, m.dict, null);
        return Eval.run(frame);
    }

    /**
     * Set by {@code -i} (and for the bare command on a terminal): after the main module's code
     * (none for the prompt alone) the interactive prompt runs in its namespace.
     */
    public boolean inspect;

    /**
     * sys.warnoptions as the command line and environment give them; when there are any,
     * {@code warnings} is imported before the main module runs, which applies them.
     */
    // CPython: Python/pylifecycle.c init_interp_main (imports warnings when config->warnoptions is not empty)
    public List<String> warnOptions = List.of();

    /**
     * Runs a program's main module ({@code code}; null for none) and returns the process exit
     * status: 0, or 1 after printing the traceback of an uncaught exception, or what SystemExit
     * asks; 120 when sys.stdout or sys.stderr cannot be flushed at the end. Under
     * {@link #inspect} the interactive prompt runs after it and decides the status.
     */
    // CPython: Python/pythonrun.c _PyRun_SimpleFileObject, PyErr_PrintEx, handle_system_exit;
    // Modules/main.c Py_RunMain (120 when Py_FinalizeEx fails)
    public int runMain(PyCode code, String file) {
        boolean command = code != null && code.filename.equals("<string>");
        PyModule main = newMain();
        // a script or stdin gets __file__ and __cached__ (_PyRun_SimpleFileObject), -c neither
        if (code != null && !command) {
            main.dict.put(PyStr.of("__file__"), PyStr.of(file != null ? file : code.filename));
            main.dict.put(PyStr.of("__cached__"), PyNone.NONE);
        }
        // a script or stdin (not -c: PyRun_SimpleStringFlags does not) flushes the streams before any report
        return runMain(main, !command, () -> {
            if (command && commandSource != null) {
                // CPython imports linecache here; pyjama waits until the program imports it (about
                // 20 ms of start-up: the first search of the standard library's directory)
                if (modules.get(PyStr.of("linecache")) instanceof PyModule lc) registerCommandSource(lc);
                else pendingCommandSource = commandSource;
            }
            if (code != null) execModule(code, main);
        });
    }

    /** The source of {@code -c}, which linecache learns before it runs (null otherwise). */
    public String commandSource;
    /** The {@code -c} source while linecache is not imported yet: it learns it when it is. */
    String pendingCommandSource;

    /**
     * Puts the {@code -c} source in linecache under {@code <string>}, so warnings, tracebacks,
     * inspect and pdb find its lines.
     */
    // CPython: Python/pythonrun.c run_mod (interactive_src: linecache._register_code(filename, source, filename))
    void registerCommandSource(PyModule linecache) {
        String source = pendingCommandSource != null ? pendingCommandSource : commandSource;
        pendingCommandSource = null;
        PyObject register = Abstract.getattr(linecache, PyStr.of("_register_code"));
        PyStr name = PyStr.of("<string>");
        Abstract.call(register, name, PyStr.of(source), name);
    }

    /**
     * The {@code __main__} module before anything runs: {@code __annotations__} and the builtins
     * module (an imported module gets the builtins dict instead).
     */
    // CPython: Python/pylifecycle.c add_main_module
    private PyModule newMain() {
        PyModule m = new PyModule("__main__");
        m.dict.put(PyStr.of("__annotations__"), new PyDict());
        m.dict.put(PyStr.of("__builtins__"), builtinsModule);
        return m;
    }

    /** {@code -m NAME}: runs the module (a package's __main__) as the main module, as runpy does. */
    // CPython: Modules/main.c pymain_run_module, Lib/runpy.py _run_module_as_main
    public int runModule(String name) {
        PyModule main = newMain();
        return runMain(main, true, () -> RunModule.runAsMain(this, name, main));
    }

    private int runMain(PyModule main, boolean flushFirst, Runnable body) {
        modules.put(PyStr.of("__main__"), main);
        int status;
        try {
            try {
                if (!warnOptions.isEmpty()) {
                    List<PyObject> w = new java.util.ArrayList<>();
                    for (String o : warnOptions) w.add(PyStr.of(o));
                    sys.dict.put(PyStr.of("warnoptions"), new PyList(w));
                    Importer.importModule("warnings");
                }
                body.run();
            } finally {
                if (flushFirst) flushIo();
            }
            status = 0;
        } catch (PyException e) {
            // under -i even SystemExit is only reported: the prompt comes next
            // CPython: Modules/main.c pymain_run_python (pymain_repl after an error when inspect is set)
            if (inspect) {
                out.flush();
                PyBaseException exit = ExceptHook.report(this, e.value());
                status = exit != null ? handleUncaught(exit) : 1;
            } else {
                status = handleUncaught(e.value());
            }
        } catch (StackOverflowError e) {
            err.println("Fatal Python error: Cannot recover from stack overflow.");
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
        if (inspect) {
            try {
                status = new InteractiveLoop(this, main).run();
            } catch (StackOverflowError e) {
                err.println("Fatal Python error: Cannot recover from stack overflow.");
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
        // CPython: Python/pylifecycle.c Py_FinalizeEx: wait_for_thread_shutdown, then the atexit
        // callbacks, then flush_std_files; daemon threads stop when the runtime is finalizing
        dev.pyjama.modules.PythonThreads.waitForShutdown(this);
        dev.pyjama.modules.AtexitModule.runExitFuncs(this);
        out.flush();
        err.flush();
        boolean flushed = flushStdFiles();
        dev.pyjama.modules.TextIOWrapper.closeAbandoned(this); // text files the program left open get their data written
        gil.finalizeRuntime();
        return flushed ? status : 120;
    }

    /**
     * Reports an exception nobody can catch through sys.unraisablehook: {@code message} ends
     * with ':' (CPython's err_msg without it) when no object is named.
     */
    public void writeUnraisable(String message, PyBaseException exc) {
        UnraisableHook.report(this, message.endsWith(":") ? message.substring(0, message.length() - 1) : message, null, exc);
    }

    /** {@code PyErr_WriteUnraisable(obj)}: "Exception ignored in: OBJ" and the traceback, through sys.unraisablehook. */
    public void writeUnraisable(PyObject obj, PyBaseException exc) {
        UnraisableHook.report(this, null, obj, exc);
    }

    /** flush_io: sys.stderr.flush() then sys.stdout.flush(), failures ignored. */
    // CPython: Python/pythonrun.c flush_io, flush_io_stream
    public void flushIo() {
        for (String name : new String[] {"stderr", "stdout"}) {
            PyObject f = sys.dict.get(PyStr.of(name));
            if (f != null && f != PyNone.NONE) ExceptHook.flush(f);
        }
        out.flush();
        err.flush();
    }

    /**
     * The flush Py_FinalizeEx gives sys.stdout and sys.stderr (when set, not None, not closed):
     * false when either fails. A failing sys.stdout is reported as unraisable.
     */
    // CPython: Python/pylifecycle.c flush_std_files, file_is_closed
    private boolean flushStdFiles() {
        boolean ok = true;
        for (String name : new String[] {"stdout", "stderr"}) {
            PyObject f = sys.dict.get(PyStr.of(name));
            if (f == null || f == PyNone.NONE || isClosed(f)) continue;
            try {
                Abstract.call(Abstract.getattr(f, PyStr.of("flush")));
            } catch (PyException e) {
                ok = false;
                if (name.equals("stdout")) {
                    ExceptHook.write(this, "Exception ignored on flushing sys.stdout:\n"
                            + TracebackPrinter.format(e.value()));
                }
            }
        }
        out.flush();
        err.flush();
        return ok;
    }

    private static boolean isClosed(PyObject f) {
        try {
            PyObject closed = Abstract.lookupAttr(f, PyStr.of("closed"));
            return closed != null && Abstract.isTrue(closed);
        } catch (PyException e) {
            return false;
        }
    }

    int handleUncaught(PyBaseException exc) {
        if (exc.type().isSubtype(ExceptionTypes.SYSTEM_EXIT)) return systemExit(exc);
        out.flush();
        PyBaseException exit = ExceptHook.report(this, exc);
        if (exit != null) return systemExit(exit);
        err.flush();
        // CPython: Modules/main.c pymain_run_python (_Py_UnhandledKeyboardInterrupt) and exit_sigint: killed by SIGINT
        if (exc.type().isSubtype(ExceptionTypes.KEYBOARD_INTERRUPT)) return 130;
        return 1;
    }

    // CPython: Python/pythonrun.c _Py_HandleSystemExit
    private int systemExit(PyBaseException exc) {
        PyObject code = exc.args.items.length == 0 ? PyNone.NONE
                : exc.args.items.length == 1 ? exc.args.items[0] : exc.args;
        PyObject c = exc.dict.get("code");
        if (c != null) code = c;
        if (code == PyNone.NONE) return 0;
        if (code instanceof PyInt i) return (int) (i.fitsLong() ? i.longValue() : 1);
        if (code instanceof PyBool b) return b.value ? 1 : 0;
        out.flush();
        // str(code) through sys.stderr's write() when there is one, then "\n" as PySys_WriteStderr writes it
        String text = Abstract.str(code).value();
        PyObject stderr = sys.dict.get(PyStr.of("stderr"));
        if (stderr == null || stderr == PyNone.NONE) {
            err.print(text);
        } else {
            try {
                Abstract.call(Abstract.getattr(stderr, PyStr.of("write")), PyStr.of(text));
            } catch (PyException e) {
                // CPython clears the error and still writes the newline
            }
        }
        ExceptHook.write(this, "\n");
        err.flush();
        return 1;
    }
}
