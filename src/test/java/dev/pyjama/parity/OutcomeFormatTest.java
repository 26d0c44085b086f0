package dev.pyjama.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The .expected format round-trips any output, and the normaliser masks what it should. */
class OutcomeFormatTest {
    @Test
    void roundTripsTrickyOutputs() {
        String[] texts = {"", "\n", "one line\n", "no newline", "a\nb", "a\r\nb\r\n", "\f\t\n\n\n",
                "stdout: 3 lines\nexit: 0\n", "# not a comment\n", "é中😀\n"};
        for (String out : texts) {
            for (String err : texts) {
                Outcome o = new Outcome(out, err, 1);
                assertEquals(o, Outcome.parse(o.format()), () -> "round trip of " + o.format());
            }
        }
    }

    @Test
    void rejectsMalformedFiles() {
        assertThrows(IllegalArgumentException.class, () -> Outcome.parse("stdout: 2 lines\nx\n"));
        assertThrows(IllegalArgumentException.class, () -> Outcome.parse("stdout: 0 lines\nstderr: 0 lines\n"));
        assertThrows(IllegalArgumentException.class,
                () -> Outcome.parse("stdout: 0 lines\nstderr: 0 lines\nexit: 0\nextra\n"));
    }

    @Test
    void masksPathsAndAddresses() {
        Normaliser n = new Normaliser(Path.of("/nonexistent/repo/tests/parity/ast"), "/opt/py/lib/python3.13",
                Path.of("/nonexistent/repo"));
        assertEquals("  File \"{FIXTURE_DIR}/x.py\", line 1",
                n.normalise("  File \"/nonexistent/repo/tests/parity/ast/x.py\", line 1"));
        assertEquals("{STDLIB}/ast.py {REPO}/tools/parity/d.py",
                n.normalise("/opt/py/lib/python3.13/ast.py /nonexistent/repo/tools/parity/d.py"));
        assertEquals("<object at 0x{ADDR}> 0x1g 0xfff 0x{ADDR}",
                n.normalise("<object at 0x7f3a2c1b5e80> 0x1g 0xfff 0xabcdef"));
    }

    @Test
    void diffPointsIntoLongLines() {
        String a = "Module(body=[" + "x".repeat(300) + "lineno=1])\n";
        String b = "Module(body=[" + "x".repeat(300) + "lineno=2])\n";
        String d = LineDiff.diff(a, b, "CPython", "pyjama");
        org.junit.jupiter.api.Assertions.assertTrue(d.contains("first difference at column 321"), d);
        String e = LineDiff.diff("a\nb\nc\n", "a\nc\nd\n", "x", "y");
        assertEquals("--- x\n+++ y\n a\n-b\n c\n+d\n", e);
    }
}
