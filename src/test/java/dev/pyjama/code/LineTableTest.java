package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * co_lines(), co_positions(), co_lnotab and the line of each offset, decoded by pyjama and by
 * CPython 3.13 from the same location tables: random tables using every entry kind (long line
 * jumps, negative deltas, entries without location, columns too wide for the short forms),
 * and the tables CPython's compiler writes for sources built to need those forms.
 */
class LineTableTest {

    /** Random tables: what CPython makes of them is printed by the script below. */
    private static final String DECODE = String.join("\n",
        "import sys, warnings",
        "warnings.simplefilter('ignore')",
        "base = compile('pass', 'x', 'exec')",
        "for line in sys.stdin:",
        "    first, units, hexdata = line.split()",
        "    co = base.replace(co_code=bytes([30, 0]) * int(units), co_linetable=bytes.fromhex(hexdata),",
        "                      co_firstlineno=int(first), co_exceptiontable=b'')",
        "    print('lines', list(co.co_lines()))",
        "    print('positions', list(co.co_positions()))",
        "    print('lnotab', co.co_lnotab.hex())",
        "");

    @Test
    void randomTablesDecodeAsInCPython() {
        Random rnd = new Random(313);
        StringBuilder input = new StringBuilder();
        List<byte[]> tables = new ArrayList<>();
        List<int[]> meta = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            int[] units = {0};
            byte[] table = randomTable(rnd, 1 + rnd.nextInt(20), units);
            int first = rnd.nextInt(5) == 0 ? rnd.nextInt(100_000) : rnd.nextInt(50);
            // Sometimes the code is longer or shorter than the table covers.
            int n = units[0] + (rnd.nextInt(6) == 0 ? rnd.nextInt(5) - 2 : 0);
            n = Math.max(n, 1);
            tables.add(table);
            meta.add(new int[] {first, n});
            input.append(first).append(' ').append(n).append(' ').append(hex(table)).append('\n');
        }
        String[] out = CPython313.run(DECODE, input.toString()).split("\n");
        for (int t = 0; t < tables.size(); t++) {
            byte[] table = tables.get(t);
            int first = meta.get(t)[0];
            String what = "table " + hex(table) + " firstlineno " + first;
            assertEquals(out[3 * t], "lines " + pyLines(LineTable.lines(table, first)), what);
            assertEquals(out[3 * t + 1], "positions " + pyPositions(LineTable.positions(table, first)), what);
            PyCode co = code(table, first, meta.get(t)[1]);
            assertEquals(out[3 * t + 2], "lnotab " + hex(LineTable.lnotab(co)), what);
            // The line of every offset agrees with co_lines (what PyCode_Addr2Line computes).
            for (LineTable.LineRange r : LineTable.lines(table, first)) {
                for (int off = r.start(); off < r.end(); off += 2) {
                    assertEquals(r.line(), LineTable.addr2Line(co, off), what + " offset " + off);
                }
            }
        }
    }

    /** Sources whose tables need the long forms, big and negative line deltas and no-location entries. */
    private static final String COMPILE = String.join("\n",
        "import marshal, sys",
        "src = 'def f(a, b):\\n'",
        "src += '    x = (a +\\n' + '\\n' * 3000 + '         b)\\n'",          // a line jump of 3000
        "src += '    y = [a,\\n         b,\\n  a][0]\\n'",                      // lines going back
        "src += '    z = ' + ' ' * 300 + 'a.b(' + 'a' * 140 + ')\\n'",         // columns past 255
        "src += '    for i in a:\\n        if i: break\\n    else:\\n        pass\\n'",
        "src += '    try:\\n        return x\\n    finally:\\n        print(z)\\n'",
        "src += 'w = f\\\\\\n(1,\\n2)\\n' * 3",
        "co = compile(src, 'src.py', 'exec')",
        "for c in (co, co.co_consts[0]):",
        "    print(c.co_firstlineno, c.co_linetable.hex())",
        "    print(list(c.co_lines()))",
        "    print(list(c.co_positions()))",
        "");

    @Test
    void compiledTablesDecodeAsInCPython() {
        String[] out = CPython313.run(COMPILE, null).split("\n");
        for (int k = 0; k < 2; k++) {
            String[] head = out[3 * k].split(" ");
            int first = Integer.parseInt(head[0]);
            byte[] table = head.length > 1 ? unhex(head[1]) : new byte[0];
            assertEquals(out[3 * k + 1], pyLines(LineTable.lines(table, first)));
            assertEquals(out[3 * k + 2], pyPositions(LineTable.positions(table, first)));
        }
    }

    @Test
    void addressRangeWalksBothWays() {
        Random rnd = new Random(7);
        for (int t = 0; t < 100; t++) {
            int[] units = {0};
            byte[] table = randomTable(rnd, 1 + rnd.nextInt(12), units);
            List<int[]> forward = new ArrayList<>();
            LineTable.AddressRange r = new LineTable.AddressRange(table, 10);
            while (r.next()) forward.add(new int[] {r.start, r.end, r.line});
            for (int i = forward.size() - 2; i >= 0; i--) {
                assertEquals(true, r.previous());
                assertEquals(forward.get(i)[0], r.start);
                assertEquals(forward.get(i)[1], r.end);
                assertEquals(forward.get(i)[2], r.line);
            }
            assertEquals(false, r.previous());
            for (int[] f : forward) {
                for (int off = f[0]; off < f[1]; off += 2) assertEquals(f[2], r.checkLineNumber(off));
            }
            assertEquals(-1, r.checkLineNumber(2 * units[0] + 100));
        }
    }

    @Test
    void malformedTablesNeverThrow() {
        Random rnd = new Random(11);
        for (int t = 0; t < 2000; t++) {
            byte[] junk = new byte[rnd.nextInt(12)];
            rnd.nextBytes(junk);
            PyCode co = code(junk, 1, 4);
            LineTable.lines(co);
            LineTable.positions(co);
            LineTable.lnotab(co);
            LineTable.addr2Line(co, 2);
            LineTable.addr2Location(co, 2);
            ExceptionTable.parse(junk);
            ExceptionTable.lookup(junk, 1);
        }
    }

    static PyCode code(byte[] table, int first, int units) {
        return new PyCode(0, 0, 0, 1, 0, new byte[units * 2], new dev.pyjama.objects.PyObject[0], new String[0],
                new String[0], new byte[0], "x", "x", "x", first, table, new byte[0]);
    }

    /** A valid table of {@code entries} random entries; {@code units[0]} receives the code units covered. */
    static byte[] randomTable(Random rnd, int entries, int[] units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int e = 0; e < entries; e++) {
            int kind = rnd.nextInt(16);
            int len = 1 + rnd.nextInt(8);
            units[0] += len;
            out.write(0x80 | kind << 3 | (len - 1));
            if (kind < 10) {
                out.write(rnd.nextInt(8) << 4 | rnd.nextInt(16));
            } else if (kind <= 12) {
                out.write(rnd.nextInt(128));
                out.write(rnd.nextInt(128));
            } else if (kind == LineTable.NO_COLUMNS) {
                signed(out, delta(rnd));
            } else if (kind == LineTable.LONG) {
                signed(out, delta(rnd));
                unsigned(out, rnd.nextInt(3) == 0 ? rnd.nextInt(5000) : rnd.nextInt(3));
                unsigned(out, rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(100_000));
                unsigned(out, rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(100_000));
            }
        }
        return out.toByteArray();
    }

    private static int delta(Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0: return rnd.nextInt(200_000) - 100_000;
            case 1: return -rnd.nextInt(5);
            default: return rnd.nextInt(5);
        }
    }

    private static void unsigned(ByteArrayOutputStream out, int v) {
        while (v >= 64) {
            out.write(64 | (v & 63));
            v >>>= 6;
        }
        out.write(v);
    }

    private static void signed(ByteArrayOutputStream out, int v) {
        unsigned(out, v < 0 ? (-v) << 1 | 1 : v << 1);
    }

    static String pyLines(List<LineTable.LineRange> lines) {
        StringBuilder sb = new StringBuilder("[");
        for (LineTable.LineRange r : lines) {
            if (sb.length() > 1) sb.append(", ");
            sb.append('(').append(r.start()).append(", ").append(r.end()).append(", ").append(opt(r.line())).append(')');
        }
        return sb.append(']').toString();
    }

    static String pyPositions(List<LineTable.Position> positions) {
        StringBuilder sb = new StringBuilder("[");
        for (LineTable.Position p : positions) {
            if (sb.length() > 1) sb.append(", ");
            sb.append('(').append(opt(p.line())).append(", ").append(opt(p.endLine())).append(", ")
              .append(opt(p.column())).append(", ").append(opt(p.endColumn())).append(')');
        }
        return sb.append(']').toString();
    }

    private static String opt(int v) {
        return v == -1 ? "None" : Integer.toString(v);
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    static byte[] unhex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
