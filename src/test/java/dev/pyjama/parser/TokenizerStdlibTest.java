package dev.pyjama.parser;

import dev.pyjama.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tokenizes every .py file of CPython 3.13's standard library and compares each token (type,
 * text, positions in characters) with CPython's own C tokenizer, which
 * tools/tokenize_stdlib.py runs through _tokenize.TokenizerIter.
 *
 * <p>How TokenizerIter differs from the parser-facing tokenizer, and how each difference is
 * accounted for here:
 * <ul>
 * <li>It reads lines through readline, never translating newlines; compile() translates \r\n
 *     and \r first. The driver translates them before handing the text over, as compile() does.
 * <li>It does not look for a coding cookie; tokenize.detect_encoding does that in the driver.
 *     When that fails (bad or unknown cookie, bytes that are not UTF-8 without a cookie), the
 *     driver reports what compile() raises instead, and this test checks fromBytes against it:
 *     an initialisation error (line 0) must come out of {@link Tokenizer#fromBytes} identical; a
 *     "(unicode error)" the parser raises when it decodes a string literal is not the
 *     tokenizer's, which must then tokenize the file without error.
 * <li>Errors signalled only by an error code (tok->done) are turned into exceptions by
 *     TokenizerIter's own _tokenizer_error, whose texts and offsets differ from the parser's:
 *     for those, the message (per code) and the line are compared.
 * <li>Its columns come from the tokens' start/end pointers through a per-line cache, not from
 *     the lexer's column counters that the parser uses (they differ for NEWLINE, for "{{" in
 *     f-strings, and after non-ASCII comments); {@link TokenIterAdapter} reproduces that.
 * <li>For an empty source, TokenizerIter(extra_tokens=False) yields no ENDMARKER at all.
 * </ul>
 */
class TokenizerStdlibTest {

    @Test
    void stdlibTokensMatchCPython() throws Exception {
        compareStdlib(false);
    }

    @Test
    void stdlibExtraTokensMatchCPython() throws Exception {
        compareStdlib(true);
    }

    private void compareStdlib(boolean extra) throws Exception {
        Path root = CPythonOracle.stdlib();
        Path driver = Path.of("tools", "tokenize_stdlib.py").toAbsolutePath();
        List<String> args = new ArrayList<>(List.of(driver.toString(), "hash"));
        if (extra) args.add("--extra");
        args.add(root.toString());
        CPythonOracle.Result r = CPythonOracle.python(args.toArray(new String[0]));
        if (r.exit() != 0) fail("driver failed: " + r.stderr());
        String[] lines = r.stdout().split("\n");
        int agree = 0;
        long tokens = 0;
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            Path file = root.resolve(f[0]);
            byte[] data = Files.readAllBytes(file);
            Outcome mine = tokenize(data, f[0], extra);
            String problem = compare(f, mine);
            if (problem == null) {
                agree++;
                tokens += mine.count;
            } else {
                failures.add(f[0] + ": " + problem + firstDifference(driver, file, mine, extra));
            }
        }
        System.out.printf("tokenizer %s: %d of %d stdlib files agree with CPython (%d tokens)%n",
                extra ? "(extra tokens)" : "", agree, agree + failures.size(), tokens);
        if (!failures.isEmpty()) {
            fail(failures.size() + " files differ:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    /** What our tokenizer made of a file: the hash of its rendered tokens and how it ended. */
    static final class Outcome {
        final ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        int count;
        PySyntaxError error;
        int doneCode = -1;
        byte[] buffer;
    }

    static Outcome tokenize(byte[] data, String filename, boolean extra) {
        Outcome o = new Outcome();
        try {
            Tokenizer tok = Tokenizer.fromBytes(data, filename).setExtraTokens(extra);
            o.buffer = tok.buffer();
            TokenIterAdapter it = new TokenIterAdapter(tok, extra);
            for (;;) {
                Token t = tok.next();
                if (t.type == Tokens.ERRORTOKEN) {
                    o.doneCode = tok.done();
                    break;
                }
                // TokenizerIter(extra_tokens=False) yields nothing at all for an empty source
                // (its ENDMARKER on line 0 has no line to show); the parser does get it.
                boolean emptySourceEndmarker = !extra && t.type == Tokens.ENDMARKER && o.buffer.length == 0;
                if (!emptySourceEndmarker) {
                    it.render(t, o.rendered);
                    o.count++;
                }
                if (t.type == Tokens.ENDMARKER) break;
            }
        } catch (PySyntaxError e) {
            o.error = e;
        }
        return o;
    }

    private static String sha1(byte[] b) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(b));
    }

