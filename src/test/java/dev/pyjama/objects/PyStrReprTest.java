package dev.pyjama.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.testing.CPython313;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * str repr and the Unicode tables behind it, compared with CPython 3.13. Strings go to
 * Python as lists of code points in hex, so lone surrogates travel safely. (A high surrogate
 * directly followed by a low one would be one code point in Java: the tests never build one.)
 */
class PyStrReprTest {

    private static String fromCodePoints(int... cps) {
        StringBuilder sb = new StringBuilder();
        for (int cp : cps) {
            if (cp >= 0xd800 && cp <= 0xdfff) sb.append((char) cp);
            else sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static List<int[]> strings() {
        List<int[]> v = new ArrayList<>();
        // Every code point once, in runs of 64 consecutive ones (surrogates on their own).
        for (int start = 0; start < 0x110000; start += 64) {
            if (start >= 0xd800 && start < 0xe000) {
                for (int cp = start; cp < start + 64; cp++) v.add(new int[] {cp});
                continue;
            }
            int[] run = new int[64];
            for (int i = 0; i < 64; i++) run[i] = start + i;
            v.add(run);
        }
        // Quote choice and escaping, with and without other escapes.
        String[] quoteCases = {"", "'", "\"", "'\"", "\"'", "a'b", "a\"b", "it's \"x\"", "\\", "\\'", "'\n", "\"\t",
            "plain", "\u00e9'", "'\u0085", "\"\u00a0'", "''''", "\"\"\"", "\u0000'\"", "x\u007f'"};
        for (String s : quoteCases) v.add(s.codePoints().toArray());
        // Lone surrogates next to other text, and surrogate pairs (one code point).
        v.add(new int[] {'a', 0xd800, 'b'});
        v.add(new int[] {0xdc00, 0xd800});
        v.add(new int[] {0xdfff, 'x', 0xdbff});
        v.add(new int[] {0x1f600, 0xd83d, 'q', 0x10ffff});
        // Random mixtures drawn from every range.
        SplittableRandom rnd = new SplittableRandom(42);
        int[] pool = {'\'', '"', '\\', '\t', '\n', '\r', 0, 0x1f, ' ', 'a', 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xff,
            0x100, 0x2028, 0x200b, 0x3000, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0x10ffff, 0xd800, 0xdfff};
        for (int i = 0; i < 5000; i++) {
            int len = rnd.nextInt(12);
            int[] s = new int[len];
            for (int j = 0; j < len; j++) {
                s[j] = rnd.nextInt(3) == 0 ? rnd.nextInt(0x110000) : pool[rnd.nextInt(pool.length)];
                if (j > 0 && s[j] >= 0xdc00 && s[j] <= 0xdfff && s[j - 1] >= 0xd800 && s[j - 1] <= 0xdbff) s[j] = 'z';
            }
            v.add(s);
        }
        return v;
    }

    @Test
    void strReprMatchesCPython() {
        List<int[]> values = strings();
        StringBuilder in = new StringBuilder();
        for (int[] s : values) {
            for (int i = 0; i < s.length; i++) {
                if (i > 0) in.append(' ');
                in.append(Integer.toHexString(s[i]));
            }
            in.append('\n');
        }
        // Output is escaped to ASCII so that what reaches Java is exactly what repr produced.
        String out = CPython313.run(
            "import sys\n"
            + "for line in sys.stdin:\n"
            + "    s = ''.join(chr(int(h, 16)) for h in line.split())\n"
            + "    sys.stdout.write(repr(s).encode('utf-8', 'surrogatepass').hex() + '\\n')\n",
            in.toString());
        String[] expected = out.split("\n", -1);
        assertEquals(values.size() + 1, expected.length);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String want = new String(hex(expected[i]), java.nio.charset.StandardCharsets.UTF_8);
            String got = PyStr.of(fromCodePoints(values.get(i))).repr();
            if (!got.equals(want) && failures.size() < 20) {
                failures.add("CPython " + want + "\n  pyjama " + got);
            }
        }
        if (!failures.isEmpty()) fail("differences:\n" + String.join("\n", failures));
        System.out.println("PyStrReprTest: " + values.size() + " str reprs compared with CPython");
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return b;
    }

    /** isPrintable, isXidStart and isXidContinue for every code point. */
    @Test
    void unicodeTablesMatchCPython() {
        String out = CPython313.run(
            "import sys\n"
            + "sys.stdout.write(''.join(chr(48 + (not c.isprintable()) + 2 * c.isidentifier()"
            + " + 4 * ('a' + c).isidentifier()) for c in map(chr, range(0x110000))))\n",
            null);
        assertEquals(0x110000, out.length());
        int bad = 0;
        StringBuilder failures = new StringBuilder();
        for (int cp = 0; cp < 0x110000; cp++) {
            int want = out.charAt(cp) - 48;
            int got = (UnicodeData.isPrintable(cp) ? 0 : 1) + (UnicodeData.isXidStart(cp) ? 2 : 0)
                + (UnicodeData.isXidContinue(cp) ? 4 : 0);
            if (want != got && bad++ < 20) {
                failures.append(String.format("U+%04X: CPython %d, pyjama %d%n", cp, want, got));
            }
        }
        if (bad > 0) fail(bad + " code points differ (bits: 1 nonprintable, 2 xid_start, 4 xid_continue):\n" + failures);
        System.out.println("PyStrReprTest: Unicode properties of 1114112 code points compared with CPython");
    }
}
