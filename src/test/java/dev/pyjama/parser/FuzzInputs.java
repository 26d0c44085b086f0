package dev.pyjama.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fuzz test's inputs: mutations of a corpus of Python sources (truncations, byte flips,
 * insertions and deletions, token-range splices between files, line and indentation edits,
 * newline and encoding damage) and generated pathological sources (deep nesting of every
 * kind, huge literals). Input {@code i} depends only on the seed, the corpus and {@code i},
 * so any input can be regenerated alone to reproduce a failure.
 */
final class FuzzInputs {
    /** One generated source. {@code comparable} is false when CPython's verdict would not be the parser's (see {@link #whyNotComparable}). */
    static final class Input {
        final String name;
        final byte[] source;
        final boolean comparable;

        Input(String name, byte[] source, boolean comparable) {
            this.name = name;
            this.source = source;
            this.comparable = comparable;
        }
    }

    /**
     * Why some generated inputs stay out of the CPython comparison: ast.parse converts the
     * parser's tree to Python objects and refuses trees deeper than the C recursion limit
     * (Py_C_RECURSION_LIMIT, 10000 on Linux, lower on other platforms) with RecursionError
     * "maximum recursion depth exceeded during ast construction". Left-recursive chains
     * ({@code x.a.a.a...}, {@code 1+1+1...}) build such trees without deep parser recursion.
     * That limit belongs to the ast module's conversion, not to the parser under test, so
     * chains longer than {@link #MAX_COMPARABLE_CHAIN} are run for robustness only.
     */
    static final String whyNotComparable = "AST deeper than CPython's C recursion limit for ast2obj";
    static final int MAX_COMPARABLE_CHAIN = 5000;

    private final List<byte[]> corpus;
    private final long seed;

    FuzzInputs(List<byte[]> corpus, long seed) {
        if (corpus.isEmpty()) throw new IllegalArgumentException("empty corpus");
        this.corpus = corpus;
        this.seed = seed;
    }

    /** Input number {@code index}. */
    Input generate(int index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
        int kind = r.nextInt(100);
        String tag;
        byte[] src;
        boolean comparable = true;
        if (kind < 20) {
            tag = "trunc";
            src = truncate(piece(r), r);
        } else if (kind < 33) {
            tag = "bytes";
            src = byteEdits(piece(r), r, 1 + r.nextInt(4));
        } else if (kind < 43) {
            tag = "tokens";
            src = tokenEdits(piece(r), r, 1 + r.nextInt(3));
        } else if (kind < 57) {
            tag = "splice";
            src = splice(piece(r), piece(r), r);
        } else if (kind < 64) {
            tag = "lines";
            src = lineEdits(piece(r), r);
        } else if (kind < 69) {
            tag = "newlines";
            src = newlines(piece(r), r);
        } else if (kind < 76) {
            tag = "encoding";
            src = encoding(piece(r), r);
        } else if (kind < 78) {
            tag = "nul";
            byte[] p = piece(r);
            src = insert(p, r.nextInt(p.length + 1), new byte[] {0});
        } else if (kind < 88) {
            tag = "nest";
            int[] chain = {0};
            src = Nesting.random(r, chain);
            comparable = chain[0] <= MAX_COMPARABLE_CHAIN;
        } else if (kind < 93) {
            tag = "huge";
            src = hugeLiteral(r);
        } else {
            tag = "combo";
            src = piece(r);
            for (int k = 0; k < 2; k++) {
                switch (r.nextInt(7)) {
                    case 6: src = tokenEdits(src, r, 1 + r.nextInt(2)); break;
                    case 0: src = truncate(src, r); break;
                    case 1: src = byteEdits(src, r, 1 + r.nextInt(3)); break;
                    case 2: src = splice(src, piece(r), r); break;
                    case 3: src = lineEdits(src, r); break;
                    case 4: src = newlines(src, r); break;
                    default: src = encoding(src, r); break;
                }
            }
        }
        return new Input(String.format("i%05d-%s", index, tag), src, comparable);
    }

