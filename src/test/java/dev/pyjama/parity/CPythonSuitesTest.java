package dev.pyjama.parity;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.testing.CPython313;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CPython's own test suites for the tracing clients, run unmodified from CPython 3.13's
 * installed {@code test} package under both interpreters ({@code tests/cpython/suite_outcomes.py}
 * prints every test's outcome): every test that passes under CPython must pass under pyjama,
 * except those listed in {@code tests/cpython/ratchet.txt} with the reason; a listed test that
 * now passes fails the run too, so the list only shrinks.
 *
 * <p>pyjama runs in its own JVM from the compiled classes (the suites spawn interpreters, change
 * directory, install trace functions), with a temporary launcher as {@code sys.executable}. The
 * suites that spawn many interpreters are slow, so by default the quick ones run;
 * {@code -Dcpython.suites=all} runs all of them, or name some:
 * {@code mvn -o -q test -Dtest=CPythonSuitesTest -Dcpython.suites=test_trace,test_sys_settrace+opcodes}.
 */
class CPythonSuitesTest {
    /** A suite: its key in the ratchet file, the module, whether cpython_only is switched off. */
    private record Suite(String key, String module, boolean cpythonOnlyOff, boolean slow) {}

    private static final List<Suite> SUITES = List.of(
            new Suite("test_sys_setprofile", "test.test_sys_setprofile", false, false),
            new Suite("test_sys_settrace", "test.test_sys_settrace", false, false),
            new Suite("test_sys_settrace+opcodes", "test.test_sys_settrace", true, true),
            new Suite("test_bdb", "test.test_bdb", false, false),
            new Suite("test_profile", "test.test_profile", false, false),
            new Suite("test_trace", "test.test_trace", false, true),
            new Suite("test_cprofile", "test.test_cprofile", false, false),
            new Suite("test_monitoring", "test.test_monitoring", false, false),
            // cpython_only off: its one such test (check_disallow_instantiation of _csv.Reader/Writer) passes too
            new Suite("test_csv", "test.test_csv", true, false),
            new Suite("test_memoryview", "test.test_memoryview", false, false));

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path HARNESS = ROOT.resolve("tests/cpython/suite_outcomes.py");
    private static final Path RATCHET = ROOT.resolve("tests/cpython/ratchet.txt");

    @TestFactory
    Stream<DynamicTest> suites() throws IOException {
        String wanted = System.getProperty("cpython.suites", "");
        List<Suite> chosen = new ArrayList<>();
        for (Suite s : SUITES) {
            boolean named = List.of(wanted.split(",")).contains(s.key);
            if (wanted.equals("all") || named || (wanted.isEmpty() && !s.slow)) chosen.add(s);
        }
        Map<String, Map<String, String>> ratchet = readRatchet();
        return chosen.stream().map(s -> DynamicTest.dynamicTest(s.key, () -> compare(s, ratchet.getOrDefault(s.key, Map.of()))));
    }

    private static void compare(Suite s, Map<String, String> allowed) throws Exception {
        CPython313.require();
        long t0 = System.nanoTime();
        Map<String, String> reference = outcomes(cpythonCommand(s), s);
        long t1 = System.nanoTime();
        Map<String, String> ours = outcomes(pyjamaCommand(s), s);
        long t2 = System.nanoTime();
        List<String> problems = new ArrayList<>();
        int passing = 0, bothPass = 0;
        for (Map.Entry<String, String> e : reference.entrySet()) {
            if (!e.getValue().equals("ok")) continue;
            passing++;
            String id = e.getKey();
            String mine = ours.getOrDefault(id, "missing");
            boolean listed = allowed.containsKey(id) || allowed.containsKey("*");
            if (mine.equals("ok")) {
                bothPass++;
                if (allowed.containsKey(id)) problems.add("now passes, remove it from tests/cpython/ratchet.txt: " + id);
            } else if (!listed) {
                problems.add(mine + " (ok under CPython): " + id);
            }
        }
        if (allowed.containsKey("*") && bothPass == passing && passing > 0) {
            problems.add("the whole suite now passes, remove its '*' line from tests/cpython/ratchet.txt");
        }
        System.out.printf("CPythonSuitesTest %s: CPython passes %d, pyjama passes %d of them (%d listed in the ratchet);"
                + " CPython %.1f s, pyjama %.1f s%n", s.key, passing, bothPass, allowed.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        if (!problems.isEmpty()) fail(s.key + ":\n  " + String.join("\n  ", problems));
    }

    /** The ratchet: {@code SUITE TEST_ID  # reason}, or {@code SUITE *  # reason} for a whole suite. */
    private static Map<String, Map<String, String>> readRatchet() throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RATCHET, StandardCharsets.UTF_8)) {
            String body = line.strip();
            if (body.isEmpty() || body.startsWith("#")) continue;
            int hash = body.indexOf('#');
            if (hash < 0) throw new AssertionError("ratchet line without a reason: " + line);
            String[] parts = body.substring(0, hash).strip().split("\\s+");
            if (parts.length != 2) throw new AssertionError("ratchet line is not 'SUITE TEST_ID  # reason': " + line);
            out.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(parts[1], body.substring(hash + 1).strip());
        }
        return out;
    }

    private static List<String> cpythonCommand(Suite s) {
        List<String> c = new ArrayList<>(dev.pyjama.tools.CPython.command());
        c.add(HARNESS.toString());
        if (s.cpythonOnlyOff) c.add("--cpython-only-off");
        c.add(s.module);
        return c;
    }

    /** pyjama from the compiled classes, with a launcher script as sys.executable for the interpreters a suite starts. */
    private static List<String> pyjamaCommand(Suite s) throws IOException {
        Path launcher = launcher();
        List<String> c = new ArrayList<>(List.of(launcher.toString(), HARNESS.toString()));
        if (s.cpythonOnlyOff) c.add("--cpython-only-off");
        c.add(s.module);
        return c;
    }

    private static Path launcherPath;

    private static synchronized Path launcher() throws IOException {
        if (launcherPath != null) return launcherPath;
        String classes;
        try {
            classes = Path.of(dev.pyjama.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            // the runtime dependencies (the SQLite driver) as the test JVM has them: before
            // `package`, target/classes alone lacks them
            classes += java.io.File.pathSeparator + System.getProperty("java.class.path");
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path p = Files.createTempFile("pyjama-suites", ".sh");
        Files.writeString(p, "#!/bin/sh\nexec '" + java + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dpyjama.executable='" + p
                + "' -cp '" + classes + "' dev.pyjama.cli.Main \"$@\"\n");
        p.toFile().setExecutable(true);
        p.toFile().deleteOnExit();
        return launcherPath = p;
    }

    /** Runs the harness in a scratch directory; the outcome lines of its stdout by test id. */
    private static Map<String, String> outcomes(List<String> command, Suite s) throws Exception {
        Path dir = Files.createTempDirectory("cpython-suite");
        Path out = dir.resolve("outcomes.txt"), err = dir.resolve("report.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("PYTHONPATH");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(s.key + ": " + command.get(0) + " did not finish in 20 minutes");
        }
        Map<String, String> result = new TreeMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int sp = line.indexOf(' ');
            if (sp > 0) result.put(line.substring(sp + 1), line.substring(0, sp));
        }
        if (result.isEmpty()) {
            fail(s.key + ": no outcomes from " + String.join(" ", command) + "\n" + tail(Files.readString(err, StandardCharsets.UTF_8)));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return result;
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }
}
