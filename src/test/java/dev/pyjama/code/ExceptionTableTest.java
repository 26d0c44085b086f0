package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pyjama.testing.CPython313;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exception tables decoded by pyjama and by {@code dis._parse_exception_table}, and the
 * handler lookup (ceval's binary-then-linear search) against a plain scan of the entries.
 */
class ExceptionTableTest {

    private static final String PARSE = String.join("\n",
        "import sys, dis",
        "class Code:",
        "    def __init__(self, t): self.co_exceptiontable = t",
        "for line in sys.stdin:",
        "    print(dis._parse_exception_table(Code(bytes.fromhex(line.strip()))))",
        "");

    @Test
    void tablesParseAsDisParsesThem() {
        Random rnd = new Random(42);
        List<byte[]> tables = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int t = 0; t < 300; t++) {
            byte[] table = randomTable(rnd, rnd.nextInt(30), new ArrayList<>());
            if (t % 5 == 0 && table.length > 0) table = java.util.Arrays.copyOf(table, rnd.nextInt(table.length));
            tables.add(table);
            input.append(LineTableTest.hex(table)).append("\n");
        }
        String[] out = CPython313.run(PARSE, input.toString()).split("\n");
        for (int t = 0; t < tables.size(); t++) {
            assertEquals(out[t], pyEntries(ExceptionTable.parse(tables.get(t))), LineTableTest.hex(tables.get(t)));
        }
    }

    @Test
    void lookupFindsTheCoveringEntry() {
        Random rnd = new Random(5);
        for (int t = 0; t < 300; t++) {
            List<int[]> entries = new ArrayList<>();
            byte[] table = randomTable(rnd, rnd.nextInt(60), entries);
            int limit = entries.isEmpty() ? 10 : entries.get(entries.size() - 1)[1] + 10;
            // Every entry's edges, and random indexes in between.
            List<Integer> indexes = new ArrayList<>();
            for (int[] e : entries) {
                for (int d = -1; d <= 1; d++) {
                    indexes.add(e[0] + d);
                    indexes.add(e[1] + d);
                }
            }
            for (int k = 0; k < 200; k++) indexes.add(rnd.nextInt(limit));
            for (int index : indexes) {
                if (index < 0) continue;
                ExceptionTable.Handler h = ExceptionTable.lookup(table, index);
                int[] expected = null;
                for (int[] e : entries) if (e[0] <= index && index < e[1]) expected = e;
                if (expected == null) {
                    assertNull(h, "index " + index);
                } else {
                    assertEquals(expected[2], h.handler(), "index " + index);
                    assertEquals(expected[3], h.depth());
                    assertEquals(expected[4] == 1, h.lasti());
                }
            }
        }
    }

    /** Sorted, non-overlapping entries in code units: {start, end, target, depth, lasti}. */
    static byte[] randomTable(Random rnd, int n, List<int[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            int start = at + rnd.nextInt(3), length = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(5000) : rnd.nextInt(20));
            int target = rnd.nextInt(100_000), depth = rnd.nextInt(4) == 0 ? rnd.nextInt(3000) : rnd.nextInt(5);
            int lasti = rnd.nextInt(2);
            entries.add(new int[] {start, start + length, target, depth, lasti});
            varint(out, start, true);
            varint(out, length, false);
            varint(out, target, false);
            varint(out, depth << 1 | lasti, false);
            at = start + length;
        }
        return out.toByteArray();
    }

    /** The exception table's varint: 6-bit groups, most significant first, bit 6 = more. */
    private static void varint(ByteArrayOutputStream out, int v, boolean entryStart) {
        int groups = 1;
        while (v >>> (6 * groups) != 0) groups++;
        for (int g = groups - 1; g >= 0; g--) {
            int b = (v >>> (6 * g)) & 63;
            if (g > 0) b |= 64;
            if (entryStart && g == groups - 1) b |= 128;
            out.write(b);
        }
    }

    private static String pyEntries(List<ExceptionTable.Entry> entries) {
        StringBuilder sb = new StringBuilder("[");
        for (ExceptionTable.Entry e : entries) {
            if (sb.length() > 1) sb.append(", ");
            sb.append("_ExceptionTableEntry(start=").append(e.start()).append(", end=").append(e.end())
              .append(", target=").append(e.target()).append(", depth=").append(e.depth())
              .append(", lasti=").append(e.lasti() ? "True" : "False").append(')');
        }
        return sb.append(']').toString();
    }
}
