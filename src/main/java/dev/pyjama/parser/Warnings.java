package dev.pyjama.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
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

    /** The line linecache.getline() would find: read from the file, decoded with its declared encoding. */
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
            Charset cs = SourceEncoding.charset(SourceEncoding.detect(data));
            String text = new String(data, cs);
            if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
                text = text.substring(1);
            }
            // str.splitlines() line boundaries, as linecache reads with universal newlines.
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
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
