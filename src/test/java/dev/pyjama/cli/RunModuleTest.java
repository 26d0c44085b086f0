package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyjama -m NAME args}: the same stdout, stderr and exit status as {@code python3.13 -m
 * NAME args} run in the same folder (modules, packages with and without {@code __main__},
 * missing names, builtin modules, relative names, 'x.py', a traceback through runpy's frames).
 * The executable's path and the cache tag are the only differences allowed.
 *
 * <p>Not yet here: a package whose {@code __init__} raises ({@code -m broken}) prints the same
 * exception, but CPython's traceback also shows runpy's {@code _get_module_details} frames,
 * which pyjama's Java search does not have.
 */
class RunModuleTest {
    @TempDir
    static Path dir;

    private static void files() throws IOException {
        if (Files.exists(dir.resolve("ok.py"))) return;
        Files.writeString(dir.resolve("boom.py"), "def f():\n    1/0\nf()\n");
        Files.writeString(dir.resolve("ok.py"), "import sys\nprint(__name__, __file__, __cached__, repr(__package__),"
                + " __spec__.name, __spec__.parent, __doc__, sys.argv, sys.path[0])\n");
        Files.createDirectories(dir.resolve("pkg/sub"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "print('init', __name__)\n");
        Files.writeString(dir.resolve("pkg/__main__.py"), "import sys\nprint('main', __name__, __package__, __spec__.name,"
                + " sys.argv[0])\n");
        Files.writeString(dir.resolve("pkg/sub/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/sub/leaf.py"), "print('leaf', __name__, __package__, __spec__.name)\n");
        Files.createDirectories(dir.resolve("nomain"));
        Files.writeString(dir.resolve("nomain/__init__.py"), "print('init2')\n");
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/__init__.py"), "raise ValueError('bad init')\n");
        Files.writeString(dir.resolve("exits.py"), "import sys\nsys.exit('bye')\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"boom", "ok", "pkg", "pkg.__main__", "pkg.sub.leaf", "pkg.sub", "nomain", "nomain.__main__",
            "nosuch", "pkg.nosuch", "nosuch.x", "sys", "ok.py", ".rel", "exits", "__main__"})
    void sameAsCPython(String module) throws Exception {
        CPython313.require();
        files();
        String exe = dev.pyjama.tools.CPython.find().executable();
        List<String> cmd = new ArrayList<>(List.of(exe, "-m", module, "a", "b"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON") || k.equals("PYENV_VERSION"));
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path outFile = Files.createTempFile("cpy", ".out"), errFile = Files.createTempFile("cpy", ".err");
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("CPython timed out");
        String expected = "exit " + p.exitValue() + "\n" + Files.readString(outFile) + "---\n"
                + Files.readString(errFile).replace("cpython-313", "pyjama-313").replace(exe, "EXE");

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = {0};
        Path real = dir.toRealPath();
        Thread t = new Thread(null, () -> status[0] = Main.run(new String[] {"-m", module, "a", "b"}, real,
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), "MainThread", 1L << 28);
        t.start();
        t.join();
        String actual = "exit " + status[0] + "\n" + out.toString(StandardCharsets.UTF_8).replace("pyjama-313", "cpython-313")
                + "---\n" + err.toString(StandardCharsets.UTF_8).replace(Options.executable(), "EXE");
        assertEquals(expected, actual);
        Files.delete(outFile);
        Files.delete(errFile);
    }
}
