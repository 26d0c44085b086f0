package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;

/**
 * The state of the tokenizer and its primitive operations: reading and backing up one byte,
 * fetching the next line, building tokens and raising the tokenizer's own syntax errors.
 * {@link Tokenizer} holds the lexing rules. Every C pointer of {@code tok_state} is a byte
 * offset into {@link #buf} here, and -1 stands for NULL.
 */
// CPython: Parser/lexer/state.h struct tok_state, Parser/lexer/state.c, Parser/tokenizer/helpers.c
abstract class TokenizerState {
    // Error codes, as CPython's Include/errcode.h numbers them.
    public static final int E_OK = 10;
    public static final int E_EOF = 11;
    public static final int E_INTR = 12;
    public static final int E_TOKEN = 13;
    public static final int E_SYNTAX = 14;
    public static final int E_NOMEM = 15;
    public static final int E_DONE = 16;
    public static final int E_ERROR = 17;
    public static final int E_TABSPACE = 18;
    public static final int E_OVERFLOW = 19;
    public static final int E_TOODEEP = 20;
    public static final int E_DEDENT = 21;
    public static final int E_DECODE = 22;
    public static final int E_EOFS = 23;
    public static final int E_EOLS = 24;
    public static final int E_LINECONT = 25;
    public static final int E_BADSINGLE = 27;
    public static final int E_INTERACT_STOP = 28;
    public static final int E_COLUMNOVERFLOW = 29;

    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;
    static final int MAXFSTRINGLEVEL = 150;
    static final int MAX_EXPR_NESTING = 3;
    static final int TABSIZE = 8;
    static final int ALTTABSIZE = 1;
    static final int EOF = -1;

    /** The whole translated UTF-8 source (reading a file: its lines as the file tokenizer gets them). */
    final byte[] buf;
    /** End of the source (CPython finds it as the terminating NUL). */
    final int end;
    final String filename;
    final String encoding;
    /** Whether the source holds a NUL byte at all: only then are lines searched for one. */
    private final boolean hasNul;

    /** tok->buf: start of the line where the current token began (moves line by line). */
    int bufStart;
    /**
     * Where tok->buf would be in CPython's readline mode (the tokenize module), which keeps
     * the lines of a still-open f-string in its buffer: it only moves when no token and no
     * f-string is in progress. Only an extra-tokens INDENT's text shows the difference.
     */
    int readlineBufStart;
    int cur;
    /** tok->inp: end of the data read so far (the end of the current line). */
    int inp;
    int start = -1;
    int lineStart;
    int multiLineStart;
    int done = E_OK;

    int tabsize = TABSIZE;
    int indent;
    final int[] indstack = new int[MAXINDENT];
    final int[] altindstack = new int[MAXINDENT];
    boolean atbol = true;
    int pendin;

    int lineno;
    int firstLineno;
    int startingColOffset = -1;
    int colOffset = -1;

    int level;
    final int[] parenstack = new int[MAXLEVEL];
    final int[] parenlinenostack = new int[MAXLEVEL];
    final int[] parencolstack = new int[MAXLEVEL];

    boolean contLine;
    boolean typeComments;
    boolean extraTokens;
    boolean commentNewline;
    boolean reportWarnings = true;
    Tokenizer.WarningHandler warningHandler;

    final TokenizerMode[] modeStack = new TokenizerMode[MAXFSTRINGLEVEL];
    int modeIndex;

    /** str(UnicodeDecodeError) when done == E_DECODE. */
    String decodeError;
    /**
     * An exception CPython's tokenizer sets without raising it at once (its PyErr_Occurred()):
     * with E_DECODE, a location-less SyntaxError of the file reader or a UnicodeDecodeError;
     * with E_ERROR, the SyntaxError for a line with a null byte.
     */
    PyException pendingError;
    /** tok->decoding_erred: reading the source failed; every later token is an ERRORTOKEN. */
    boolean decodingErred;

    /** The script's lines when reading a file (CPython's file tokenizer), else null. */
    private final SourceFile file;
    /** How many of the file's lines have been read. */
    private int fileLinesRead;

    /** The token text bounds MAKE_TOKEN uses (C's p_start / p_end locals). */
    int pStart = -1;
    int pEnd = -1;
    /** Metadata for the token being made (set_fstring_expr writes token->metadata). */
    Object pendingMetadata;

