package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.objects.PyNone;
import dev.pyjama.testing.CPython313;
import org.junit.jupiter.api.Test;

/**
 * The seed's LegacySettraceTest: a trace function written in Java, installed with
 * {@link Legacy#setTrace}, receives exactly the event sequence (call, line, line, ...,
 * exception, c_call is not among them, return) that a Python trace function receives in
 * CPython 3.13 for the same program. Also the seed's gate: settrace calls back on every line.
 */
class LegacySettraceTest {
    private final LegacyEventLog run = new LegacyEventLog();

    @Test
    void aJavaTraceFunctionSeesWhatAPythonOneSeesInCPython() {
        CPython313.require();
        Legacy.setTrace(run.interp.monitoring, run.javaFunction, PyNone.NONE);
        // A Java trace function has no f_trace to return: it gets every event of every frame, as
        // CPython's C-level Py_tracefunc does; the Python side returns itself to match.
        run.interp.runMain(LegacyEventLog.compile(LegacyEventLog.PROGRAM), "t.py");
        Legacy.setTrace(run.interp.monitoring, null, null);
        assertEquals(LegacyEventLog.cpython("sys.settrace"), run.log);
    }

    @Test
    void settraceCallsBackOnEveryLineOfTheFunction() {
        // The seed's gate, without CPython: every line of square() (2 and 3) is reported, per call.
        Legacy.setTrace(run.interp.monitoring, run.javaFunction, PyNone.NONE);
        run.interp.runMain(LegacyEventLog.compile(LegacyEventLog.PROGRAM), "t.py");
        Legacy.setTrace(run.interp.monitoring, null, null);
        java.util.List<String> square = run.log.stream().filter(l -> l.contains(" square ")).toList();
        assertEquals(java.util.List.of(
                "call square 1", "line square 2", "line square 3", "return square 3",
                "call square 1", "line square 2", "line square 3", "return square 3"), square);
    }
}
