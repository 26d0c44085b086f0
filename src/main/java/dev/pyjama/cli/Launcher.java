package dev.pyjama.cli;

import dev.pyjama.ast.AstDump;
import dev.pyjama.ast.AstMod;
import dev.pyjama.compiler.AstOptimizer;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.CompileErrors;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.compiler.FutureFeatures;
import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.StdlibLocation;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Carries out a parsed command line. */
// CPython: Modules/main.c pymain_run_python
final class Launcher {
    private final Options opts;
    private final Path cwd;
    private final InputStream in;
    private final PrintStream out, err;
    private String commandSource; // -c's source, for linecache
    private boolean envInspect;   // PYTHONINSPECT: sys.flags.inspect, and the prompt only when stdin is a terminal

    Launcher(Options opts, Path cwd, InputStream in, PrintStream out, PrintStream err) {
        this.opts = opts;
        this.cwd = cwd;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run() {
        readEnvironment();
        switch (opts.kind) {
            case VERSION:
                out.println(opts.versionCount > 1 ? "Python " + Version.FULL : "Python " + Version.SHORT);
                return 0;
            case HELP:
                out.print(Options.usageLine());
                out.print(Help.TEXT);
                return 0;
            default:
                break;
        }
        if (opts.xoptions.containsKey("dump-ast")) {
            return dumpAst();
        }
        if (opts.xoptions.containsKey("dis") || opts.xoptions.containsKey("dump-code")) {
            return new CodeCommands(cwd, in, out, err).show(opts, opts.xoptions.containsKey("dump-code"));
        }
        switch (opts.kind) {
            case COMMAND: {
                ParserContext ctx = context("<string>", false);
                PyCode code = compile(FrontEnd.parseString(opts.target, ctx), ctx);
                dev.pyjama.interp.TracebackPrinter.registerSource("<string>", opts.target);
                commandSource = opts.target;
                return execute(code, "<string>", "-c", "");
            }
            case MODULE:
                // the Java disassembler: for .pyc files (CPython's dis.py reads only source), and under
                // -X java-dis (the dis parity test, which would spend minutes importing dis.py 500 times)
                if (opts.target.equals("dis") && (opts.xoptions.containsKey("java-dis")
                        || opts.argv.stream().anyMatch(a -> a.endsWith(".pyc")))) {
                    return new CodeCommands(cwd, in, out, err).disModule(opts.argv);
                }
                // sys.argv[0] is '-m' while the module is looked for, then its file; sys.path[0] the working directory
                return execute(null, opts.target, "-m", cwd.toString());
            case FILE: {
                String path = absolute(opts.target);
                byte[] source = readScript(path);
                if (source == null) {
                    return 2;
                }
                ParserContext ctx = context(path, true);
                PyCode code = compile(FrontEnd.parse(source, ctx), ctx);
                String dir = path.substring(0, Math.max(path.lastIndexOf('/'), 1));
                return execute(code, path, opts.target, dir);
            }
            default: {
                if (opts.inspect || in == System.in && System.console() != null) {
                    // CPython: Modules/main.c pymain_header (the banner: no -q, no program, stdin interactive or -i)
                    if (!opts.quiet) {
                        err.println("Python " + Version.FULL + " on linux");
                        err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
                    }
                    return execute(null, "<stdin>", "", "");
                }
                byte[] source;
                try {
                    source = in.readAllBytes();
                } catch (IOException e) {
                    err.println(Options.executable() + ": can't read <stdin>: " + e.getMessage());
                    return 2;
                }
                ParserContext ctx = context("<stdin>", true);
                PyCode code = compile(FrontEnd.parse(source, ctx), ctx);
                return execute(code, "<stdin>", "", "");
            }
        }
    }

    /**
     * {@code -X dump-ast[=MODE] [-X type-comments] [-X ast-optimize=N] FILE}: what
     * {@code print(ast.dump(ast.parse(source, FILE, mode=MODE, type_comments=..., optimize=N), include_attributes=True))}
     * prints.
     */
    private int dumpAst() {
        if (opts.kind != Options.Kind.FILE) {
            err.println(Options.executable() + ": -X dump-ast needs a FILE argument");
            return 2;
        }
        byte[] source = readScript(absolute(opts.target));
        if (source == null) {
            return 2;
        }
        Object modeOption = opts.xoptions.get("dump-ast");
        ParserContext.Mode mode;
        switch (modeOption instanceof String ? (String) modeOption : "exec") {
            case "exec": mode = ParserContext.Mode.FILE; break;
            case "eval": mode = ParserContext.Mode.EVAL; break;
            case "single": mode = ParserContext.Mode.SINGLE; break;
            case "func_type": mode = ParserContext.Mode.FUNC_TYPE; break;
            default:
                err.println(Options.executable() + ": -X dump-ast=MODE: MODE must be exec, eval, single or func_type");
                return 2;
        }
        boolean typeComments = opts.xoptions.containsKey("type-comments");
        int optimize = 0;
        Object optimizeOption = opts.xoptions.get("ast-optimize");
        if (optimizeOption != null) {
            try {
                optimize = Integer.parseInt(optimizeOption instanceof String ? (String) optimizeOption : "1");
            } catch (NumberFormatException e) {
                optimize = -1;
            }
            if (optimize < 1) {
                err.println(Options.executable() + ": -X ast-optimize=N: N must be a positive level");
                return 2;
            }
        }
        ParserContext context = new ParserContext(opts.target, mode, false, false, typeComments, cwd, err);
        AstMod tree = FrontEnd.parse(source, context);
        if (optimize > 0) {
            // ast.parse(..., optimize=N): the future statements are checked, then the tree optimised.
            FutureFeatures future = FutureFeatures.fromAst(tree, new CompileErrors(context));
            AstOptimizer.optimize(tree, optimize, future.features, AstOptimizer.AST_PARSE_START_DEPTH);
        }
        out.println(AstDump.dump(tree, true));
        return 0;
    }

    private ParserContext context(String filename, boolean fromFile) {
        return new ParserContext(filename, ParserContext.Mode.FILE, fromFile, false, cwd, err);
    }

    /** The script path as CPython makes it absolute: joined to the working directory, not normalised. */
    private String absolute(String target) {
        if (target.startsWith("/")) {
            return target;
        }
        String dir = cwd.toString();
        return dir.endsWith("/") ? dir + target : dir + "/" + target;
    }

    private byte[] readScript(String path) {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            err.println(Options.executable() + ": can't find '__main__' module in '" + path + "'");
            return null;
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            err.println(Options.executable() + ": can't open file '" + path + "': [Errno 2] No such file or directory");
            return null;
        }
    }

