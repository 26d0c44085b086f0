package dev.pyjama.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.cli.Main;
import dev.pyjama.testing.CPython313;
import dev.pyjama.testing.Wheels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: coverage.py 7.16.2, unmodified, gives on pyjama the reports CPython 3.13 gives.
 * The wheel is fetched once into target/ with CPython's pip (never committed) and unpacked; its
 * C tracer is for CPython 3.11 and does not load, so coverage runs on its Python parts. The
 * driver tools/coverage/driver.py runs `coverage run [--branch]` and `report -m` and prints the
 * measured lines and arcs, for programs of tests/parity in three modes (the Python tracer in line
 * and branch mode, sys.monitoring in line mode), under CPython (a process) and under pyjama (in
 * process): the two outputs must be equal. Five programs keep this fast;
 * {@code -Dcoverage.programs=all} runs every clients program and every exec large_* program
 * (tools/coverage/compare does the same from the command line).
 */
class CoverageParityTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final Path WHEEL_DIR = REPO.resolve("target/coverage-wheel");
    static final Path SITE = WHEEL_DIR.resolve("site");
    static final String MODES = "pytrace-line,pytrace-branch,sysmon-line";

    /** Programs with different shapes: tracers of their own (bdb, trace, cProfile), branches, errors. */
    static final List<String> PROGRAMS = List.of(
            "tests/parity/clients/bdb_exceptions.py",
            "tests/parity/clients/trace_counts_basic.py",
            "tests/parity/clients/cprofile_with_other_tools.py",
            "tests/parity/exec/large_calculator_interpreter.py",
            "tests/parity/exec/large_uncaught_deep_chain.py");

    @Test
    void reportsMatchCPython() throws Exception {
        CPython313.require();
        ensureWheel();
        List<String> programs = programs();
        Path work = Files.createDirectories(REPO.resolve("target/coverage-work"));
        Path driver = REPO.resolve("tools/coverage/driver.py");
        List<String> args = new ArrayList<>(List.of(driver.toString(), SITE.toString(), work.resolve("cpython").toString(), MODES));
        args.addAll(programs);
        Files.createDirectories(work.resolve("cpython"));
        Files.createDirectories(work.resolve("pyjama"));
        String expected = CPython313.run(RUN_FILE, null, args.toArray(String[]::new));
        args.set(2, work.resolve("pyjama").toString());
        String actual = runPyjama(args);
        int runs = programs.size() * MODES.split(",").length;
        assertEquals(runs, expected.lines().filter(l -> l.startsWith("== ")).count(), "CPython's driver output:\n" + expected);
        assertTrue(expected.contains("Missing"), "coverage printed no report:\n" + expected);
        assertEquals(expected, actual, "coverage reports differ between CPython 3.13 and pyjama");
        System.out.println("CoverageParityTest: " + programs.size() + " programs x " + MODES.split(",").length
                + " modes, identical reports");
    }

    /** Runs a file as CPython runs a script: {@code python FILE ARGS} through the -c helper. */
    static final String RUN_FILE = "import sys\n"
            + "sys.argv[:] = sys.argv[1:]\n"
            + "sys.path[0] = __import__('os').path.dirname(sys.argv[0])\n"
            + "code = compile(open(sys.argv[0], encoding='utf-8').read(), sys.argv[0], 'exec')\n"
            + "exec(code, {'__name__': '__main__', '__file__': sys.argv[0], '__builtins__': __builtins__})\n";

    static List<String> programs() throws IOException {
        if (!"all".equals(System.getProperty("coverage.programs"))) return PROGRAMS;
        List<String> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(REPO.resolve("tests/parity/clients"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py") && !n.startsWith("_")).sorted()
                    .forEach(n -> all.add("tests/parity/clients/" + n));
        }
        try (Stream<Path> s = Files.list(REPO.resolve("tests/parity/exec"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("large_") && n.endsWith(".py")).sorted()
                    .forEach(n -> all.add("tests/parity/exec/" + n));
        }
        return all;
    }

    static String runPyjama(List<String> args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = {Integer.MIN_VALUE};
        Throwable[] thrown = {null};
        Thread t = new Thread(null, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status[0] = Main.run(args.toArray(String[]::new), REPO, new ByteArrayInputStream(new byte[0]), o, e);
            } catch (Throwable x) {
                thrown[0] = x;
            }
        }, "pyjama-coverage", 1L << 30);
        t.setDaemon(true);
        t.start();
        t.join(300_000);
        if (t.isAlive()) fail("pyjama did not finish the coverage driver in 5 minutes");
        if (thrown[0] != null) throw new AssertionError("pyjama crashed", thrown[0]);
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (status[0] != 0) fail("pyjama exited with " + status[0] + ":\n" + stderr);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Downloads coverage 7.16.2 (CPython 3.11 wheel: its C tracer cannot load anywhere here) and unpacks it once. */
    static synchronized void ensureWheel() throws IOException {
        if (Files.isRegularFile(SITE.resolve("coverage/__init__.py"))) return;
        Files.createDirectories(WHEEL_DIR);
        CPython313.run("import runpy, sys\n"
                + "sys.argv[:] = ['pip'] + sys.argv[1:]\n"
                + "runpy.run_module('pip', run_name='__main__')\n", null,
                "download", "coverage==7.16.2", "--no-deps", "--python-version", "3.11", "--only-binary=:all:",
                "--quiet", "-d", WHEEL_DIR.toString());
        Path wheel;
        try (Stream<Path> s = Files.list(WHEEL_DIR)) {
            wheel = s.filter(p -> p.getFileName().toString().startsWith("coverage-7.16.2-") && p.toString().endsWith(".whl"))
                    .findFirst().orElseThrow(() -> new AssertionError("pip left no coverage wheel in " + WHEEL_DIR));
        }
        Wheels.unpack(List.of(wheel), WHEEL_DIR, SITE);
    }
}
