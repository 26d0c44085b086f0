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
    boolean debug;
    boolean inFormatSpec;

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
