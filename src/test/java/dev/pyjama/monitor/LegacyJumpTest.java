package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.interp.FrameJump;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
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
 * The seed's jump test: a trace function written in Java sets {@code f_lineno} (through the
 * frame's f_lineno setter, {@link FrameJump#setLineno}) and execution goes on at the new line
 * when it returns; refused jumps raise CPython's ValueErrors. The program prints what ran.
 */
class LegacyJumpTest {
    // line numbers: f's body is lines 3-5, g's for loop 8-10, h's try 13-17
    private static final String PROGRAM = String.join("\n",
            "out = []",
            "def f():",
            "    out.append(1)",
            "    out.append(2)",
            "    out.append(3)",
            "def g():",
            "    out.append('g')",
            "    for i in 1, 2:",
            "        out.append(i)",
            "    out.append(10)",
            "def h():",
            "    x = 12",
            "    try:",
            "        out.append(14)",
            "    except KeyError:",
            "        out.append(16)",
            "    return x",
            "f()",
            "g()",
            "out.append(h())",
            "print(out)",
            "");

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
    private final Interpreter interp = new Interpreter(new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8), Path.of("."), List.of("t.py"), List.of("."));
    private final List<String> refusals = new ArrayList<>();

    private static PyCode compile(String source) {
        ParserContext ctx = new ParserContext("t.py", ParserContext.Mode.FILE, false, false, Path.of("."),
                new PrintStream(OutputStream.nullOutputStream()));
        return Compiler.compile(FrontEnd.parse(source.getBytes(StandardCharsets.UTF_8), ctx), new CompileContext(ctx), 0, 0);
    }

    /** A Java trace function that, at event {@code what} on line {@code from} of code {@code name}, jumps to {@code to}. */
    private TraceFunction jumper(String name, int what, int from, PyObject to) {
        boolean[] done = {false};
        return (obj, frame, event, arg) -> {
            if (done[0] || !frame.code.name.equals(name) || event != what || frame.lineno() != from) return;
            done[0] = true;
            try {
                FrameJump.setLineno(frame, to);
            } catch (PyException e) {
                refusals.add(e.pyType() + ": " + e.pyMessage());
            }
        };
    }

    private String run(TraceFunction fn) {
        Legacy.setTrace(interp.monitoring, fn, PyNone.NONE);
        interp.runMain(compile(PROGRAM), "t.py");
        Legacy.setTrace(interp.monitoring, null, null);
        return stdout.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aForwardJumpSkipsLines() {
        assertEquals("[3, 'g', 1, 2, 10, 14, 12]", run(jumper("f", Legacy.LINE, 3, PyInt.of(5))));
        assertEquals(List.of(), refusals);
    }

    @Test
    void aBackwardJumpRunsLinesAgain() {
        assertEquals("[1, 1, 2, 3, 'g', 1, 2, 10, 14, 12]", run(jumper("f", Legacy.LINE, 4, PyInt.of(3))));
    }

    @Test
    void leavingAForLoopPopsItsIterator() {
        assertEquals("[1, 2, 3, 'g', 10, 14, 12]", run(jumper("g", Legacy.LINE, 9, PyInt.of(10))));
    }

    @Test
    void unboundLocalsBecomeNoneWithARuntimeWarning() {
        assertEquals("[1, 2, 3, 'g', 1, 2, 10, 14, None]", run(jumper("h", Legacy.LINE, 12, PyInt.of(14))));
        String warning = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(warning.startsWith("t.py:12: RuntimeWarning: assigning None to 1 unbound local\n"), warning);
    }

    @Test
    void refusedJumpsRaiseCPythonsErrors() {
        String unjumped = "[1, 2, 3, 'g', 1, 2, 10, 14, 12]";
        assertEquals(unjumped, run(jumper("g", Legacy.LINE, 7, PyInt.of(9))));
        stdout.reset();
        assertEquals(unjumped, run(jumper("h", Legacy.LINE, 14, PyInt.of(16))));
        stdout.reset();
        assertEquals(unjumped, run(jumper("f", Legacy.CALL, 2, PyInt.of(4))));
        stdout.reset();
        assertEquals(unjumped, run(jumper("f", Legacy.RETURN, 5, PyInt.of(3))));
        stdout.reset();
        assertEquals(unjumped, run(jumper("f", Legacy.LINE, 3, PyInt.of(30))));
        stdout.reset();
        assertEquals(unjumped, run(jumper("f", Legacy.LINE, 3, PyInt.of(1))));
        stdout.reset();
        assertEquals(unjumped, run(jumper("f", Legacy.LINE, 3, PyStr.of("4"))));
        assertEquals(List.of(
                "ValueError: can't jump into the body of a for loop",
                "ValueError: can't jump into an 'except' block as there's no exception",
                "ValueError: can't jump from the 'call' trace event of a new frame",
                "ValueError: can only jump from a 'line' trace event",
                "ValueError: line 30 comes after the current code block",
                "ValueError: line 1 comes before the current code block",
                "ValueError: lineno must be an integer"), refusals);
    }

    @Test
    void noJumpOutsideATraceFunction() {
        PyFrame[] seen = new PyFrame[1];
        run((obj, frame, event, arg) -> {
            if (frame.code.name.equals("f")) seen[0] = frame;
        });
        PyException e = assertThrows(PyException.class, () -> FrameJump.setLineno(seen[0], PyInt.of(4)));
        assertEquals("ValueError: f_lineno can only be set in a trace function", e.pyType() + ": " + e.pyMessage());
    }
}