    /** Compiles as running would, so compile-time errors and warnings come out as CPython's do. */
    private PyCode compile(AstMod tree, ParserContext ctx) {
        return Compiler.compile(tree, new CompileContext(ctx), 0, opts.optimize);
    }

    /**
     * Runs the main module ({@code code}; with no code the module named {@code file}, as -m does, or
     * without -m nothing but the interactive prompt): {@code sys.argv} is {@code argv0} and the arguments after it,
     * {@code sys.path[0]} the script's directory ('' for -c and stdin; left out under -P and -I),
     * then the standard library's directory when there is one ({@link StdlibLocation}).
     */
    // CPython: Modules/main.c pymain_run_python, Python/pythonrun.c _PyRun_SimpleFileObject
    private int execute(PyCode code, String file, String argv0, String path0) {
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(opts.argv);
        List<String> path = new ArrayList<>();
        // CPython: Modules/main.c pymain_run_python (sys.path[0] unless safe_path)
        if (!opts.safePath) path.add(path0);
        List<String> rest = new ArrayList<>(pythonPath());
        Path stdlib = StdlibLocation.get();
        if (stdlib != null) rest.add(stdlib.toString());
        // site.removeduppaths drops repeated entries (pyjama has no site step, so it is done here)
        if (!opts.noSite) rest = new ArrayList<>(new java.util.LinkedHashSet<>(rest));
        path.addAll(rest);
        Interpreter interp = new Interpreter(out, err, cwd, argv, path);
        // CPython: Python/initconfig.c config_init_import_time (-X importtime, PYTHONPROFILEIMPORTTIME)
        interp.importTime = opts.xoptions.containsKey("importtime") || !env("PYTHONPROFILEIMPORTTIME").isEmpty();
        // CPython: Python/initconfig.c (-u and PYTHONUNBUFFERED: buffered_stdio; PYTHONIOENCODING)
        String unbufferedEnv = opts.ignoreEnvironment ? null : System.getenv("PYTHONUNBUFFERED");
        interp.stdioUnbuffered = opts.unbuffered || unbufferedEnv != null && !unbufferedEnv.isEmpty();
        interp.stdioEncoding = opts.ignoreEnvironment ? null : System.getenv("PYTHONIOENCODING");
        interp.setStdin(in);
        interp.intMaxStrDigits = intMaxStrDigits();
        interp.cpuCount = cpuCount();
        interp.bytesWarning = opts.bytesWarning > 0;
        interp.commandSource = commandSource;
        interp.warnOptions = warnOptions();
        // no code: the module -m names, or (not -m) the prompt alone
        boolean promptOnly = code == null && opts.kind != Options.Kind.MODULE;
        // CPython: Modules/main.c pymain_repl (stdin_is_interactive: a terminal, or -i)
        interp.inspect = opts.inspect || promptOnly || envInspect && in == System.in && System.console() != null;
        if (!opts.safePath) interp.sysPath0 = path0;
        interp.setDontWriteBytecode(!writesBytecode());
        // after the bytecode switch: site's import of _sitebuiltins then writes its .pyc, as CPython's does
        dev.pyjama.interp.DebugApis.configure(interp, opts.xoptions, flags(), !opts.noSite);
        // start-up made the eval loop hot: its profile sees the instrumented-opcode branch now (EvalWarmup)
        dev.pyjama.interp.EvalWarmup.train();
        try {
            if (code == null && !promptOnly) return interp.runModule(file);
            return interp.runMain(code, file.startsWith("<") ? null : file);
        } finally {
            Path main = code == null || file.startsWith("<") ? null : cwd.resolve(file);
            dev.pyjama.monitor.UsageCounts.writeAtExit(interp.monitoring, main);
        }
    }

