package dev.pyjama.monitor;

import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.interp.Interpreter;
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

/**
 * What {@link LegacySettraceTest} and {@link LegacySetprofileTest} share: a fixture program,
 * a trace function written in Java that logs "event function line" for it, and the same log
 * made by a Python function under CPython 3.13.
 */
final class LegacyEventLog {
    static final String PROGRAM = String.join("\n",
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

    final Interpreter interp = new Interpreter(new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(OutputStream.nullOutputStream()), Path.of("."), List.of("t.py"), List.of("."));
    final List<String> log = new ArrayList<>();

    static PyCode compile(String source) {
        ParserContext ctx = new ParserContext("t.py", ParserContext.Mode.FILE, false, false, Path.of("."),
                new PrintStream(OutputStream.nullOutputStream()));
        return Compiler.compile(FrontEnd.parse(source.getBytes(StandardCharsets.UTF_8), ctx), new CompileContext(ctx), 0, 0);
    }

    /** CPython's log: the program run under a Python trace or profile function printing the same lines. */
    static List<String> cpython(String install) {
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

    final TraceFunction javaFunction = (obj, frame, what, arg) -> {
        if (frame.code.filename.equals("t.py")) log.add(WHAT[what] + " " + frame.code.name + " " + frame.lineno());
    };
}
