package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyStr;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import dev.pyjama.testing.CPython313;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's settrace and setprofile tests: a trace (or profile) function written in Java,
 * installed with {@link Legacy#setTrace} / {@link Legacy#setProfile}, sees exactly the event
 * sequence a Python trace function sees in CPython 3.13 for the same program.
 */
class LegacyTraceTest {
    private static final String PROGRAM = String.join("\n",
            "def square(x):",
            "    y = x * x",
            "    return y",
            "",
            "def loop(n):",
            "    total = 0",
            "    for i in range(n):",
            "        total += square(i)",
            "    try:",
            "        {}['k']",
            "    except KeyError:",
            "        pass",
            "    return len([total])",
            "",
            "loop(2)",
            "");
    private static final String[] WHAT = {"call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"};

    private final Interpreter interp = new Interpreter(new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(OutputStream.nullOutputStream()), Path.of("."), List.of("t.py"), List.of("."));
    private final List<String> log = new ArrayList<>();

    private static PyCode compile(String source) {
        ParserContext ctx = new ParserContext("t.py", ParserContext.Mode.FILE, false, false, Path.of("."),
                new PrintStream(OutputStream.nullOutputStream()));
        return Compiler.compile(FrontEnd.parse(source.getBytes(StandardCharsets.UTF_8), ctx), new CompileContext(ctx), 0, 0);
    }

    /** CPython's log: the program run under a Python trace or profile function printing the same lines. */
    private static List<String> cpython(String install) {
        String script = String.join("\n",
                "import sys",
                "log = []",
                "def fn(frame, event, arg):",
                "    if frame.f_code.co_filename == 't.py':",
                "        log.append('%s %s %d' % (event, frame.f_code.co_name, frame.f_lineno))",
                "    return fn",
                "code = compile(" + PyStr.repr(PROGRAM) + ", 't.py', 'exec')",
                install + "(fn)",
                "exec(code, {'__name__': '__main__'})",
                install + "(None)",
                "print('\\n'.join(log))",
                "");
        return List.of(CPython313.run(script, null).split("\n"));
    }

    private final TraceFunction javaFunction = (obj, frame, what, arg) -> {
        if (frame.code.filename.equals("t.py")) log.add(WHAT[what] + " " + frame.code.name + " " + frame.lineno());
    };

    @Test
    void aJavaTraceFunctionSeesWhatAPythonOneSeesInCPython() {
        CPython313.require();
        Legacy.setTrace(interp.monitoring, javaFunction, PyNone.NONE);
        // A Java trace function has no f_trace to return: it gets every event of every frame, as
        // CPython's C-level Py_tracefunc does; the Python side returns itself to match.
        interp.runMain(compile(PROGRAM), "t.py");
        Legacy.setTrace(interp.monitoring, null, null);
        assertEquals(cpython("sys.settrace"), log);
    }

    @Test
    void aJavaProfileFunctionSeesWhatAPythonOneSeesInCPython() {
        CPython313.require();
        Legacy.setProfile(interp.monitoring, javaFunction, PyNone.NONE);
        interp.runMain(compile(PROGRAM), "t.py");
        Legacy.setProfile(interp.monitoring, null, null);
        assertEquals(cpython("sys.setprofile"), log);
    }
}
