package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;

import java.nio.charset.StandardCharsets;

/**
 * Turns the source handed to {@code compile()} into the tokenizer's buffer: newline
 * translation, the implicit final newline, and for bytes the UTF-8 BOM and the PEP 263
 * coding cookie on line 1 or 2, decoding and re-encoding to UTF-8. Failures are raised as
 * CPython's parser raises them when the tokenizer cannot be created: a {@code SyntaxError}
 * whose message is the underlying error's text, on "line 0" with offset -1.
 */
// CPython: Parser/tokenizer/string_tokenizer.c decode_str, utf8_tokenizer.c, helpers.c
final class SourceDecoder {
    private SourceDecoder() {}

    /**
     * The translated UTF-8 buffer and the encoding that was declared or detected; whether the
     * final newline was added; also the newline-translated input after any BOM, before
     * decoding ({@code str[strBegin..]}, CPython's tok->str), which differs from the buffer
     * when a coding cookie re-encoded the source.
     */
    record Decoded(byte[] buf, String encoding, boolean addedNewline, byte[] str, int strBegin) {}

    private static final String NULL_BYTES = "source code string cannot contain null bytes";

    /** Source given as bytes: compile(bytes) and module import. */
    // CPython: Parser/tokenizer/string_tokenizer.c decode_str, Python/pythonrun.c _Py_SourceAsString
    static Decoded fromBytes(byte[] input, String filename, boolean execInput) {
        for (byte b : input) {
            if (b == 0) throw nullBytes();
        }
        byte[] str = translateNewlines(input, input.length, execInput);
        int begin = 0;
        String encoding = null;
        if (str.length >= 3 && (str[0] & 0xff) == 0xEF && (str[1] & 0xff) == 0xBB && (str[2] & 0xff) == 0xBF) {
            begin = 3;
            encoding = "utf-8";
        }
        int newl0 = indexOf(str, (byte) '\n', begin);
        int newl1 = newl0 < 0 ? -1 : indexOf(str, (byte) '\n', newl0 + 1);
        CookieState st = new CookieState(encoding);
        if (newl0 >= 0) {
            checkCodingSpec(str, begin, newl0 - begin, st, filename);
            if (st.enc == null && !st.normal && newl1 >= 0) {
                checkCodingSpec(str, newl0 + 1, newl1 - newl0, st, filename);
            }
        }
        byte[] buf;
        if (st.enc != null) {
            try {
                buf = SourceCodecs.decodeToUtf8(str, begin, str.length, st.enc);
            } catch (SourceCodecs.DecodeFailure e) {
                throw initError(e.getMessage(), filename);
            }
        } else if (begin == 0) {
            buf = str;
        } else {
            buf = java.util.Arrays.copyOfRange(str, begin, str.length);
        }
        return new Decoded(buf, st.encoding, execInput && endsWithoutNewline(input), str, begin);
    }

    /** UTF-8 source decoded already (what the tokenize module's readline gave): no BOM or cookie processing. */
    // CPython: Parser/tokenizer/readline_tokenizer.c (tok->decoding_state is STATE_NORMAL once an encoding is known)
    static Decoded fromDecoded(byte[] utf8, boolean execInput) {
        for (byte b : utf8) {
            if (b == 0) throw nullBytes();
        }
        byte[] buf = translateNewlines(utf8, utf8.length, execInput);
        return new Decoded(buf, "utf-8", execInput && endsWithoutNewline(utf8), buf, 0);
    }

