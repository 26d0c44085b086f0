package dev.pyjama.parser;

import java.nio.charset.StandardCharsets;

/**
 * One token of source. Positions are CPython's: 1-based line numbers and 0-based column
 * offsets counted in UTF-8 bytes. {@link #start} and {@link #end} index the tokenizer's
 * UTF-8 buffer (after newline translation), so the token's text is
 * {@code buffer[start, end)}.
 */
// CPython: Parser/pegen.h Token
public final class Token {
    /** A {@link Tokens} type, or a keyword type assigned by the parser. */
    public int type;
    public final int lineno, colOffset, endLineno, endColOffset;
    /** Byte offsets of the token's text in the tokenizer buffer. */
    public final int start, end;
    /** Parenthesis nesting level at the token (the tokenizer's {@code tok->level}). */
    public final int level;
    /**
     * Extra data some tokens carry: for the tokens that end an f-string replacement
     * field's expression, the expression's source text (used for {@code f"{x=}"}).
     */
    public final Object metadata;
    private final byte[] buffer;
    private String text;

    public Token(int type, byte[] buffer, int start, int end, int lineno, int colOffset,
                 int endLineno, int endColOffset, int level, Object metadata) {
        this.type = type;
        this.buffer = buffer;
        this.start = start;
        this.end = end;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.level = level;
        this.metadata = metadata;
    }

    /** The token's source text, decoded from UTF-8. */
    public String text() {
        String t = text;
        if (t == null) {
            t = start < 0 || end < start ? "" : new String(buffer, start, end - start, StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    /** The tokenizer buffer this token points into. */
    public byte[] buffer() {
        return buffer;
    }

    @Override
    public String toString() {
        return Tokens.name(type) + " '" + text() + "' " + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
