package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.UnicodeData;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import static dev.pyjama.parser.Tokens.*;

/**
 * Python's tokenizer: a port of CPython 3.13's C lexer working on the UTF-8 bytes of the
 * source, as the PEG parser drives it one token at a time.
 *
 * <p>Errors CPython's lexer raises itself are thrown from {@link #next()} as
 * {@link dev.pyjama.objects.PySyntaxError} with CPython's message and location. Errors it only
 * signals with an error code come back as an {@link Tokens#ERRORTOKEN} with {@link #done()}
 * set ({@link #E_EOF}, {@link #E_DEDENT}, {@link #E_TABSPACE}, {@link #E_TOODEEP},
 * {@link #E_LINECONT}, {@link #E_DECODE}): the parser raises those, as pegen's
 * {@code _Pypegen_tokenizer_error} does.
 *
 * <p>Token metadata: the token that ends an f-string replacement field's expression
 * ({@code }}, {@code !} or {@code :}) carries the expression's source text (a String) when
 * the field has a {@code =} (debug) specifier, exactly as CPython's lexer sets it. A
 * {@link Tokens#NAME} token with non-ASCII characters carries its NFKC-normalised text (a
 * String), the identifier the parser must use; see {@link #identifier(Token)}.
 */
// CPython: Parser/lexer/lexer.c
public final class Tokenizer extends TokenizerState {

    /** Receives SyntaxWarnings (invalid numeric literal followed by a keyword, "\{" in f-strings). */
    @FunctionalInterface
    public interface WarningHandler {
        /**
         * Called for each warning. Returns true when the warning filters turn the warning
         * into an error: the tokenizer then raises a SyntaxError with the same message, as
         * CPython does. May also throw a {@link PyException} of its own.
         */
        boolean warn(String category, String message, String filename, int lineno);
    }

    /** Whether the final newline was added by the tokenizer (the source lacked one). */
    private final boolean addedNewline;
    /** The source before decoding (CPython's tok->str): see {@link #sourceStr()}. */
    private byte[] sourceStr;
    private int sourceStrBegin;

    private Tokenizer(SourceDecoder.Decoded d, String filename) {
        super(d.buf(), filename, d.encoding());
        this.addedNewline = d.addedNewline();
        this.sourceStr = d.str();
        this.sourceStrBegin = d.strBegin();
    }

    private Tokenizer(SourceFile file, String filename) {
        super(file, filename);
        this.addedNewline = file.addedNewline;
        this.sourceStr = buf;
    }

    /**
     * The bytes of a script file, read as running it reads them: line by line, with decoding
     * problems and null bytes found only when their line is reached, and reported as the
     * file tokenizer reports them.
     */
    // CPython: Parser/tokenizer/file_tokenizer.c _PyTokenizer_FromFile
    public static Tokenizer fromFile(byte[] source, String filename) {
        return new Tokenizer(SourceFile.read(source, filename), filename);
    }

    /**
     * The newline-translated source after its BOM but before decoding, from
     * {@link #sourceStrBegin()} on: CPython reads error lines of a string source from it, so
     * for a source in another encoding they are its raw bytes (decoded as UTF-8 with "replace").
     * The same array as {@link #buffer()} when no decoding happened.
     */
    public byte[] sourceStr() { return sourceStr; }
    public int sourceStrBegin() { return sourceStrBegin; }

    /**
     * Source bytes as read from a file or given as bytes to compile(): honours the BOM and
     * coding cookie, decodes, re-encodes to UTF-8, translates newlines and adds the final
     * newline (exec input).
     */
    public static Tokenizer fromBytes(byte[] source, String filename) {
        return fromBytes(source, filename, true);
    }

    /** As {@link #fromBytes(byte[], String)}; {@code execInput} false for 'eval'/'single' input. */
    // CPython: Parser/tokenizer/string_tokenizer.c _PyTokenizer_FromString
    public static Tokenizer fromBytes(byte[] source, String filename, boolean execInput) {
        return new Tokenizer(SourceDecoder.fromBytes(source, filename, execInput), filename);
    }

    /** Source already decoded (compile() of a str): no cookie processing. */
    public static Tokenizer fromString(String source, String filename) {
        return fromString(source, filename, true);
    }

