package dev.pyjama.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.PythonInterpreter;
import org.junit.jupiter.api.Test;

/**
 * A function whose forms are too large for one JVM method is compiled as several (JitPieces),
 * plain and instrumented, and computes what it computes interpreted: a loop whose body spans
 * the pieces (its back edge goes through the dispatcher), an exception raised in one piece and
 * caught in another, and a generator suspended in every piece. exec/jit_split checks the same
 * against CPython; this test checks that the split really happens.
 */
class JitSplitTest {
    private static final int BLOCKS = 30;
    private static final String BLOCK = String.join("\n",
            "        for i in range(n):",
            "            if i %% 3 == 0:",
            "                t += i * %1$d",
            "            elif i %% 3 == 1:",
            "                t -= %1$d",
            "            else:",
            "                t += d.get(i, %1$d) + len(s)",
            "        try:",
            "            if r == 1 and %1$d == %2$d:",
            "                raise KeyError(%1$d)",
            "            out.append(t %% 1000)",
            "            yield_or_not = t",
            "        except KeyError as e:",
            "            t += 1000 * e.args[0]",
            "");

    private static String program() {
        StringBuilder sb = new StringBuilder("def big(n, d, s, out):\n    t = 0\n    for r in range(3):\n");
        for (int k = 0; k < BLOCKS; k++) sb.append(BLOCK.formatted(k, BLOCKS - 2));
        sb.append("    return t\n");
        String big = sb.toString();
        String gen = big.replace("def big(", "def gen(").replace("            yield_or_not = t", "            yield t");
        return "import sys\n"
                + "exec(" + pyStr(big) + ")\n"
                + "exec(" + pyStr(gen) + ")\n"
                + "def runs():\n"
                + "    res = []\n"
                + "    for _ in range(3):\n"
                + "        out = []\n"
                + "        res.append((big(7, {}, set(), out), sum(out), sum(gen(7, {}, set(), []))))\n"
                + "    return res\n"
                + "plain = runs()\n"
                + "lines = [0]\n"
                + "def tr(frame, event, arg):\n"
                + "    if event == 'line': lines[0] += 1\n"
                + "    return tr\n"
                + "sys.settrace(tr)\n"
                + "traced = runs()\n"
                + "sys.settrace(None)\n";
    }

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
    }

    /** What big returns, its outputs' sum and what gen yields, computed here. */
    private static long[] expected(int n) {
        long t = 0, outSum = 0, yielded = 0;
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < BLOCKS; k++) {
                for (int i = 0; i < n; i++) {
                    if (i % 3 == 0) t += (long) i * k;
                    else if (i % 3 == 1) t -= k;
                    else t += k;
                }
                if (r == 1 && k == BLOCKS - 2) {
                    t += 1000L * k;
                } else {
                    outSum += Math.floorMod(t, 1000);
                    yielded += t;
                }
            }
        }
        return new long[] {t, outSum, yielded};
    }

    @Test
    void anOverSizeFunctionRunsInPiecesPlainAndTraced() throws Exception {
        int old = Jit.setThreshold(0), oldMax = Jit.setMaxCompiled(Integer.MAX_VALUE);
        int before = Jit.splitCount();
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.exec(program());
            long[] e = expected(7);
            String one = "(" + e[0] + ", " + e[1] + ", " + e[2] + ")";
            String all = "[" + one + ", " + one + ", " + one + "]";
            assertEquals(all, py.eval("repr(plain)"));
            assertEquals(all, py.eval("repr(traced)"));
            assertTrue(Integer.parseInt(String.valueOf(py.eval("lines[0]"))) > 1000, "the trace function saw line events");
        } finally {
            Jit.setThreshold(old);
            Jit.setMaxCompiled(oldMax);
        }
        // big and gen, each plain and instrumented
        int split = Jit.splitCount() - before;
        assertTrue(split >= 4, "forms compiled in pieces: " + split);
    }
}
