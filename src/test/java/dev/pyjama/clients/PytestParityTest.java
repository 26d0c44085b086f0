package dev.pyjama.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.testing.CPython313;
import dev.pyjama.testing.Wheels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: pytest 8.4.2, unmodified, runs tests/pytest-suite under pyjama and prints the report
 * CPython 3.13 prints, line for line: failures with their rewritten-assert explanations,
 * collection errors, skips, xfails, warnings, the short summary and the counts. The pinned
 * wheels are fetched once into target/ with CPython's pip (never committed); the test skips
 * when pip cannot fetch them. Both interpreters run {@code -m pytest} as processes in the same
 * copy of the suite; pyjama then runs a second time from the assertion-rewriting .pyc cache
 * its first run wrote, which must give the same report and leave the cache untouched.
 * Masked: object addresses, the run time, the platform line and the rootdir.
 */
class PytestParityTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final Path WHEELS = REPO.resolve("target/pytest-wheels");
    static final Path SITE = WHEELS.resolve("site");
    /** pytest and the dependencies its 8.4.2 wheel resolved to when this test was written. */
    static final List<String> PINNED = List.of("pytest==8.4.2", "iniconfig==2.3.0", "packaging==26.3", "pluggy==1.6.0",
            "pygments==2.21.0");

    @Test
    void reportMatchesCPython() throws Exception {
        CPython313.require();
        ensureWheels();
        Path suite = REPO.resolve("target/pytest-run");
        deleteTree(suite);
        copyTree(REPO.resolve("tests/pytest-suite"), suite);

        long t0 = System.nanoTime();
        Run cpython = run(cpythonCommand(), suite);
        long t1 = System.nanoTime();
        Run pyjama = run(pyjamaCommand(), suite);
        long t2 = System.nanoTime();
        Map<Path, String> cache = pyjamaCache(suite);
        Run cached = run(pyjamaCommand(), suite);
        long t3 = System.nanoTime();

        String expected = mask(cpython.out, suite);
        assertTrue(expected.contains(" failed, ") && expected.contains(" passed"), "CPython's pytest printed no summary:\n"
                + cpython.out + cpython.err);
        assertEquals(expected, mask(pyjama.out, suite), "pytest's report differs between CPython 3.13 and pyjama");
        assertEquals(cpython.status, pyjama.status, "pytest's exit status");
        assertFalse(cache.isEmpty(), "pyjama's pytest wrote no rewritten .pyc into __pycache__");
        assertEquals(expected, mask(cached.out, suite), "pyjama's second run (from the .pyc cache) differs");
        assertEquals(cpython.status, cached.status, "pytest's exit status on the second pyjama run");
        assertEquals(cache, pyjamaCache(suite), "the second run rewrote the cache instead of loading it");
        String summary = expected.lines().reduce((a, b) -> b).orElse("");
        System.out.printf("PytestParityTest: identical reports (%s); CPython %.1f s, pyjama %.1f s, pyjama from cache %.1f s%n",
                summary, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{6,}");
    private static final Pattern TIME = Pattern.compile(" in \\d+\\.\\d\\ds( \\(\\d+:\\d\\d:\\d\\d\\))?( =*)$", Pattern.MULTILINE);
    private static final Pattern PLATFORM = Pattern.compile("^platform .*$", Pattern.MULTILINE);

    /** What legitimately differs between two runs of the same report. */
    static String mask(String report, Path root) {
        String s = report.replace(root.toString(), "{ROOTDIR}");
        s = ADDRESS.matcher(s).replaceAll("0x{ADDR}");
        s = TIME.matcher(s).replaceAll(" in {TIME}$2");
        return PLATFORM.matcher(s).replaceAll("platform {PLATFORM}");
    }

    /** The rewritten modules pyjama's pytest cached (name to size and modification time). */
    static Map<Path, String> pyjamaCache(Path suite) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        Path dir = suite.resolve("__pycache__");
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.contains("pyjama") && n.contains("pytest")) {
                    out.put(p.getFileName(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return out;
    }

    record Run(int status, String out, String err) {}

    static Run run(List<String> command, Path dir) throws Exception {
        Path out = Files.createTempFile("pytest-out", ".txt"), err = Files.createTempFile("pytest-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
            Map<String, String> env = pb.environment();
            env.put("PYTHONPATH", SITE.toString());
            env.put("PYTHONHASHSEED", "0");
            env.put("PYTHONIOENCODING", "utf-8");
            env.remove("PYTHONDONTWRITEBYTECODE");
            env.remove("PYTEST_ADDOPTS");
            env.remove("PYTEST_PLUGINS");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(command.get(0) + " -m pytest did not finish in 5 minutes");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static List<String> cpythonCommand() {
        List<String> c = new ArrayList<>(dev.pyjama.tools.CPython.command());
        c.addAll(List.of("-m", "pytest"));
        return c;
    }

    /** pyjama from the compiled classes plus the test JVM's class path (the runtime dependencies before `package`). */
    static List<String> pyjamaCommand() throws Exception {
        String classes = Path.of(dev.pyjama.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()
                + java.io.File.pathSeparator + System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:+UseSerialGC", "-cp", classes, "dev.pyjama.cli.Main", "-m", "pytest");
    }

    /** Downloads the pinned wheels with CPython's pip and unpacks them into one site folder, once. */
    static synchronized void ensureWheels() throws Exception {
        if (Files.isRegularFile(SITE.resolve("pytest/__init__.py"))) return;
        Files.createDirectories(WHEELS);
        List<String> c = new ArrayList<>(dev.pyjama.tools.CPython.command());
        c.addAll(List.of("-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--quiet", "-d", WHEELS.toString()));
        c.addAll(PINNED);
        Path log = Files.createTempFile("pip", ".txt");
        Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) p.destroyForcibly();
        String pipLog = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        List<Path> wheels = new ArrayList<>();
        try (Stream<Path> s = Files.list(WHEELS)) {
            // only the pinned versions (the folder may hold others from earlier downloads)
            s.filter(w -> w.toString().endsWith(".whl") && PINNED.stream().anyMatch(pin ->
                    w.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith(pin.replace("==", "-") + "-")))
                    .forEach(wheels::add);
        }
        if (!done || p.exitValue() != 0 || wheels.size() < PINNED.size()) {
            CPython313.skipOrFail("pip could not fetch " + PINNED + " into " + WHEELS + ": "
                    + pipLog.lines().reduce((a, b) -> b).orElse("(no output)"));
        }
        Wheels.unpack(wheels, WHEELS, SITE);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.toString().contains("__pycache__")) continue;
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