    TokenizerState(byte[] buf, String filename, String encoding) {
        this(buf, filename, encoding, null);
    }

    /** A tokenizer reading the lines of {@code file} (CPython's file tokenizer). */
    TokenizerState(SourceFile file, String filename) {
        this(file.data, filename, file.encoding, file);
    }

    private TokenizerState(byte[] buf, String filename, String encoding, SourceFile file) {
        this.file = file;
        this.buf = buf;
        this.end = buf.length;
        this.filename = filename;
        this.encoding = encoding;
        boolean nul = false;
        for (byte b : buf) {
            if (b == 0) {
                nul = true;
                break;
            }
        }
        this.hasNul = nul;
        TokenizerMode regular = new TokenizerMode();
        // The bottom entry is zero-filled in CPython (calloc): its expression depth is 0, not -1.
        regular.curlyBracketExprStartDepth = 0;
        modeStack[0] = regular;
    }

    /** The mode on top of the stack (TOK_GET_MODE). */
    final TokenizerMode mode() {
        return modeStack[modeIndex];
    }

    final boolean insideFString() {
        return modeIndex > 0;
    }

    static boolean insideFStringExpr(TokenizerMode m) {
        return m.curlyBracketExprStartDepth >= 0;
    }

    // ---- reading ----

    /** Whether the source is read as a script file's lines (CPython's tok->fp != NULL). */
    final boolean readsFile() {
        return file != null;
    }

    /** Fetches the next line of the string; false at the end of the input. */
    // CPython: Parser/tokenizer/string_tokenizer.c tok_underflow_string
    private boolean underflow() {
        if (file != null) return underflowFile();
        int e = inp;
        while (e < end && buf[e] != '\n') e++;
        if (e < end) {
            e++;
        } else if (e == inp) {
            done = E_EOF;
            return false;
        }
        if (start < 0) {
            bufStart = cur;
            if (modeIndex == 0) readlineBufStart = cur;
        }
        lineStart = cur;
        lineno++;
        colOffset = 0;
        inp = e;
        return true;
    }

    /**
     * Fetches the next line of the file; false at the end of the file or when reading it
     * fails. The file tokenizer reuses its buffer from the start for each line unless a token
     * or an f-string is in progress: tok->buf then moves to the new line even at the end of
     * the file, and the pointers the reset leaves alone keep their offsets from tok->buf.
     */
    // CPython: Parser/tokenizer/file_tokenizer.c tok_underflow_file
    private boolean underflowFile() {
        if (start < 0 && modeIndex == 0) {
            int shift = inp - bufStart;
            lineStart += shift;
            multiLineStart += shift;
            bufStart = readlineBufStart = cur = inp;
        }
        if (fileLinesRead == file.lineCount) {
            if (file.failure != null) {
                if (file.failureCountsLine) {
                    lineno++;
                    colOffset = 0;
                }
                readFailed(file.failure);
                return false;
            }
            done = E_EOF;
            return false;
        }
        inp = file.lineEnds[fileLinesRead++];
        // _PyLexer_update_fstring_expr(tok, 0): the line joins the copy of the expression
        // being read, for the f-string on top of the stack only.
        if (modeIndex > 0) {
            TokenizerMode m = modeStack[modeIndex];
            if (m.exprStart >= 0 && m.exprEnd == -1) m.addExprPiece(cur, inp);
        }
        lineno++;
        colOffset = 0;
        return true;
    }

    /**
     * Reading the source failed with {@code error}: the tokenizer drops its buffer and
     * reports E_DECODE from now on.
     */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_error_ret
    private void readFailed(PyException error) {
        pendingError = error;
        if ("UnicodeDecodeError".equals(error.pyType())) decodeError = error.pyMessage();
        decodingErred = true;
        // tok->buf = tok->cur = tok->inp = NULL, tok->start = NULL
        bufStart = readlineBufStart = cur = inp;
        start = -1;
        done = E_DECODE;
    }

