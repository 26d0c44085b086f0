package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's acceptance: a unittest-based test file (resource {@code test_sample.py}: passing,
 * failing, erroring, skipped tests and subtests) run with {@code -m unittest test_sample}
 * prints the same report and summary as under CPython 3.13, and exits with the same status.
 * The "Ran N tests in T s" timing is the only part replaced before comparing.
 */
class UnittestModuleTest {
    private static String normalise(String report) {
        return report.replaceAll("Ran (\\d+) tests? in [0-9.]+s", "Ran $1 tests in Xs");
    }

    @Test
    void minusMUnittestReportsAsCPython() throws Exception {
        CPython313.require();
        Path dir = Files.createTempDirectory("unittest-module");
        Path file = dir.resolve("test_sample.py");
        try (InputStream in = UnittestModuleTest.class.getResourceAsStream("test_sample.py")) {
            Files.write(file, in.readAllBytes());
        }
        try {
            String expected = CPython313.run(
                    "import subprocess, sys\n"
                    + "r = subprocess.run([sys.executable, '-m', 'unittest', 'test_sample'], capture_output=True, text=True,"
                    + " cwd=sys.argv[1])\n"
                    + "print(r.returncode); print(r.stdout, end='|'); print(r.stderr, end='|')\n",
                    null, dir.toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"-m", "unittest", "test_sample"}, dir, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String ours = status + "\n" + out.toString(StandardCharsets.UTF_8) + "|" + err.toString(StandardCharsets.UTF_8) + "|";
            assertEquals(normalise(expected), normalise(ours));
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }
}
