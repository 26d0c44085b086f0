package dev.pyjama.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.testing.CPython313;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** bytes repr, compared with CPython 3.13. */
class PyBytesReprTest {

    @Test
    void bytesReprMatchesCPython() {
        List<byte[]> values = new ArrayList<>();
        values.add(new byte[0]);
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            values.add(new byte[] {(byte) i});
            values.add(new byte[] {'\'', (byte) i});
            values.add(new byte[] {'"', (byte) i, '\''});
            all[i] = (byte) i;
        }
        values.add(all);
        String[] quoteCases = {"'", "\"", "'\"", "a'b", "a\"b", "\\'", "it's", "\"\"\"'"};
        for (String s : quoteCases) values.add(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SplittableRandom rnd = new SplittableRandom(3);
        String special = "'\"\\\t\n\ra ~";
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[rnd.nextInt(16)];
            for (int j = 0; j < b.length; j++) {
                b[j] = rnd.nextBoolean() ? (byte) rnd.nextInt(256) : (byte) special.charAt(rnd.nextInt(special.length()));
            }
            values.add(b);
        }
        HexFormat hex = HexFormat.of();
        StringBuilder in = new StringBuilder();
        for (byte[] b : values) in.append(hex.formatHex(b)).append('\n');
        String out = CPython313.run(
            "import sys\n"
            + "for line in sys.stdin:\n"
            + "    sys.stdout.write(repr(bytes.fromhex(line.strip())) + '\\n')\n",
            in.toString());
        String[] expected = out.split("\n");
        assertEquals(values.size(), expected.length);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            String got = new PyBytes(values.get(i)).repr();
            if (!got.equals(expected[i]) && failures.size() < 20) {
                failures.add("CPython " + expected[i] + ", pyjama " + got);
            }
        }
        if (!failures.isEmpty()) fail("differences:\n" + String.join("\n", failures));
        System.out.println("PyBytesReprTest: " + values.size() + " bytes reprs compared with CPython");
    }
}