    // ------------------------------------------------------------------------------------
    // Corpus pieces

    /**
     * A corpus file, or for a long one a run of lines starting and ending at top-level
     * statements (so the piece parses when the file does): big enough to be interesting,
     * small enough to keep the test fast.
     */
    private byte[] piece(Random r) {
        byte[] f = corpus.get(r.nextInt(corpus.size()));
        if (f.length <= 6000) return f;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i + 1 < f.length; i++) {
            if (f[i] == '\n') {
                byte c = f[i + 1];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '#' && c != ')' && c != ']' && c != '}') {
                    starts.add(i + 1);
                }
            }
        }
        starts.add(f.length);
        int target = 300 + r.nextInt(5000);
        int a = r.nextInt(starts.size() - 1);
        int b = a + 1;
        while (b < starts.size() - 1 && starts.get(b) - starts.get(a) < target) b++;
        int from = starts.get(a), to = starts.get(b);
        byte[] out = new byte[to - from];
        System.arraycopy(f, from, out, 0, out.length);
        return out;
    }

    // ------------------------------------------------------------------------------------
    // Mutations

    private static byte[] truncate(byte[] s, Random r) {
        int at = s.length == 0 ? 0 : r.nextInt(s.length + 1);
        byte[] out = new byte[at];
        System.arraycopy(s, 0, out, 0, at);
        return out;
    }

    /** Bytes and snippets that tend to matter to a Python tokenizer. */
    private static final String[] SNIPPETS = {
        "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "=", "\"", "'", "\"\"\"", "'''", "\\", "#",
        "\n", "\r", "\r\n", "\t", " ", "    ", "\f", "\u000b", "f\"", "f'", "rb'", "{", "}", "!r", "=}",
        "lambda", "lambda:", ":=", "*", "**", "@", "->", "...", "async ", "await ", "def ", "class ",
        "if ", "else", "elif ", "yield", "return", "match ", "case ", "type ", "0x", "1e", "_", "0_",
        "1j", "$", "?", "!", "`", "\\\n", "\\N{", "\\x", "\\u", "\\U000", "{x}", "print", "not ",
        "and ", "or ", "is ", "in ", "from ", "import ", "global ", "del ", "with ", "try:", "except*",
        "finally:", "pass\n", "__future__", "from __future__ import barry_as_FLUFL\n", "<>",
    };

    /** Byte sequences that are not valid UTF-8, or are only just valid. */
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0x80}, {(byte) 0xbf}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xc1, (byte) 0xbf},
        {(byte) 0xc3}, {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xe0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xed, (byte) 0xbf, (byte) 0xbf},
        {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xfe}, {(byte) 0xff},
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xe2, (byte) 0x80, (byte) 0xa8},
        {(byte) 0xc2, (byte) 0xa0}, {(byte) 0xc2, (byte) 0x85}, {(byte) 0xe3, (byte) 0x80, (byte) 0x80},
        {(byte) 0xf0, (byte) 0x9d, (byte) 0x94, (byte) 0x98}, {(byte) 0xcc, (byte) 0x81},
    };

    private static byte[] byteEdits(byte[] s, Random r, int count) {
        for (int k = 0; k < count; k++) {
            int op = r.nextInt(7);
            if (s.length == 0) op = 2;
            int at = r.nextInt(s.length + 1);
            switch (op) {
                case 0: { // flip one bit
                    if (at == s.length) at--;
                    s = s.clone();
                    s[at] ^= (byte) (1 << r.nextInt(8));
                    break;
                }
                case 1: { // replace with an arbitrary byte
                    if (at == s.length) at--;
                    s = s.clone();
                    s[at] = (byte) r.nextInt(256);
                    break;
                }
                case 2: case 3: // insert a snippet
                    s = insert(s, at, SNIPPETS[r.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                    break;
                case 4: // insert broken UTF-8
                    s = insert(s, at, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
                    break;
                default: { // delete a few bytes
                    int n = Math.min(s.length - at, 1 + r.nextInt(8));
                    s = replace(s, at, at + n, new byte[0]);
                    break;
                }
            }
        }
        return s;
    }

    /** Tokens that stress the tokenizer's and parser's special cases. */
    private static final String[] TOKENS = {
        // keywords and soft keywords
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "match", "case", "type", "_", "print", "exec", "__debug__",
        // operators and delimiters
        "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=", ">=",
        "==", "!=", "<>", "->", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", "+=", "-=", "*=",
        "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "!", "$", "?", "`", "\\",
        // numbers, valid and not
        "0", "1_000", "1_", "0x", "0xg", "0o8", "0b2", "09", "1e", "1e+", "1.e5j", "1__0", "0_0", "1if", "0x1for",
        "1.2.3", "1j2", ".5e-3", "00", "0777", "1_e5", "0b_1", "1else", "0or", "1in", "0x_f", "1.__class__",
        // strings: escapes, prefixes, f-string corners
        "\"\\N{EM DASH}\"", "\"\\N{bogus}\"", "\"\\x4\"", "\"\\u12\"", "\"\\777\"", "b\"\\777\"",
        "b\"\u00e9\"", "rb\"\\\"", "u\"x\"", "ur\"x\"", "bu\"x\"", "'''", "\"\"\"", "\"\\q\"", "b'\\q'",
        "f\"{x!z}\"", "f\"{x=!r:>{w}}\"", "f\"{}\"", "f\"{x:{y:{z}}}\"", "f'{\"\\n\"}'", "f'''{\n}'''",
        "f\"{lambda x:1}\"", "f\"{yield}\"", "f\"{*x}\"", "f\"{x:=1}\"", "rf\"\\{x}\"", "f\"\\{x}\"",
        "f\"{x!r=}\"", "f\"{x #}\"", "f\"{x}}\"", "f\"{{x}\"", "f\"{x!}\"", "f\"{x:}\"", "f\"{!r}\"",
        "f\"{x:\\n}\"", "f'{x:{'", "fr'{x}\\'", "t\"x\"", "f\"{'\u00e9'=}\"",
    };

    /** Replaces a few crude tokens with ones from {@link #TOKENS}, or inserts one. */
    private static byte[] tokenEdits(byte[] s, Random r, int count) {
        for (int k = 0; k < count; k++) {
            int[] t = CrudeTokens.boundaries(s);
            int i = r.nextInt(t.length);
            byte[] tok = TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
            if (r.nextBoolean() && i + 1 < t.length) {
                int end = t[i + 1];
                while (end > t[i] && (s[end - 1] == ' ' || s[end - 1] == '\t')) end--;
                s = replace(s, t[i], end, tok);
            } else {
                s = insert(s, t[i], concat(tok, new byte[] {' '}));
            }
        }
        return s;
    }

    /** Replaces a run of tokens of {@code a} by a run of tokens of {@code b}. */
    private static byte[] splice(byte[] a, byte[] b, Random r) {
        int[] ta = CrudeTokens.boundaries(a), tb = CrudeTokens.boundaries(b);
        int i = r.nextInt(ta.length), j = r.nextInt(tb.length);
        int ia = Math.min(ta.length - 1, i + r.nextInt(12));
        int jb = Math.min(tb.length - 1, j + r.nextInt(12));
        byte[] part = new byte[tb[jb] - tb[j]];
        System.arraycopy(b, tb[j], part, 0, part.length);
        return replace(a, ta[i], ta[ia], part);
    }

    /** Re-indents, duplicates, drops or swaps lines, or turns indentation into tabs. */
    private static byte[] lineEdits(byte[] s, Random r) {
        List<byte[]> lines = splitLines(s);
        if (lines.isEmpty()) return s;
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits && !lines.isEmpty(); k++) {
            int i = r.nextInt(lines.size());
            byte[] line = lines.get(i);
            switch (r.nextInt(6)) {
                case 0: lines.set(i, concat(spaces(1 + r.nextInt(8)), line)); break;
                case 1: {
                    int n = 0;
                    while (n < line.length && (line[n] == ' ' || line[n] == '\t')) n++;
                    int cut = n == 0 ? 0 : 1 + r.nextInt(n);
                    lines.set(i, replace(line, 0, cut, new byte[0]));
                    break;
                }
                case 2: lines.add(i, line); break;
                case 3: lines.remove(i); break;
                case 4: {
                    int j = r.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                    break;
                }
                default: { // leading spaces to tabs, on this line or all from here on
                    boolean all = r.nextBoolean();
                    int tabWidth = r.nextBoolean() ? 8 : 4;
                    for (int j = i; j < (all ? lines.size() : i + 1); j++) lines.set(j, tabify(lines.get(j), tabWidth, r));
                    break;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 64);
        for (byte[] l : lines) out.writeBytes(l);
        return out.toByteArray();
    }

    private static byte[] tabify(byte[] line, int width, Random r) {
        int n = 0;
        while (n < line.length && line[n] == ' ') n++;
        ByteArrayOutputStream out = new ByteArrayOutputStream(line.length);
        int tabs = n / width;
        for (int t = 0; t < tabs; t++) out.write('\t');
        for (int t = 0; t < n % width; t++) out.write(' ');
        if (r.nextInt(4) == 0) out.write(r.nextBoolean() ? '\t' : ' ');
        out.write(line, n, line.length - n);
        return out.toByteArray();
    }

    /** Newlines turned into \r\n or a bare \r (some or all), stray \r, form feeds. */
    private static byte[] newlines(byte[] s, Random r) {
        int mode = r.nextInt(4);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 64);
        for (byte b : s) {
            if (b == '\n') {
                boolean change = mode < 2 || r.nextInt(8) == 0;
                if (change && (mode == 0 || mode == 2)) {
                    out.write('\r');
                    out.write('\n');
                } else if (change) {
                    out.write('\r');
                } else {
                    out.write('\n');
                }
            } else {
                out.write(b);
            }
        }
        byte[] res = out.toByteArray();
        if (mode == 3) {
            for (int k = 0; k < 3; k++) {
                res = insert(res, r.nextInt(res.length + 1), r.nextBoolean() ? new byte[] {'\r'} : new byte[] {'\f'});
            }
        }
        return res;
    }

    /** BOMs, coding cookies (right, wrong, unknown, misplaced), re-encoding, broken UTF-8. */
    private static byte[] encoding(byte[] s, Random r) {
        final byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        String[] names = {"utf-8", "UTF8", "utf-8-sig", "latin-1", "iso-8859-15", "ascii", "cp1252", "koi8-r",
                          "cp437", "mac-roman", "bogus-enc", "utf-16", "hex", "rot13", "euc-jp", "shift_jis",
                          "gbk", "big5", "utf-32", "latin-1-unix", "utf-7", "mac-roman", "cp1251"};
        switch (r.nextInt(8)) {
            case 0:
                return concat(bom, s);
            case 1: case 2: {
                String enc = names[r.nextInt(names.length)];
                String[] forms = {"# -*- coding: %s -*-\n", "# coding=%s\n", "#!/usr/bin/python\n# vim: set fileencoding=%s :\n",
                                  "\n\n# coding: %s\n", "x = 1\n# coding: %s\n", "#coding:%s", "  # coding: %s\n",
                                  "\f# coding: %s\n", "# coding: %s\r\n"};
                byte[] cookie = String.format(forms[r.nextInt(forms.length)], enc).getBytes(StandardCharsets.US_ASCII);
                byte[] res = concat(cookie, s);
                return r.nextInt(4) == 0 ? concat(bom, res) : res;
            }
            case 3: { // the text as Latin-1 bytes, with or without a cookie
                String text = new String(s, StandardCharsets.UTF_8);
                byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1);
                return r.nextBoolean() ? concat("# coding: latin-1\n".getBytes(StandardCharsets.US_ASCII), latin) : latin;
            }
            case 4: { // non-ASCII text where the source is Latin-1 encoded
                byte[] t = insert(s, r.nextInt(s.length + 1), "x = '\u00e9\u00ff'  # \u00e0\n".getBytes(StandardCharsets.ISO_8859_1));
                return r.nextBoolean() ? concat("# -*- coding: latin-1 -*-\n".getBytes(StandardCharsets.US_ASCII), t) : t;
            }
            default: {
                int n = 1 + r.nextInt(3);
                for (int k = 0; k < n; k++) s = insert(s, r.nextInt(s.length + 1), BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
                return s;
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Huge literals

    private static byte[] hugeLiteral(Random r) {
        int[] sizes = {4299, 4300, 4301, 5000, 20000, 100000, 640, 1 << 16, 300000};
        int n = sizes[r.nextInt(sizes.length)];
        StringBuilder sb = new StringBuilder(n + 64);
        switch (r.nextInt(14)) {
            case 0: sb.append("x = 1").append(digits(n - 1, r)); break;
            case 1: sb.append("x = 0x").append("f".repeat(n)); break;
            case 2: sb.append("x = 1.").append(digits(n, r)).append('e').append(r.nextInt(600) - 300); break;
            case 3: sb.append("x = 1e").append("9".repeat(Math.min(n, 5000))); break;
            case 4: sb.append("x = 0.").append("0".repeat(n)).append("1"); break;
            case 5: sb.append("x = '").append("a".repeat(n)).append("'"); break;
            case 6: sb.append("x = b\"").append("\\xff".repeat(n / 4)).append('"'); break;
            case 7: sb.append("x = \"\"\"").append("line\n".repeat(n / 5)).append("\"\"\""); break;
            case 8: sb.append("n").append("_".repeat(n)).append(" = 1"); break;
            case 9: sb.append("# ").append("c".repeat(n)).append("\npass"); break;
            case 10: sb.append("x = 1").append("+1".repeat(Math.min(n / 2, 4000))); break;
            case 11: sb.append("x = 1_0").append("_0".repeat(n / 2)).append(r.nextBoolean() ? "j" : "__"); break;
            case 12: sb.append("x = f'").append("{1}".repeat(Math.min(n / 3, 20000))).append("'"); break;
            default: sb.append("x = ").append(digits(n, r)).append(r.nextBoolean() ? "j" : ".5"); break;
        }
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String digits(int n, Random r) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('0' + r.nextInt(10));
        return new String(c);
    }

    // ------------------------------------------------------------------------------------
    // Byte helpers

    static byte[] insert(byte[] s, int at, byte[] what) {
        return replace(s, at, at, what);
    }

    static byte[] replace(byte[] s, int from, int to, byte[] what) {
        byte[] out = new byte[s.length - (to - from) + what.length];
        System.arraycopy(s, 0, out, 0, from);
        System.arraycopy(what, 0, out, from, what.length);
        System.arraycopy(s, to, out, from + what.length, s.length - to);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        return replace(a, a.length, a.length, b);
    }

    private static byte[] spaces(int n) {
        return " ".repeat(n).getBytes(StandardCharsets.US_ASCII);
    }

    /** Lines with their terminators (\n only: \r stays inside lines). */
    private static List<byte[]> splitLines(byte[] s) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\n') {
                out.add(java.util.Arrays.copyOfRange(s, start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length) out.add(java.util.Arrays.copyOfRange(s, start, s.length));
        return out;
    }
}