    /** The next byte (0..255), or EOF; errors go into {@link #done}. */
    // CPython: Parser/lexer/lexer.c tok_nextc
    final int nextc() {
        for (;;) {
            if (cur != inp) {
                colOffset++;
                return buf[cur++] & 0xff;
            }
            if (done != E_OK) return EOF;
            if (!underflow()) {
                cur = inp;
                return EOF;
            }
            lineStart = cur;
            if (hasNul) {
                for (int i = lineStart; i < inp; i++) {
                    if (buf[i] == 0) {
                        // The error points at the start of the line, which is then skipped.
                        // It is only recorded (CPython sets it and returns EOF): the lexer
                        // goes on, and may still hand out pending DEDENTs before its
                        // ERRORTOKEN, on which the parser can fail with an error of its own.
                        pendingError = syntaxError("source code cannot contain null bytes");
                        cur = inp;
                        return EOF;
                    }
                }
            }
        }
    }

    /** Steps back over {@code c}, which must be the byte just read. */
    // CPython: Parser/lexer/lexer.c tok_backup
    final void backup(int c) {
        if (c != EOF) {
            if (--cur < 0) throw new IllegalStateException("tokenizer beginning of buffer");
            colOffset--;
        }
    }

    // ---- tokens ----

    /** A token of {@code type} spanning [pStart, pEnd), positioned as CPython positions it. */
    // CPython: Parser/lexer/state.c _PyLexer_token_setup
    final Token make(int type) {
        int lno = (type == Tokens.STRING || type == Tokens.FSTRING_MIDDLE) ? firstLineno : lineno;
        int col = -1;
        int endCol = -1;
        if (pStart >= 0 && pEnd >= 0) {
            col = startingColOffset;
            endCol = colOffset;
        }
        Object md = pendingMetadata;
        pendingMetadata = null;
        return new Token(type, buf, pStart, pEnd, lno, col, lineno, endCol, level, md);
    }

    // CPython: Parser/lexer/state.c _PyLexer_type_comment_token_setup
    final Token makeTypeComment(int type, int col, int endCol) {
        return new Token(type, buf, pStart, pEnd, lineno, col, lineno, endCol, level, null);
    }

    // ---- errors ----

    /** A SyntaxError located at the current position (the column just before {@link #cur}). */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_syntaxerror
    final PySyntaxError syntaxError(String msg) {
        return syntaxErrorRange(msg, -1, -1);
    }

    /**
     * A SyntaxError with the given 1-based offsets (-1: computed from {@link #cur}). Marks the
     * tokenizer as failed; the caller throws the result.
     */
    // CPython: Parser/tokenizer/helpers.c _syntaxerror_range
    final PySyntaxError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        done = E_ERROR;
        int ls = Math.max(0, Math.min(lineStart, end));
        int c = Math.max(ls, Math.min(cur, end));
        if (colOffset == -1) colOffset = Utf8.countChars(buf, ls, c);
        if (endColOffset == -1) endColOffset = colOffset;
        int lineEnd = ls;
        while (lineEnd < end && buf[lineEnd] != '\n' && buf[lineEnd] != 0) lineEnd++;
        // CPython decodes line_start..cur, then the whole line when that differs: the text is
        // always the line without its newline.
        String text = Utf8.decodeReplace(buf, ls, lineEnd);
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset, text, lineno, endColOffset);
    }

    /** Records inconsistent tabs and spaces: an ERRORTOKEN with done = E_TABSPACE. */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_indenterror
    final int indentError() {
        done = E_TABSPACE;
        cur = inp;
        return Tokens.ERRORTOKEN;
    }

    /**
     * Reports a SyntaxWarning; when the handler says the warning filters turn it into an
     * error, raises the SyntaxError CPython raises instead.
     */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_parser_warn
    final void parserWarn(String msg) {
        if (!reportWarnings || warningHandler == null) return;
        if (warningHandler.warn("SyntaxWarning", msg, filename, lineno)) {
            throw syntaxError(msg);
        }
    }

    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_warn_invalid_escape_sequence
    final void warnInvalidEscapeSequence(int c) {
        String msg = "invalid escape sequence '\\" + (char) c + "'";
        if (!reportWarnings || warningHandler == null) return;
        if (warningHandler.warn("SyntaxWarning", msg, filename, lineno)) {
            throw syntaxError(msg);
        }
    }

    // ---- character classes ----

    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Python's str.isprintable() for one code point. */
    // CPython: Objects/unicodectype.c _PyUnicode_IsPrintable
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
