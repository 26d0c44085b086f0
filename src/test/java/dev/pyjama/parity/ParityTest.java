package dev.pyjama.parity;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.pyjama.testing.CPython313;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under tests/parity with pyjama, in-process, and compares its normalised
 * output with the committed {@code .expected} file that CPython 3.13.0 produced. Each area
 * is a container of one dynamic test per fixture, closed by a summary that prints how many
 * cases were compared and passed. What pyjama printed for a failing fixture is also written
 * to {@code target/parity-actual/AREA/NAME.actual} (same format as .expected) for diffing.
 * {@code -Dparity.area=compile} limits a run to the named areas. The trace and profile areas
 * are run by {@link LegacyParityTest} instead (the name legacy tracing's acceptance gives it).
 *
 * <p>An area whose folder holds {@code passing.txt} is on a ratchet: the fixtures listed there
 * must match, as everywhere else; an unlisted fixture that differs is aborted as "not yet"
 * (skipped, counted in the summary), and an unlisted fixture that matches fails, asking for it
 * to be listed, so the list only grows. A listed name that is not a fixture fails too.
 *
 * <p>An area whose area.properties has {@code usage.required} is checked after its fixtures
 * ran: together they must have used each listed {@link dev.pyjama.monitor.UsageCounts} key
 * (a sys.monitoring event delivered, a misuse error raised, a legacy adapter run); the
 * "(usage)" test prints the counts and fails naming the keys no fixture used.
 *
 * <p>A fixture named {@code stdlib_*.py} needs CPython 3.13's standard library on the machine:
 * without CPython 3.13 it is skipped (failed under CI), as every test that needs CPython is.
 */
class ParityTest {
    /** Fixtures named so import modules of CPython's standard library (found by StdlibLocation). */
    static final String STDLIB_PREFIX = "stdlib_";

    /**
     * Areas that a test class of their own runs (the acceptance names it), so that they
     * run once per suite: trace and profile are {@link LegacyParityTest}'s.
     */
    static final List<String> OWNED_ELSEWHERE = List.of("trace", "profile");

    @TestFactory
    Stream<DynamicNode> parity() {
        return areas(name -> !OWNED_ELSEWHERE.contains(name));
    }

    /** One container per area that {@code owned} accepts and {@code -Dparity.area} (if set) names. */
    static Stream<DynamicNode> areas(java.util.function.Predicate<String> owned) {
        Path root = Regen.findRepoRoot(Path.of("").toAbsolutePath());
        Path tools = root.resolve("tools/parity");
        Path actualRoot = root.resolve("target/parity-actual");
        CPython py = CPython.find();
        String stdlib = py == null ? null : py.stdlib;
        List<DynamicNode> areas = new ArrayList<>();
        // -Dparity.area=NAME[,NAME...] runs only those areas (for working on one).
        String only = System.getProperty("parity.area", "");
        List<String> wanted = only.isBlank() ? List.of() : List.of(only.split(","));
        try {
            UsageReport.reset();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (ParityArea area : ParityArea.all(root.resolve("tests/parity"))) {
            if (!owned.test(area.name) || !wanted.isEmpty() && !wanted.contains(area.name)) continue;
            Normaliser norm = new Normaliser(area.dir, stdlib, root);
            int[] tally = {0, 0, 0}; // compared, passed, not yet (unlisted in the ratchet and differing)
            List<String> fixtures = area.fixtures();
            List<DynamicNode> tests = new ArrayList<>();
            if (area.passing != null) {
                tests.add(dynamicTest("(" + ParityArea.PASSING + ")", area.dir.resolve(ParityArea.PASSING).toUri(),
                        () -> checkPassingList(area, fixtures)));
            }
            for (String fixture : fixtures) {
                tests.add(dynamicTest(fixture, area.dir.resolve(fixture).toUri(), () -> {
                    // stdlib_*.py import CPython's standard library, which a machine without
                    // CPython 3.13 does not have: skip there (fail under CI).
                    if (fixture.startsWith(STDLIB_PREFIX)) CPython313.require();
                    tally[0]++;
                    if (area.mustPass(fixture)) {
                        check(area, fixture, tools, norm, actualRoot);
                        tally[1]++;
                        return;
                    }
                    // Ratchet: a fixture not listed yet may differ, but must be listed once it passes.
                    // A missing expectation is never "not yet".
                    requireExpectation(area, fixture);
                    try {
                        check(area, fixture, tools, norm, actualRoot);
                    } catch (ParityMismatch notYet) {
                        tally[2]++;
                        Assumptions.abort("not yet (not in " + area.name + "/" + ParityArea.PASSING + ")");
                    }
                    tally[1]++;
                    throw new ParityMismatch(area.name + "/" + fixture + " now matches CPython: add the line \""
                            + fixture + "\" to tests/parity/" + area.name + "/" + ParityArea.PASSING
                            + " so that it keeps passing");
                }));
            }
            // After every fixture ran: the area's fixtures together used every key it requires.
            if (!area.usageRequired.isEmpty()) {
                tests.add(dynamicTest("(usage)", area.dir.resolve(ParityArea.CONFIG).toUri(), () -> UsageReport.check(area)));
            }
            tests.add(dynamicTest("(summary)", () -> System.out.println(
                    "parity " + area.name + ": compared " + tally[0] + " case(s), " + tally[1] + " passed"
                    + (area.passing == null ? "" : ", " + tally[2] + " not yet (listed in " + ParityArea.PASSING
                            + ": " + area.passing.size() + ")"))));
            areas.add(dynamicContainer(area.name, area.dir.toUri(), tests.stream()));
        }
        return areas.stream();
    }

    /** Every name in the ratchet file must be a fixture of the area (no stale or misspelt entries). */
    private static void checkPassingList(ParityArea area, List<String> fixtures) {
        List<String> unknown = new ArrayList<>();
        for (String name : area.passing) {
            if (!fixtures.contains(name)) unknown.add(name);
        }
        if (!unknown.isEmpty()) {
            throw new ParityMismatch("tests/parity/" + area.name + "/" + ParityArea.PASSING
                    + " lists names that are not fixtures of the area (remove or fix them): " + unknown);
        }
    }

    private static Path requireExpectation(ParityArea area, String fixture) {
        Path expFile = area.dir.resolve(ParityArea.expectedName(fixture));
        if (!Files.exists(expFile)) {
            throw new ParityMismatch(area.name + "/" + fixture + ": no " + expFile.getFileName()
                    + " (run tools/parity/regen tests/parity/" + area.name + "/" + fixture + ")");
        }
        return expFile;
    }

    private static void check(ParityArea area, String fixture, Path tools, Normaliser norm, Path actualRoot)
            throws Exception {
        Path expFile = requireExpectation(area, fixture);
        Outcome expected = Outcome.parse(Files.readString(expFile, StandardCharsets.UTF_8));
        Outcome actual;
        try {
            actual = norm.normalise(PyjamaRunner.run(area, fixture, tools));
        } catch (PyjamaRunner.Crash crash) {
            throw new ParityMismatch(area.name + "/" + fixture + ": " + crash.getMessage());
        }
        if (expected.equals(actual)) {
            return;
        }
        saveActual(actualRoot, area, fixture, actual);
        throw new ParityMismatch(describe(area.name + "/" + fixture, expected, actual));
    }

    static String describe(String what, Outcome expected, Outcome actual) {
        StringBuilder sb = new StringBuilder(what).append(": pyjama differs from CPython ")
                .append(CPython.EXPECTED_VERSION).append('\n');
        if (expected.exit != actual.exit) {
            sb.append("exit status: CPython ").append(expected.exit).append(", pyjama ").append(actual.exit).append('\n');
        }
        if (!expected.stdout.equals(actual.stdout)) {
            sb.append("stdout:\n").append(LineDiff.diff(expected.stdout, actual.stdout, "CPython", "pyjama"));
        }
        if (!expected.stderr.equals(actual.stderr)) {
            sb.append("stderr:\n").append(LineDiff.diff(expected.stderr, actual.stderr, "CPython", "pyjama"));
        }
        return sb.toString();
    }

    private static void saveActual(Path actualRoot, ParityArea area, String fixture, Outcome actual) throws IOException {
        Path dir = actualRoot.resolve(area.name);
        Files.createDirectories(dir);
        String name = fixture.substring(0, fixture.length() - 3) + ".actual";
        Files.writeString(dir.resolve(name), actual.format("# What pyjama printed (normalised), for comparison with the .expected file.\n"), StandardCharsets.UTF_8);
    }
}
