package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad (and a few good) sources whose error comes from the tokenizer, compared field by field
 * with what CPython 3.13.0's compile() raises. The expectations are
 * src/test/resources/dev/pyjama/parser/tokenizer_errors.tsv, written by
 * tools/gen_tokenizer_errors.py; {@link #expectationsAreCurrent()} regenerates them when
 * CPython 3.13 is present and fails on any difference.
 */
class TokenizerErrorsTest {
    static final String RESOURCE = "tokenizer_errors.tsv";
    static final String FILENAME = "<tok-test>";

    record Case(String name, String kind, byte[] source, String[] expected) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = TokenizerErrorsTest.class.getResourceAsStream(RESOURCE)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                String[] expected = new String[7];
                for (int i = 0; i < 7; i++) expected[i] = unescape(f[3 + i]);
                out.add(new Case(f[0], f[1], HexFormat.of().parseHex(f[2]), expected));
            }
        }
        return out;
    }

    static String unescape(String s) {
        if (s.equals("\\N")) return null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case 'u': b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                default: b.append(n);
            }
        }
        return b.toString();
    }

    /** What our tokenizer (plus the parser's error conversion) raises for a source, or "OK". */
    static String[] actual(Case c) {
        try {
            Tokenizer tok = c.kind.equals("bytes")
                    ? Tokenizer.fromBytes(c.source, FILENAME)
                    : Tokenizer.fromString(decodeSurrogatePass(c.source), FILENAME);
            for (int n = 0; n < 1_000_000; n++) {
                Token t = tok.next();
                if (t.type == Tokens.ENDMARKER) return new String[] {"OK", "", "", "", "", "", ""};
                if (t.type == Tokens.ERRORTOKEN) return fields(PegenTokenizerErrors.fromErrorToken(tok, t));
            }
            return new String[] {"HANG"};
        } catch (PySyntaxError e) {
            return fields(e);
        } catch (PyException e) {
            return new String[] {e.pyType(), e.getMessage(), null, null, null, null, null};
        }
    }

    private static String[] fields(PySyntaxError e) {
        return new String[] {e.pyType(), e.msg, str(e.lineno), str(e.offset), e.text, str(e.endLineno), str(e.endOffset)};
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    /** The str a case's UTF-8 (with encoded surrogates allowed) stands for. */
    static String decodeSurrogatePass(byte[] b) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == 0xED && i + 2 < b.length && (b[i + 1] & 0xff) >= 0xA0) {
                sb.append((char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)));
                i += 3;
                continue;
            }
            int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            sb.append(new String(b, i, len, StandardCharsets.UTF_8));
            i += len;
        }
        return sb.toString();
    }

    @TestFactory
    List<DynamicTest> errorsMatchCPython() throws IOException {
        List<Case> cs = cases();
        System.out.println("tokenizer error cases: " + cs.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cs) {
            tests.add(DynamicTest.dynamicTest(c.name + " (" + c.kind + ")", () -> {
                String[] got = actual(c);
                assertEquals(render(c.expected), render(got), c.name);
            }));
        }
        return tests;
    }

    private static String render(String[] f) {
        StringBuilder b = new StringBuilder();
        String[] names = {"type", "msg", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < f.length; i++) b.append(names[i]).append('=').append(Objects.toString(f[i], "None")).append('\n');
        return b.toString();
    }

    @Test
    void expectationsAreCurrent() throws IOException {
        CPythonOracle.Result r = CPythonOracle.python(Path.of("tools", "gen_tokenizer_errors.py").toString());
        if (r.exit() != 0) fail("generator failed: " + r.stderr());
        String committed;
        try (InputStream in = TokenizerErrorsTest.class.getResourceAsStream(RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(committed, r.stdout(), "tokenizer_errors.tsv is stale: rerun tools/gen_tokenizer_errors.py");
    }
}
