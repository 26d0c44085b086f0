package dev.pyjama.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Differential test: random small sources built from the lexer's tricky pieces (f-strings,
 * quotes, braces, numbers, backslashes, indentation, non-ASCII) go through both our tokenizer
 * and CPython 3.13.0's (tools/tokenize_stdlib.py stdin); tokens, and errors, must agree as in
 * {@link TokenizerStdlibTest}.
 */
class TokenizerDifferentialTest {
    private static final String[] PIECES = {
            "f\"", "f'", "\"", "'", "\"\"\"", "'''", "rf\"", "b'", "u\"", "Rb'", "F'''",
            "{", "}", "{{", "}}", "(", ")", "[", "]", "{x}", "{x=}", "{x!r}", "{x:>10}", "{x:{y}}",
            "x", "y", "é", "€", "µ", "1", "0", "09", "1_0", "_", ".", "e", "j", "0x", "0o", "0b", "1e5", ".5",
            "=", "!", "!r", ":", ">10", "\\", "\\N{BULLET}", "\\{", "\n", "\n", "\n", "    ", "  ", "\t", "#", "# c\n",
            " ", " ", " ", "if x:\n", "lambda", ",", "+", "==", "!=", ":=", ";", "...", "and", "else", "for", "in",
            "\f", "\u000b", "$", "?",
    };

    @Test
    void randomSourcesMatchCPython() throws Exception {
        SplittableRandom rnd = new SplittableRandom(Long.getLong("tokdiff.seed", 7));
        List<byte[]> sources = new ArrayList<>();
        for (int i = 0, n = Integer.getInteger("tokdiff.n", 20_000); i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(1, Integer.getInteger("tokdiff.len", 16));
            for (int k = 0; k < len; k++) sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            sources.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        compare(sources, false);
        compare(sources, true);
    }

    private static void compare(List<byte[]> sources, boolean extra) throws Exception {
        Path input = Files.createTempFile("tokdiff", ".hex");
        try {
            StringBuilder all = new StringBuilder();
            for (byte[] s : sources) all.append(HexFormat.of().formatHex(s)).append('\n');
            Files.writeString(input, all);
            String driver = Path.of("tools", "tokenize_stdlib.py").toAbsolutePath().toString();
            CPythonOracle.Result r = extra
                    ? CPythonOracle.pythonWithInput(input, driver, "stdin", "--extra", "-")
                    : CPythonOracle.pythonWithInput(input, driver, "stdin", "-");
            if (r.exit() != 0) fail("driver failed: " + r.stderr());
            String[] lines = r.stdout().split("\n");
            List<String> failures = new ArrayList<>();
            int errors = 0;
            for (int i = 0; i < sources.size(); i++) {
                String[] f = lines[i].split("\t", -1);
                if (f[1].equals("ERR")) errors++;
                TokenizerStdlibTest.Outcome mine = TokenizerStdlibTest.tokenize(sources.get(i), "<string>", extra);
                String problem = TokenizerStdlibTest.compare(f, mine);
                if (problem != null) {
                    failures.add(new String(sources.get(i), StandardCharsets.UTF_8).replace("\n", "\\n") + " : " + problem);
                }
            }
            System.out.printf("tokenizer differential %s: %d of %d random sources agree (%d of them errors)%n",
                    extra ? "(extra tokens)" : "", sources.size() - failures.size(), sources.size(), errors);
            if (!failures.isEmpty()) {
                fail(failures.size() + " differ:\n" + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
            }
        } finally {
            Files.deleteIfExists(input);
        }
    }
}
