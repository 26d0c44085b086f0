package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
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
 * PEP 669's C API ({@link MonitoringCApi}) on pyjama's engine: scopes arm their sites from the
 * global event sets only when the monitoring version moved, events reach the tools active at
 * the site with CPython's arguments, DISABLE takes a tool off one site (or is a ValueError that
 * removes the callback for the events that cannot be disabled), and an exception event without
 * an exception is CPython's ValueError. The Python side (_testcapi) is checked against CPython
 * 3.13 by the parity fixtures tests/parity/monitoring/capi_*.py and by test_monitoring.
 */
class MonitoringCApiTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Interpreter interp = new Interpreter(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(OutputStream.nullOutputStream()), Path.of("."), List.of("t.py"), List.of("."));
    private final Monitoring mon = interp.monitoring;
    private final List<String> log = new ArrayList<>();
    /** Any object serves as a code-like: the API passes it through to the callbacks. */
    private final PyObject codeLike = PyStr.of("codelike");

    private MonitorCallback recorder(String name, PyObject result) {
        return (event, code, location, args) -> {
            StringBuilder sb = new StringBuilder(name).append(' ').append(code == null ? "null" : code.name)
                    .append(' ').append(location.repr());
            for (PyObject a : args) sb.append(' ').append(dev.pyjama.interp.Abstract.repr(a).value());
            log.add(sb.toString());
            return result;
        };
    }

    private static MonitoringCApi.State[] states(int n) {
        MonitoringCApi.State[] s = new MonitoringCApi.State[n];
        for (int i = 0; i < n; i++) s[i] = new MonitoringCApi.State();
        return s;
    }

    @Test
    void aScopeReadsTheGlobalEventsOnlyWhenTheVersionMoved() {
        MonitoringCApi.State[] s = states(2);
        long[] version = {0};
        int[] events = {MonitoringEvents.PY_START, MonitoringEvents.PY_RETURN};
        MonitoringCApi.enterScope(mon, s, version, events);
        assertEquals(0, s[0].active, "no event was ever set: version 0 is current");
        mon.useTool(3, PyStr.of("t"));
        mon.setEvents(3, 1 << MonitoringEvents.PY_START);
        MonitoringCApi.enterScope(mon, s, version, events);
        assertEquals(1 << 3, s[0].active);
        assertEquals(0, s[1].active);
        s[0].active = 0; // as a DISABLE would
        MonitoringCApi.enterScope(mon, s, version, events);
        assertEquals(0, s[0].active, "same version: the state is kept");
        mon.restartEvents();
        MonitoringCApi.enterScope(mon, s, version, events);
        assertEquals(1 << 3, s[0].active, "a new version re-arms it");
        assertThrows(PyException.class, () -> MonitoringCApi.enterScope(mon, states(1), new long[] {-1}, new int[] {17}));
    }

    @Test
    void eventsReachTheActiveToolsWithTheCodeLikeAndOffset() {
        mon.useTool(1, PyStr.of("a"));
        mon.useTool(4, PyStr.of("b"));
        mon.registerJavaCallback(1, MonitoringEvents.CALL, recorder("call1", null));
        mon.registerJavaCallback(4, MonitoringEvents.CALL, recorder("call4", null));
        mon.registerJavaCallback(4, MonitoringEvents.LINE, recorder("line4", null));
        MonitoringCApi.State st = new MonitoringCApi.State();
        st.active = 1 << 1 | 1 << 4;
        MonitoringCApi.fire(mon, st, codeLike, 3, MonitoringEvents.CALL, PyStr.of("f"), PyInt.of(7));
        MonitoringCApi.fireLine(mon, st, codeLike, 3, 42);
        // highest tool first, Java callbacks see no PyCode for a code-like
        assertEquals(List.of("call4 null 3 'f' 7", "call1 null 3 'f' 7", "line4 null 42"), log);
        assertEquals(1 << 1 | 1 << 4, st.active);
        st.active = 0;
        log.clear();
        MonitoringCApi.fire(mon, st, codeLike, 3, MonitoringEvents.CALL, PyStr.of("f"), PyInt.of(7));
        assertEquals(List.of(), log, "an inactive site fires nothing");
        st.active = 1 << 1;
        PyException e = assertThrows(PyException.class, () -> MonitoringCApi.fire(mon, st, codeLike, -1, MonitoringEvents.CALL,
                PyStr.of("f"), PyInt.of(7)));
        assertEquals("offset must be non-negative", e.pyMessage());
    }

    @Test
    void disableTakesTheToolOffTheSiteOnly() {
        mon.useTool(2, PyStr.of("a"));
        mon.useTool(5, PyStr.of("b"));
        mon.registerJavaCallback(2, MonitoringEvents.PY_YIELD, recorder("y2", MonitoringModule.DISABLE));
        mon.registerJavaCallback(5, MonitoringEvents.PY_YIELD, recorder("y5", null));
        MonitoringCApi.State st = new MonitoringCApi.State(), other = new MonitoringCApi.State();
        st.active = other.active = 1 << 2 | 1 << 5;
        MonitoringCApi.fire(mon, st, codeLike, 0, MonitoringEvents.PY_YIELD, PyInt.of(1));
        assertEquals(1 << 5, st.active);
        assertEquals(1 << 2 | 1 << 5, other.active);
        MonitoringCApi.fire(mon, st, codeLike, 0, MonitoringEvents.PY_YIELD, PyInt.of(2));
        assertEquals(List.of("y5 null 0 1", "y2 null 0 1", "y5 null 0 2"), log);
    }

    @Test
    void exceptionEventsNeedAnExceptionAndCannotBeDisabled() {
        mon.useTool(0, PyStr.of("a"));
        MonitoringCApi.State st = new MonitoringCApi.State();
        MonitoringCApi.fireException(mon, st, codeLike, 0, MonitoringEvents.RAISE, null); // inactive: not even checked
        st.active = 1;
        PyException missing = assertThrows(PyException.class,
                () -> MonitoringCApi.fireException(mon, st, codeLike, 0, MonitoringEvents.PY_UNWIND, null));
        assertEquals("ValueError", missing.pyType());
        assertEquals("Firing event 12 with no exception set", missing.pyMessage());
        MonitorCallback disabler = recorder("raise", MonitoringModule.DISABLE);
        mon.registerJavaCallback(0, MonitoringEvents.RAISE, disabler);
        PyBaseException exc = new PyBaseException(ExceptionTypes.KEY_ERROR, PyTuple.of(PyInt.of(5)));
        PyException e = assertThrows(PyException.class,
                () -> MonitoringCApi.fireException(mon, st, codeLike, 0, MonitoringEvents.RAISE, exc));
        assertEquals("Cannot disable RAISE events. Callback removed.", e.pyMessage());
        assertNull(mon.javaCallback(0, MonitoringEvents.RAISE));
        assertEquals(List.of("raise null 0 KeyError(5)"), log);
    }

    @Test
    void stopIterationGetsTheValueAsAStopIteration() {
        mon.useTool(0, PyStr.of("a"));
        List<PyObject> seen = new ArrayList<>();
        mon.registerJavaCallback(0, MonitoringEvents.STOP_ITERATION, (ev, code, loc, args) -> {
            seen.add(args[0]);
            return null;
        });
        MonitoringCApi.State st = new MonitoringCApi.State();
        st.active = 1;
        PyBaseException given = new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.of(PyInt.of(8)));
        MonitoringCApi.fireStopIteration(mon, st, codeLike, 0, PyInt.of(7));
        MonitoringCApi.fireStopIteration(mon, st, codeLike, 0, given);
        MonitoringCApi.fireStopIteration(mon, st, codeLike, 0, null);
        assertEquals("StopIteration(7)", seen.get(0).repr());
        assertSame(given, seen.get(1));
        assertEquals("StopIteration()", seen.get(2).repr());
    }

    private String runPython(String program) {
        ParserContext ctx = new ParserContext("t.py", ParserContext.Mode.FILE, false, false, Path.of("."),
                new PrintStream(OutputStream.nullOutputStream()));
        PyCode code = Compiler.compile(FrontEnd.parse(program.getBytes(StandardCharsets.UTF_8), ctx), new CompileContext(ctx), 0, 0);
        assertEquals(0, interp.runMain(code, "t.py"));
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    /** The legacy adapters (tools 6 and 7) get the C API's events as CPython's do. */
    @Test
    void profileAndTraceFunctionsSeeCApiEvents() {
        dev.pyjama.testing.CPython313.require();
        String program = String.join("\n",
                "import sys, _testcapi",
                "log = []",
                "def prof(frame, event, arg):",
                "    if event.startswith('c_'):",
                "        log.append((event, getattr(arg, '__name__', arg)))",
                "cl = _testcapi.CodeLike(1)",
                "sys.setprofile(prof)",
                "_testcapi.monitoring_enter_scope(cl, 4)",
                "r = _testcapi.fire_event_call(cl, 0, len, 1)",
                "sys.setprofile(None)",
                "print(r, [e for e in log if e[1] == 'len'])",
                "");
        assertEquals(dev.pyjama.testing.CPython313.run(program, null), runPython(program));
    }

    /**
     * Where CPython's adapters read past their arguments (C_RETURN's callable, an exception
     * event given a non-exception), pyjama's ignore the event instead of failing in Java.
     */
    @Test
    void legacyAdaptersTolerateWhatTheCApiPassesOn() {
        String program = String.join("\n",
                "import sys, _testcapi",
                "def prof(frame, event, arg): pass",
                "def tr(frame, event, arg): return tr",
                "cl = _testcapi.CodeLike(2)",
                "sys.setprofile(prof)",
                "_testcapi.monitoring_enter_scope(cl, 4)",
                "print(_testcapi.fire_event_c_return(cl, 0, 99))",
                "sys.setprofile(None)",
                "sys.settrace(tr)",
                "cl = _testcapi.CodeLike(2)",
                "_testcapi.monitoring_enter_scope(cl, 10, 7)",
                "print(_testcapi.fire_event_raise(cl, 0, 'not an exception'), _testcapi.fire_event_jump(cl, 1, 4))",
                "sys.settrace(None)",
                "");
        assertEquals("64\n128 128\n", runPython(program));
    }

    @Test
    void testcapiHasOnlyWhatCPythonsHas() {
        dev.pyjama.testing.CPython313.require();
        String program = "import _testcapi\nprint(' '.join(sorted(n for n in dir(_testcapi) if not n.startswith('__'))))\n";
        List<String> ours = List.of(runPython(program).strip().split(" "));
        List<String> theirs = List.of(dev.pyjama.testing.CPython313.run(program, null).strip().split(" "));
        assertTrue(ours.size() >= 21, ours.toString());
        for (String name : ours) assertTrue(theirs.contains(name), "_testcapi." + name + " is not CPython's");
    }
}
