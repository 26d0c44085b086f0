package dev.pyjama.cli;

import dev.pyjama.objects.PyException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code pyjama} command. It accepts python3's command line and runs the interpreter on
 * a thread of its own with a large stack, since Python calls (and the parser's rules)
 * recurse in Java.
 */
// CPython: Modules/main.c pymain_main
public final class Main {
    /** Stack size of the thread Python runs on: deep recursion must end in RecursionError, not a JVM crash. */
    static final long PYTHON_STACK_BYTES = 1L << 30;

    /** True in the {@code pyjama} process itself, false when tests call {@link #run} in-process. */
    static volatile boolean isCommand;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        isCommand = true;
        HeapGovernor.start();
        int[] status = {0};
        Path cwd = Path.of("").toAbsolutePath();
        // A Java exception escaping the interpreter is a pyjama bug: the thread's uncaught-exception
        // handler prints it and the command fails with status 1, CPython's status for an uncaught
        // exception (0 would tell a script's caller it succeeded).
        Thread t = new Thread(null, () -> {
            status[0] = 1;
            status[0] = run(args, cwd, System.in, System.out, System.err);
        }, "MainThread", PYTHON_STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        System.err.flush();
        // halt, not System.exit: pyjama registers no shutdown hooks, and System.exit first sets up
        // the JDK's System.Logger to log the exit (JDK 21+): a service-loader scan of the class
        // path and the jar's manifest, a tenth of `-c pass`'s CPU time on JDK 25. A flight
        // recording (-XX:StartFlightRecording sets jdk.jfr.repository) is written by a shutdown
        // hook, so then the JVM exits normally.
        if (System.getProperty("jdk.jfr.repository") != null) System.exit(status[0]);
        Runtime.getRuntime().halt(status[0]);
    }

    /**
     * Runs the command line {@code args} as {@code pyjama args...} would, with {@code cwd}
     * as the working directory for relative paths, and returns the exit status. Tests call
     * this in-process.
     */
    public static int run(String[] args, Path cwd, InputStream in, PrintStream out, PrintStream err) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageError e) {
            err.print(e.getMessage());
            err.print(Options.usageLine());
            err.println("Try `python -h' for more information.");
            return 2;
        }
        try {
            return new Launcher(opts, cwd, in, out, err).run();
        } catch (PyException e) {
            err.print(e.formatExceptionOnly());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
