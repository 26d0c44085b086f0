package dev.pyjama.parser;

import dev.pyjama.objects.PySyntaxError;
import java.nio.charset.StandardCharsets;

/**
 * {@code _tokenize.TokenizerIter}'s logic on pyjama's tokenizer: each step gives the token as
 * the tokenize module sees it (type, text, start and end as line and character column, the
 * source line). Columns come from the token's byte offsets through a per-line cache of the
 * byte/character difference, as CPython computes them.
 */
// CPython: Python/Python-tokenize.c tokenizeriter_next, _get_current_line, _get_col_offsets, _tokenizer_error
public final class TokenizerIter {
    /** One token: the fields of the tuple TokenizerIter yields. */
    public record Item(int type, String text, int lineno, int col, int endLineno, int endCol, String line) {}

    private final Tokenizer tok;
    private final boolean extra;
    private boolean done;
    private int lastLineno;
    private String lastLine;
    private int byteColOffsetDiff;

    /** Tokenizes UTF-8 source (all of what readline gave). */
    /**
     * Which lines (1-based) ended in \r\n: the tokenizer reads \r\n as \n, but readline mode
     * keeps the \r in the NEWLINE/NL text and in the line, as CPython's preserve_crlf does.
     */
    private final java.util.BitSet crlf = new java.util.BitSet();

    public TokenizerIter(byte[] source, boolean extraTokens) {
        int line = 1;
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\n') {
                if (i > 0 && source[i - 1] == '\r') crlf.set(line);
                line++;
            }
        }
        // the source is decoded already: a coding declaration must not decode it again
        this.tok = Tokenizer.fromDecodedBytes(source, "<string>").setExtraTokens(extraTokens);
        this.extra = extraTokens;
    }

    /** Characters in buf[from, to), stepping by UTF-8 lead bytes as pegen does. */
    private static int chars(byte[] buf, int from, int to) {
        int n = 0;
        while (from < to) {
            int ch = buf[from] & 0xff;
            from += ch < 0x80 ? 1 : (ch & 0xe0) == 0xc0 ? 2 : (ch & 0xf0) == 0xe0 ? 3 : 4;
            n++;
        }
        return n;
    }

    /** The next token, or null at the end; a tokenizer error is a PySyntaxError. */
    public Item next() {
        if (done) return null;
        Token t = tok.next();
        int type = t.type;
        if (type == Tokens.ERRORTOKEN) {
            done = true;
            throw error();
        }
        byte[] buf = t.buffer();
        int tStart = t.start;
        if (extra && type == Tokens.INDENT) tStart = tok.readlineBufStart();
        String text = tStart >= 0 && t.end >= tStart ? new String(buf, tStart, t.end - tStart, StandardCharsets.UTF_8) : "";
        boolean trailing = type == Tokens.ENDMARKER || (type == Tokens.DEDENT && tok.done() == TokenizerState.E_EOF);
        boolean stringLit = type == Tokens.STRING || type == Tokens.FSTRING_MIDDLE;
        int lineStart = stringLit ? tok.multiLineStart() : tok.lineStart();
        boolean lineChanged = true;
        String line;
        if (extra && trailing) {
            line = "";
        } else {
            int size = tok.lineEnd() - lineStart;
            if (size >= 1 && tok.implicitNewline()) size--;
            if (tok.lineno() != lastLineno) {
                lastLine = size <= 0 ? "" : dev.pyjama.interp.Codecs.decode(java.util.Arrays.copyOfRange(buf, lineStart, lineStart + size),
                        "utf-8", "replace");
                if (!crlf.isEmpty()) lastLine = withCrlf(lastLine, stringLit ? t.lineno : tok.lineno());
                byteColOffsetDiff = 0;
            } else {
                lineChanged = false;
            }
            line = lastLine;
        }
        int lineno = t.lineno, endLineno = tok.lineno();
        int col = -1, endCol = -1, byteOffset = -1;
        if (tStart >= 0 && tStart >= lineStart) {
            byteOffset = tStart - lineStart;
            if (lineChanged) {
                col = chars(buf, lineStart, lineStart + byteOffset);
                byteColOffsetDiff = byteOffset - col;
            } else {
                col = byteOffset - byteColOffsetDiff;
            }
        }
        if (t.end >= 0 && t.end >= tok.lineStart()) {
            int endByteOffset = t.end - tok.lineStart();
            if (lineno == endLineno) {
                int tokenCol = chars(buf, lineStart + byteOffset, lineStart + endByteOffset);
                endCol = col + tokenCol;
                byteColOffsetDiff += t.end - tStart - tokenCol;
            } else {
                endCol = Utf8.countChars(buf, tok.lineStart(), t.end);
                byteColOffsetDiff += endByteOffset - endCol;
            }
        }
        lastLineno = lineno;
        if ((type == Tokens.NEWLINE || type == Tokens.NL) && text.equals("\n") && crlf.get(t.lineno)) {
            text = "\r\n";
            endCol++;
        } else if (stringLit && !crlf.isEmpty() && t.lineno != endLineno) {
            text = withCrlf(text, t.lineno);
        }
        if (extra) {
            if (trailing) {
                lineno = endLineno = lineno + 1;
                col = endCol = 0;
            }
            if (type > Tokens.DEDENT && type < Tokens.OP) {
                type = Tokens.OP;
            } else if (type == Tokens.NEWLINE) {
                text = tok.implicitNewline() ? "" : crlf.get(t.lineno) ? "\r\n" : "\n";
                endCol += text.length() == 2 ? 2 : 1;
            } else if (type == Tokens.NL) {
                if (tok.implicitNewline()) text = "";
            }
        }
        if (t.type == Tokens.ENDMARKER) done = true;
        return new Item(type, text, lineno, col, endLineno, endCol, line);
    }

    /** The line text with \r put back before the newline of each source line (from {@code first} on) that had one. */
    private String withCrlf(String text, int first) {
        StringBuilder sb = new StringBuilder(text.length() + 2);
        int line = first;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (crlf.get(line)) sb.append('\r');
                line++;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    // CPython: Python/Python-tokenize.c _tokenizer_error
    private PySyntaxError error() {
        String type = "SyntaxError", msg;
        switch (tok.done()) {
            case TokenizerState.E_TOKEN -> msg = "invalid token";
            case TokenizerState.E_EOF -> {
                int off = Math.max(0, tok.lineEnd() - tok.bufStart());
                return new PySyntaxError("SyntaxError", "unexpected EOF in multi-line statement", "<string>", tok.lineno(), off, null, null,
                        null);
            }
            case TokenizerState.E_DEDENT -> {
                type = "IndentationError";
                msg = "unindent does not match any outer indentation level";
            }
            case TokenizerState.E_TABSPACE -> {
                type = "TabError";
                msg = "inconsistent use of tabs and spaces in indentation";
            }
            case TokenizerState.E_TOODEEP -> {
                type = "IndentationError";
                msg = "too many levels of indentation";
            }
            case TokenizerState.E_LINECONT -> msg = "unexpected character after line continuation character";
            default -> msg = "unknown tokenization error";
        }
        byte[] buf = tok.buffer();
        int ls = tok.lineStart(), le = Math.max(ls, Math.min(tok.lineEnd(), buf.length));
        String errLine = new String(buf, ls, le - ls, StandardCharsets.UTF_8);
        int col = chars(buf, ls, Math.max(ls, Math.min(tok.cur(), le)));
        return new PySyntaxError(type, msg, "<string>", tok.lineno(), col + 1, errLine, tok.lineno(), col + 1);
    }
}
