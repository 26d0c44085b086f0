package dev.pyjama.objects;

/**
 * A Python {@code str}, with a Java String as its payload. Code points above the BMP are
 * surrogate pairs in the payload; an unpaired surrogate stands for itself, as in Python.
 */
// CPython: Objects/unicodeobject.c
public class PyStr extends PyObject {
    private static final PyStr EMPTY = new PyStr("", null);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The string as a Java String; null while the string lives only in {@link #slice} (made by
     * concatenation, materialised on first read by {@link #value()}).
     */
    private String value;
    /**
     * Where a string made by concatenation lives until it is materialised (then null): a prefix
     * of a buffer it shares with the strings it was built from and into. Appending into the
     * buffer (instead of copying) is what makes {@code s += t} in a loop linear, as CPython's
     * in-place resize of a str with one reference is. One reference field, so that a str is no
     * larger than before (40 bytes with compressed oops).
     */
    private Slice slice;
    /**
     * The code points, kept only when the string holds surrogate code points: a Java String
     * would read a high surrogate followed by a low one as a single character, where
     * Python's str has two.
     */
    private final int[] codePoints;
    /** hash(self), 0 until computed (a string whose hash is 0 computes it each time, as java.lang.String does). */
    private long hash;
    /** len(self), computed on first use (-1 until then): codePointCount is a scan of the string. */
    private int len = -1;
    /**
     * The code points of a string with characters outside the BMP (and no lone surrogates),
     * made on the first index so that {@code s[i]} is O(1) after it, as for a BMP string.
     */
    private int[] index;
    /** The one-character strings of latin-1, shared as CPython shares them. */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) LATIN1[i] = new PyStr(String.valueOf((char) i), null);
    }

    private PyStr(String value, int[] codePoints) {
        this.value = value;
        this.codePoints = codePoints;
    }

    /** A string of the first {@code clen} chars of {@code buf}, {@code len} code points. */
    private PyStr(StrBuf buf, int clen, int len) {
        this.slice = new Slice(buf, clen);
        this.len = len;
        this.codePoints = null;
    }

    /** A copy of {@code v}'s value, for the instances of Python subclasses ({@link Derived}). */
    protected PyStr(PyStr v) {
        this.value = v.value();
        this.codePoints = v.codePoints;
    }

    /** A buffered string: the first {@code clen} chars of {@code buf}. */
    private static final class Slice {
        final StrBuf buf;
        final int clen;

        Slice(StrBuf buf, int clen) {
            this.buf = buf;
            this.clen = clen;
        }
    }

    /** The length in Java chars (UTF-16 units), without materialising. */
    private int clen() {
        String v = value;
        if (v != null) return v.length();
        Slice sl = slice;
        return sl != null ? sl.clen : value().length(); // null: materialised since the first read
    }

    /** The string as a Java String (code points above the BMP as surrogate pairs). */
    public String value() {
        String v = value;
        return v != null ? v : materialise();
    }

    /**
     * Makes {@link #value} from the buffer and lets go of the buffer, so that neither a short
     * string keeps a long one's buffer alive nor the string holds its text twice (a later
     * {@code +=} copies once into a new buffer: no more than this read just cost).
     * Synchronized so that {@link #slice} and {@link #value} change together for other threads.
     */
    private synchronized String materialise() {
        String v = value;
        if (v == null) {
            Slice sl = slice;
            value = v = new String(sl.buf.chars, 0, sl.clen);
            slice = null;
        }
        return v;
    }

    /** Copies the string's chars into {@code dst} at {@code off}, from the buffer when it has not been materialised. */
    private void charsInto(char[] dst, int off) {
        String v = value;
        Slice sl = slice;
        if (v == null && sl != null) System.arraycopy(sl.buf.chars, 0, dst, off, sl.clen);
        else {
            String w = value();
            w.getChars(0, w.length(), dst, off);
        }
    }

    /** {@code v} as an exact str. */
    public static PyStr exact(PyStr v) {
        return v.getClass() == PyStr.class ? v : new PyStr(v.value(), v.codePoints);
    }

    /** Identifiers (names in code objects) shared by value, as CPython interns them. */
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The one shared str of an identifier: dict keys stored under a name and the name a later
     * lookup uses are then the same object, which the dict compares by identity first.
     */
    // CPython: Objects/unicodeobject.c _PyUnicode_InternMortal
    public static PyStr intern(String s) {
        PyStr v = INTERNED.get(s);
        return v != null ? v : INTERNED.computeIfAbsent(s, PyStr::of);
    }

