package dev.pyjama.objects;

/**
 * A {@code SyntaxError} (or its subclasses {@code IndentationError} and {@code TabError})
 * with the attributes CPython gives it. Offsets are 1-based and counted in characters (code
 * points), as in CPython; {@code null} stands for Python's {@code None}.
 */
// CPython: Objects/exceptions.c SyntaxError
public final class PySyntaxError extends PyException {
    public final String msg;
    public final String filename;
    public final Integer lineno;
    public final Integer offset;
    /** The source line the error is on (with its newline), or null. */
    public final String text;
    public final Integer endLineno;
    public final Integer endOffset;

    public PySyntaxError(String type, String msg, String filename, Integer lineno, Integer offset,
                         String text, Integer endLineno, Integer endOffset) {
        super(type, msg);
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /** {@code str(exc)}: the message, with the file and line when they are known. */
    // CPython: Objects/exceptions.c SyntaxError_str
    @Override
    public String pyMessage() {
        String base = filename == null ? null : basename(filename);
        if (base != null && lineno != null) {
            return msg + " (" + base + ", line " + lineno + ")";
        } else if (base != null) {
            return msg + " (" + base + ")";
        } else if (lineno != null) {
            return msg + " (line " + lineno + ")";
        }
        return msg;
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /**
     * The lines Python prints for this error at the end of a traceback: the file and line,
     * the source line with carets under the offending part, and {@code Type: msg}.
     */
    // CPython: Lib/traceback.py TracebackException._format_syntax_error (3.13.0)
    @Override
    public String formatExceptionOnly() {
        return String.join("", formatExceptionOnlyPieces());
    }

    /** The lines traceback.py yields for it, one string each (the default excepthook writes each alone). */
    // CPython: Lib/traceback.py TracebackException._format_syntax_error
    public java.util.List<String> formatExceptionOnlyPieces() {
        java.util.List<String> out = new java.util.ArrayList<>();
        String suffix = "";
        if (lineno != null) {
            out.add("  File \"" + (filename == null ? "<string>" : filename) + "\", line " + lineno + "\n");
        } else if (filename != null) {
            suffix = " (" + filename + ")";
        }
        if (text != null) {
            int[] full = text.codePoints().toArray();
            int rlen = full.length;
            while (rlen > 0 && full[rlen - 1] == '\n') rlen--;
            int lstart = 0;
            while (lstart < rlen && (full[lstart] == ' ' || full[lstart] == '\n' || full[lstart] == '\f')) lstart++;
            String ltext = new String(full, lstart, rlen - lstart);
            int spaces = lstart;
            if (offset == null) {
                out.add("    " + ltext + "\n");
            } else {
                int off = offset;
                int endOff;
                if (lineno != null && lineno.equals(endLineno)) {
                    endOff = endOffset == null || endOffset == 0 ? off : endOffset;
                } else {
                    endOff = rlen + 1;
                }
                if (full.length > 0 && off > full.length) off = rlen + 1;
                if (full.length > 0 && endOff > full.length) endOff = rlen + 1;
                if (off >= endOff || endOff < 0) endOff = off + 1;
                int colno = off - 1 - spaces;
                int endColno = endOff - 1 - spaces;
                out.add("    " + ltext + "\n");
                if (colno >= 0) {
                    StringBuilder carets = new StringBuilder("    ");
                    for (int i = 0; i < colno && lstart + i < rlen; i++) {
                        int c = full[lstart + i];
                        carets.appendCodePoint(isPySpace(c) ? c : ' ');
                    }
                    for (int i = colno; i < endColno; i++) carets.append('^');
                    out.add(carets.append('\n').toString());
                }
            }
        }
        out.add(pyType() + ": " + (msg == null || msg.isEmpty() ? "<no detail available>" : msg) + suffix + "\n");
        return out;
    }

    /** Python's {@code str.isspace()} for one character. */
    // CPython: Objects/unicodetype_db.h _PyUnicode_IsWhitespace
    static boolean isPySpace(int c) {
        switch (c) {
            case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
            case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
            case 0x85: case 0xA0: case 0x1680:
            case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }
}
