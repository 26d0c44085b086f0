package dev.pyjama.parser;

/**
 * One entry of the tokenizer's mode stack: regular code, or the literal part of an f-string
 * with the state of its replacement fields. Pointers into the buffer are byte offsets.
 */
// CPython: Parser/lexer/state.h tokenizer_mode
final class TokenizerMode {
    static final int REGULAR = 0;
    static final int FSTRING = 1;

    int kind = REGULAR;
    /** Depth of '{' nesting inside the f-string's replacement fields. */
    int curlyBracketDepth;
    /** Depth at which the innermost replacement field's expression started; -1 outside. */
    int curlyBracketExprStartDepth;

    int quote;
    int quoteSize;
    boolean raw;
    /** Offset of the f-string's first character (its prefix). */
    int start;
    /** Offset of the line the f-string starts on. */
    int multiLineStart;
    /** Line number the f-string starts on. */
    int startLineno;

    /**
     * The expression text of the current replacement field, for {@code f"{x=}"}: CPython keeps
     * a copy of the rest of the source from just after the '{' ({@code last_expr_buffer}) and
     * the distance from the end at which the expression stops ({@code last_expr_end}). With
     * the whole source in one buffer this is just two offsets.
     */
    int exprStart = -1;
    /** Offset where the expression ends, or -1 while it is not known yet. */
    int exprEnd = -1;
    /**
     * Reading a file, CPython's copy is made of pieces: the rest of the line after the '{',
     * then each line read while this entry is on top of the stack and the expression's end
     * is not known. [from, to) offset pairs.
     */
    int[] exprPieces = new int[4];
    int exprPieceCount;
    /** Reading a file: last_expr_end, the length from the expression's end to the end of what was read. */
    int exprEndFromInp;
    boolean debug;
    boolean inFormatSpec;

    void addExprPiece(int from, int to) {
        if (2 * exprPieceCount + 2 > exprPieces.length) {
            exprPieces = java.util.Arrays.copyOf(exprPieces, exprPieces.length * 2);
        }
        exprPieces[2 * exprPieceCount] = from;
        exprPieces[2 * exprPieceCount + 1] = to;
        exprPieceCount++;
    }

    /** The bytes of {@code buf} the pieces name, one after another. */
    byte[] exprCopy(byte[] buf) {
        int n = 0;
        for (int i = 0; i < exprPieceCount; i++) n += exprPieces[2 * i + 1] - exprPieces[2 * i];
        byte[] out = new byte[n];
        int o = 0;
        for (int i = 0; i < exprPieceCount; i++) {
            int from = exprPieces[2 * i];
            int len = exprPieces[2 * i + 1] - from;
            System.arraycopy(buf, from, out, o, len);
            o += len;
        }
        return out;
    }

    /** Re-initialises the entry for an f-string that starts now. */
    void startFString(int quote, int quoteSize, boolean raw, int start, int multiLineStart, int startLineno) {
        this.kind = FSTRING;
        this.quote = quote;
        this.quoteSize = quoteSize;
        this.raw = raw;
        this.start = start;
        this.multiLineStart = multiLineStart;
        this.startLineno = startLineno;
        this.exprStart = -1;
        this.exprEnd = -1;
        this.inFormatSpec = false;
        this.debug = false;
        this.curlyBracketDepth = 0;
        this.curlyBracketExprStartDepth = -1;
    }
}