    /** Source given as str: no cookie processing, encoding "utf-8". */
    // CPython: Parser/tokenizer/utf8_tokenizer.c _PyTokenizer_FromUTF8
    static Decoded fromString(String source, boolean execInput) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < source.length()
                        && Character.isLowSurrogate(source.charAt(i + 1));
                if (paired) {
                    i++;
                } else {
                    throw encodeError(source, i);
                }
            }
        }
        if (source.indexOf('\0') >= 0) throw nullBytes();
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        byte[] buf = translateNewlines(utf8, utf8.length, execInput);
        return new Decoded(buf, "utf-8", execInput && endsWithoutNewline(utf8), buf, 0);
    }

    /** str(UnicodeEncodeError) of the UTF-8 encoder for the lone surrogates at {@code i}. */
    static PyException encodeError(String s, int i) {
        // str(UnicodeEncodeError) for a run of lone surrogates, positions in code points.
        int cpStart = s.codePointCount(0, i);
        int j = i;
        while (j < s.length() && Character.isSurrogate(s.charAt(j))
                && !(Character.isHighSurrogate(s.charAt(j)) && j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1)))) {
            j++;
        }
        int n = j - i;
        String msg = n == 1
                ? String.format("'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed", (int) s.charAt(i), cpStart)
                : String.format("'utf-8' codec can't encode characters in position %d-%d: surrogates not allowed", cpStart, cpStart + n - 1);
        return new PyException("UnicodeEncodeError", msg);
    }

    private static PySyntaxError nullBytes() {
        return new PySyntaxError("SyntaxError", NULL_BYTES, null, null, null, null, null, null);
    }

    /** The SyntaxError pegen makes of an error raised while the tokenizer was being created. */
    // CPython: Parser/pegen_errors.c _PyPegen_raise_tokenizer_init_error
    static PySyntaxError initError(String msg, String filename) {
        return new PySyntaxError("SyntaxError", msg, filename, 0, -1, null, null, null);
    }

    /**
     * Translates \r\n and lone \r to \n; with execInput, appends a \n when the text does not
     * end with one. The result has room for nothing else: it is exactly the translated text.
     */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_translate_newlines
    static byte[] translateNewlines(byte[] s, int n, boolean execInput) {
        byte[] out = new byte[n + 1];
        int o = 0;
        for (int i = 0; i < n; i++) {
            byte c = s[i];
            if (c == '\r') {
                out[o++] = '\n';
                if (i + 1 < n && s[i + 1] == '\n') i++;
            } else {
                out[o++] = c;
            }
        }
        if (execInput && o > 0 && out[o - 1] != '\n') out[o++] = '\n';
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }

    private static boolean endsWithoutNewline(byte[] s) {
        return s.length > 0 && s[s.length - 1] != '\n' && s[s.length - 1] != '\r';
    }

    private static int indexOf(byte[] s, byte b, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == b) return i;
        }
        return -1;
    }

    /** What the cookie search has found so far (tok->encoding, tok->enc, tok->decoding_state). */
    private static final class CookieState {
        String encoding;
        String enc;
        boolean normal;

        CookieState(String encoding) {
            this.encoding = encoding;
        }
    }

    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_check_coding_spec
    private static void checkCodingSpec(byte[] s, int line, int size, CookieState st, String filename) {
        String cs = getCodingSpec(s, line, size);
        if (cs == null) {
            for (int i = 0; i < size; i++) {
                byte c = s[line + i];
                if (c == '#' || c == '\n' || c == '\r') break;
                if (c != ' ' && c != '\t' && c != '\014') {
                    st.normal = true;
                    break;
                }
            }
            return;
        }
        st.normal = true;
        if (st.encoding == null) {
            if (!cs.equals("utf-8")) st.enc = cs;
            st.encoding = cs;
        } else if (!st.encoding.equals(cs)) {
            throw initError("encoding problem: " + cs + " with BOM", filename);
        }
    }

    /** The coding spec in the comment that is alone on the line, or null. */
    // CPython: Parser/tokenizer/helpers.c get_coding_spec
    static String getCodingSpec(byte[] s, int line, int size) {
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = s[line + i];
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\014') return null;
        }
        for (; i < size - 6; i++) {
            int t = line + i;
            if (s[t] == 'c' && s[t + 1] == 'o' && s[t + 2] == 'd' && s[t + 3] == 'i' && s[t + 4] == 'n' && s[t + 5] == 'g') {
                t += 6;
                if (at(s, t) != ':' && at(s, t) != '=') continue;
                do {
                    t++;
                } while (at(s, t) == ' ' || at(s, t) == '\t');
                int begin = t;
                while (true) {
                    int c = at(s, t);
                    boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                            || c == '-' || c == '_' || c == '.';
                    if (!ok) break;
                    t++;
                }
                if (begin < t) {
                    return normalName(new String(s, begin, t - begin, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return null;
    }

    private static int at(byte[] s, int i) {
        return i < s.length ? s[i] & 0xff : 0;
    }

    /** Canonical spelling of the utf-8 and latin-1 families, else the name unchanged. */
    // CPython: Parser/tokenizer/helpers.c get_normal_name
    static String normalName(String s) {
        StringBuilder b = new StringBuilder(12);
        for (int i = 0; i < 12 && i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = b.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) return "utf-8";
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }
}