    /** TokenizerIter's message for each error code (Python/Python-tokenize.c _tokenizer_error). */
    static String iterMessage(int done) {
        switch (done) {
            case Tokenizer.E_EOF: return "SyntaxError unexpected EOF in multi-line statement";
            case Tokenizer.E_DEDENT: return "IndentationError unindent does not match any outer indentation level";
            case Tokenizer.E_TABSPACE: return "TabError inconsistent use of tabs and spaces in indentation";
            case Tokenizer.E_TOODEEP: return "IndentationError too many levels of indentation";
            case Tokenizer.E_LINECONT: return "SyntaxError unexpected character after line continuation character";
            default: return "SyntaxError unknown tokenization error";
        }
    }

    static String compare(String[] f, Outcome mine) throws NoSuchAlgorithmException {
        String kind = f[1];
        String hash = sha1(mine.rendered.toByteArray());
        switch (kind) {
            case "OK":
                if (mine.error != null) return "we raised " + describe(mine.error);
                if (mine.doneCode >= 0) return "we stopped with error code " + mine.doneCode;
                if (!hash.equals(f[2])) return "tokens differ";
                return null;
            case "ERR": {
                String theirs = f[4] + " " + f[5] + " " + f[6] + " " + unescape(f[7]);
                if (!hash.equals(f[2])) return "tokens before the error differ";
                if (mine.error != null) {
                    String ours = mine.error.pyType() + " " + mine.error.lineno + " " + mine.error.offset + " " + mine.error.msg;
                    return ours.equals(theirs) ? null : "error differs: ours " + ours + ", CPython " + theirs;
                }
                if (mine.doneCode >= 0) {
                    String ours = iterMessage(mine.doneCode);
                    String theirsNoPos = f[4] + " " + unescape(f[7]);
                    return ours.equals(theirsNoPos) ? null : "error differs: ours " + ours + ", CPython " + theirs;
                }
                return "we raised nothing, CPython " + theirs;
            }
            case "DEC": {
                String type = f[2];
                int lineno = Integer.parseInt(f[3]);
                String msg = unescape(f[5]);
                if (lineno == 0) {
                    if (mine.error == null) return "we raised nothing, CPython: " + msg;
                    String ours = mine.error.pyType() + " " + mine.error.lineno + " " + mine.error.offset + " " + mine.error.msg;
                    String theirs = type + " " + lineno + " " + f[4] + " " + msg;
                    return ours.equals(theirs) ? null : "error differs: ours " + ours + ", CPython " + theirs;
                }
                if (msg.startsWith("(unicode error)")) {
                    // Raised by the parser when it decodes a string literal: not the tokenizer's.
                    if (mine.error != null) return "we raised " + describe(mine.error);
                    return mine.doneCode >= 0 ? "we stopped with error code " + mine.doneCode : null;
                }
                return "unexpected DEC line";
            }
            default:
                return "bad driver line";
        }
    }

    private static String describe(PySyntaxError e) {
        return e.pyType() + "(" + e.msg + ") at " + e.lineno + ":" + e.offset;
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Runs the driver's dump for the file and points at the first differing token. */
    private static String firstDifference(Path driver, Path file, Outcome mine, boolean extra) {
        try {
            CPythonOracle.Result r = extra
                    ? CPythonOracle.python(driver.toString(), "dump", "--extra", file.toString())
                    : CPythonOracle.python(driver.toString(), "dump", file.toString());
            String[] theirs = r.stdout().split("\n", -1);
            String[] ours = mine.rendered.toString(StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < Math.max(theirs.length, ours.length); i++) {
                String a = i < theirs.length ? theirs[i] : "<none>";
                String b = i < ours.length ? ours[i] : "<none>";
                if (!a.equals(b)) return "\n    token " + i + ": CPython [" + a + "]\n    token " + i + ": ours    [" + b + "]";
            }
            return "";
        } catch (IOException e) {
            return " (no dump: " + e + ")";
        }
    }

    @Test
    void iterMessagesCoverCodes() {
        assertEquals("TabError inconsistent use of tabs and spaces in indentation", iterMessage(Tokenizer.E_TABSPACE));
    }
}
