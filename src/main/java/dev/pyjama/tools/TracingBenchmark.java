package dev.pyjama.tools;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.monitor.Legacy;
import dev.pyjama.monitor.MonitorCallback;
import dev.pyjama.monitor.MonitoringEvents;
import dev.pyjama.monitor.MonitoringModule;
import dev.pyjama.monitor.TraceFunction;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyStr;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The warm cost of sys.monitoring and legacy tracing (issues 6 and 7): one program of
 * bench/programs under one set-up, timed inside the process after warm-up. The same Python
 * driver ({@link #DRIVER}) runs under CPython 3.13 (with {@code time.perf_counter_ns} as its
 * clock) and under pyjama (with a Java clock, since pyjama has no {@code time} module yet), so
 * both sides measure the same thing: executing the program's compiled code in a fresh
 * namespace, ROUNDS times after WARM rounds, with the set-up's prelude run once before.
 * Two set-ups exist only on pyjama: a Java {@link TraceFunction} under {@code settrace}
 * ({@code java-trace}) and a Java {@link MonitorCallback} that returns DISABLE for LINE
 * ({@code java-disable}). Prints the median round in seconds.
 *
 * <p>Usage: {@code TracingBenchmark SETUP PROGRAM.py WARM ROUNDS} (run by bench/tracing-warm), or
 * {@code TracingBenchmark --source SETUP}: the prelude and driver, for CPython's side.
 */
public final class TracingBenchmark {
    private TracingBenchmark() {}

    /** The Python side: {@code _clock}, {@code _SRC}, {@code _NAME}, {@code _WARM}, {@code _ROUNDS} are given. */
    public static final String DRIVER = String.join("\n",
            "_code = compile(_SRC, _NAME, 'exec')",
            "_times = []",
            "for _r in range(_WARM + _ROUNDS):",
            "    _ns = {'__name__': '__bench__', 'print': lambda *a, **k: None}",
            "    _t = _clock()",
            "    exec(_code, _ns)",
            "    _times.append(_clock() - _t)",
            "_times = sorted(_times[_WARM:])",
            "_result = _times[len(_times) // 2] / 1e9",
            "");

    /** Each set-up's prelude, run once before the driver (empty for the Java set-ups). */
    public static String prelude(String setup) {
        String m = "import sys as _s\n_m = _s.monitoring\n_E = _m.events\n";
        return switch (setup) {
            case "untraced", "java-trace", "java-disable" -> "";
            case "idle-tool" -> m + "_m.use_tool_id(1, 'bench')\n";
            case "line-off" -> m + "_m.use_tool_id(1, 'bench')\n_m.register_callback(1, _E.LINE, lambda c, l: None)\n"
                    + "_m.set_events(1, _E.LINE)\n_m.set_events(1, 0)\n";
            case "disable" -> m + "_m.use_tool_id(1, 'bench')\n_m.register_callback(1, _E.LINE, lambda c, l: _m.DISABLE)\n"
                    + "_m.set_events(1, _E.LINE)\n";
            case "line-on" -> m + "_m.use_tool_id(1, 'bench')\n_m.register_callback(1, _E.LINE, lambda c, l: None)\n"
                    + "_m.set_events(1, _E.LINE)\n";
            case "settrace" -> "import sys as _s\ndef _tr(f, e, a): return _tr\n_s.settrace(_tr)\n";
            case "setprofile" -> "import sys as _s\n_s.setprofile(lambda f, e, a: None)\n";
            default -> throw new IllegalArgumentException("unknown set-up " + setup);
        };
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--source")) { // the text CPython's side runs
            System.out.print(prelude(args[1]) + DRIVER);
            return;
        }
        String setup = args[0];
        Path program = Path.of(args[1]);
        int warm = Integer.parseInt(args[2]), rounds = Integer.parseInt(args[3]);
        double[] result = new double[1];
        Thread t = new Thread(null, () -> result[0] = run(setup, program, warm, rounds), "bench", 1L << 28);
        t.start();
        t.join();
        System.out.printf("%.4f%n", result[0]);
    }

    private static double run(String setup, Path program, int warm, int rounds) {
        PrintStream nul = new PrintStream(OutputStream.nullOutputStream());
        Interpreter interp = new Interpreter(nul, System.err, Path.of("."), List.of(program.toString()), List.of("."));
        var b = interp.builtinsModule.dict;
        String src;
        try {
            src = Files.readString(program);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        b.put(PyStr.of("_clock"), new PyBuiltinFunction("_clock", null, null, (a, kw) -> PyInt.of(System.nanoTime())));
        b.put(PyStr.of("_SRC"), PyStr.of(src));
        b.put(PyStr.of("_NAME"), PyStr.of(program.toString()));
        b.put(PyStr.of("_WARM"), PyInt.of(warm));
        b.put(PyStr.of("_ROUNDS"), PyInt.of(rounds));
        if (setup.equals("java-trace")) {
            TraceFunction ignore = (self, frame, what, arg) -> { }; // the cost of delivering events, nothing more
            Legacy.setTrace(interp.monitoring, ignore, PyNone.NONE);
        } else if (setup.equals("java-disable")) {
            MonitorCallback disable = (event, code, location, rest) -> MonitoringModule.DISABLE;
            interp.monitoring.useTool(1, PyStr.of("bench"));
            interp.monitoring.registerJavaCallback(1, MonitoringEvents.LINE, disable);
            interp.monitoring.setEvents(1, 1 << MonitoringEvents.LINE);
        }
        String whole = prelude(setup) + DRIVER;
        PyCode code = Importer.compile(whole.getBytes(StandardCharsets.UTF_8), "<bench>", interp);
        if (interp.runMain(code, null) != 0) throw new IllegalStateException("the benchmark failed");
        var main = (dev.pyjama.objects.PyModule) interp.modules.get(PyStr.of("__main__"));
        return ((dev.pyjama.objects.PyFloat) main.dict.get(PyStr.of("_result"))).value;
    }
}
