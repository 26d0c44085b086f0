package dev.pyjama.parser;

import dev.pyjama.ast.AstExpr;
import dev.pyjama.ast.AstMod;
import dev.pyjama.ast.Constant;
import dev.pyjama.ast.Name;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The engine under the generated parser: the token buffer the parser backtracks over,
 * memoisation, the token-matching primitives the generated rules call, the two-pass driver,
 * and syntax-error reporting with CPython's locations.
 *
 * <p>Errors are Java exceptions ({@link PySyntaxError}) rather than CPython's
 * {@code error_indicator} flag: once an error is raised, CPython's parser unwinds without
 * trying further alternatives, which is what an exception does.
 */
// CPython: Parser/pegen.c, Parser/pegen_errors.c
abstract class ParserBase {
    /** Rule nesting that CPython's generated parser refuses to exceed. */
    static final int MAXSTACK = 6000;

    // Error codes of the tokenizer (CPython's Include/errcode.h).
    static final int E_OK = 10, E_EOF = 11, E_TOKEN = 13, E_DONE = 16, E_ERROR = 17, E_TABSPACE = 18,
            E_TOODEEP = 20, E_DEDENT = 21, E_DECODE = 22, E_EOFS = 23, E_EOLS = 24, E_LINECONT = 25,
            E_COLUMNOVERFLOW = 29;

    /** The result of an alternative without an action that matched several items. */
    static final Object DUMMY = new Object();

    final Tokenizer tok;
    final ParserContext context;
    private final String[][] keywords;
    private final int[][] keywordTypes;
    private final String[] softKeywords;

    Token[] tokens = new Token[64];
    private Memo[] memos = new Memo[64];
    int fill, mark, level;
    boolean callInvalidRules;
    /** Set by a memo hit: the node the memo recorded. */
    Object memoNode;
    /** Where an error should point instead of the last token, when set. */
    Token knownErrToken;
    /** CPython's p->parsing_started: a token other than an end-of-input NEWLINE was read. */
    private boolean parsingStarted;
    /** The parser flags of CPython (PyPARSE_BARRY_AS_BDFL, set by a __future__ import). */
    boolean barryAsBdfl;
    /** The '# type: ignore' comments seen, for the Module's type_ignores. */
    final java.util.List<dev.pyjama.ast.AstTypeIgnore> typeIgnores = new java.util.ArrayList<>();

    private static final class Memo {
        final int type;
        Object node;
        int mark;
        final Memo next;

        Memo(int type, Object node, int mark, Memo next) {
            this.type = type;
            this.node = node;
            this.mark = mark;
            this.next = next;
        }
    }

    ParserBase(Tokenizer tok, ParserContext context, String[][] keywords, int[][] keywordTypes,
               String[] softKeywords) {
        this.tok = tok;
        this.context = context;
        this.keywords = keywords;
        this.keywordTypes = keywordTypes;
        this.softKeywords = softKeywords;
        this.barryAsBdfl = context.barryAsBdfl;
    }

    abstract AstMod parse_file();

    abstract AstMod parse_eval();

    abstract AstMod parse_func_type();

    abstract AstMod parse_interactive();

    private AstMod parseStart() {
        switch (context.mode) {
            case EVAL: return parse_eval();
            case FUNC_TYPE: return parse_func_type();
            case SINGLE: return parse_interactive();
            default: return parse_file();
        }
    }

    /**
     * Parses the whole input. When the first pass fails, a second pass with the
     * {@code invalid_} rules switched on looks for a specialised message, and the error is
     * then reported the way CPython reports it.
     */
    // CPython: Parser/pegen.c _PyPegen_run_parser
    AstMod run() {
        AstMod res;
        try {
            res = parseStart();
        } catch (PySyntaxError e) {
            // A SyntaxError in the first pass leaves CPython's error indicator set, so its
            // second pass returns at once; only the tokenizer check below can replace the error.
            throw setSyntaxError(e, null);
        } catch (StackOverflowError e) {
            throw javaStackOverflow();
        }
        if (res != null) {
            if (context.mode == ParserContext.Mode.SINGLE && badSingleStatement()) {
                throw syntaxError("multiple statements found while compiling a single statement");
            }
            return res;
        }
        Token lastToken = tokens[fill - 1];
        resetForErrorPass();
        try {
            parseStart();
        } catch (PySyntaxError e) {
            throw setSyntaxError(e, lastToken);
        } catch (StackOverflowError e) {
            throw javaStackOverflow();
        }
        throw setSyntaxError(null, lastToken);
    }

    private void resetForErrorPass() {
        for (int i = 0; i < fill; i++) memos[i] = null;
        mark = 0;
        level = 0;
        callInvalidRules = true;
    }

