package dev.pyjama.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Decoding of source text in a declared encoding, the way {@code PyUnicode_Decode(s, n, enc,
 * NULL)} does it: CPython's codec name lookup (normalisation, aliases), its
 * {@code LookupError} texts, and the text of the {@code UnicodeDecodeError} strict decoding
 * raises. UTF-7/16/32 and the single-byte codecs are CPython's own (ported, or its tables);
 * the multibyte CJK codecs go through the matching Java charset.
 */
// CPython: Objects/unicodeobject.c PyUnicode_Decode, Python/codecs.c _PyCodec_Lookup,
//          Lib/encodings/__init__.py search_function
public final class SourceCodecs {
    private SourceCodecs() {}

    /** Raised for a failed decode: the message of CPython's LookupError or UnicodeDecodeError. */
    static final class DecodeFailure extends Exception {
        DecodeFailure(String message) {
            super(message, null, false, false);
        }
    }

    private record Codec(String module, String name, boolean text, String kind, String javaName) {}

    private static final Map<String, String> ALIASES = new HashMap<>();
    private static final Map<String, Codec> MODULES = new HashMap<>();

    static {
        String[] a = SourceCodecTable.ALIASES;
        for (int i = 0; i < a.length; i += 2) ALIASES.put(a[i], a[i + 1]);
        String[] m = SourceCodecTable.MODULES;
        for (int i = 0; i < m.length; i += 5) {
            MODULES.put(m[i], new Codec(m[i], m[i + 1], m[i + 2].equals("t"), m[i + 3], m[i + 4]));
        }
    }

