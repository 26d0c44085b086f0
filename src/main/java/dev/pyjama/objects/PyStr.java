package dev.pyjama.objects;

/**
 * A Python {@code str}, with a Java String as its payload. Code points above the BMP are
 * surrogate pairs in the payload; an unpaired surrogate stands for itself, as in Python.
 */
// CPython: Objects/unicodeobject.c
public final class PyStr extends PyObject {
    private static final PyStr EMPTY = new PyStr("");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public final String value;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    @Override
    public String repr() {
        return repr(value);
    }

    @Override
    public String typeName() {
        return "str";
    }

    /** {@code repr(s)} of a Python string held in a Java String. */
    public static String repr(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendRepr(sb, s);
        return sb.toString();
    }

    /**
     * Appends {@code repr(s)}: quoted with ' unless the text has ' and no ", with backslash
     * escapes for the quote, the backslash, \t \n \r, and every character that is not
     * printable (\xhh, \\uhhhh or \Uhhhhhhhh by size).
     */
    // CPython: Objects/unicodeobject.c unicode_repr
    public static void appendRepr(StringBuilder sb, String s) {
        int n = s.length();
        boolean squote = false, dquote = false, plain = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x7f) {
                if (c == '\'') squote = true;
                else if (c == '"') dquote = true;
                else if (c < ' ' || c == '\\') plain = false;
            } else if (plain) {
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(++i));
                }
                if (!UnicodeData.isPrintable(cp)) plain = false;
            }
        }
        char quote = squote && !dquote ? '"' : '\'';
        sb.append(quote);
        if (plain && !(squote && dquote)) {
            sb.append(s);
        } else {
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x7f) {
                    if (c == quote || c == '\\') {
                        sb.append('\\').append(c);
                    } else if (c >= ' ') {
                        sb.append(c);
                    } else if (c == '\t') {
                        sb.append("\\t");
                    } else if (c == '\n') {
                        sb.append("\\n");
                    } else if (c == '\r') {
                        sb.append("\\r");
                    } else {
                        sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
                    }
                    continue;
                }
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(++i));
                }
                if (UnicodeData.isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else if (cp <= 0xff) {
                    sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 15]);
                } else if (cp <= 0xffff) {
                    sb.append("\\u");
                    appendHex(sb, cp, 4);
                } else {
                    sb.append("\\U");
                    appendHex(sb, cp, 8);
                }
            }
        }
        sb.append(quote);
    }

    private static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 15]);
        }
    }
}