    /** UTF-8 source whose coding declaration, if any, has been applied already (the tokenize module's lines). */
    public static Tokenizer fromDecodedBytes(byte[] source, String filename) {
        return new Tokenizer(SourceDecoder.fromDecoded(source, true), filename);
    }

    // CPython: Parser/tokenizer/utf8_tokenizer.c _PyTokenizer_FromUTF8
    public static Tokenizer fromString(String source, String filename, boolean execInput) {
        return new Tokenizer(SourceDecoder.fromString(source, execInput), filename);
    }

    // ---- configuration (before the first token) ----

    /** Report {@code # type:} comments as TYPE_COMMENT / TYPE_IGNORE (PyCF_TYPE_COMMENTS). */
    public Tokenizer setTypeComments(boolean on) {
        typeComments = on;
        return this;
    }

    /**
     * The {@code tokenize} module's mode: COMMENT and NL tokens, INDENT/DEDENT with text, and
     * lenient checks ({@code _tokenize.TokenizerIter(extra_tokens=True)}).
     */
    public Tokenizer setExtraTokens(boolean on) {
        extraTokens = on;
        return this;
    }

    public Tokenizer setWarningHandler(WarningHandler handler) {
        warningHandler = handler;
        return this;
    }

    /** tok->report_warnings: false silences warnings (pegen's second pass). */
    public Tokenizer setReportWarnings(boolean on) {
        reportWarnings = on;
        return this;
    }

    // ---- read-only state for the parser ----

    public byte[] buffer() { return buf; }
    public int done() { return done; }
    public int level() { return level; }
    public int parenChar(int i) { return parenstack[i]; }
    public int parenLineno(int i) { return parenlinenostack[i]; }
    public int parenCol(int i) { return parencolstack[i]; }
    public int lineno() { return lineno; }
    public int cur() { return cur; }
    /** tok->line_start: start of the current line. */
    public int lineStart() { return lineStart; }
    /** tok->buf: start of the line on which the current token began (E_LINECONT uses it). */
    public int bufStart() { return bufStart; }
    /** tok->buf as CPython's readline mode (the tokenize module) would have it. */
    public int readlineBufStart() { return readlineBufStart; }
    /** tok->inp: end of the current line, newline included. */
    public int lineEnd() { return inp; }
    /** tok->multi_line_start: start of the first line of the last string token. */
    public int multiLineStart() { return multiLineStart; }
    public String encoding() { return encoding; }
    public String filename() { return filename; }
    /** When {@link #done()} is E_DECODE: the text of the UnicodeDecodeError CPython raised. */
    public String decodeError() { return decodeError; }
    /**
     * The exception CPython's tokenizer left set without an ERRORTOKEN of its own, else null:
     * with E_DECODE a UnicodeDecodeError or (reading a file) a SyntaxError without a location;
     * with E_ERROR (reading a file) the SyntaxError for a null byte.
     */
    public PyException pendingError() { return pendingError; }
    /** Whether the source is a script file read line by line (CPython's file tokenizer). */
    public boolean isFile() { return readsFile(); }
    /**
     * Whether the current line is the last one and its newline was added by the tokenizer
     * (tok->implicit_newline of CPython's readline mode, which the tokenize module shows).
     */
    public boolean implicitNewline() { return addedNewline && inp == end; }
    /** Nesting depth of f-strings (tok->tok_mode_stack_index). */
    public int fstringDepth() { return modeIndex; }

    /** The identifier a NAME token stands for: its NFKC-normalised text. */
    public static String identifier(Token t) {
        return t.metadata instanceof String s && t.type == NAME ? s : t.text();
    }

    // ---- lexing ----

    /** The next token; once reading the source has failed, an ERRORTOKEN with E_DECODE. */
    // CPython: Parser/lexer/lexer.c _PyTokenizer_Get
    public Token next() {
        Token t = get();
        if (decodingErred) {
            t.type = ERRORTOKEN;
            done = E_DECODE;
        }
        return t;
    }

    // CPython: Parser/lexer/lexer.c tok_get
    private Token get() {
        pendingMetadata = null;
        TokenizerMode m = mode();
        return m.kind == TokenizerMode.REGULAR ? normalMode(m) : fstringMode(m);
    }

