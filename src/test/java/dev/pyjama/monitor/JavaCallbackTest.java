package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java side of sys.monitoring: callbacks written in Java, registered on the interpreter's
 * {@link Monitoring}, receive the same events, in the same order and with the same arguments,
 * as Python callbacks; DISABLE and restart work for them too.
 */
class JavaCallbackTest {
    private static final String PROGRAM = String.join("\n",
            "def square(x):",
            "    y = x * x",
            "    return y",
            "",
            "def loop(n):",
            "    total = 0",
            "    for i in range(n):",
            "        total += square(i)",
            "    return total",
            "",
            "print(loop(2))",
            "");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Interpreter interp = new Interpreter(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(OutputStream.nullOutputStream()), Path.of("."), List.of("t.py"), List.of("."));
    private final Monitoring mon = interp.monitoring;
    private final List<String> log = new ArrayList<>();

    private static PyCode compile(String source) {
        ParserContext ctx = new ParserContext("t.py", ParserContext.Mode.FILE, false, false, Path.of("."),
                new PrintStream(OutputStream.nullOutputStream()));
        return Compiler.compile(FrontEnd.parse(source.getBytes(StandardCharsets.UTF_8), ctx), new CompileContext(ctx), 0, 0);
    }

    private MonitorCallback recorder(String name, PyObject result) {
        return (event, code, location, args) -> {
            StringBuilder sb = new StringBuilder(name).append(' ').append(code.name).append(' ').append(location.repr());
            for (PyObject a : args) sb.append(' ').append(dev.pyjama.interp.Abstract.repr(a).value());
            log.add(sb.toString().replaceAll(" at 0x[0-9a-f]+", ""));
            return result;
        };
    }

    /** The program's code, compiled once: DISABLE applies to code objects, which later runs share. */
    private final PyCode code = compile(PROGRAM);

    private void run() {
        assertEquals(0, interp.runMain(code, "t.py"));
        assertEquals("1\n", out.toString(StandardCharsets.UTF_8));
        out.reset();
    }

    /**
     * What CPython 3.13 logs for {@link #PROGRAM} run {@code runs} times with Python callbacks
     * doing what {@link #recorder} does, {@code restart} runs restarting events before they run.
     */
    private static List<String> cpythonLog(String setup, int runs, int restartAt) {
        String script = String.join("\n",
                "import re, sys",
                "mon = sys.monitoring",
                "E = mon.events",
                "log = []",
                "def recorder(name, result):",
                "    def cb(code, location, *args):",
                "        if code.co_filename != 't.py':",
                "            return",
                "        entry = ' '.join([name, code.co_name, repr(location)] + [repr(a) for a in args])",
                "        log.append(re.sub(' at 0x[0-9a-f]+', '', entry))",
                "        return result",
                "    return cb",
                "source = " + PyStr.repr(PROGRAM),
                "code = compile(source, 't.py', 'exec')",
                "import io, contextlib",
                setup,
                "for i in range(" + runs + "):",
                "    if i == " + restartAt + ":",
                "        mon.restart_events()",
                "    with contextlib.redirect_stdout(io.StringIO()):",
                "        exec(code, {'__name__': '__main__'})",
                "    log.append('--')",
                "print('\\n'.join(log))",
                "");
        return List.of(dev.pyjama.testing.CPython313.run(script, null).split("\n"));
    }

    private void runLogged(int runs, int restartAt) {
        for (int i = 0; i < runs; i++) {
            if (i == restartAt) mon.restartEvents();
            run();
            log.add("--");
        }
    }

    @Test
    void javaCallbacksReceiveTheEventsPythonCallbacksWould() {
        dev.pyjama.testing.CPython313.require();
        int tool = MonitoringEvents.PROFILER_ID;
        assertTrue(mon.useTool(tool, PyStr.of("java profiler")));
        mon.registerJavaCallback(tool, MonitoringEvents.PY_START, recorder("start", null));
        mon.registerJavaCallback(tool, MonitoringEvents.PY_RETURN, recorder("return", null));
        mon.registerJavaCallback(tool, MonitoringEvents.CALL, recorder("call", null));
        mon.setEvents(tool, 1 << MonitoringEvents.PY_START | 1 << MonitoringEvents.PY_RETURN | 1 << MonitoringEvents.CALL);
        runLogged(1, -1);
        assertEquals(cpythonLog(String.join("\n",
                "mon.use_tool_id(2, 'p')",
                "mon.register_callback(2, E.PY_START, recorder('start', None))",
                "mon.register_callback(2, E.PY_RETURN, recorder('return', None))",
                "mon.register_callback(2, E.CALL, recorder('call', None))",
                "mon.set_events(2, E.PY_START | E.PY_RETURN | E.CALL)"), 1, -1), log);
    }

    @Test
    void disableStopsALocationUntilRestart() {
        dev.pyjama.testing.CPython313.require();
        int tool = MonitoringEvents.COVERAGE_ID;
        mon.useTool(tool, PyStr.of("java coverage"));
        mon.registerJavaCallback(tool, MonitoringEvents.LINE, recorder("line", MonitoringModule.DISABLE));
        mon.registerJavaCallback(tool, MonitoringEvents.BRANCH, recorder("branch", MonitoringModule.DISABLE));
        mon.setEvents(tool, 1 << MonitoringEvents.LINE | 1 << MonitoringEvents.BRANCH);
        runLogged(3, 2);
        List<String> expected = cpythonLog(String.join("\n",
                "mon.use_tool_id(1, 'c')",
                "mon.register_callback(1, E.LINE, recorder('line', mon.DISABLE))",
                "mon.register_callback(1, E.BRANCH, recorder('branch', mon.DISABLE))",
                "mon.set_events(1, E.LINE | E.BRANCH)"), 3, 2);
        assertEquals(expected, log);
        assertTrue(log.indexOf("--") > 3 && log.get(log.indexOf("--") + 1).equals("--"),
                "the second run logs nothing: " + log);
    }
}