    /**
     * How many times Java's own stack ran out during parsing (a safety net: on a thread
     * with pyjama's stack, MAXSTACK should always come first). Tests check it stays zero.
     */
    static final java.util.concurrent.atomic.AtomicLong javaStackOverflows = new java.util.concurrent.atomic.AtomicLong();

    /** Java's own stack ran out before MAXSTACK: report it as CPython does its overflow. */
    private PyException javaStackOverflow() {
        javaStackOverflows.incrementAndGet();
        return stackOverflowError();
    }

    /** MAXSTACK exceeded: CPython's MemoryError. */
    private PyException stackOverflowError() {
        return new PyException("MemoryError", "Parser stack overflowed - Python source too complex to parse");
    }

    // ------------------------------------------------------------------------------------
    // Tokens

    /** Reads the next token into the buffer. */
    // CPython: Parser/pegen.c _PyPegen_fill_token, initialize_token
    final void fillToken() {
        Token t = tok.next();
        // Record and skip '# type: ignore' comments.
        while (t.type == Tokens.TYPE_IGNORE) {
            typeIgnores.add(new dev.pyjama.ast.TypeIgnore(tok.lineno(), t.text()));
            t = tok.next();
        }
        // Single-statement input need not end in a newline: the first ENDMARKER after some
        // tokens becomes a NEWLINE (and the open blocks are closed by DEDENTs before the
        // real ENDMARKER).
        if (context.mode == ParserContext.Mode.SINGLE && t.type == Tokens.ENDMARKER && parsingStarted) {
            t.type = Tokens.NEWLINE;
            parsingStarted = false;
            if (tok.indent != 0) {
                tok.pendin = -tok.indent;
                tok.indent = 0;
            }
        } else {
            parsingStarted = true;
        }
        if (fill == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, fill * 2);
            memos = java.util.Arrays.copyOf(memos, fill * 2);
        }
        if (t.type == Tokens.NAME) {
            t.type = keywordOrName(t);
        }
        tokens[fill++] = t;
        if (t.type == Tokens.ERRORTOKEN) {
            if (tok.done() == E_DECODE) {
                throw decodingError();
            }
            throw tokenizerError();
        }
    }

    /**
     * The error for an ERRORTOKEN with E_DECODE: a UnicodeDecodeError becomes a SyntaxError
     * at the last token; a SyntaxError the file reader raised stays as it is.
     */
    // CPython: Parser/pegen_errors.c _Pypegen_raise_decode_error
    private PyException decodingError() {
        PyException pending = tok.pendingError();
        if (pending instanceof PySyntaxError) {
            return pending;
        }
        return syntaxError(tok.decodeError() != null ? "(unicode error) " + tok.decodeError() : "(unicode error) unknown error");
    }

    private int keywordOrName(Token t) {
        int len = t.end - t.start;
        if (len >= keywords.length) return Tokens.NAME;
        String[] ks = keywords[len];
        if (ks.length == 0) return Tokens.NAME;
        byte[] buf = t.buffer();
        outer:
        for (int k = 0; k < ks.length; k++) {
            String kw = ks[k];
            for (int i = 0; i < len; i++) {
                if (buf[t.start + i] != kw.charAt(i)) continue outer;
            }
            return keywordTypes[len][k];
        }
        return Tokens.NAME;
    }

    /** The token at {@code mark}, read first if need be; the start of a node's position. */
    final Token startToken() {
        if (mark == fill) fillToken();
        return tokens[mark];
    }

    final Token expectToken(int type) {
        if (mark == fill) fillToken();
        Token t = tokens[mark];
        if (t.type != type) return null;
        mark++;
        return t;
    }

    /** A token the grammar insists on ({@code &&':'}): its absence is an error at once. */
    // CPython: Parser/pegen.c _PyPegen_expect_forced_token
    final Token expectForcedToken(int type, String expected) {
        if (mark == fill) fillToken();
        Token t = tokens[mark];
        if (t.type != type) {
            throw syntaxErrorAt(t, "expected '" + expected + "'");
        }
        mark++;
        return t;
    }

    final AstExpr expectSoftKeyword(String keyword) {
        if (mark == fill) fillToken();
        Token t = tokens[mark];
        if (t.type != Tokens.NAME || !t.text().equals(keyword)) return null;
        return nameToken();
    }

    final AstExpr softKeywordToken() {
        Token t = expectToken(Tokens.NAME);
        if (t == null) return null;
        String s = t.text();
        for (String kw : softKeywords) {
            // CPython compares with strncmp over the token's length: a prefix of a soft
            // keyword matches too.
            if (kw.startsWith(s)) return nameFromToken(t);
        }
        return null;
    }

    final AstExpr nameToken() {
        Token t = expectToken(Tokens.NAME);
        return t == null ? null : nameFromToken(t);
    }

    final Token stringToken() {
        return expectToken(Tokens.STRING);
    }

    private AstExpr nameFromToken(Token t) {
        return new Name(Tokenizer.identifier(t), dev.pyjama.ast.AstExprContext.Load,
                t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** An identifier as CPython stores it: NFKC-normalised when it is not ASCII. */
    // CPython: Parser/pegen.c _PyPegen_new_identifier
    static String newIdentifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    final AstExpr numberToken() {
        Token t = expectToken(Tokens.NUMBER);
        if (t == null) return null;
        dev.pyjama.objects.PyObject value;
        try {
            value = Numbers.parse(t.text());
        } catch (PyException e) {
            // Only the int-to-str digit limit can fail here.
            throw errorKnownLocation("SyntaxError", t.lineno, -1, t.endLineno, -1,
                    e.pyMessage() + " - Consider hexadecimal for huge integer literals "
                    + "to avoid decimal conversion limits.");
        }
        return new Constant(value, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** The last token before {@code mark} that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
    final Token lastNonWhitespaceToken() {
        Token token = null;
        for (int m = mark - 1; m >= 0; m--) {
            token = tokens[m];
            if (token.type != Tokens.ENDMARKER && (token.type < Tokens.NEWLINE || token.type > Tokens.DEDENT)) {
                break;
            }
        }
        return token;
    }

    // ------------------------------------------------------------------------------------
    // Lookahead and memoisation helpers used by the generated rules

    final int saveMark() {
        return mark;
    }

    final boolean restoreMark(int saved, boolean found) {
        mark = saved;
        return found;
    }

    /** Optional items always succeed; this keeps the generated conditions uniform. */
    static boolean ok(Object ignored) {
        return true;
    }

    final boolean isMemoized(int type) {
        if (mark == fill) fillToken();
        for (Memo m = memos[mark]; m != null; m = m.next) {
            if (m.type == type) {
                mark = m.mark;
                memoNode = m.node;
                return true;
            }
        }
        return false;
    }

    final void insertMemo(int at, int type, Object node) {
        memos[at] = new Memo(type, node, mark, memos[at]);
    }

    final void updateMemo(int at, int type, Object node) {
        for (Memo m = memos[at]; m != null; m = m.next) {
            if (m.type == type) {
                m.node = node;
                m.mark = mark;
                return;
            }
        }
        insertMemo(at, type, node);
    }

    final void stackOverflow() {
        throw stackOverflowError();
    }

    // ------------------------------------------------------------------------------------
    // Errors

    /** Turns an error code the tokenizer returned with ERRORTOKEN into its exception. */
    // CPython: Parser/pegen_errors.c _Pypegen_tokenizer_error
    private PyException tokenizerError() {
        if (tok.pendingError() != null) {
            // The tokenizer raised the error itself (CPython: PyErr_Occurred()).
            return tok.pendingError();
        }
        String msg;
        String type = "SyntaxError";
        int colOffset = -1;
        switch (tok.done()) {
            case E_TOKEN:
                msg = "invalid token";
                break;
            case E_EOF:
                if (tok.level() > 0) {
                    return unclosedParenthesesError();
                }
                return syntaxError("unexpected EOF while parsing");
            case E_DEDENT:
                return errorAt("IndentationError", false, "unindent does not match any outer indentation level");
            case E_TABSPACE:
                type = "TabError";
                msg = "inconsistent use of tabs and spaces in indentation";
                break;
            case E_TOODEEP:
                type = "IndentationError";
                msg = "too many levels of indentation";
                break;
            case E_LINECONT:
                colOffset = tok.cur() - tok.bufStart() - 1;
                msg = "unexpected character after line continuation character";
                break;
            case E_COLUMNOVERFLOW:
                return new PyException("OverflowError", "Parser column offset overflow - source line is too big");
            default:
                msg = "unknown parsing error";
        }
        return errorKnownLocation(type, tok.lineno(), colOffset >= 0 ? colOffset : 0, tok.lineno(), -1, msg);
    }

    private PySyntaxError unclosedParenthesesError() {
        int level = tok.level();
        int lineno = tok.parenLineno(level - 1);
        int col = tok.parenCol(level - 1);
        return errorKnownLocation("SyntaxError", lineno, col, lineno, -1,
                "'" + (char) tok.parenChar(level - 1) + "' was never closed");
    }

    /**
     * Chooses the error to report once both passes failed: an error raised during parsing
     * stands (unless the rest of the source has a tokenizer error), otherwise the failure is
     * reported at the last token the first pass reached.
     */
    // CPython: Parser/pegen_errors.c _Pypegen_set_syntax_error
    private PyException setSyntaxError(PySyntaxError existing, Token lastToken) {
        if (existing != null) {
            boolean tokOk = tok.done() == E_DONE || tok.done() == E_OK;
            if (tokOk) {
                return tokenizeFullSourceToCheckForErrors(existing);
            }
            return existing;
        }
        if (tok.pendingError() != null) {
            // An error the tokenizer raised without an ERRORTOKEN reaching the parser yet
            // (CPython: PyErr_Occurred()): an existing error, and with the tokenizer failed it stands.
            return tok.pendingError();
        }
        if (fill == 0) {
            return syntaxError("error at start before reading any input");
        }
        if (lastToken.type == Tokens.ERRORTOKEN && tok.done() == E_EOF) {
            if (tok.level() > 0) {
                return unclosedParenthesesError();
            }
            return syntaxError("unexpected EOF while parsing");
        }
        if (lastToken.type == Tokens.INDENT || lastToken.type == Tokens.DEDENT) {
            return errorAt("IndentationError", false,
                    lastToken.type == Tokens.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        PySyntaxError generic = syntaxErrorAt(lastToken, "invalid syntax");
        return tokenizeFullSourceToCheckForErrors(generic);
    }

    /**
     * Tokenizes the rest of the source: a tokenizer error there (such as an unclosed
     * bracket opened before the error's line) takes priority over the parser's error.
     */
    // CPython: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors
    private PyException tokenizeFullSourceToCheckForErrors(PySyntaxError current) {
        Token currentToken = knownErrToken != null ? knownErrToken : tokens[fill - 1];
        int currentErrLine = currentToken.lineno;
        PyException replacement = null;
        try {
            while (true) {
                Token t = tok.next();
                if (t.type == Tokens.ERRORTOKEN) {
                    if (tok.pendingError() != null) {
                        // An exception the tokenizer left set (a decoding failure) replaces
                        // the parser's error as it is.
                        replacement = tok.pendingError();
                        break;
                    }
                    if (tok.done() == E_DECODE) {
                        // An identifier that is not UTF-8: CPython lets the UnicodeDecodeError
                        // replace the SyntaxError.
                        replacement = new PyException("UnicodeDecodeError",
                                tok.decodeError() != null ? tok.decodeError() : "unknown error");
                        break;
                    }
                    if (tok.level() != 0) {
                        int errorLineno = tok.parenLineno(tok.level() - 1);
                        if (currentErrLine > errorLineno) {
                            replacement = unclosedParenthesesError();
                        }
                    }
                    break;
                }
                if (t.type == Tokens.ENDMARKER) break;
            }
        } catch (PyException e) {
            // Any exception the tokenizer raises here (a SyntaxError, or a UnicodeDecodeError
            // from an f-string's debug text) is CPython's PyErr_Occurred() case.
            replacement = e;
        }
        // Inside an f-string, the error in the expression part must win over what the
        // tokenizer finds later (such as a missing '}').
        if (replacement != null && tok.fstringDepth() <= 0) {
            return replacement;
        }
        return current;
    }

    /** RAISE_SYNTAX_ERROR: at the last token read. */
    final PySyntaxError syntaxError(String msg) {
        return errorAt("SyntaxError", false, msg);
    }

        /** An error at the last token read, or at the token at {@code mark} when {@code useMark}. */
    // CPython: Parser/pegen_errors.c _PyPegen_raise_error
    final PySyntaxError errorAt(String type, boolean useMark, String msg) {
        if (fill == 0) {
            return errorKnownLocationRaw(type, 0, 0, 0, -1, msg);
        }
        if (useMark && mark == fill) {
            fillToken();
        }
        Token t = knownErrToken != null ? knownErrToken : tokens[useMark ? mark : fill - 1];
        int colOffset;
        int endColOffset = -1;
        if (t.colOffset == -1) {
            colOffset = tok.cur() == tok.bufStart() ? 0 : tok.cur() - tok.lineStart();
        } else {
            colOffset = t.colOffset + 1;
        }
        if (t.endColOffset != -1) {
            endColOffset = t.endColOffset + 1;
        }
        return errorKnownLocationRaw(type, t.lineno, colOffset, t.endLineno, endColOffset, msg);
    }

    /** Marks "the tokenizer's current position" for an end line or column. */
    static final int CURRENT_POS = -5;

    /** RAISE_ERROR_KNOWN_LOCATION: columns are 0-based byte offsets (or CURRENT_POS). */
    final PySyntaxError errorKnownLocation(String type, int lineno, int colOffset, int endLineno,
                                                int endColOffset, String msg) {
        int col = colOffset == CURRENT_POS ? CURRENT_POS : colOffset + 1;
        int endCol = endColOffset == CURRENT_POS ? CURRENT_POS : endColOffset + 1;
        return errorKnownLocationRaw(type, lineno, col, endLineno, endCol, msg);
    }

    final PySyntaxError syntaxErrorAt(Token t, String msg) {
        return errorKnownLocation("SyntaxError", t.lineno, t.colOffset, t.endLineno, t.endColOffset, msg);
    }

    /**
     * Builds the SyntaxError with its source line; the columns (1-based, in bytes) become
     * character offsets within that line.
     */
    // CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location
    final PySyntaxError errorKnownLocationRaw(String type, int lineno, int colOffset, int endLineno,
                                                   int endColOffset, String msg) {
        if (endLineno == CURRENT_POS) {
            endLineno = tok.lineno();
        }
        if (endColOffset == CURRENT_POS) {
            endColOffset = tok.cur() - tok.lineStart();
        }
        String errorLine = null;
        if (context.mode == ParserContext.Mode.FILE) {
            errorLine = context.programText(lineno, tok.encoding());
        }
        if (errorLine == null) {
            if (tok.lineno() <= lineno && tok.lineEnd() > tok.bufStart()) {
                // From tok->buf, as CPython 3.13.0 does (3.13.5: from the line start): after
                // a backslash continuation the text spans the logical line's physical lines.
                errorLine = decodeReplace(tok.buffer(), tok.bufStart(), tok.lineEnd());
            } else if (!tok.isFile()) {
                errorLine = lineFromBuffer(lineno);
            } else {
                errorLine = "";
            }
        }
        int colNumber = byteOffsetToCharacterOffset(errorLine, colOffset);
        int endColNumber = endColOffset;
        if (endColOffset > 0) {
            endColNumber = byteOffsetToCharacterOffset(errorLine, endColOffset);
        }
        return new PySyntaxError(type, msg, context.filename, lineno, colNumber, errorLine, endLineno, endColNumber);
    }

    /**
     * Line {@code lineno} of the source, without its newline, from the source before decoding
     * (CPython's tok->str) read as UTF-8 with "replace". When that is the tokenizer's own
     * buffer, lines past the part read so far are out of reach, as in CPython.
     */
    // CPython: Parser/pegen_errors.c get_error_line_from_tokenizer_buffers
    private String lineFromBuffer(int lineno) {
        byte[] buf = tok.sourceStr();
        int cur = tok.sourceStrBegin();
        int end = buf == tok.buffer() ? tok.lineEnd() : buf.length;
        for (int i = 0; i < lineno - 1; i++) {
            int nl = indexOf(buf, (byte) '\n', cur, buf.length);
            if (nl < 0 || nl + 1 > end) break;
            cur = nl + 1;
        }
        int nl = indexOf(buf, (byte) '\n', cur, buf.length);
        if (nl < 0) nl = buf.length;
        return decodeReplace(buf, cur, nl);
    }

    private static int indexOf(byte[] buf, byte b, int from, int to) {
        for (int i = from; i < to; i++) if (buf[i] == b) return i;
        return -1;
    }

    static String decodeReplace(byte[] buf, int from, int to) {
        return Utf8.decodeReplace(buf, from, Math.max(from, to));
    }

    /**
     * The number of characters in the first {@code colOffset} bytes of {@code line}
     * (encoded as UTF-8), clamped to the line's length plus one.
     */
    // CPython: Parser/pegen.c _PyPegen_byte_offset_to_character_offset
    static int byteOffsetToCharacterOffset(String line, int colOffset) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int len = bytes.length;
        if (colOffset > len + 1) {
            colOffset = len + 1;
        }
        if (colOffset < 0) {
            colOffset = 0;
        }
        int n = Math.min(colOffset, len);
        int chars = Utf8.countChars(bytes, 0, n);
        return chars + (colOffset - n);
    }

    /** Whether text other than whitespace and comments follows a single-statement input. */
    // CPython: Parser/pegen.c bad_single_statement
    private boolean badSingleStatement() {
        byte[] buf = tok.buffer();
        int i = tok.cur();
        while (true) {
            while (i < buf.length && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\f')) i++;
            if (i >= buf.length || buf[i] == 0) return false;
            if (buf[i] != '#') return true;
            while (i < buf.length && buf[i] != '\n') i++;
        }
    }
}
