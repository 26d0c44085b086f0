package dev.pyjama.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Renders our tokens as _tokenize.TokenizerIter reports them: its character columns come
 * from the token's start/end pointers (not from the lexer's column counters), through a
 * per-line cache of the byte/character difference; in extra-tokens mode it also reports
 * operators as OP, gives NEWLINE its newline text and moves the trailing DEDENT/ENDMARKER to
 * the next line. Must be called right after each {@link Tokenizer#next()}.
 */
// CPython: Python/Python-tokenize.c tokenizeriter_next, _get_current_line, _get_col_offsets
public final class TokenIterAdapter {
    /** One token as TokenizerIter yields it: {@code (type, string, (lineno, col), (end_lineno, end_col), line)}. */
    public record Item(int type, byte[] text, int lineno, int col, int endLineno, int endCol, byte[] line) {}

    private final Tokenizer tok;
    private final boolean extra;
    private int lastLineno;
    private int byteColOffsetDiff;
    private byte[] lastLine = new byte[0];

    public TokenIterAdapter(Tokenizer tok, boolean extra) {
        this.tok = tok;
        this.extra = extra;
    }

    /** Characters in buf[from, to), stepping by UTF-8 lead bytes as pegen does. */
    private static int chars(byte[] buf, int from, int to) {
        int n = 0;
        while (from < to) {
            int ch = buf[from] & 0xff;
            if (ch < 0x80) from += 1;
            else if ((ch & 0xe0) == 0xc0) from += 2;
            else if ((ch & 0xf0) == 0xe0) from += 3;
            else from += 4;
            n++;
        }
        return n;
    }

    /** The form the tokenizer tests compare: type, positions and text, one line per token. */
    void render(Token t, ByteArrayOutputStream out) {
        Item i = item(t);
        String head = i.type() + "\t" + i.lineno() + "\t" + i.col() + "\t" + i.endLineno() + "\t" + i.endCol() + "\t";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(i.text());
        out.write('\n');
    }

    /** What TokenizerIter yields for {@code t}; call right after {@link Tokenizer#next()}. */
    public Item item(Token t) {
        int type = t.type;
        byte[] buf = t.buffer();
        int tStart = t.start;
        if (extra && type == Tokens.INDENT) {
            // Its text starts at tok->buf, which readline mode leaves at the first line of a
            // still-open f-string.
            tStart = tok.readlineBufStart();
        }
        boolean stringLit = type == Tokens.STRING || type == Tokens.FSTRING_MIDDLE;
        int lineStart = stringLit ? tok.multiLineStart() : tok.lineStart();
        int lineno = t.lineno;
        int endLineno = tok.lineno();
        boolean lineChanged = true;
        boolean trailingToken = type == Tokens.ENDMARKER || (type == Tokens.DEDENT && tok.done() == Tokenizer.E_EOF);
        byte[] line;
        if (extra && trailingToken) {
            line = new byte[0];
        } else {
            int size = tok.lineEnd() - lineStart;
            if (size >= 1 && tok.implicitNewline()) size -= 1;
            if (tok.lineno() != lastLineno) {
                lastLine = java.util.Arrays.copyOfRange(buf, lineStart, lineStart + Math.max(size, 0));
            }
            line = lastLine;
        }
        if (tok.lineno() != lastLineno) {
            byteColOffsetDiff = 0;
        } else {
            lineChanged = false;
        }
        int col = -1;
        int endCol = -1;
        int byteOffset = -1;
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

        byte[] text = tStart >= 0 && t.end >= tStart
                ? java.util.Arrays.copyOfRange(buf, tStart, t.end) : new byte[0];
        if (extra) {
            boolean trailing = type == Tokens.ENDMARKER || (type == Tokens.DEDENT && tok.done() == Tokenizer.E_EOF);
            if (trailing) {
                lineno = endLineno = lineno + 1;
                col = endCol = 0;
            }
            if (type > Tokens.DEDENT && type < Tokens.OP) {
                type = Tokens.OP;
            } else if (type == Tokens.NEWLINE) {
                if (!tok.implicitNewline()) text = new byte[] {'\n'};
                endCol++;
            } else if (type == Tokens.NL) {
                if (tok.implicitNewline()) text = new byte[0];
            }
        }
        return new Item(type, text, lineno, col, endLineno, endCol, line);
    }
}
