package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code -X dis}, {@code -X dump-code} and {@code -m dis} on a .pyc, against CPython's dis and dump script. */
class CodeCommandsTest {

    private static final String SOURCE = String.join("\n",
        "import os",
        "async def f(a, *args, b=2):",
        "    for x in args:",
        "        if x in {'a', 'b', 'c'}:",
        "            return [y async for y in a] if b else (lambda: x)",
        "    return os.path.join(a, f'{b!r:>{a}}')",
        "class C(list):",
        "    def m(self):",
        "        return super().m()",
        "");

    private record Run(int status, String out, String err) {}

    private static Run pyjama(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, cwd, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String noAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+", " at 0x0");
    }

    @Test
    void disAndDumpOfAPycAreCPythons() throws Exception {
        Path dir = Files.createTempDirectory("code-cli");
        try {
            Files.writeString(dir.resolve("m.py"), SOURCE);
            String script = Files.readString(Path.of("tools/parity/cpython_dump_code.py"));
            CPython313.run("import py_compile, os, sys\nos.chdir(sys.argv[1])\npy_compile.compile('m.py', cfile='m.pyc', doraise=True)\n",
                    null, dir.toString());
            String dis = CPython313.run("import marshal, dis, sys\n"
                    + "dis.dis(marshal.loads(open(sys.argv[1], 'rb').read()[16:]), show_caches='-C' in sys.argv)\n",
                    null, dir.resolve("m.pyc").toString());
            String disCaches = CPython313.run("import marshal, dis, sys\n"
                    + "dis.dis(marshal.loads(open(sys.argv[1], 'rb').read()[16:]), show_caches=True)\n",
                    null, dir.resolve("m.pyc").toString());
            String dump = CPython313.run(script, null, dir.resolve("m.pyc").toString());

            Run r = pyjama(dir, "-X", "dis", "m.pyc");
            assertEquals(0, r.status(), r.err());
            assertEquals(noAddresses(dis), noAddresses(r.out()));
            r = pyjama(dir, "-m", "dis", "m.pyc");
            assertEquals(noAddresses(dis), noAddresses(r.out()));
            r = pyjama(dir, "-m", "dis", "-C", "m.pyc");
            assertEquals(noAddresses(disCaches), noAddresses(r.out()));
            r = pyjama(dir, "-X", "dump-code", "m.pyc");
            assertEquals(dump, r.out());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    @Test
    void sourceIsCompiledAndBadUseIsAnError() throws Exception {
        Path dir = Files.createTempDirectory("code-cli");
        try {
            Files.writeString(dir.resolve("m.py"), "x = 1\n");
            Files.writeString(dir.resolve("bad.py"), "x = (\n");
            Run r = pyjama(dir, "-X", "dis", "m.py");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("STORE_NAME               0 (x)"), r.out());
            r = pyjama(dir, "-m", "dis", "bad.py");
            assertEquals(1, r.status());
            assertTrue(r.err().contains("SyntaxError"), r.err());
            r = pyjama(dir, "-X", "dump-code");
            assertEquals(2, r.status());
            r = pyjama(dir, "-X", "dis", "missing.pyc");
            assertEquals(2, r.status());
            Files.write(dir.resolve("junk.pyc"), new byte[] {1, 2, 3, 4, 5});
            r = pyjama(dir, "-X", "dis", "junk.pyc");
            assertEquals(1, r.status());
            assertEquals("ImportError: bad magic number in 'junk.pyc': b'\\x01\\x02\\x03\\x04'\n", r.err());
            r = pyjama(dir, "-m", "dis", "--bogus", "m.pyc");
            assertEquals(2, r.status());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.delete(p);
            }
            Files.delete(dir);
        }
    }
}
