package dev.pyjama.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.cli.Main;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark suite's smoke mode (issue 9), so that no benchmark can silently break: every
 * program of bench/suite runs once at its SMOKE_N, untraced and under sys.settrace, through
 * bench/harness/driver.py in pyjama (in-process), and each checksum must equal the one CPython
 * 3.13.0 wrote into bench/suite/checksums.txt ({@code bench/run --regen-checksums}). When CPython
 * is present it also runs the smoke, and its checksums must equal the committed ones (a program
 * changed without regenerating them fails here); without it that half skips with one line.
 */
class BenchSmokeTest {
    private static final Path SUITE = Path.of("bench/suite").toAbsolutePath();
    private static final Path DRIVER = Path.of("bench/harness/driver.py").toAbsolutePath();

    @Test
    void everyBenchmarkAgreesWithCPythonsChecksums() throws Exception {
        List<String> args = new ArrayList<>(List.of(DRIVER.toString(), "--smoke"));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(SUITE)) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".py") && !f.startsWith("_")).sorted()
                    .forEach(f -> {
                        names.add(f.substring(0, f.length() - 3));
                        args.add(SUITE.resolve(f).toString());
                    });
        }
        assertTrue(names.size() >= 15, "bench/suite holds " + names.size() + " programs, issue 9 asks for 15");
        Map<String, String> committed = committedSmokeChecksums();
        Map<String, String> pyjama = smokeLines(runPyjama(args.toArray(String[]::new)));
        for (String name : names) {
            for (String mode : List.of("untraced", "settrace")) {
                String key = name + ":" + mode;
                if (!committed.containsKey(key)) {
                    fail(key + " has no checksum in bench/suite/checksums.txt: run bench/run --regen-checksums");
                }
                assertEquals(committed.get(key), pyjama.get(key), "pyjama's smoke checksum of " + key);
            }
        }
        System.out.println("BenchSmokeTest: " + names.size() + " benchmarks x 2 modes agree with checksums.txt");
        if (!CPython313.available()) {
            CPython313.skipOrFail("CPython 3.13 not found: bench/suite/checksums.txt not re-checked against it");
        }
        String script = "import sys; sys.argv = sys.argv[1:]; exec(compile(open(sys.argv[0]).read(), sys.argv[0], 'exec'),"
                + " {'__name__': '__main__'})";
        Map<String, String> cpython = smokeLines(CPython313.run(script, null, args.toArray(String[]::new)));
        assertEquals(committed, cpython, "CPython's smoke checksums differ from bench/suite/checksums.txt:"
                + " a program changed; run bench/run --regen-checksums");
    }

    private static Map<String, String> committedSmokeChecksums() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(SUITE.resolve("checksums.txt"))) {
            if (line.startsWith("smoke ")) {
                String[] parts = line.split(" ", 3);
                out.put(parts[1], parts[2]);
            }
        }
        return out;
    }

    /** "smoke NAME MODE REPR" lines as NAME:MODE to REPR. */
    private static Map<String, String> smokeLines(String output) {
        Map<String, String> out = new TreeMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("smoke ")) {
                String[] parts = line.split(" ", 4);
                out.put(parts[1] + ":" + parts[2], parts[3]);
            }
        }
        return out;
    }

    private static String runPyjama(String[] args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {Integer.MIN_VALUE};
        Thread t = new Thread(null, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status[0] = Main.run(args, SUITE, new ByteArrayInputStream(new byte[0]), o, e);
            }
        }, "bench-smoke", 1L << 30);
        t.start();
        t.join(600_000);
        assertTrue(!t.isAlive(), "the smoke run did not finish in 10 minutes");
        assertEquals(0, status[0], "pyjama's smoke run exited with " + status[0] + ":\n" + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
