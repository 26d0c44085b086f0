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

/** Running a script or -c compiles it: compile-time SyntaxErrors come out as CPython prints them. */
class LauncherCompileTest {

    private static final String[] PROGRAMS = {
        "x = 1\nreturn x\n",
        "def f():\n    nonlocal y\n",
        "def g():\n    x = 1\n    global x\n",
        "async def h():\n    yield 1\n    return 2\n",
        "class C:\n    await x\n",
    };

    @Test
    void compileErrorsOfScriptsAndCommandsAreCPythons() throws Exception {
        Path dir = Files.createTempDirectory("launcher-compile");
        try {
            for (String program : PROGRAMS) {
                Files.writeString(dir.resolve("p.py"), program);
                String expected = CPython313.run(
                        "import subprocess, sys\n"
                        + "for args in (['p.py'], ['-c', open(sys.argv[1] + '/p.py').read()]):\n"
                        + "    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=sys.argv[1])\n"
                        + "    print(r.returncode); print(r.stderr, end='')\n",
                        null, dir.toString());
                StringBuilder ours = new StringBuilder();
                for (String[] args : new String[][] {{"p.py"}, {"-c", program}}) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
                    int status = Main.run(args, dir, new ByteArrayInputStream(new byte[0]),
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8));
                    ours.append(status).append('\n').append(err.toString(StandardCharsets.UTF_8));
                }
                assertEquals(expected, ours.toString(), program);
            }
        } finally {
            Files.deleteIfExists(dir.resolve("p.py"));
            Files.delete(dir);
        }
    }
}
