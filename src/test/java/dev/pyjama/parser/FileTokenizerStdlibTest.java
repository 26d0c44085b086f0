package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The file tokenizer ({@link Tokenizer#fromFile}, used to run scripts) must give exactly the
 * tokens of the string tokenizer ({@link Tokenizer#fromBytes}, checked against CPython by
 * {@link TokenizerStdlibTest}) on every file of the standard library that the string tokenizer
 * accepts: the two differ only in how they read the source, which shows in errors, not in
 * tokens (a file that is not UTF-8 is the exception: only the file tokenizer checks every
 * line). CPython itself cannot show its file tokenizer's tokens, only run the file.
 */
class FileTokenizerStdlibTest {

    @Test
    void fileModeTokensEqualStringModeTokensOnTheStdlib() throws Exception {
        Path root = CPythonOracle.stdlib();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        int compared = 0;
        long tokens = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            byte[] data = Files.readAllBytes(file);
            List<String> expected = new ArrayList<>();
            try {
                drain(Tokenizer.fromBytes(data, file.toString()), expected);
            } catch (PyException e) {
                continue; // the string tokenizer rejects it: errors are the parity fixtures' business
            }
            List<String> got = new ArrayList<>();
            try {
                drain(Tokenizer.fromFile(data, file.toString()), got);
            } catch (PyException e) {
                got.add("raised " + e.pyType() + ": " + e.pyMessage());
            }
            if (got.get(got.size() - 1).equals("done " + TokenizerState.E_DECODE) && !Utf8.isValid(data, 0, data.length)) {
                // Not UTF-8: only the file tokenizer checks every line (the parser would
                // reject the bytes later in string mode).
                continue;
            }
            compared++;
            tokens += expected.size();
            if (!expected.equals(got)) {
                int i = 0;
                while (i < expected.size() && i < got.size() && expected.get(i).equals(got.get(i))) i++;
                failures.add(root.relativize(file) + ": token " + i + ": string mode "
                        + (i < expected.size() ? expected.get(i) : "<end>") + ", file mode "
                        + (i < got.size() ? got.get(i) : "<end>"));
            }
        }
        System.out.println("file tokenizer: " + compared + " stdlib files, " + tokens + " tokens, "
                + failures.size() + " differing from the string tokenizer");
        assertTrue(compared > 1000, "too few stdlib files found under " + root);
        if (!failures.isEmpty()) {
            fail(failures.size() + " file(s) differ:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    private static void drain(Tokenizer tok, List<String> out) {
        for (;;) {
            Token t = tok.next();
            out.add(Tokens.name(t.type) + " " + t.lineno + ":" + t.colOffset + "-" + t.endLineno + ":" + t.endColOffset
                    + " " + t.text() + (t.metadata == null ? "" : " {" + t.metadata + "}"));
            if (t.type == Tokens.ENDMARKER) return;
            if (t.type == Tokens.ERRORTOKEN) {
                out.add("done " + tok.done());
                return;
            }
        }
    }
}
