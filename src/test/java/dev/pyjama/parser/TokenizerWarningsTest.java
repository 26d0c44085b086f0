package dev.pyjama.parser;

import dev.pyjama.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

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
 * The tokenizer's SyntaxWarnings (a number running into a keyword, "\{" in an f-string)
 * compared with CPython 3.13.0's, both as warnings and, with warnings turned into errors, as
 * the SyntaxError compile() raises (tokenizer_warnings.tsv, by tools/gen_tokenizer_errors.py).
 */
class TokenizerWarningsTest {
    static final String RESOURCE = "tokenizer_warnings.tsv";

    @Test
    void warningsMatchCPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String line : read().split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            byte[] src = HexFormat.of().parseHex(f[1]);
            int count = Integer.parseInt(f[2]);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                expected.add(f[3 + 3 * i] + ":" + f[4 + 3 * i] + ":" + TokenizerErrorsTest.unescape(f[5 + 3 * i]));
            }
            String[] expectedError = new String[7];
            for (int i = 0; i < 7; i++) expectedError[i] = TokenizerErrorsTest.unescape(f[3 + 3 * count + i]);

            List<String> got = new ArrayList<>();
            drain(Tokenizer.fromBytes(src, TokenizerErrorsTest.FILENAME).setWarningHandler((cat, msg, file, lineno) -> {
                got.add(cat + ":" + lineno + ":" + msg);
                return false;
            }));
            if (!got.equals(expected)) failures.add(f[0] + ": warnings " + got + ", CPython " + expected);

            String[] err = {"OK", "", "", "", "", "", ""};
            try {
                drain(Tokenizer.fromBytes(src, TokenizerErrorsTest.FILENAME).setWarningHandler((cat, msg, file, lineno) -> true));
            } catch (PySyntaxError e) {
                err = new String[] {e.pyType(), e.msg, str(e.lineno), str(e.offset), e.text, str(e.endLineno), str(e.endOffset)};
            }
            if (!java.util.Arrays.equals(err, expectedError)) {
                failures.add(f[0] + ": as error " + java.util.Arrays.toString(err) + ", CPython " + java.util.Arrays.toString(expectedError));
            }
            n++;
        }
        System.out.println("tokenizer warning cases: " + n);
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    private static String str(Integer i) {
        return Objects.toString(i, null);
    }

    private static void drain(Tokenizer tok) {
        for (;;) {
            Token t = tok.next();
            if (t.type == Tokens.ENDMARKER || t.type == Tokens.ERRORTOKEN) return;
        }
    }

    private String read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void expectationsAreCurrent() throws IOException {
        CPythonOracle.Result r = CPythonOracle.python(Path.of("tools", "gen_tokenizer_errors.py").toString(), "--warnings");
        if (r.exit() != 0) fail("generator failed: " + r.stderr());
        assertEquals(read(), r.stdout(), "tokenizer_warnings.tsv is stale: rerun tools/gen_tokenizer_errors.py --warnings");
    }
}
