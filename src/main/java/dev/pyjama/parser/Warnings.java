package dev.pyjama.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Warnings the front end issues (SyntaxWarning for invalid escapes and the like), printed as
 * Python's warnings module prints them under its default filters: the location, the
 * category and message, then the source line when the file can be read.
 */
// CPython: Python/_warnings.c warn_explicit, Lib/warnings.py _formatwarnmsg_impl
public final class Warnings {
    private Warnings() {}

    static void warnExplicit(ParserContext ctx, String category, String message, int lineno) {
        PrintStream out = ctx.warnings();
        if (out == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(ctx.filename).append(':').append(lineno).append(": ").append(category).append(": ")
          .append(message).append('\n');
        String line = sourceLine(ctx, lineno);
        if (line != null) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                sb.append("  ").append(stripped).append('\n');
            }
        }
        out.print(sb);
    }

    /**
     * The line linecache.getline() would find: the file decoded as tokenize.open() decodes it.
     * Any failure (no such file, a bad or unknown cookie, bytes that do not decode strictly)
     * means no line, as linecache and the warnings module swallow it.
     */
    // CPython: Lib/linecache.py updatecache, Lib/tokenize.py open, detect_encoding
    private static String sourceLine(ParserContext ctx, int lineno) {
        if (ctx.filename == null || ctx.filename.startsWith("<")) {
            return null;
        }
        try {
            Path p = ctx.cwd() == null ? Path.of(ctx.filename) : ctx.cwd().resolve(ctx.filename);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            byte[] data = Files.readAllBytes(p);
            String encoding = detectEncoding(data);
            if (encoding == null) {
                return null;
            }
            String text = new String(SourceCodecs.decodeToUtf8(data, 0, data.length, encoding), StandardCharsets.UTF_8);
            // readlines() with universal newlines: \n, \r and \r\n end lines.
            int n = 1;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                    if (n == lineno) {
                        return i == text.length() && start == i ? null : text.substring(start, i);
                    }
                    if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    n++;
                    start = i + 1;
                }
            }
            return null;
        } catch (IOException | SourceCodecs.DecodeFailure | RuntimeException e) {
            return null;
        }
    }

    /**
     * tokenize.detect_encoding: "utf-8-sig" after a BOM, the cookie of line 1 or 2, else
     * "utf-8"; null where it raises SyntaxError (a cookie line that is not UTF-8, an unknown
     * codec, a BOM with another cookie).
     */
    // CPython: Lib/tokenize.py detect_encoding, find_cookie
    static String detectEncoding(byte[] data) {
        int pos = 0;
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF;
        String dflt = "utf-8";
        if (bom) {
            pos = 3;
            dflt = "utf-8-sig";
        }
        for (int lineNo = 0; lineNo < 2; lineNo++) {
            if (pos >= data.length) {
                return dflt;
            }
            int end = pos;
            while (end < data.length && data[end] != '\n') end++;
            if (end < data.length) end++;
            if (!Utf8.isValid(data, pos, end)) {
                return null;
            }
            String cookie = cookie(data, pos, end);
            if (cookie != null) {
                String enc = SourceDecoder.normalName(cookie);
                try {
                    SourceCodecs.checkTextEncoding(enc);
                } catch (SourceCodecs.DecodeFailure e) {
                    return null;
                }
                if (bom) {
                    return enc.equals("utf-8") ? "utf-8-sig" : null;
                }
                return enc;
            }
            // blank_re: only a blank or comment-only first line lets line 2 declare it.
            int i = pos;
            while (i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) i++;
            if (i < end && data[i] != '#' && data[i] != '\r' && data[i] != '\n') {
                return dflt;
            }
            pos = end;
        }
        return dflt;
    }

    /** cookie_re: {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)} (ASCII), or null. */
    private static String cookie(byte[] s, int from, int to) {
        int i = from;
        while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) i++;
        if (i >= to || s[i] != '#') {
            return null;
        }
        // '.' does not match a newline; the first "coding[:=]" with a name after it wins.
        for (int k = i + 1; k + 7 <= to; k++) {
            if (s[k] == '\n') {
                return null;
            }
            if (s[k] == 'c' && s[k + 1] == 'o' && s[k + 2] == 'd' && s[k + 3] == 'i' && s[k + 4] == 'n'
                    && s[k + 5] == 'g' && (s[k + 6] == ':' || s[k + 6] == '=')) {
                int t = k + 7;
                while (t < to && (s[t] == ' ' || s[t] == '\t')) t++;
                int b = t;
                while (t < to && (isWord(s[t]) || s[t] == '-' || s[t] == '.')) t++;
                if (t > b) {
                    return new String(s, b, t - b, StandardCharsets.US_ASCII);
                }
            }
        }
        return null;
    }

    private static boolean isWord(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
