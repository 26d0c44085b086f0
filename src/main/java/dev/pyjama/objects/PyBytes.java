package dev.pyjama.objects;

/** A Python {@code bytes}. The array is shared, not copied: nobody may modify it. */
// CPython: Objects/bytesobject.c
public class PyBytes extends PyObject {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(value.length + 3);
        appendRepr(sb, value);
        return sb.toString();
    }

    /** {@code bytes}. */
    public static final PyType TYPE = PyType.builtin("bytes", null);

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * Appends {@code b'...'}: quoted with ' unless the bytes hold ' and no ", the quote and
     * backslash escaped, \t \n \r, and \xhh for everything outside printable ASCII.
     */
    // CPython: Objects/bytesobject.c PyBytes_Repr
    public static void appendRepr(StringBuilder sb, byte[] bytes) {
        boolean squote = false, dquote = false;
        for (byte b : bytes) {
            if (b == '\'') squote = true;
            else if (b == '"') dquote = true;
        }
        char quote = squote && !dquote ? '"' : '\'';
        sb.append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }
}
