package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.objects.PyHash;
import dev.pyjama.testing.CPython313;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Programs exercising the object model (reprs, the format-spec mini-language, printf-style
 * formatting, str/list/dict/set methods, classes with metaclasses, descriptors, slots,
 * exceptions, CPython's error messages, set iteration order) run by pyjama in-process and by
 * CPython 3.13 with PYTHONHASHSEED=0: stdout, stderr and exit status must agree.
 */
class ObjectModelParityTest {
    static final String[] PROGRAMS = {"basics.py", "formats_and_classes.py", "set_order.py", "error_messages.py",
        "exceptions_and_typing.py"};

    @Test
    void programsBehaveAsInCPython() throws Exception {
        CPython313.require();
        PyHash.useSeed(0);
        Path dir = Files.createTempDirectory("objmodel");
        int compared = 0;
        try {
            for (String name : PROGRAMS) {
                Path file = dir.resolve(name);
                try (InputStream in = ObjectModelParityTest.class.getResourceAsStream("/objectmodel/" + name)) {
                    Files.write(file, in.readAllBytes());
                }
                String expected = CPython313.run(
                        "import subprocess, sys, os\n"
                        + "env = dict(os.environ, PYTHONHASHSEED='0')\n"
                        + "r = subprocess.run([sys.executable, sys.argv[2]], capture_output=True, text=True, cwd=sys.argv[1], env=env)\n"
                        + "print(r.returncode); print(r.stdout, end=''); print('--stderr--'); print(r.stderr, end='')\n",
                        null, dir.toString(), name);
                assertEquals(expected, EvalEndToEndTest.runPyjama(dir, name), name);
                compared++;
                Files.delete(file);
            }
        } finally {
            deleteQuietly(dir);
        }
        System.out.println("ObjectModelParityTest: compared " + compared + " programs with CPython 3.13");
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
