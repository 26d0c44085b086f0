package dev.pyjama.tools;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.StdlibLocation;
import dev.pyjama.monitor.Legacy;
import dev.pyjama.monitor.TraceFunction;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyStr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Python script as {@code pyjama SCRIPT ARGS...} would, with one extra built-in,
 * {@code _pyjama_java_settrace()}: it installs a Java {@link TraceFunction} that ignores its
 * events, as {@code sys.settrace} would install a Python one. bench/harness/driver.py calls it
 * in its {@code java-trace} mode, so bench/run can set the cost of delivering legacy trace
 * events to a Java tool (a debugger or coverage tool written in Java) beside that of a Python
 * trace function, in the same driver with the same programs.
 *
 * <p>Usage: {@code PYJAMA_MAIN_CLASS=dev.pyjama.tools.SuiteRunner ./pyjama SCRIPT [ARGS...]} (the
 * launcher's JVM, heap options and start-up archive, as bench/run runs it), or
 * {@code java -cp target/pyjama.jar dev.pyjama.tools.SuiteRunner SCRIPT [ARGS...]}.
 */
public final class SuiteRunner {
    private SuiteRunner() {}

    public static void main(String[] args) throws InterruptedException {
        startHeapGovernor();
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args), "MainThread", 1L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(status[0]);  // as Main: no shutdown hooks to run
    }

    /**
     * Starts the pyjama command's HeapGovernor, as its Main does, so that run by the launcher
     * (bench/run) the heap behaves as in the untraced runs this is compared with. By name: the
     * library jar (target/pyjama.jar) has no cli package, and then there is none.
     */
    private static void startHeapGovernor() {
        try {
            Class.forName("dev.pyjama.cli.HeapGovernor").getMethod("start").invoke(null);
        } catch (ReflectiveOperationException e) {
            // the library jar alone: no governor
        }
    }

    private static int run(String[] args) {
        Path script = Path.of(args[0]).toAbsolutePath().normalize();
        byte[] source;
        try {
            source = Files.readAllBytes(script);
        } catch (IOException e) {
            System.err.println("SuiteRunner: can't open " + script + ": " + e.getMessage());
            return 2;
        }
        List<String> path = new ArrayList<>();
        path.add(script.getParent().toString());
        Path stdlib = StdlibLocation.get();
        if (stdlib != null) path.add(stdlib.toString());
        Interpreter interp = new Interpreter(System.out, System.err, Path.of("").toAbsolutePath(),
                List.of(args), path);
        TraceFunction ignore = (self, frame, what, arg) -> { }; // the cost of delivering events, nothing more
        interp.builtinsModule.dict.put(PyStr.of("_pyjama_java_settrace"),
                new PyBuiltinFunction("_pyjama_java_settrace", null, null, (a, kw) -> {
                    Legacy.setTrace(interp.monitoring, ignore, PyNone.NONE);
                    return PyNone.NONE;
                }));
        PyCode code = Importer.compile(source, script.toString(), interp);
        return interp.runMain(code, script.toString());
    }
}
