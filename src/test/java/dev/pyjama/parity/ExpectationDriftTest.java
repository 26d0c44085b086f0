package dev.pyjama.parity;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Expectations are CPython's output, never hand-edited: when CPython 3.13.0 is present, this
 * regenerates every {@code .expected} into {@code target/parity-regen} and fails on any
 * difference from the committed files (or on a fixture CPython's run refuses).
 */
class ExpectationDriftTest {
    @Test
    void committedExpectationsAreWhatCPythonPrints() throws IOException {
        CPython py = requireCPython();
        Path root = Regen.findRepoRoot(Path.of("").toAbsolutePath());
        Regen regen = new Regen(root, py);
        Path scratch = root.resolve("target/parity-regen");
        Regen.deleteTree(scratch);
        Files.createDirectories(scratch);
        List<Regen.Selection> all = regen.everything();
        Regen.Report report = regen.regenerate(all, scratch);
        List<String> diffs = regen.compare(all, scratch, true);
        int fixtures = all.stream().mapToInt(s -> s.fixtures.size()).sum();
        System.out.println("expectation drift: regenerated " + report.written + " of " + fixtures
                + " fixture(s) with CPython " + py.version + ", " + diffs.size() + " difference(s)");
        StringBuilder problems = new StringBuilder();
        report.problems.forEach(p -> problems.append("REFUSED ").append(p).append('\n'));
        diffs.forEach(d -> problems.append("DRIFT ").append(d).append('\n'));
        if (problems.length() > 0) {
            fail("committed expectations disagree with CPython (fix the fixture or run tools/parity/regen):\n"
                    + problems);
        }
    }

    /** CPython 3.13.0, or a skip with a one-line reason (a failure when $CI is set). */
    static CPython requireCPython() {
        CPython py = CPython.find();
        String problem = null;
        if (py == null) {
            problem = CPython.whyMissing();
        } else if (!py.isExpectedVersion()) {
            problem = py.executable + " is CPython " + py.version + ", expectations record " + CPython.EXPECTED_VERSION;
        }
        if (problem != null) {
            dev.pyjama.testing.CPython313.skipOrFail(problem);
        }
        return py;
    }
}
