package dev.pyjama.parser;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.CPython;
import dev.pyjama.tools.StdlibAstParity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smallest sources showing each front-end bug the fuzz test found, compared with
 * CPython 3.13 (one run of cpython_ast_hashes.py), each parsed from a file, as
 * {@code <string>}, and in the 'eval', 'single' and 'func_type' modes: the same AST, or the
 * same error type, message and position.
 */
class FuzzRegressionTest {
    /** Bytes from a string whose characters are all below 256 (one byte each). */
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return FuzzInputs.concat(a, b);
    }

    private static Map<String, byte[]> cases() {
        Map<String, byte[]> c = new LinkedHashMap<>();
        // The error pass matched a whole 'def' in invalid_def_raw and cast its dummy to a statement.
        c.put("placeholder-def", bytes("def f():\n    pass\n$\n"));
        c.put("placeholder-class", bytes("@d\nclass C:\n    def f(self):\n        pass\n1 +\n"));
        // An identifier that is not UTF-8, found after the syntax error: UnicodeDecodeError wins.
        c.put("decode-error-after-syntax-error", bytes("x = 1 +\nse\u00acf = 2\n"));
        // The error line decoded with CPython's 'replace' (ED A0 80 is three U+FFFD).
        c.put("replace-surrogate-bytes", bytes("x = '5\u00ed\u00a0\u00800x30+135+0'\n"));
        c.put("replace-identifier", bytes("import _cod\u00ed\u00bf\u00bfecs_jp, codecs\n"));
        // An error on a line over 999 bytes: CPython 3.13.0 keeps the line's last chunk.
        c.put("long-line", bytes("async def f():\n    return " + "await ".repeat(1000) + "x\n"));
        c.put("long-line-lambda", bytes("f = " + "lambda a=".repeat(377) + "1: 0\n"));
        // UTF-16/32 cookies: little-endian without a BOM, CPython's error texts.
        c.put("utf-16-cookie", bytes("# coding: utf-16\nx = 12\n"));
        c.put("utf-16-cookie-odd", bytes("# coding: utf-16\nx = 1\n"));
        c.put("utf-32-cookie", bytes("# coding: utf-32\nx = 1\n"));
        c.put("utf-32-be-cookie", bytes("# coding: utf-32-be\nx = 1\n"));
        c.put("utf-16-source", concat(bytes("# coding: utf-16\n"), "\nx = '\u00e9' $\n".getBytes(StandardCharsets.UTF_16LE)));
        // A BOM stays in the text of an error on line 1 (columns shift).
        c.put("bom-error-line-1", bytes("\u00ef\u00bb\u00bfx = \"\u00c3\u00a9\u00c3\u00a9\" $ 2\n"));
        // Without a declared encoding, a line that is not UTF-8 is not reread from the file.
        c.put("non-utf8-error-line", bytes("x = 1\n_fixture()\u009eextractall(1)\n"));
        c.put("non-utf8-continuation", bytes("x = 1\ny = 2 and \\\n_fixture()\u009eextractall(1)\n"));
        // f-string literal text must be UTF-8; format specs let decode errors through.
        c.put("fstring-middle-not-utf8", bytes("x = f\"ab\u00d3cd\"\n"));
        c.put("fstring-spec-not-utf8", bytes("x = f\"{1:ab\u00d3cd}\"\n"));
        c.put("fstring-spec-bad-escape", bytes("x = f\"{1:\\N{foo}}\"\n"));
        c.put("fstring-spec-bad-hex", bytes("x = f\"{1:\\x4}\"\n"));
        c.put("fstring-middle-bad-escape", bytes("x = f\"a\\N{foo}\"\n"));
        // A UnicodeDecodeError while tokenizing the rest, inside an f-string: the SyntaxError stays.
        c.put("fstring-debug-text-not-utf8", bytes("f\"{x = '\u00e9\u00ff'}\"\n"));
        // barry_as_FLUFL imported in the source does not allow '<>' (CPython 3.13.0).
        c.put("barry-in-source", bytes("from __future__ import barry_as_FLUFL\n1 <> 2\n"));
        c.put("barry-in-source-ne", bytes("from __future__ import barry_as_FLUFL\n1 != 2\n"));
        // The error text of a string source comes from the undecoded bytes.
        c.put("latin-1-multiline-error", bytes("# coding: latin-1\n\n\n\nx = ('\u00e9\u00e9\u00e9', a=\n   bbbbbbbbbbb)\n"));
        // Codec names Java does not know, for the error line reread from the file.
        c.put("mac-roman-error-line", concat(bytes("# -*- coding: mac-roman -*-\nif 1:\n        if 2:\n"),
                bytes("  \u00ed\u00a0\u0080    pass\n")));
        // Other modes (every case also runs in eval/single/func_type): single-statement input
        // without a final newline; no implicit newline outside 'exec', so an unterminated
        // first line is no coding cookie there.
        c.put("single-no-final-newline", bytes("if x:\n    pass"));
        c.put("single-expression", bytes("x = 1"));
        c.put("unterminated-cookie-line", bytes("# -*- coding: uft-8 -*-"));
        c.put("bom-only", bytes("\u00ef\u00bb\u00bf"));
        // UTF-7 sources (no Java charset): shifted characters, a lone surrogate, bad shifts.
        c.put("utf-7-source", bytes("# coding: utf-7\nx = \"+AOkA6Q-\" $\n"));
        c.put("utf-7-lone-surrogate", bytes("# coding: utf-7\nx = \"+2D0-\"\n"));
        c.put("utf-7-partial-shift", bytes("# coding: utf-7\nx = \"+AOkA6QD\"\n"));
        c.put("utf-7-error-line", bytes("# coding: utf-7\nx = \"+AOk-\" $ \"+AOkA6Q\" $ \n"));
        // Single-byte codecs through CPython's tables: mappings Java lacks or has otherwise.
        c.put("cp874-source", bytes("# coding: cp874\nx = \"\u00f3\u00ca\u0095[\u0091\u00a2]\u00c6\"\n"));
        c.put("tis-620-source", bytes("# coding: tis-620\nx = \"cuO\u00b7\u0085c\"\n"));
        c.put("mac-cyrillic-source", bytes("# coding: mac-cyrillic\nx = \"\u00a2~L\"\n"));
        c.put("cp720-source", bytes("# coding: cp720\nx = \"\u00a4\"\n"));
        c.put("kz1048-source", bytes("# coding: kz1048\nx = \"\u00ba\"\n"));
        c.put("ptcp154-source", bytes("# coding: ptcp154\nx = \"\u0098\u00f7\u0087\" $\n"));
        c.put("cp1255-undefined-byte", bytes("# coding: cp1255\nx = \"\u00ff\"\n"));
        // Linear-time hex literal (300,000 digits parsed in well under a second).
        c.put("huge-hex", bytes("x = 0x" + "f".repeat(300_000) + "\n"));
        return c;
    }

    @Test
    void minimizedFuzzFindingsAgreeWithCPython() throws Exception {
        CPython313.require();
        Path dir = Path.of("target", "fuzz-regressions").toAbsolutePath();
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) Files.delete(p);
        }
        Map<String, byte[]> cases = cases();
        for (Map.Entry<String, byte[]> e : cases.entrySet()) Files.write(dir.resolve(e.getKey() + ".py"), e.getValue());
        Map<String, String> theirs = StdlibAstParity.cpython(CPython.command(), dir,
                Path.of("tools/parity/cpython_ast_hashes.py").toAbsolutePath(), true, 1);
        List<String> diffs = new ArrayList<>();
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                for (String name : cases.keySet()) {
                    for (String variant : new String[] {null, "string", "eval", "single", "func_type"}) {
                        String key = name + ".py" + (variant != null ? "#" + variant : "");
                        String ours;
                        try {
                            ours = StdlibAstParity.describe(dir, name + ".py", variant);
                        } catch (RuntimeException | StackOverflowError e) {
                            ours = key + "\tcrash " + e;
                        }
                        if (!ours.equals(theirs.get(key))) {
                            diffs.add("  cpython: " + theirs.get(key) + "\n  pyjama:  " + ours);
                        }
                    }
                }
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "regressions", FuzzTest.STACK_BYTES);
        t.start();
        t.join();
        if (thrown[0] != null) throw new AssertionError(thrown[0]);
        if (!diffs.isEmpty()) fail(diffs.size() + " outcomes differ from CPython:\n" + String.join("\n", diffs));
    }
}