    /** The fields of sys.flags the command line sets. */
    // CPython: Python/sysmodule.c set_flags_from_config
    private java.util.Map<String, Integer> flags() {
        java.util.Map<String, Integer> f = new java.util.HashMap<>();
        String dev = opts.ignoreEnvironment ? null : System.getenv("PYTHONDEVMODE");
        f.put("dev_mode", opts.xoptions.containsKey("dev") || dev != null && !dev.isEmpty() ? 1 : 0);
        f.put("optimize", opts.optimize);
        f.put("no_site", opts.noSite ? 1 : 0);
        f.put("ignore_environment", opts.ignoreEnvironment ? 1 : 0);
        f.put("isolated", opts.isolated ? 1 : 0);
        f.put("no_user_site", opts.noUserSite ? 1 : 0);
        f.put("safe_path", opts.safePath ? 1 : 0);
        f.put("bytes_warning", opts.bytesWarning);
        f.put("quiet", opts.quiet ? 1 : 0);
        f.put("inspect", opts.inspect || envInspect ? 1 : 0);
        f.put("interactive", opts.inspect ? 1 : 0);
        f.put("verbose", opts.verbose);
        f.put("debug", opts.debug);
        f.put("utf8_mode", utf8Mode());
        f.put("warn_default_encoding", opts.xoptions.containsKey("warn_default_encoding")
                || !env("PYTHONWARNDEFAULTENCODING").isEmpty() ? 1 : 0);
        // CPython: Python/initconfig.c config_init_hash_seed (PYTHONHASHSEED=0 turns randomization off)
        f.put("hash_randomization", env("PYTHONHASHSEED").equals("0") ? 0 : 1);
        f.put("int_max_str_digits", intMaxStrDigits());
        return f;
    }

    /** An environment variable, "" when unset or under -E/-I. */
    private String env(String name) {
        String v = opts.ignoreEnvironment ? null : System.getenv(name);
        return v == null ? "" : v;
    }

    /**
     * The flags environment variables raise to their level (not under -E/-I): PYTHONOPTIMIZE,
     * PYTHONVERBOSE, PYTHONDEBUG, PYTHONINSPECT, PYTHONSAFEPATH.
     */
    // CPython: Python/initconfig.c config_read_env_vars
    private void readEnvironment() {
        opts.optimize = Math.max(opts.optimize, envLevel("PYTHONOPTIMIZE"));
        opts.verbose = Math.max(opts.verbose, envLevel("PYTHONVERBOSE"));
        opts.debug = Math.max(opts.debug, envLevel("PYTHONDEBUG"));
        envInspect = envLevel("PYTHONINSPECT") > 0;
        if (!env("PYTHONSAFEPATH").isEmpty()) opts.safePath = true;
    }

