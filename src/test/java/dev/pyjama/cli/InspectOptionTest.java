package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code -i} after a script or a command: the program runs, an uncaught exception (even
 * SystemExit) is reported, then the prompt reads the rest of stdin in the program's namespace;
 * end of input exits with 0. Compared with CPython 3.13 run the same way (the prompt alone is
 * the tests/parity/repl area's).
 */
class InspectOptionTest {
    /** {program, what is typed at the prompt}. */
    private static final String[][] CASES = {
        {"x = 5\nprint('ran')\n", "x + 1\n"},
        {"import sys\nx = 5\nsys.exit(3)\n", "x\n"},
        {"x = 5\n1 / 0\n", "x\nraise SystemExit(7)\n"},
        {"def f():\n    return g()\ndef g():\n    raise KeyError('k')\nf()\n", "f.__name__\n"},
        {"import atexit\natexit.register(print, 'at exit')\n", "print('typed')\n"},
    };

    @Test
    void aProgramThenThePromptAsCPython() throws Exception {
        Path dir = Files.createTempDirectory("inspect-option");
        try {
            for (String[] c : CASES) {
                Files.writeString(dir.resolve("p.py"), c[0]);
                String expected = CPython313.run(
                        "import subprocess, sys\n"
                        + "for args in (['p.py'], ['-c', open(sys.argv[1] + '/p.py').read()]):\n"
                        + "    r = subprocess.run([sys.executable, '-q', '-i', *args], input=sys.argv[2], capture_output=True,"
                        + " text=True, cwd=sys.argv[1])\n"
                        + "    print(r.returncode); print(r.stdout, end='|'); print(r.stderr, end='|')\n",
                        null, dir.toString(), c[1]);
                StringBuilder ours = new StringBuilder();
                for (String[] args : new String[][] {{"-q", "-i", "p.py"}, {"-q", "-i", "-c", c[0]}}) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
                    int status = Main.run(args, dir, new ByteArrayInputStream(c[1].getBytes(StandardCharsets.UTF_8)),
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
                    ours.append(status).append('\n').append(out.toString(StandardCharsets.UTF_8)).append('|')
                            .append(err.toString(StandardCharsets.UTF_8).replace(dir.toString(), "DIR")).append('|');
                }
                assertEquals(expected.replace(dir.toString(), "DIR"), ours.toString(), c[0]);
            }
        } finally {
            Files.deleteIfExists(dir.resolve("p.py"));
            Files.delete(dir);
        }
    }
}