    // CPython: Parser/lexer/lexer.c tok_get_normal_mode
    private Token normalMode(TokenizerMode currentTok) {
        int c;
        pStart = pEnd = -1;
        nextline:
        for (;;) {
            start = -1;
            startingColOffset = -1;
            boolean blankline = false;

            if (atbol) {
                int col = 0;
                int altcol = 0;
                atbol = false;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / tabsize + 1) * tabsize;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\014') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // Only the first backslash's column counts as the indentation.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        if ((c = continuationLine()) == -1) return make(ERRORTOKEN);
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n' || c == '\r') {
                    // Blank and comment-only lines leave the indentation alone (no
                    // interactive mode here, so no exceptions to that).
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    col = contLineCol != 0 ? contLineCol : col;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) return make(indentError());
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            done = E_TOODEEP;
                            cur = inp;
                            return make(ERRORTOKEN);
                        }
                        if (altcol <= altindstack[indent]) return make(indentError());
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            done = E_DEDENT;
                            cur = inp;
                            return make(ERRORTOKEN);
                        }
                        if (altcol != altindstack[indent]) return make(indentError());
                    }
                }
            }

            start = cur;
            startingColOffset = colOffset;

            if (pendin != 0) {
                if (pendin < 0) {
                    if (extraTokens) {
                        pStart = cur;
                        pEnd = cur;
                    }
                    pendin++;
                    return make(DEDENT);
                } else {
                    if (extraTokens) {
                        pStart = bufStart;
                        pEnd = cur;
                    }
                    pendin--;
                    return make(INDENT);
                }
            }

            c = nextc();
            backup(c);

            again:
            for (;;) {
                start = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\014');

                start = cur - 1;
                startingColOffset = colOffset - 1;

                if (c == '#') {
                    while (c != EOF && c != '\n' && c != '\r') c = nextc();
                    if (typeComments) {
                        Token t = typeComment(c, blankline);
                        if (t != null) return t;
                    }
                    if (extraTokens) {
                        int p = start;
                        backup(c);
                        pStart = p;
                        pEnd = cur;
                        commentNewline = blankline;
                        return make(COMMENT);
                    }
                }

                if (c == EOF) {
                    if (level != 0) return make(ERRORTOKEN);
                    return make(done == E_EOF ? ENDMARKER : ERRORTOKEN);
                }

                // Identifier, or the prefix of a string literal.
                boolean toFString = false;
                boolean toString = false;
                if (isPotentialIdentifierStart(c)) {
                    boolean sawB = false, sawR = false, sawU = false, sawF = false;
                    for (;;) {
                        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                            sawB = true;
                        } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                            sawU = true;
                        } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                            sawR = true;
                        } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                            sawF = true;
                        } else {
                            break;
                        }
                        c = nextc();
                        if (c == '"' || c == '\'') {
                            if (sawF) {
                                toFString = true;
                            } else {
                                toString = true;
                            }
                            break;
                        }
                    }
                    if (!toFString && !toString) return name(c);
                }

                if (!toFString && !toString) {
                    if (c == '\r') c = nextc();

                    if (c == '\n') {
                        atbol = true;
                        if (blankline || level > 0) {
                            if (extraTokens) {
                                commentNewline = false;
                                pStart = start;
                                pEnd = cur;
                                return make(NL);
                            }
                            continue nextline;
                        }
                        if (commentNewline && extraTokens) {
                            commentNewline = false;
                            pStart = start;
                            pEnd = cur;
                            return make(NL);
                        }
                        pStart = start;
                        pEnd = cur - 1;
                        contLine = false;
                        return make(NEWLINE);
                    }

                    if (c == '.') {
                        c = nextc();
                        if (isDigit(c)) return fraction(c);
                        if (c == '.') {
                            c = nextc();
                            if (c == '.') {
                                pStart = start;
                                pEnd = cur;
                                return make(ELLIPSIS);
                            }
                            backup(c);
                            backup('.');
                        } else {
                            backup(c);
                        }
                        pStart = start;
                        pEnd = cur;
                        return make(DOT);
                    }

                    if (isDigit(c)) return number(c);
                }

                if (toFString || (!toString && (lower(buf[start]) == 'f' || lower(buf[start]) == 'r')
                        && (c == '\'' || c == '"'))) {
                    return fstringStart(c);
                }

                if (c == '\'' || c == '"') return string(c);

                if (c == '\\') {
                    if ((c = continuationLine()) == -1) return make(ERRORTOKEN);
                    contLine = true;
                    continue again;
                }

                return operator(c, currentTok);
            }
        }
    }

    private static int lower(byte b) {
        int c = b & 0xff;
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** After a backslash: the line must end there; returns the next line's first byte or -1. */
    // CPython: Parser/lexer/lexer.c tok_continuation_line
    private int continuationLine() {
        int c = nextc();
        if (c == '\r') c = nextc();
        if (c != '\n') {
            done = E_LINECONT;
            return -1;
        }
        c = nextc();
        if (c == EOF) {
            done = E_EOF;
            cur = inp;
            return -1;
        }
        backup(c);
        return c;
    }

    /** A '# type: ...' comment as TYPE_COMMENT / TYPE_IGNORE, or null for a plain comment. */
    // CPython: Parser/lexer/lexer.c tok_get_normal_mode (type comments)
    private Token typeComment(int c, boolean blankline) {
        final String prefix = "# type: ";
        int p = start;
        int col = startingColOffset;
        int k = 0;
        while (k < prefix.length() && p < cur) {
            char want = prefix.charAt(k);
            if (want == ' ') {
                while (p < end && (buf[p] == ' ' || buf[p] == '\t')) {
                    p++;
                    col++;
                }
            } else if (p < end && buf[p] == want) {
                p++;
                col++;
            } else {
                break;
            }
            k++;
        }
        if (k < prefix.length()) return null;
        int ignoreEnd = p + 6;
        int ignoreEndCol = col + 6;
        backup(c);
        boolean isIgnore = cur >= ignoreEnd && matches(p, "ignore")
                && !(cur > ignoreEnd && ((buf[ignoreEnd] & 0xff) >= 128 || isAlnum(buf[ignoreEnd] & 0xff)));
        if (isIgnore) {
            pStart = ignoreEnd;
            pEnd = cur;
            if (blankline) {
                nextc();
                atbol = true;
            }
            return makeTypeComment(TYPE_IGNORE, ignoreEndCol, colOffset);
        }
        pStart = p;
        pEnd = cur;
        return makeTypeComment(TYPE_COMMENT, col, colOffset);
    }

    private boolean matches(int p, String s) {
        if (p + s.length() > end) return false;
        for (int i = 0; i < s.length(); i++) {
            if (buf[p + i] != s.charAt(i)) return false;
        }
        return true;
    }

    private static boolean isAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // ---- names ----

    private Token name(int c) {
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = nextc();
        }
        backup(c);
        Object normalized = null;
        if (nonascii && !extraTokens) {
            String s = verifyIdentifier();
            if (s == null) return make(ERRORTOKEN);
            normalized = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        pStart = start;
        pEnd = cur;
        pendingMetadata = normalized;
        return make(NAME);
    }

    /**
     * Checks a non-ASCII identifier against PEP 3131; returns its text, or null after
     * setting done = E_DECODE for bytes that are not UTF-8.
     */
    // CPython: Parser/lexer/lexer.c verify_identifier, Objects/unicodeobject.c _PyUnicode_ScanIdentifier
    private String verifyIdentifier() {
        String err = Utf8.decodeErrorMessage(buf, start, cur);
        if (err != null) {
            decodeError = err;
            pendingError = new PyException("UnicodeDecodeError", err);
            done = E_DECODE;
            return null;
        }
        String s = Utf8.decode(buf, start, cur);
        int i = 0;
        int index = 0;
        int invalid = -1;
        int bad = 0;
        while (i < s.length()) {
            int ch = s.codePointAt(i);
            boolean ok = index == 0 ? (UnicodeData.isXidStart(ch) || ch == '_') : UnicodeData.isXidContinue(ch);
            if (!ok) {
                invalid = i;
                bad = ch;
                break;
            }
            i += Character.charCount(ch);
            index++;
        }
        if (invalid < 0) return s;
        int afterBad = invalid + Character.charCount(bad);
        if (afterBad < s.length()) {
            cur = start + s.substring(0, afterBad).getBytes(StandardCharsets.UTF_8).length;
        }
        if (isPrintable(bad)) {
            throw syntaxError(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(bad)), bad));
        }
        throw syntaxError(String.format("invalid non-printable character U+%04X", bad));
    }

    // ---- numbers ----

    // CPython: Parser/lexer/lexer.c tok_get_normal_mode (numbers)
    private Token number(int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                if (!verifyEndOfNumber(c, "hexadecimal")) return make(ERRORTOKEN);
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        backup(c);
                        throw syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                if (!verifyEndOfNumber(c, "octal")) return make(ERRORTOKEN);
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        backup(c);
                        throw syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                if (!verifyEndOfNumber(c, "binary")) return make(ERRORTOKEN);
            } else {
                boolean nonzero = false;
                // Maybe an old-style octal; '0' alone (with zeros and underscores) is fine.
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero && !extraTokens) {
                    backup(c);
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", start + 1 - lineStart, zerosEnd - lineStart);
                }
                if (!verifyEndOfNumber(c, "decimal")) return make(ERRORTOKEN);
            }
            return endNumber(c);
        }
        c = decimalTail();
        if (c == '.') {
            c = nextc();
            return fraction(c);
        }
        return exponentPart(c);
    }

    /** The fraction digits after the point ({@code fraction:} in CPython); c follows the point. */
    private Token fraction(int c) {
        if (isDigit(c)) c = decimalTail();
        return exponentPart(c);
    }

    private Token exponentPart(int c) {
        if (c == 'e' || c == 'E') return exponent(c);
        return imaginaryPart(c);
    }

    /** {@code exponent:} in CPython; c is the 'e'. */
    private Token exponent(int c) {
        int e = c;
        c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            if (!verifyEndOfNumber(e, "decimal")) return make(ERRORTOKEN);
            backup(e);
            pStart = start;
            pEnd = cur;
            return make(NUMBER);
        }
        c = decimalTail();
        return imaginaryPart(c);
    }

    private Token imaginaryPart(int c) {
        if (c == 'j' || c == 'J') return imaginary();
        if (!verifyEndOfNumber(c, "decimal")) return make(ERRORTOKEN);
        return endNumber(c);
    }

    /** {@code imaginary:} in CPython; the 'j' has been read. */
    private Token imaginary() {
        int c = nextc();
        if (!verifyEndOfNumber(c, "imaginary")) return make(ERRORTOKEN);
        return endNumber(c);
    }

    private Token endNumber(int c) {
        backup(c);
        pStart = start;
        pEnd = cur;
        return make(NUMBER);
    }

    /** Digits with single underscores between them; returns the byte after them. */
    // CPython: Parser/lexer/lexer.c tok_decimal_tail
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') break;
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * A number must not run into a name: "1and" warns (it may be valid code), "1abc" is an
     * error. c is the byte after the number, already read.
     */
    // CPython: Parser/lexer/lexer.c verify_end_of_number
    private boolean verifyEndOfNumber(int c, String kind) {
        if (extraTokens) return true;
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = nextc();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            backup(c);
            parserWarn("invalid " + kind + " literal");
            nextc();
        } else if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
        return true;
    }

    /** Whether the next bytes are {@code test} and no identifier character follows. */
    // CPython: Parser/lexer/lexer.c lookahead
    private boolean lookahead(String test) {
        int k = 0;
        boolean res = false;
        for (;;) {
            int c = nextc();
            if (k == test.length()) {
                res = !isPotentialIdentifierChar(c);
            } else if (c == test.charAt(k)) {
                k++;
                continue;
            }
            backup(c);
            while (k > 0) backup(test.charAt(--k));
            return res;
        }
    }

    // ---- strings ----

    // CPython: Parser/lexer/lexer.c tok_get_normal_mode (letter_quote)
    private Token string(int c) {
        int quote = c;
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean hasEscapedQuote = false;

        firstLineno = lineno;
        multiLineStart = lineStart;

        c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // the empty string
            }
        }
        if (c != quote) backup(c);

        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (done == E_ERROR) return make(ERRORTOKEN);
            if (done == E_DECODE) break;
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                // Report the error at the opening quote.
                cur = start + 1;
                lineStart = multiLineStart;
                int detected = lineno;
                lineno = firstLineno;
                if (insideFString()) {
                    // The quote of the enclosing f-string: a '}' is missing.
                    TokenizerMode m = mode();
                    if (m.quote == quote && m.quoteSize == quoteSize) {
                        throw syntaxError("f-string: expecting '}'");
                    }
                }
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected + ")");
                }
                if (hasEscapedQuote) {
                    throw syntaxError("unterminated string literal (detected at line " + detected
                            + "); perhaps you escaped the end quote?");
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc();
                    if (c == quote) hasEscapedQuote = true;
                    if (c == '\r') c = nextc();
                }
            }
        }
        pStart = start;
        pEnd = cur;
        return make(STRING);
    }

    // CPython: Parser/lexer/lexer.c tok_get_normal_mode (f_string_quote)
    private Token fstringStart(int c) {
        int quote = c;
        int quoteSize = 1;

        firstLineno = lineno;
        multiLineStart = lineStart;

        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfterQuote = nextc();
            if (afterAfterQuote == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfterQuote);
                backup(afterQuote);
            }
        }
        if (afterQuote != quote) backup(afterQuote);

        pStart = start;
        pEnd = cur;
        if (modeIndex + 1 >= MAXFSTRINGLEVEL) throw syntaxError("too many nested f-strings");
        TokenizerMode m = modeStack[++modeIndex];
        if (m == null) m = modeStack[modeIndex] = new TokenizerMode();
        int first = lower(buf[start]);
        boolean raw = first == 'r' || lower(buf[start + 1]) == 'r';
        m.startFString(quote, quoteSize, raw, start, lineStart, lineno);
        return make(FSTRING_START);
    }

    // ---- operators ----

    // CPython: Parser/lexer/lexer.c tok_get_normal_mode (punctuation)
    private Token operator(int c, TokenizerMode currentTok) {
        boolean isPunctuation = c == ':' || c == '}' || c == '!' || c == '{';
        if (isPunctuation && insideFString() && insideFStringExpr(currentTok)) {
            // The '{' case runs before the depth is incremented, so compensate for others.
            int cursor = currentTok.curlyBracketDepth - (c != '{' ? 1 : 0);
            boolean inFormatSpec = currentTok.inFormatSpec;
            boolean cursorInFormatWithDebug = cursor == 1 && (currentTok.debug || inFormatSpec);
            boolean cursorValid = cursor == 0 || cursorInFormatWithDebug;
            if (cursorValid) updateFStringExpr(currentTok, c);
            if (cursorValid && c != '{') setFStringExpr(currentTok);
            if (c == ':' && cursor == currentTok.curlyBracketExprStartDepth) {
                currentTok.kind = TokenizerMode.FSTRING;
                currentTok.inFormatSpec = true;
                pStart = start;
                pEnd = cur;
                return make(Tokens.oneChar(c));
            }
        }

        int c2 = nextc();
        int tok2 = Tokens.twoChars(c, c2);
        if (tok2 != OP) {
            int c3 = nextc();
            int tok3 = Tokens.threeChars(c, c2, c3);
            if (tok3 != OP) {
                tok2 = tok3;
            } else {
                backup(c3);
            }
            pStart = start;
            pEnd = cur;
            return make(tok2);
        }
        backup(c2);

        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAXLEVEL) throw syntaxError("too many nested parentheses");
                parenstack[level] = c;
                parenlinenostack[level] = lineno;
                parencolstack[level] = start - lineStart;
                level++;
                if (insideFString()) currentTok.curlyBracketDepth++;
                break;
            case ')':
            case ']':
            case '}':
                if (insideFString() && currentTok.curlyBracketDepth == 0 && c == '}') {
                    throw syntaxError("f-string: single '}' is not allowed");
                }
                if (!extraTokens && level == 0) throw syntaxError("unmatched '" + (char) c + "'");
                if (level > 0) {
                    level--;
                    int opening = parenstack[level];
                    if (!extraTokens && !((opening == '(' && c == ')') || (opening == '[' && c == ']')
                            || (opening == '{' && c == '}'))) {
                        // A bracket closing the expression of an f-string field ("f'{)}'")
                        // is reported as unmatched rather than as a mismatch.
                        if (insideFString() && opening == '{') {
                            int previousBracket = currentTok.curlyBracketDepth - 1;
                            if (previousBracket == currentTok.curlyBracketExprStartDepth) {
                                throw syntaxError("f-string: unmatched '" + (char) c + "'");
                            }
                        }
                        if (parenlinenostack[level] != lineno) {
                            throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                    + (char) opening + "' on line " + parenlinenostack[level]);
                        }
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + (char) opening + "'");
                    }
                }
                if (insideFString()) {
                    currentTok.curlyBracketDepth--;
                    if (currentTok.curlyBracketDepth < 0) throw syntaxError("f-string: unmatched '" + (char) c + "'");
                    if (c == '}' && currentTok.curlyBracketDepth == currentTok.curlyBracketExprStartDepth) {
                        currentTok.curlyBracketExprStartDepth--;
                        currentTok.kind = TokenizerMode.FSTRING;
                        currentTok.inFormatSpec = false;
                        currentTok.debug = false;
                    }
                }
                break;
            default:
                break;
        }

        if (!isPrintable(c)) throw syntaxError(String.format("invalid non-printable character U+%04X", c));

        if (c == '=' && insideFStringExpr(currentTok)) currentTok.debug = true;

        pStart = start;
        pEnd = cur;
        return make(Tokens.oneChar(c));
    }

    // ---- f-strings ----

    /** Tracks where the current replacement field's expression starts and ends. */
    // CPython: Parser/lexer/lexer.c _PyLexer_update_fstring_expr
    private void updateFStringExpr(TokenizerMode m, int c) {
        switch (c) {
            case '{':
                m.exprStart = cur;
                m.exprEnd = -1;
                if (readsFile()) {
                    // The copy holds what has been read of the source after the '{'.
                    m.exprPieceCount = 0;
                    m.addExprPiece(cur, inp);
                }
                break;
            case '}':
            case '!':
            case ':':
                // The first of these ends the expression. (3.13.5's source lets '}' and '!'
                // move the end again; the 3.13.0 binary, the reference, does not:
                // f"{x!=1=}" gives the debug text "x".)
                if (m.exprEnd == -1) {
                    m.exprEnd = start;
                    // last_expr_end = strlen(tok->start): counted to the end of what has been read.
                    m.exprEndFromInp = inp - start;
                }
                break;
            default:
                throw new IllegalStateException("updateFStringExpr " + c);
        }
    }

    /**
     * For a debug field ({@code f"{x=}"}), attaches the expression text, comments removed,
     * to the token being made.
     */
    // CPython: Parser/lexer/lexer.c set_fstring_expr
    private void setFStringExpr(TokenizerMode m) {
        if (!m.debug || pendingMetadata != null) return;
        int from = m.exprStart;
        int to = m.exprEnd;
        byte[] buf = this.buf;
        if (readsFile() && from >= 0) {
            // CPython's copy: the pieces that were appended to it, cut last_expr_end bytes
            // short of their total. Lines read while an inner f-string was on top of the
            // stack are missing from it, so the text can come out short, or negative.
            buf = m.exprCopy(this.buf);
            int n = buf.length - m.exprEndFromInp;
            if (n < 0) {
                done = E_ERROR;
                throw new PyException("SystemError", "Negative size passed to PyUnicode_New");
            }
            from = 0;
            to = n;
        }
        if (from < 0 || to < from) {
            pendingMetadata = "";
            return;
        }
        boolean hash = false;
        for (int i = from; i < to; i++) {
            if (buf[i] == '#') {
                hash = true;
                break;
            }
        }
        byte[] text;
        int n;
        if (hash) {
            text = new byte[to - from];
            n = 0;
            for (int i = from; i < to; i++) {
                if (buf[i] == '#') {
                    // Drop the comment, keep its newline.
                    while (i < to && buf[i] != 0) {
                        if (buf[i] == '\n') {
                            text[n++] = buf[i];
                            break;
                        }
                        i++;
                    }
                } else {
                    text[n++] = buf[i];
                }
            }
        } else {
            text = buf;
            n = to - from;
        }
        int off = hash ? 0 : from;
        String err = Utf8.decodeErrorMessage(text, off, off + n);
        if (err != null) {
            done = E_ERROR;
            throw new PyException("UnicodeDecodeError", err);
        }
        pendingMetadata = Utf8.decode(text, off, off + n);
    }

    // CPython: Parser/lexer/lexer.c tok_get_fstring_mode
    private Token fstringMode(TokenizerMode currentTok) {
        pStart = pEnd = -1;
        int endQuoteSize = 0;
        boolean unicodeEscape = false;

        start = cur;
        firstLineno = lineno;
        startingColOffset = colOffset;

        // A replacement field right away: nothing for this mode to do.
        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                currentTok.curlyBracketExprStartDepth++;
                if (currentTok.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
                    throw syntaxError("f-string: expressions nested too deeply");
                }
                currentTok.kind = TokenizerMode.REGULAR;
                return normalMode(currentTok);
            }
        } else {
            backup(startChar);
        }

        // The closing quote(s)?
        boolean atEnd = true;
        for (int i = 0; i < currentTok.quoteSize; i++) {
            int q = nextc();
            if (q != currentTok.quote) {
                backup(q);
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            currentTok.exprStart = -1;
            currentTok.exprEnd = -1;
            pStart = start;
            pEnd = cur;
            modeIndex--;
            return make(FSTRING_END);
        }

        multiLineStart = lineStart;
        while (endQuoteSize != currentTok.quoteSize) {
            int c = nextc();
            if (done == E_ERROR || done == E_DECODE) return make(ERRORTOKEN);
            boolean inFormatSpec = currentTok.inFormatSpec && insideFStringExpr(currentTok);

            if (c == EOF || (currentTok.quoteSize == 1 && c == '\n')) {
                // A newline ends a format spec: back to regular mode for the '}' (3.13.0
                // accepts this even in single-quoted f-strings; 3.13.1 made it an error).
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    currentTok.kind = TokenizerMode.REGULAR;
                    currentTok.inFormatSpec = false;
                    pStart = start;
                    pEnd = cur;
                    return make(FSTRING_MIDDLE);
                }
                // Report the error at the f-string's opening quote.
                cur = currentTok.start + 1;
                lineStart = currentTok.multiLineStart;
                int detected = lineno;
                lineno = currentTok.startLineno;
                if (currentTok.quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted f-string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated f-string literal (detected at line " + detected + ")");
            }

            if (c == currentTok.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;

            if (c == '{') {
                updateFStringExpr(currentTok, c);
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    currentTok.curlyBracketExprStartDepth++;
                    if (currentTok.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
                        throw syntaxError("f-string: expressions nested too deeply");
                    }
                    currentTok.kind = TokenizerMode.REGULAR;
                    currentTok.inFormatSpec = false;
                    pStart = start;
                    pEnd = cur;
                } else {
                    // "{{": the token keeps one brace and the next one starts after both.
                    pStart = start;
                    pEnd = cur - 1;
                }
                return make(FSTRING_MIDDLE);
            } else if (c == '}') {
                if (unicodeEscape) {
                    pStart = start;
                    pEnd = cur;
                    return make(FSTRING_MIDDLE);
                }
                int peek = nextc();
                // A format spec cannot hold "}}", so there a '}' always ends the field.
                int cursor = currentTok.curlyBracketDepth;
                if (peek == '}' && !inFormatSpec && cursor == 0) {
                    pStart = start;
                    pEnd = cur - 1;
                } else {
                    backup(peek);
                    backup(c);
                    currentTok.kind = TokenizerMode.REGULAR;
                    currentTok.inFormatSpec = false;
                    pStart = start;
                    pEnd = cur;
                }
                return make(FSTRING_MIDDLE);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '\r') peek = nextc();
                // A backslash before a brace escapes nothing: the brace is seen next round.
                if (peek == '{' || peek == '}') {
                    if (!currentTok.raw) warnInvalidEscapeSequence(peek);
                    backup(peek);
                    continue;
                }
                if (!currentTok.raw && peek == 'N') {
                    // \N{NAME}: its braces belong to the escape.
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }

        // Leave the closing quotes for the FSTRING_END of the next call.
        for (int i = 0; i < currentTok.quoteSize; i++) backup(currentTok.quote);
        pStart = start;
        pEnd = cur;
        return make(FSTRING_MIDDLE);
    }
}
