package dev.pyjama.parser;

/**
 * Token type numbers, the same as CPython 3.13's {@code token} module (a test checks them
 * against it). Keywords are not here: the tokenizer reports them as {@link #NAME} and the
 * parser gives each keyword its own type (numbers from {@link #FIRST_KEYWORD} up).
 */
// CPython: Grammar/Tokens, Include/internal/pycore_token.h
public final class Tokens {
    private Tokens() {}

    public static final int ENDMARKER = 0;
    public static final int NAME = 1;
    public static final int NUMBER = 2;
    public static final int STRING = 3;
    public static final int NEWLINE = 4;
    public static final int INDENT = 5;
    public static final int DEDENT = 6;
    public static final int LPAR = 7;
    public static final int RPAR = 8;
    public static final int LSQB = 9;
    public static final int RSQB = 10;
    public static final int COLON = 11;
    public static final int COMMA = 12;
    public static final int SEMI = 13;
    public static final int PLUS = 14;
    public static final int MINUS = 15;
    public static final int STAR = 16;
    public static final int SLASH = 17;
    public static final int VBAR = 18;
    public static final int AMPER = 19;
    public static final int LESS = 20;
    public static final int GREATER = 21;
    public static final int EQUAL = 22;
    public static final int DOT = 23;
    public static final int PERCENT = 24;
    public static final int LBRACE = 25;
    public static final int RBRACE = 26;
    public static final int EQEQUAL = 27;
    public static final int NOTEQUAL = 28;
    public static final int LESSEQUAL = 29;
    public static final int GREATEREQUAL = 30;
    public static final int TILDE = 31;
    public static final int CIRCUMFLEX = 32;
    public static final int LEFTSHIFT = 33;
    public static final int RIGHTSHIFT = 34;
    public static final int DOUBLESTAR = 35;
    public static final int PLUSEQUAL = 36;
    public static final int MINEQUAL = 37;
    public static final int STAREQUAL = 38;
    public static final int SLASHEQUAL = 39;
    public static final int PERCENTEQUAL = 40;
    public static final int AMPEREQUAL = 41;
    public static final int VBAREQUAL = 42;
    public static final int CIRCUMFLEXEQUAL = 43;
    public static final int LEFTSHIFTEQUAL = 44;
    public static final int RIGHTSHIFTEQUAL = 45;
    public static final int DOUBLESTAREQUAL = 46;
    public static final int DOUBLESLASH = 47;
    public static final int DOUBLESLASHEQUAL = 48;
    public static final int AT = 49;
    public static final int ATEQUAL = 50;
    public static final int RARROW = 51;
    public static final int ELLIPSIS = 52;
    public static final int COLONEQUAL = 53;
    public static final int EXCLAMATION = 54;
    public static final int OP = 55;
    public static final int TYPE_IGNORE = 56;
    public static final int TYPE_COMMENT = 57;
    public static final int SOFT_KEYWORD = 58;
    public static final int FSTRING_START = 59;
    public static final int FSTRING_MIDDLE = 60;
    public static final int FSTRING_END = 61;
    public static final int COMMENT = 62;
    public static final int NL = 63;
    public static final int ERRORTOKEN = 64;
    public static final int ENCODING = 65;
    public static final int N_TOKENS = 66;

    /** Keyword token types are assigned by the parser generator from this number up. */
    public static final int FIRST_KEYWORD = 500;

    private static final String[] NAMES = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
        "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
        "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT",
        "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE",
        "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL",
        "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL",
        "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL",
        "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS",
        "COLONEQUAL", "EXCLAMATION", "OP", "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD",
        "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END", "COMMENT", "NL", "ERRORTOKEN",
        "ENCODING",
    };

    /** The name of a (non-keyword) token type, as {@code token.tok_name} gives it. */
    public static String name(int type) {
        return type >= 0 && type < NAMES.length ? NAMES[type] : "KEYWORD(" + type + ")";
    }

    /**
     * The exact type of a one-, two- or three-character operator, or {@link #OP} if the
     * characters are not an operator.
     */
    // CPython: Parser/token.c PyToken_OneChar, PyToken_TwoChars, PyToken_ThreeChars
    public static int oneChar(int c1) {
        switch (c1) {
            case '!': return EXCLAMATION;
            case '%': return PERCENT;
            case '&': return AMPER;
            case '(': return LPAR;
            case ')': return RPAR;
            case '*': return STAR;
            case '+': return PLUS;
            case ',': return COMMA;
            case '-': return MINUS;
            case '.': return DOT;
            case '/': return SLASH;
            case ':': return COLON;
            case ';': return SEMI;
            case '<': return LESS;
            case '=': return EQUAL;
            case '>': return GREATER;
            case '@': return AT;
            case '[': return LSQB;
            case ']': return RSQB;
            case '^': return CIRCUMFLEX;
            case '{': return LBRACE;
            case '|': return VBAR;
            case '}': return RBRACE;
            case '~': return TILDE;
            default: return OP;
        }
    }

    public static int twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? NOTEQUAL : OP;
            case '%': return c2 == '=' ? PERCENTEQUAL : OP;
            case '&': return c2 == '=' ? AMPEREQUAL : OP;
            case '*': return c2 == '*' ? DOUBLESTAR : c2 == '=' ? STAREQUAL : OP;
            case '+': return c2 == '=' ? PLUSEQUAL : OP;
            case '-': return c2 == '=' ? MINEQUAL : c2 == '>' ? RARROW : OP;
            case '/': return c2 == '/' ? DOUBLESLASH : c2 == '=' ? SLASHEQUAL : OP;
            case ':': return c2 == '=' ? COLONEQUAL : OP;
            case '<': return c2 == '<' ? LEFTSHIFT : c2 == '=' ? LESSEQUAL : c2 == '>' ? NOTEQUAL : OP;
            case '=': return c2 == '=' ? EQEQUAL : OP;
            case '>': return c2 == '=' ? GREATEREQUAL : c2 == '>' ? RIGHTSHIFT : OP;
            case '@': return c2 == '=' ? ATEQUAL : OP;
            case '^': return c2 == '=' ? CIRCUMFLEXEQUAL : OP;
            case '|': return c2 == '=' ? VBAREQUAL : OP;
            default: return OP;
        }
    }

    public static int threeChars(int c1, int c2, int c3) {
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') return DOUBLESTAREQUAL;
            if (c1 == '.' && c2 == '.') return OP;
            if (c1 == '/' && c2 == '/') return DOUBLESLASHEQUAL;
            if (c1 == '<' && c2 == '<') return LEFTSHIFTEQUAL;
            if (c1 == '>' && c2 == '>') return RIGHTSHIFTEQUAL;
        } else if (c1 == '.' && c2 == '.' && c3 == '.') {
            return ELLIPSIS;
        }
        return OP;
    }
}
