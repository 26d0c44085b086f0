package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.cli.Main;
import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every runnable program of the compile area runs in pyjama as in CPython 3.13: {@code pyjama
 * NAME.py} and {@code python3.13 NAME.py}, both started in the fixture's folder with an empty
 * stdin and PYTHONHASHSEED=0, print the same stdout and stderr and exit with the same status.
 * A fixture is runnable when CPython finishes it within {@link #TIMEOUT_SECONDS}. The only
 * normalisation: {@code at 0x...} addresses.
 *
 * <p>The fixtures that need a part of the runtime that comes later are listed in {@link
 * #NOT_YET} with the reason; the test fails when one of them starts to match (remove it then),
 * so the list only shrinks.
 */
class FixtureRunParityTest {

    private static final int TIMEOUT_SECONDS = 10;

    /** What one run printed; status -1 when it did not finish in time. */
    private record Run(int status, String out, String err) {
        Run normalised() {
            return new Run(status, noAddresses(out), noAddresses(err));
        }
    }

    private static String noAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+", " at 0x0");
    }

    /** Fixtures that need what a later issue brings, and what that is. */
    static final Map<String, String> NOT_YET = new TreeMap<>(Map.ofEntries());

    @Test
    void everyRunnableFixtureRunsAsInCPython() throws Exception {
        CPython313.require();
        Path dir = CompileFixtures.DIR.toRealPath();
        List<String> names = CompileFixtures.valid();
        List<String> args = new ArrayList<>(List.of("run", dir.toString(), String.valueOf(TIMEOUT_SECONDS)));
        args.addAll(names);
        long t0 = System.nanoTime();
        var cpythonOut = CompileFixtures.driver(args);
        Map<String, Run> pyjama = new LinkedHashMap<>();
        for (String name : names) pyjama.put(name, runPyjama(dir, name));
        long pyjamaNanos = System.nanoTime() - t0;
        Map<String, Run> cpython = parse(cpythonOut.get());
        assertEquals(names, new ArrayList<>(cpython.keySet()), "the driver reported other fixtures");

        List<String> failures = new ArrayList<>();
        int runnable = 0, same = 0, notYet = 0;
        for (String name : names) {
            Run c = cpython.get(name).normalised(), p = pyjama.get(name).normalised();
            if (c.status() == -1) continue;    // CPython did not finish: not runnable
            runnable++;
            boolean identical = c.equals(p);
            if (NOT_YET.containsKey(name)) {
                notYet++;
                if (identical) failures.add(name + ": runs as in CPython now; remove it from NOT_YET");
            } else if (identical) {
                same++;
            } else if (c.status() != p.status()) {
                failures.add(name + ": exit " + c.status() + " vs " + p.status() + "; pyjama's stderr: "
                        + p.err().lines().reduce((a, b) -> b).orElse(""));
            } else {
                failures.add(name + ": " + (c.out().equals(p.out())
                        ? "stderr " + CompileFixtures.firstDifference(c.err(), p.err())
                        : CompileFixtures.firstDifference(c.out(), p.out())));
            }
        }
        for (String name : NOT_YET.keySet()) {
            if (!names.contains(name)) failures.add(name + " is listed in NOT_YET but is no fixture");
        }
        System.out.printf("compile fixtures run: %d/%d runnable fixtures print and exit as in CPython "
                + "(%d not yet: %s) (%d valid fixtures; pyjama %.1f s in-process)%n", same, runnable, notYet,
                String.join(" ", NOT_YET.keySet()), names.size(), pyjamaNanos / 1e9);
        assertTrue(runnable > 500, "too few runnable fixtures: " + runnable);
        assertTrue(failures.isEmpty(), failures.size() + " fixtures differ:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /** {@code pyjama NAME} started in dir with an empty stdin, on a large stack, within the time limit. */
    private static Run runPyjama(Path dir, String name) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = {-1};
        Thread t = new Thread(null, () -> status[0] = Main.run(new String[] {name}, dir,
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), "fixture-run " + name, 1L << 30);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_SECONDS * 1000L);
        if (t.isAlive()) {
            t.interrupt();
            return new Run(-2, "", "pyjama did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Run(status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The driver's records: NAME, status ("timeout" or a number), stdout, stderr, each ended by a NUL. */
    private static Map<String, Run> parse(String driverOut) {
        String[] f = driverOut.split("\0", -1);
        Map<String, Run> runs = new LinkedHashMap<>();
        for (int i = 0; i + 3 < f.length; i += 4) {
            int status = f[i + 1].equals("timeout") ? -1 : Integer.parseInt(f[i + 1]);
            runs.put(f[i], new Run(status, f[i + 2], f[i + 3]));
        }
        return runs;
    }
}