    /** A level variable: unset or empty 0, a number its value, anything else (or negative) 1. */
    // CPython: Python/initconfig.c _Py_get_env_flag
    private int envLevel(String name) {
        String v = env(name);
        if (v.isEmpty()) return 0;
        try {
            int n = Integer.parseInt(v.trim());
            return n < 0 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** -X utf8[=0|1], else PYTHONUTF8. */
    // CPython: Python/preconfig.c preconfig_init_utf8_mode
    private int utf8Mode() {
        Object x = opts.xoptions.get("utf8");
        if (x != null) return x instanceof String s && s.equals("0") ? 0 : 1;
        return env("PYTHONUTF8").equals("1") ? 1 : 0;
    }

    /** -X int_max_str_digits=N, else PYTHONINTMAXSTRDIGITS, else the default (4300). */
    // CPython: Python/initconfig.c config_init_int_max_str_digits
    private int intMaxStrDigits() {
        Object x = opts.xoptions.get("int_max_str_digits");
        String v = x instanceof String s ? s : env("PYTHONINTMAXSTRDIGITS");
        try {
            int n = Integer.parseInt(v);
            if (n == 0 || n >= 640) return n;
        } catch (NumberFormatException e) {
            // not a number: the default, as below
        }
        return dev.pyjama.objects.PyInt.MAX_STR_DIGITS;
    }

    /** -X cpu_count=N, else PYTHON_CPU_COUNT ("default" or unset: the machine's). */
    // CPython: Python/initconfig.c config_init_cpu_count
    private int cpuCount() {
        Object x = opts.xoptions.get("cpu_count");
        String v = x instanceof String s ? s : env("PYTHON_CPU_COUNT");
        try {
            int n = Integer.parseInt(v);
            return n > 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** sys.warnoptions, lowest precedence first: -X dev, PYTHONWARNINGS's entries, -W in order, -b/-bb. */
    // CPython: Python/initconfig.c config_init_warnoptions
    private List<String> warnOptions() {
        List<String> w = new ArrayList<>();
        String dev = opts.ignoreEnvironment ? null : System.getenv("PYTHONDEVMODE");
        if (opts.xoptions.containsKey("dev") || dev != null && !dev.isEmpty()) w.add("default");
        String env = opts.ignoreEnvironment ? null : System.getenv("PYTHONWARNINGS");
        if (env != null) {
            for (String e : env.split(",")) if (!e.isEmpty()) w.add(e);
        }
        w.addAll(opts.warnOptions);
        if (opts.bytesWarning > 0) w.add(opts.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        return w;
    }

    /**
     * {@code PYTHONPATH}'s directories (not under -E/-I), each made absolute against the working
     * directory (an empty entry is the working directory).
     */
    // CPython: Modules/getpath.py (ENV_PYTHONPATH entries through abspath)
    private List<String> pythonPath() {
        return pythonPathEntries(opts.ignoreEnvironment ? null : System.getenv("PYTHONPATH"), cwd);
    }

    static List<String> pythonPathEntries(String env, Path cwd) {
        List<String> dirs = new ArrayList<>();
        if (env == null || env.isEmpty()) return dirs;
        for (String part : env.split(":", -1)) dirs.add(cwd.resolve(part).normalize().toString());
        return dirs;
    }

    /**
     * Whether imports write {@code .pyc} files: only for the real command (tests run programs
     * in-process and write no caches), unless -B or PYTHONDONTWRITEBYTECODE (not under -E/-I) says no.
     */
    // CPython: Python/initconfig.c config_read_env_vars (PYTHONDONTWRITEBYTECODE), config_parse_cmdline (-B)
    private boolean writesBytecode() {
        if (!Main.isCommand || opts.dontWriteBytecode) return false;
        String env = opts.ignoreEnvironment ? null : System.getenv("PYTHONDONTWRITEBYTECODE");
        return env == null || env.isEmpty();
    }

    private int notImplemented(String what) {
        err.println(Options.executable() + ": cannot run " + what
                + ": it compiles, but executing Python is not implemented yet");
        return 2;
    }
}
