package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import dev.pyjama.testing.CPython313;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * .pyc files in both directions, for every valid fixture of the compile area:
 * pyjama compiles the source and writes a timestamp pyc; CPython 3.13 validates its header as
 * importlib does, loads it, finds the same code as its own compile of the source and, where
 * the fixture runs to completion, runs the pyc with the same stdout, stderr and exit status
 * as the source (tools/parity/cpython_fixture_code.py, mode pyc). CPython's own pyc of each
 * fixture (py_compile) loads in pyjama (Pyc.load) to the code pyjama compiles.
 */
class FixturePycRoundTripTest {

    /** How long a fixture's source may run before it counts as not runnable (seconds). */
    private static final int RUN_TIMEOUT_SECONDS = 5;

    @Test
    void pycsOfEveryFixtureLoadAndRunInBothInterpreters() throws Exception {
        CPython313.require();
        List<String> names = CompileFixtures.valid();
        // The real path: `python3.13 NAME.py` started in it names its script getcwd()/NAME.py.
        Path work = Files.createTempDirectory("fixture-pyc").toRealPath();
        try {
            long t0 = System.nanoTime();
            Map<String, PyCode> pyjama = CompileFixtures.onLargeStack(() -> writePycs(names, work));
            long pyjamaNanos = System.nanoTime() - t0;

            List<String> args = new ArrayList<>(List.of("pyc", work.toString(), String.valueOf(RUN_TIMEOUT_SECONDS)));
            args.addAll(names);
            Map<String, String[]> results = new LinkedHashMap<>();
            for (String line : CompileFixtures.driver(args).get().split("\n")) {
                if (!line.isEmpty()) results.put(line.split("\t")[0], line.split("\t", 3));
            }
            long cpythonNanos = System.nanoTime() - t0 - pyjamaNanos;
            assertEquals(names, new ArrayList<>(results.keySet()), "the driver reported other fixtures");

            List<String> failures = new ArrayList<>();
            int loaded = 0, runnable = 0, ranSame = 0, exitedZero = 0, normalised = 0, cpythonPycsSame = 0;
            int cpythonPycs = 0;
            for (String name : names) {
                String[] r = results.get(name);
                switch (r[1]) {
                    case "same":
                        ranSame++;
                        runnable++;
                        loaded++;
                        exitedZero += r[2].startsWith("exit 0") ? 1 : 0;
                        normalised += r[2].contains("normalised") ? 1 : 0;
                        break;
                    case "not-runnable": loaded++; break;
                    case "run-differs": runnable++; loaded++; failures.add(String.join(" ", r)); break;
                    default: failures.add(String.join(" ", r)); break;   // load-error, dump-differs
                }
                // CPython's pyc, read by pyjama: the same code as pyjama's own compile.
                Path cpythonPyc = work.resolve("cpython").resolve(stem(name) + ".pyc");
                // None when py_compile hit the recursion limit (importlib compiles deeper in C's stack).
                if (!Files.exists(cpythonPyc)) continue;
                cpythonPycs++;
                String dump = CodeDump.dump(Pyc.load(Files.readAllBytes(cpythonPyc), cpythonPyc.toString()));
                if (dump.equals(CodeDump.dump(pyjama.get(name)))) cpythonPycsSame++;
                else failures.add(name + ": CPython's pyc loads in pyjama to other code: "
                        + CompileFixtures.firstDifference(dump, CodeDump.dump(pyjama.get(name))));
            }
            System.out.printf("pyc round trip: %d/%d pyjama pycs load in CPython to CPython's code; "
                    + "%d runnable (source finishes within %d s), %d/%d run identically from the pyc "
                    + "(%d of them exit 0; %d after normalising compile-time warnings or addresses); "
                    + "%d/%d CPython pycs load in pyjama to pyjama's code (pyjama %.1f s, CPython driver %.1f s)%n",
                    loaded, names.size(), runnable, RUN_TIMEOUT_SECONDS, ranSame, runnable, exitedZero, normalised,
                    cpythonPycsSame, cpythonPycs, pyjamaNanos / 1e9, cpythonNanos / 1e9);
            assertTrue(names.size() > 500, "too few fixtures compared: " + names.size());
            assertTrue(failures.isEmpty(), failures.size() + " failures, first: "
                    + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
            assertTrue(runnable > 500, "too few fixtures ran: " + runnable);
            assertTrue(cpythonPycs > 500, "too few CPython pycs: " + cpythonPycs);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Copies each fixture into work, compiles it as CPython compiles a script started there,
     * and writes work/NAME.pyc with the copy's mtime and size (importlib's timestamp header).
     */
    private static Map<String, PyCode> writePycs(List<String> names, Path work) throws IOException {
        Map<String, PyCode> codes = new LinkedHashMap<>();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        for (String name : names) {
            Path copy = work.resolve(name);
            Files.copy(CompileFixtures.DIR.resolve(name), copy);
            byte[] source = Files.readAllBytes(copy);
            ParserContext ctx = new ParserContext(copy.toString(), ParserContext.Mode.FILE, false, false, work, discard);
            PyCode code = Compiler.compile(FrontEnd.parse(source, ctx), new CompileContext(ctx), 0, 0);
            codes.put(name, code);
            long mtime = Files.getLastModifiedTime(copy).to(TimeUnit.SECONDS);
            Files.write(work.resolve(stem(name) + ".pyc"), Pyc.timestamped(code, mtime, source.length));
        }
        return codes;
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - ".py".length());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
