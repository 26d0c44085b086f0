package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.objects.PyHash;
import dev.pyjama.testing.CPython313;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * bytes, bytearray and the codecs beyond what the exec fixtures cover (every method and its
 * errors, slice assignment, %-formatting, utf-16/32, each error handler on each codec,
 * UnicodeError fields): pyjama in-process and CPython 3.13 must print the same.
 */
class BytesParityTest {
    static final String[] PROGRAMS = {"bytes_methods.py", "codecs.py", "codecs_more.py"};

    @Test
    void programsBehaveAsInCPython() throws Exception {
        CPython313.require();
        PyHash.useSeed(0);
        Path dir = Files.createTempDirectory("bytes");
        try {
            for (String name : PROGRAMS) {
                Path file = dir.resolve(name);
                try (InputStream in = BytesParityTest.class.getResourceAsStream("/bytes/" + name)) {
                    Files.write(file, in.readAllBytes());
                }
                String expected = CPython313.run(
                        "import subprocess, sys, os\n"
                        + "env = dict(os.environ, PYTHONHASHSEED='0')\n"
                        + "r = subprocess.run([sys.executable, sys.argv[2]], capture_output=True, text=True, cwd=sys.argv[1], env=env)\n"
                        + "print(r.returncode); print(r.stdout, end=''); print('--stderr--'); print(r.stderr, end='')\n",
                        null, dir.toString(), name);
                assertEquals(expected, EvalEndToEndTest.runPyjama(dir, name), name);
                Files.delete(file);
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }
}
