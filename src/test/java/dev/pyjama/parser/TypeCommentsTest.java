package dev.pyjama.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * TYPE_COMMENT and TYPE_IGNORE tokens compared with what ast.parse(type_comments=True) of
 * CPython 3.13.0 reports (type_comments.tsv, by tools/gen_tokenizer_errors.py). The tag of a
 * type: ignore is read as pegen reads it: end_col_offset - col_offset bytes from the start.
 */
class TypeCommentsTest {
    static final String RESOURCE = "type_comments.tsv";

    @Test
    void typeCommentsMatchCPython() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String line : read().split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            byte[] src = HexFormat.of().parseHex(f[1]);
            int i = 2;
            List<String> expected = new ArrayList<>();
            int nc = Integer.parseInt(f[i++]);
            for (int k = 0; k < nc; k++) expected.add("comment " + TokenizerErrorsTest.unescape(f[i++]));
            int ni = Integer.parseInt(f[i++]);
            for (int k = 0; k < ni; k++) expected.add("ignore " + f[i++] + " " + TokenizerErrorsTest.unescape(f[i++]));

            List<String> comments = new ArrayList<>();
            List<String> ignores = new ArrayList<>();
            Tokenizer tok = Tokenizer.fromBytes(src, "<tc>").setTypeComments(true);
            for (;;) {
                Token t = tok.next();
                if (t.type == Tokens.ENDMARKER || t.type == Tokens.ERRORTOKEN) break;
                if (t.type == Tokens.TYPE_COMMENT) comments.add("comment " + t.text());
                if (t.type == Tokens.TYPE_IGNORE) {
                    int len = t.endColOffset - t.colOffset;
                    ignores.add("ignore " + tok.lineno() + " " + new String(t.buffer(), t.start, len, StandardCharsets.UTF_8));
                }
            }
            comments.addAll(ignores);
            if (!comments.equals(expected)) failures.add(f[0] + ": " + comments + ", CPython " + expected);
        }
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    private String read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void expectationsAreCurrent() throws IOException {
        CPythonOracle.Result r = CPythonOracle.python(Path.of("tools", "gen_tokenizer_errors.py").toString(), "--type-comments");
        if (r.exit() != 0) fail("generator failed: " + r.stderr());
        assertEquals(read(), r.stdout(), "type_comments.tsv is stale: rerun tools/gen_tokenizer_errors.py --type-comments");
    }
}