    /** Lower-cases and turns runs of characters other than letters, digits and '.' into '_'. */
    // CPython: Objects/unicodeobject.c _Py_normalize_encoding
    static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alnum || c == '.') {
                if (punct && sb.length() > 0) sb.append('_');
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    private static Codec lookup(String encoding) throws DecodeFailure {
        // _PyCodec_Lookup normalises; encodings.search_function normalises again (a no-op on
        // an already normalised ASCII name), then tries the alias, then the name itself.
        String norm = normalize(encoding);
        String aliased = ALIASES.get(norm);
        if (aliased == null) aliased = ALIASES.get(norm.replace('.', '_'));
        Codec codec = null;
        if (aliased != null && aliased.indexOf('.') < 0) codec = MODULES.get(aliased);
        if (codec == null && !norm.isEmpty() && norm.indexOf('.') < 0) codec = MODULES.get(norm);
        if (codec == null) throw new DecodeFailure("unknown encoding: " + encoding);
        if (!codec.text) {
            throw new DecodeFailure("'" + encoding + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        }
        return codec;
    }

    /**
     * For the runtime's str.encode and bytes.decode: the codec an encoding name resolves to, as
     * {module, codec name, "t" or "f" (a text encoding or not), kind}, or null when there is none;
     * for a charmap codec with a table, {@link #charmapTable} gives it.
     */
    // CPython: Python/codecs.c _PyCodec_Lookup, Lib/encodings/__init__.py search_function
    public static String[] codecInfo(String encoding) {
        String norm = normalize(encoding);
        String aliased = ALIASES.get(norm);
        if (aliased == null) aliased = ALIASES.get(norm.replace('.', '_'));
        Codec codec = null;
        if (aliased != null && aliased.indexOf('.') < 0) codec = MODULES.get(aliased);
        if (codec == null && !norm.isEmpty() && norm.indexOf('.') < 0) codec = MODULES.get(norm);
        return codec == null ? null : new String[] {codec.module, codec.name, codec.text ? "t" : "f", codec.kind};
    }

    /** The decoding table of a charmap codec module (U+FFFE: undefined), or null when pyjama has none. */
    public static char[] charmapTable(String module) {
        return CharmapTables.has(module) ? CharmapTables.table(module) : null;
    }

    /** The name CPython's fast path of PyUnicode_Decode recognises, or null. */
    private static String fastPath(String encoding) {
        String lower = normalize(encoding);
        if (lower.length() > 10) return null;
        if (lower.startsWith("utf")) {
            String rest = lower.substring(3);
            if (rest.startsWith("_")) rest = rest.substring(1);
            if (rest.equals("8")) return "utf_8";
            if (rest.equals("16")) return "utf_16";
            if (rest.equals("32")) return "utf_32";
            return null;
        }
        if (lower.equals("ascii") || lower.equals("us_ascii")) return "ascii";
        if (lower.equals("latin1") || lower.equals("latin_1") || lower.equals("iso_8859_1") || lower.equals("iso8859_1")) {
            return "latin_1";
        }
        return null;
    }

    /** Decodes {@code s[from, to)} strictly from {@code encoding} and returns it as UTF-8. */
    static byte[] decodeToUtf8(byte[] s, int from, int to, String encoding) throws DecodeFailure {
        String fast = fastPath(encoding);
        Codec codec = fast != null ? MODULES.get(fast) : lookup(encoding);
        return decode(codec, s, from, to, true);
    }

    /**
     * The Java charset that decodes Python's codec {@code encoding}, or null when there is
     * none (unknown codec, not a text encoding, or no Java counterpart).
     */
    static Charset charsetFor(String encoding) {
        try {
            Codec codec = lookup(encoding);
            return codec.javaName != null && Charset.isSupported(codec.javaName) ? Charset.forName(codec.javaName) : null;
        } catch (DecodeFailure | RuntimeException e) {
            return null;
        }
    }

    /**
     * Fails as {@code io.open(..., encoding=encoding)} does when the name is not a text
     * encoding Python knows: the LookupError's text.
     */
    // CPython: Modules/_io/textio.c _io_TextIOWrapper___init___impl (_PyCodec_LookupTextEncoding)
    static void checkTextEncoding(String encoding) throws DecodeFailure {
        lookup(encoding);
    }

    /** What one call of an incremental decoder gave: UTF-8 text, and how much input it used. */
    record Increment(byte[] utf8, int consumed) {}

    /**
     * One call of the codec's incremental decoder, {@code decoder.decode(s[from, to), final)}:
     * unless {@code last}, an incomplete multibyte sequence at the end is left over for the
     * next call ({@code consumed} stops before it). Error positions count from {@code from}.
     * {@code streamStart} says whether this is the first input of the stream (utf-8-sig
     * drops a BOM only there).
     */
    // CPython: Lib/codecs.py BufferedIncrementalDecoder.decode, Modules/cjkcodecs/multibytecodec.c
    static Increment decodeIncremental(byte[] s, int from, int to, String encoding, boolean last,
                                       boolean streamStart) throws DecodeFailure {
        Codec codec = lookup(encoding);
        int keep = last ? 0 : heldBack(codec, s, from, to);
        return new Increment(decode(codec, s, from, to - keep, streamStart), to - keep);
    }

    /** How many bytes at the end of s[from, to) an incremental decoder waits on. */
    private static int heldBack(Codec codec, byte[] s, int from, int to) {
        switch (codec.kind) {
            case "utf8":
                return Utf8.truncatedTail(s, from, to);
            case "ascii":
            case "latin1":
            case "charmap":
                return 0;
            default:
                break;
        }
        Charset cs;
        try {
            cs = codec.javaName != null && Charset.isSupported(codec.javaName) ? Charset.forName(codec.javaName) : null;
        } catch (RuntimeException e) {
            cs = null;
        }
        if (cs == null) return 0;
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(s, from, to - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (to - from) * 2 + 4));
        CoderResult r = dec.decode(in, out, false);
        return r.isUnderflow() ? in.remaining() : 0;
    }

    private static byte[] decode(Codec codec, byte[] s, int from, int to, boolean streamStart) throws DecodeFailure {
        switch (codec.module) {
            case "charmap":
                // codecs.charmap_decode without a mapping: Latin-1.
                return new String(s, from, to - from, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
            case "undefined":
                throw new DecodeFailure("undefined encoding");
            default:
                break;
        }
        switch (codec.kind) {
            case "utf8": {
                String err = Utf8.decodeErrorMessage(s, from, to);
                if (err != null) throw new DecodeFailure(err);
                byte[] out = new byte[to - from];
                System.arraycopy(s, from, out, 0, out.length);
                if (streamStart && codec.module.equals("utf_8_sig") && out.length >= 3
                        && (out[0] & 0xff) == 0xEF && (out[1] & 0xff) == 0xBB && (out[2] & 0xff) == 0xBF) {
                    return java.util.Arrays.copyOfRange(out, 3, out.length);
                }
                return out;
            }
            case "ascii":
                for (int i = from; i < to; i++) {
                    if (s[i] < 0) {
                        throw new DecodeFailure(Utf8.decodeErrorText("ascii", s[i] & 0xff, i - from, i - from + 1,
                                "ordinal not in range(128)"));
                    }
                }
                return java.util.Arrays.copyOfRange(s, from, to);
            case "latin1":
                return new String(s, from, to - from, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
            case "utf": {
                String wide = decodeWide(codec, s, from, to, false);
                return wide != null ? toUtf8(wide) : decodeWithJava(codec, s, from, to);
            }
            case "charmap":
                if (CharmapTables.has(codec.module)) {
                    return CharmapTables.decode(codec.module, s, from, to, false).getBytes(StandardCharsets.UTF_8);
                }
                return decodeWithJava(codec, s, from, to);
            default:
                return decodeWithJava(codec, s, from, to);
        }
    }

    /** UTF-7/16/32 through CPython's decoders, or null for another "utf" codec. */
    private static String decodeWide(Codec codec, byte[] s, int from, int to, boolean replace) throws DecodeFailure {
        switch (codec.module) {
            case "utf_16": return UtfWideDecoder.utf16(s, from, to, 0, replace);
            case "utf_16_le": return UtfWideDecoder.utf16(s, from, to, -1, replace);
            case "utf_16_be": return UtfWideDecoder.utf16(s, from, to, 1, replace);
            case "utf_32": return UtfWideDecoder.utf32(s, from, to, 0, replace);
            case "utf_32_le": return UtfWideDecoder.utf32(s, from, to, -1, replace);
            case "utf_32_be": return UtfWideDecoder.utf32(s, from, to, 1, replace);
            case "utf_7": return Utf7Decoder.decode(s, from, to, replace);
            default: return null;
        }
    }

    /** Decoded text re-encoded as UTF-8, as PyUnicode_AsUTF8String does: lone surrogates (UTF-7 makes them) fail. */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_translate_into_utf8
    private static byte[] toUtf8(String text) throws DecodeFailure {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DecodeFailure(SourceDecoder.encodeError(text, i).pyMessage());
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code s[from, to)} decoded from {@code encoding} with the "replace" error handler, as
     * {@code PyUnicode_Decode(s, n, encoding, "replace")}; null when the codec is unknown.
     */
    static String decodeReplace(byte[] s, int from, int to, String encoding) {
        try {
            String fast = fastPath(encoding);
            Codec codec = fast != null ? MODULES.get(fast) : lookup(encoding);
            if (codec.module.equals("charmap")) return new String(s, from, to - from, StandardCharsets.ISO_8859_1);
            if (codec.module.equals("undefined")) return null;
            switch (codec.kind) {
                case "utf8": {
                    if (codec.module.equals("utf_8_sig") && to - from >= 3 && (s[from] & 0xff) == 0xEF
                            && (s[from + 1] & 0xff) == 0xBB && (s[from + 2] & 0xff) == 0xBF) {
                        from += 3;
                    }
                    return Utf8.decodeReplace(s, from, to);
                }
                case "ascii": {
                    StringBuilder sb = new StringBuilder(to - from);
                    for (int i = from; i < to; i++) sb.append(s[i] >= 0 ? (char) s[i] : '\uFFFD');
                    return sb.toString();
                }
                case "latin1":
                    return new String(s, from, to - from, StandardCharsets.ISO_8859_1);
                case "utf": {
                    String wide = decodeWide(codec, s, from, to, true);
                    if (wide != null) return wide;
                    break;
                }
                case "charmap":
                    if (CharmapTables.has(codec.module)) return CharmapTables.decode(codec.module, s, from, to, true);
                    break;
                default:
                    break;
            }
            if (codec.javaName == null || !Charset.isSupported(codec.javaName)) return null;
            CharsetDecoder dec = Charset.forName(codec.javaName).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD");
            return dec.decode(ByteBuffer.wrap(s, from, to - from)).toString();
        } catch (DecodeFailure | java.nio.charset.CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] decodeWithJava(Codec codec, byte[] s, int from, int to) throws DecodeFailure {
        Charset cs = null;
        try {
            if (codec.javaName != null && Charset.isSupported(codec.javaName)) cs = Charset.forName(codec.javaName);
        } catch (RuntimeException e) {
            cs = null;
        }
        if (cs == null) throw new DecodeFailure("unknown encoding: " + codec.name);
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(s, from, to - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (to - from) * 2 + 4));
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) r = dec.flush(out);
        if (r.isError()) {
            int pos = in.position() - from;
            int bad = s[from + pos] & 0xff;
            String codecName = codec.kind.equals("charmap") ? "charmap" : codec.name;
            String reason;
            int len = 1;
            if (codec.kind.equals("charmap")) {
                reason = "character maps to <undefined>";
            } else if (codec.kind.equals("multibyte")) {
                reason = r.isMalformed() && from + pos + r.length() >= to ? "incomplete multibyte sequence" : "illegal multibyte sequence";
            } else {
                reason = "illegal encoding";
                len = Math.max(1, r.length());
            }
            throw new DecodeFailure(Utf8.decodeErrorText(codecName, bad, pos, pos + len, reason));
        }
        out.flip();
        String text = out.toString();
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