    public static PyStr of(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s, null);
    }

    /** The str of the first {@code n} code points of {@code cps}, surrogate code points included. */
    public static PyStr ofCodePoints(int[] cps, int n) {
        for (int i = 0; i < n; i++) {
            if (cps[i] >= 0xD800 && cps[i] <= 0xDFFF) {
                int[] copy = java.util.Arrays.copyOf(cps, n);
                return new PyStr(new String(copy, 0, n), copy);
            }
        }
        return of(new String(cps, 0, n));
    }

    /** The string's code points (Python's view of its characters). */
    public int[] codePoints() {
        if (codePoints != null) return codePoints.clone();
        if (index != null) return index.clone();
        if (isBmp()) {
            // one code point per char: a plain loop (the stream of codePoints() costs more than the copy)
            String v = value();
            int n = v.length();
            int[] out = new int[n];
            for (int i = 0; i < n; i++) out[i] = v.charAt(i);
            return out;
        }
        return value().codePoints().toArray();
    }

    /** {@code self + other}, keeping surrogate code points apart. */
    public PyStr concat(PyStr other) {
        return concat(other, false);
    }

    /**
     * Below this many chars, {@code a + b} of strings not made by concatenation is a plain
     * Java concatenation; from it on the result gets a buffer with room to grow, so that
     * {@code s = s + t} in a loop turns linear too (CPython's unicode_concatenate resizes in
     * place for that form as well as for {@code +=}).
     */
    private static final int BUFFER_FROM = 1024;

    /**
     * {@code self + other}; {@code inplace} for {@code +=}, whose result gets a growable buffer
     * at once. Two strings without surrogate code points append into this string's buffer when
     * this string owns the buffer's tail, else copy into a new buffer of twice the length.
     */
    // CPython: Python/ceval.c unicode_concatenate (the in-place resize of a str with one reference)
    public PyStr concat(PyStr other, boolean inplace) {
        if (codePoints == null && other.codePoints == null) {
            Slice sl = slice;
            if (sl != null || inplace || clen() + other.clen() >= BUFFER_FROM) return buffered(other, sl);
            return of(value() + other.value());
        }
        int[] a = codePoints(), b = other.codePoints();
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return ofCodePoints(c, c.length);
    }

    /**
     * {@code self + other} in a buffer: appended into {@code b} when this exact str owns its
     * tail (it is the longest string of the buffer, claimed by a compare-and-set of the fill so
     * that two threads appending to the same string cannot both extend it), else copied into a
     * new buffer with room for as much again.
     */
    private PyStr buffered(PyStr other, Slice sl) {
        int k = clen(), m = other.clen(), n = k + m;
        if (n < 0) throw new PyException("OverflowError", "strings are too large to concat");
        if (n == 0) return EMPTY;
        int cps = length() + other.length();
        StrBuf b = sl != null ? sl.buf : null;
        if (b != null && getClass() == PyStr.class && n <= b.chars.length && b.claim(k, n)) {
            other.charsInto(b.chars, k);
            return new PyStr(b, n, cps);
        }
        int cap = n < 8 ? 16 : (int) Math.min(2L * n, Integer.MAX_VALUE - 8);
        StrBuf nb = new StrBuf(new char[cap], n);
        charsInto(nb.chars, 0);
        other.charsInto(nb.chars, k);
        return new PyStr(nb, n, cps);
    }

    /**
     * The chars shared by the strings made by appending into it; {@code fill} chars are in use,
     * by the longest of those strings (the one that may append further).
     */
    private static final class StrBuf {
        private static final java.lang.invoke.VarHandle FILL;

        static {
            try {
                FILL = java.lang.invoke.MethodHandles.lookup().findVarHandle(StrBuf.class, "fill", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final char[] chars;
        volatile int fill;

        StrBuf(char[] chars, int fill) {
            this.chars = chars;
            this.fill = fill;
        }

        /** Whether the caller, owner of the first {@code from} chars, now owns up to {@code to}. */
        boolean claim(int from, int to) {
            return fill == from && FILL.compareAndSet(this, from, to);
        }
    }

    /**
     * {@code sep.join(parts[from:to])} for parts that are all str ({@code sep} null: nothing
     * between them), in one pass: String.join of the parts' Strings, and the length of the
     * result known when the parts' are. Parts with lone surrogates go code point by code point,
     * so that a lone high and a lone low surrogate side by side stay two characters.
     */
    // CPython: Objects/unicodeobject.c _PyUnicode_JoinArray
    public static PyStr join(PyObject[] parts, int from, int to, PyStr sep) {
        int chars = 0, cps = 0;
        boolean surrogates = sep != null && sep.codePoints != null;
        for (int i = from; i < to; i++) {
            PyStr p = (PyStr) parts[i];
            if (p.codePoints != null) surrogates = true;
            chars += p.clen();
            cps = cps < 0 || p.len < 0 ? -1 : cps + p.len;
        }
        int n = to - from;
        if (n == 0) return EMPTY;
        if (sep != null && n > 1) {
            chars += sep.clen() * (n - 1);
            cps = cps < 0 || sep.length() < 0 ? -1 : cps + sep.length() * (n - 1);
        }
        if (surrogates) {
            PyStr out = (PyStr) parts[from];
            for (int i = from + 1; i < to; i++) out = (sep != null ? out.concat(sep) : out).concat((PyStr) parts[i]);
            return out;
        }
        if (chars < 0) throw new PyException("OverflowError", "join() result is too long for a Python string");
        // String.join sizes and fills the result in one pass in the String's own representation
        // (one copy of latin-1 text; a StringBuilder copies twice)
        String[] values = new String[n];
        for (int i = from; i < to; i++) values[i - from] = ((PyStr) parts[i]).value();
        PyStr out = of(String.join(sep != null ? sep.value() : "", values));
        if (cps >= 0 && out != EMPTY) out.len = cps;
        return out;
    }

    /** Whether the string holds surrogate code points (a Java String of its value would pair them up). */
    public boolean hasSurrogateCodePoints() {
        return codePoints != null;
    }

    /** The number of code points: Python's {@code len(self)}. */
    public int length() {
        int n = len;
        if (n < 0) len = n = codePoints != null ? codePoints.length : value().codePointCount(0, clen());
        return n;
    }

    /** Whether every code point is one Java char (no surrogates at all): index i is char i. */
    public boolean isBmp() {
        return codePoints == null && length() == clen();
    }

    /** {@code self[from:to]} for {@code 0 <= from <= to <= length()}. */
    public PyStr substring(int from, int to) {
        if (from == 0 && to == length() && getClass() == PyStr.class) return this;
        if (isBmp()) return to - from == 1 ? ofCodePoint(value().charAt(from)) : of(value().substring(from, to));
        int[] cps = codePoints != null ? codePoints : bmpIndex();
        return ofCodePoints(java.util.Arrays.copyOfRange(cps, from, to), to - from);
    }

    private int[] bmpIndex() {
        int[] c = index;
        if (c == null) index = c = value().codePoints().toArray();
        return c;
    }

    /** The one-character str of code point {@code cp} (shared for latin-1). */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) return LATIN1[cp];
        if (cp >= 0xD800 && cp <= 0xDFFF) return new PyStr(String.valueOf((char) cp), new int[] {cp});
        return new PyStr(new String(Character.toChars(cp)), null);
    }

    /** {@code self[i]} for {@code 0 <= i < length()}: a one-character string. */
    public PyStr codePointAt(int i) {
        int cp;
        if (codePoints != null) cp = codePoints[i];
        else if (length() == clen()) cp = value().charAt(i);
        else cp = bmpIndex()[i];
        return ofCodePoint(cp);
    }

    /** {@code self * n}; the empty string for {@code n <= 0}. */
    // CPython: Objects/unicodeobject.c unicode_repeat
    public PyStr repeat(long n) {
        int len = length();
        if (n <= 0 || len == 0) return EMPTY;
        if (n == 1) return this;
        if (n > (Long.MAX_VALUE / len)) throw new PyException("OverflowError", "repeated string is too long");
        if ((long) clen() * n > Integer.MAX_VALUE - 8) throw new PyException("MemoryError", "");
        if (codePoints == null) return of(value().repeat((int) n));
        int[] out = new int[(int) (codePoints.length * n)];
        for (int i = 0; i < n; i++) System.arraycopy(codePoints, 0, out, i * codePoints.length, codePoints.length);
        return ofCodePoints(out, out.length);
    }

    /** Python's {@code ==} between two strings: the same code points. */
    public boolean equalsStr(PyStr other) {
        if (codePoints == null && other.codePoints == null) return value().equals(other.value());
        return java.util.Arrays.equals(codePoints(), other.codePoints());
    }

    /** {@code hash(self)} (SipHash-1-3 of CPython's representation; see {@link PyHash}). */
    long hash() {
        long h = hash;
        if (h == 0) {
            h = codePoints != null ? PyHash.hashCodePoints(codePoints) : PyHash.hashString(value());
            hash = h;
        }
        return h;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(clen() + 2);
        appendRepr(sb);
        return sb.toString();
    }

    /** Appends {@code repr(self)}. */
    public void appendRepr(StringBuilder sb) {
        if (codePoints == null) {
            appendRepr(sb, value());
        } else {
            appendCodePointsRepr(sb, codePoints);
        }
    }

    /** {@code str}. */
    public static final PyType TYPE = PyType.builtin("str", null);

    @Override
    public PyType type() {
        return TYPE;
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
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(++i));
                }
                appendEscaped(sb, cp, quote);
            }
        }
        sb.append(quote);
    }

    /** {@link #appendRepr(StringBuilder, String)} for a string given as code points. */
    private static void appendCodePointsRepr(StringBuilder sb, int[] cps) {
        boolean squote = false, dquote = false;
        for (int cp : cps) {
            if (cp == '\'') squote = true;
            else if (cp == '"') dquote = true;
        }
        char quote = squote && !dquote ? '"' : '\'';
        sb.append(quote);
        for (int cp : cps) {
            appendEscaped(sb, cp, quote);
        }
        sb.append(quote);
    }

    /** One character of a repr: itself, or its escape. */
    private static void appendEscaped(StringBuilder sb, int cp, char quote) {
        if (cp < 0x7f) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp >= ' ') {
                sb.append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else {
                sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 15]);
            }
        } else if (UnicodeData.isPrintable(cp)) {
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

    private static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 15]);
        }
    }
}
