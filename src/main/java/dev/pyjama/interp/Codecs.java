package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import java.io.ByteArrayOutputStream;
import dev.pyjama.parser.SourceCodecs;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * str.encode and bytes.decode: the codecs CPython implements in C (utf-8, ascii, latin-1,
 * utf-16 and utf-32 with their -le/-be forms) and the standard error handlers (strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
 * surrogatepass), with CPython's error positions and reasons.
 */
// CPython: Objects/unicodeobject.c (PyUnicode_AsEncodedString, PyUnicode_Decode, the UTF-8/16/32, ASCII and Latin-1 codecs),
// Objects/stringlib/codecs.h, Python/codecs.c (the error handlers), Lib/encodings/__init__.py and aliases.py (the names)
public final class Codecs {
    private Codecs() {}

    static final int UTF8 = 0, ASCII = 1, LATIN1 = 2, UTF16 = 3, UTF16LE = 4, UTF16BE = 5, UTF32 = 6, UTF32LE = 7, UTF32BE = 8;
    private static final String[] NAMES = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
        "charmap"};

    static final int CHARMAP = 9, UTF8SIG = 10, UTF7 = 11, UNICODE_ESCAPE = 12, RAW_UNICODE_ESCAPE = 13, PYTHON = 14;

    /** A codec: its kind (one of the constants above), and for a charmap codec its tables. */
    private record Codec(int kind, char[] decoding, Map<Integer, Integer> encoding) {}

    /** The codec of an encoding name; LookupError when Python has none, or pyjama does not have it yet. */
    // CPython: Python/codecs.c _PyCodec_Lookup, _PyCodec_LookupTextEncoding; Lib/encodings/__init__.py search_function
    private static Codec lookup(String encoding, String what) {
        String[] info = SourceCodecs.codecInfo(encoding);
        if (info == null) throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        if (info[2].equals("f")) {
            throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "'" + encoding + "' is not a text encoding; use codecs." + what
                    + "() to handle arbitrary codecs");
        }
        int kind = switch (info[0]) {
            case "utf_8" -> UTF8;
            case "ascii" -> ASCII;
            case "latin_1" -> LATIN1;
            case "utf_16" -> UTF16;
            case "utf_16_le" -> UTF16LE;
            case "utf_16_be" -> UTF16BE;
            case "utf_32" -> UTF32;
            case "utf_32_le" -> UTF32LE;
            case "utf_32_be" -> UTF32BE;
            case "utf_8_sig" -> UTF8SIG;
            case "utf_7" -> UTF7;
            case "unicode_escape" -> UNICODE_ESCAPE;
            case "raw_unicode_escape" -> RAW_UNICODE_ESCAPE;
            // CPython: Lib/encodings/undefined.py
            case "undefined" -> throw Errors.raise(ExceptionTypes.UNICODE_ERROR, "undefined encoding");
            default -> CHARMAP;
        };
        if (kind != CHARMAP) return new Codec(kind, null, null);
        // (the escape codecs, idna, punycode and the CJK multibyte codecs are not here yet)
        char[] table = info[3].equals("charmap") ? SourceCodecs.charmapTable(info[0]) : null;
        // a codec written in Python (idna, punycode...): the codec registry's, as CPython always does
        if (table == null) return new Codec(PYTHON, null, null);
        Map<Integer, Integer> enc = new HashMap<>();
        for (int i = 0; i < 256; i++) if (table[i] != UNDEFINED) enc.putIfAbsent((int) table[i], i);
        return new Codec(CHARMAP, table, enc);
    }

    /** Encodes or decodes through the codec registry's CodecInfo: bytes (encoding) or a String (decoding). */
    // CPython: Python/codecs.c _PyCodec_EncodeText, _PyCodec_DecodeText (and unicodeobject.c's checks of the result)
    private static Object viaRegistry(dev.pyjama.objects.PyObject v, String encoding, String errors, boolean enc) {
        dev.pyjama.objects.PyObject codecs = Importer.importModule("_codecs");
        dev.pyjama.objects.PyStr name = dev.pyjama.objects.PyStr.of(encoding);
        dev.pyjama.objects.PyObject info = Abstract.call(Abstract.getattr(codecs, dev.pyjama.objects.PyStr.of("lookup")), name);
        dev.pyjama.objects.PyObject fn = Abstract.getattr(info, dev.pyjama.objects.PyStr.of(enc ? "encode" : "decode"));
        dev.pyjama.objects.PyObject r = Abstract.call(fn, v, dev.pyjama.objects.PyStr.of(errors == null ? "strict" : errors));
        if (!(r instanceof dev.pyjama.objects.PyTuple t) || t.items.length != 2) {
            throw Errors.typeError((enc ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }
        dev.pyjama.objects.PyObject out = t.items[0];
        if (enc && out instanceof dev.pyjama.objects.PyBytes b) return b.value;
        if (enc && out instanceof dev.pyjama.objects.PyByteArray b) return java.util.Arrays.copyOf(b.buf, b.size);
        if (!enc && out instanceof dev.pyjama.objects.PyStr s) return s.value();
        throw Errors.typeError("'" + encoding + "' " + (enc ? "encoder" : "decoder") + " returned '" + out.typeName()
                + "' instead of '" + (enc ? "bytes" : "str") + "'; use codecs." + (enc ? "encode" : "decode")
                + "() to " + (enc ? "encode" : "decode") + " to arbitrary types");
    }

    /** U+FFFE in a charmap decoding table: the byte maps to {@code <undefined>}. */
    private static final char UNDEFINED = '\uFFFE';

    // ---- encoding

    public static byte[] encode(String s, String encoding, String errors) {
        Codec c = lookup(encoding, "encode");
        if (c.kind == PYTHON) return (byte[]) viaRegistry(dev.pyjama.objects.PyStr.of(s), encoding, errors, true);
        if (c.kind == UTF7) return dev.pyjama.modules.Utf7Codec.encode(s);
        if (c.kind >= UNICODE_ESCAPE) return dev.pyjama.modules.EscapeCodecs.encode(s, c.kind == RAW_UNICODE_ESCAPE);
        return encode(s, c, errors);
    }

    /** Encodes with a charmap table (code point to byte), as {@code _codecs.charmap_encode} does. */
    // CPython: Objects/unicodeobject.c _PyUnicode_EncodeCharmap
    public static byte[] encodeCharmap(String s, Map<Integer, Integer> table, String errors) {
        return encode(s, new Codec(CHARMAP, null, table), errors);
    }

    /** Decodes with a charmap table (byte to char, U+FFFE undefined), as {@code _codecs.charmap_decode} does. */
    // CPython: Objects/unicodeobject.c PyUnicode_DecodeCharmap
    public static String decodeCharmap(byte[] b, char[] table, String errors) {
        return decode(b, new Codec(CHARMAP, table, null), errors);
    }

    /**
     * The error handlers registered with {@code codecs.register_error} in the calling thread's
     * interpreter, consulted for names the built-in handlers do not know.
     */
    // CPython: Python/codecs.c PyCodec_RegisterError, PyCodec_LookupError (interp->codecs.error_registry)
    public static Map<String, dev.pyjama.objects.PyObject> customHandlers() {
        return Interpreter.current().codecErrorHandlers;
    }

    private static byte[] encode(String s, Codec cd, String errors) {
        if (cd.kind == UTF8SIG) {
            // CPython: Lib/encodings/utf_8_sig.py encode: the BOM, then UTF-8
            byte[] body = encode(s, "utf-8", errors);
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xef;
            out[1] = (byte) 0xbb;
            out[2] = (byte) 0xbf;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        int codec = cd.kind;
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 4);
        if (codec == UTF16) {
            out.write(0xff);
            out.write(0xfe);
        } else if (codec == UTF32) {
            out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
        }
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (encodable(cd, c)) {
                put(cd, c, out);
                i++;
                continue;
            }
            // a run of characters the codec cannot encode (one at a time for UTF-16 and UTF-32)
            int end = i + 1;
            if (codec <= LATIN1 || codec == CHARMAP) while (end < cps.length && !encodable(cd, cps[end])) end++;
            String reason = codec == ASCII ? "ordinal not in range(128)" : codec == LATIN1 ? "ordinal not in range(256)"
                    : codec == CHARMAP ? "character maps to <undefined>" : "surrogates not allowed";
            i = encodeError(cd, s, cps, i, end, reason, errors, out);
        }
        return out.toByteArray();
    }

    private static boolean encodable(Codec cd, int c) {
        int codec = cd.kind;
        if (codec == CHARMAP) return cd.encoding.containsKey(c);
        if (codec == ASCII) return c < 128;
        if (codec == LATIN1) return c < 256;
        return c < 0xd800 || c > 0xdfff;
    }

    /** Writes one code point (a surrogate too, for surrogatepass) in the codec's form. */
    private static void put(Codec cd, int c, ByteArrayOutputStream out) {
        int codec = cd.kind;
        switch (codec) {
            case ASCII, LATIN1 -> out.write(c);
            case CHARMAP -> out.write(cd.encoding.get(c));
            case UTF8 -> {
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | (c >> 6));
                    out.write(0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    out.write(0xe0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                } else {
                    out.write(0xf0 | (c >> 18));
                    out.write(0x80 | ((c >> 12) & 0x3f));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                }
            }
            case UTF16, UTF16LE, UTF16BE -> {
                if (c >= 0x10000) {
                    unit16(codec, Character.highSurrogate(c), out);
                    unit16(codec, Character.lowSurrogate(c), out);
                } else {
                    unit16(codec, c, out);
                }
            }
            default -> {
                boolean be = codec == UTF32BE;
                for (int k = 0; k < 4; k++) out.write(c >> (be ? 24 - 8 * k : 8 * k));
            }
        }
    }

    private static void unit16(int codec, int u, ByteArrayOutputStream out) {
        if (codec == UTF16BE) {
            out.write(u >> 8);
            out.write(u);
        } else {
            out.write(u);
            out.write(u >> 8);
        }
    }

    /** Runs the error handler on cps[start:end); returns where encoding resumes. */
    // CPython: Python/codecs.c PyCodec_*Errors; Objects/unicodeobject.c unicode_encode_ucs1, the UTF encoders
    private static int encodeError(Codec cd, String s, int[] cps, int start, int end, String reason, String errors,
            ByteArrayOutputStream out) {
        int codec = cd.kind;
        switch (errors) {
            case "strict":
                break;
            case "ignore":
                return end;
            case "replace":
                if (!encodable(cd, '?')) break;
                for (int k = start; k < end; k++) put(cd, '?', out);
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) ascii(cd, StrMethods.escape(cps[k]), out);
                return end;
            case "xmlcharrefreplace":
                for (int k = start; k < end; k++) ascii(cd, "&#" + cps[k] + ";", out);
                return end;
            case "namereplace":
                for (int k = start; k < end; k++) {
                    String name = unicodeName(cps[k]);
                    ascii(cd, name == null ? StrMethods.escape(cps[k]) : "\\N{" + name + "}", out);
                }
                return end;
            case "surrogateescape":
                if (codec <= LATIN1 || codec == CHARMAP) {
                    // unicode_encode_ucs1, utf8_encoder, the generic handler: the escaped prefix of the run, then the error for the rest
                    int k = start;
                    for (; k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff; k++) out.write(cps[k] - 0xdc00);
                    if (k == end) return end;
                    start = k;
                }
                break;
            case "surrogatepass":
                if (codec != ASCII && codec != LATIN1 && codec != CHARMAP) {
                    boolean ok = true;
                    for (int k = start; k < end; k++) ok &= cps[k] >= 0xd800 && cps[k] <= 0xdfff;
                    if (ok) {
                        for (int k = start; k < end; k++) put(cd, cps[k], out);
                        return end;
                    }
                }
                break;
            default: {
                PyBaseException exc = UnicodeErrors.encodeError(NAMES[codec], s, start, end, reason);
                dev.pyjama.objects.PyObject[] r = callHandler(errors, exc, cps.length);
                if (r[0] instanceof dev.pyjama.objects.PyBytes rb) {
                    out.writeBytes(rb.value);
                } else {
                    String rep = ((dev.pyjama.objects.PyStr) r[0]).value();
                    for (int k = 0; k < rep.length(); k++) {
                        if (!encodable(cd, rep.charAt(k))) throw new PyException(exc);
                        put(cd, rep.charAt(k), out);
                    }
                }
                return (int) ((dev.pyjama.objects.PyInt) r[1]).longValue();
            }
        }
        throw new PyException(UnicodeErrors.encodeError(NAMES[codec], s, start, end, reason));
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The character's name in the Unicode database, or null (controls, unassigned, no name). */
    // CPython: Modules/unicodedata.c _getucname (Hangul syllables and unified ideographs are computed)
    private static String unicodeName(int c) {
        if (c >= 0xac00 && c < 0xac00 + 19 * 21 * 28) {
            int s = c - 0xac00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x20000 && c <= 0x2a6df) || (c >= 0x2a700 && c <= 0x2b739)
                || (c >= 0x2b740 && c <= 0x2b81d) || (c >= 0x2b820 && c <= 0x2cea1) || (c >= 0x2ceb0 && c <= 0x2ebe0)
                || (c >= 0x2ebf0 && c <= 0x2ee5d) || (c >= 0x30000 && c <= 0x3134a) || (c >= 0x31350 && c <= 0x323af)) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE) return null;
        String name = Character.getName(c);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        if (name == null || block == null) return null;
        // Java names a character without one in UnicodeData.txt after its block
        return name.equals(block.toString().replace('_', ' ') + " " + Integer.toHexString(c).toUpperCase(Locale.ROOT)) ? null : name;
    }

    private static void ascii(Codec cd, String text, ByteArrayOutputStream out) {
        for (int k = 0; k < text.length(); k++) put(cd, text.charAt(k), out);
    }

    // ---- decoding

    public static String decode(byte[] b, String encoding, String errors) {
        Codec c = lookup(encoding, "decode");
        if (c.kind == PYTHON) return (String) viaRegistry(new dev.pyjama.objects.PyBytes(b), encoding, errors, false);
        if (c.kind == UTF7) return dev.pyjama.modules.Utf7Codec.decode(b, errors, true).text();
        if (c.kind >= UNICODE_ESCAPE) return dev.pyjama.modules.EscapeCodecs.decode(b, errors, c.kind == RAW_UNICODE_ESCAPE);
        return decode(b, c, errors);
    }

    private static String decode(byte[] b, Codec cd, String errors) {
        if (cd.kind == UTF8SIG) {
            // CPython: Lib/encodings/utf_8_sig.py decode: UTF-8 of what follows a leading BOM
            boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
            return decode(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, "utf-8", errors);
        }
        int codec = cd.kind;
        StringBuilder out = new StringBuilder(b.length);
        switch (codec) {
            case CHARMAP -> {
                // CPython: Objects/unicodeobject.c charmap_decode_string
                for (int i = 0; i < b.length; ) {
                    char c = cd.decoding[b[i] & 0xff];
                    if (c != UNDEFINED) {
                        out.append(c);
                        i++;
                    } else {
                        i = decodeError(codec, "charmap", b, i, i + 1, "character maps to <undefined>", errors, out);
                    }
                }
            }
            case LATIN1 -> {
                for (byte x : b) out.append((char) (x & 0xff));
            }
            case ASCII -> {
                for (int i = 0; i < b.length; ) {
                    if (b[i] >= 0) out.append((char) b[i++]);
                    else i = decodeError(codec, "ascii", b, i, i + 1, "ordinal not in range(128)", errors, out);
                }
            }
            case UTF8 -> utf8(b, errors, out);
            case UTF16, UTF16LE, UTF16BE -> utf16(b, codec, errors, out);
            default -> utf32(b, codec, errors, out);
        }
        return out.toString();
    }

    private static boolean cont(int c) {
        return (c & 0xc0) == 0x80;
    }

    // CPython: Objects/unicodeobject.c unicode_decode_utf8, Objects/stringlib/codecs.h utf8_decode
    private static void utf8(byte[] b, String errors, StringBuilder out) {
        int n = b.length, i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int need = c < 0xc2 || c > 0xf4 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
            if (need == 0) {
                i = decodeError(UTF8, "utf-8", b, i, i + 1, "invalid start byte", errors, out);
                continue;
            }
            // the first continuation byte has a narrower range after E0, ED, F0 and F4
            int lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80, hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
            int bad = 0;
            for (int k = 1; k <= need && i + k < n; k++) {
                int x = b[i + k] & 0xff;
                if (!cont(x) || (k == 1 && (x < lo || x > hi))) {
                    bad = k;
                    break;
                }
            }
            if (bad > 0) {
                i = decodeError(UTF8, "utf-8", b, i, i + bad, "invalid continuation byte", errors, out);
            } else if (i + need >= n) {
                i = decodeError(UTF8, "utf-8", b, i, n, "unexpected end of data", errors, out);
            } else {
                int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                for (int k = 1; k <= need; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
                out.appendCodePoint(cp);
                i += need + 1;
            }
        }
    }

    // CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful, Objects/stringlib/codecs.h utf16_decode
    private static void utf16(byte[] b, int codec, String errors, StringBuilder out) {
        int n = b.length, i = 0;
        boolean be = codec == UTF16BE;
        if (codec == UTF16 && n >= 2) {
            int bom = (b[0] & 0xff) | (b[1] & 0xff) << 8;
            if (bom == 0xfeff) i = 2;
            else if (bom == 0xfffe) {
                i = 2;
                be = true;
            }
        }
        String name = be ? "utf-16-be" : "utf-16-le";
        int kind = be ? UTF16BE : UTF16LE;
        while (i < n) {
            if (n - i < 2) {
                i = decodeError(kind, name, b, i, n, "truncated data", errors, out);
                continue;
            }
            int u = unit16(b, i, be);
            if (!Character.isSurrogate((char) u)) {
                out.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                i = decodeError(kind, name, b, i, i + 2, "illegal encoding", errors, out);
            } else if (n - i < 4) {
                i = decodeError(kind, name, b, i, n, "unexpected end of data", errors, out);
            } else {
                int u2 = unit16(b, i + 2, be);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    out.append((char) u).append((char) u2);
                    i += 4;
                } else {
                    i = decodeError(kind, name, b, i, i + 2, "illegal UTF-16 surrogate", errors, out);
                }
            }
        }
    }

    private static int unit16(byte[] b, int i, boolean be) {
        return be ? (b[i] & 0xff) << 8 | (b[i + 1] & 0xff) : (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int unit32(byte[] b, int i, boolean be) {
        int v = 0;
        for (int k = 0; k < 4; k++) v |= (b[i + k] & 0xff) << (be ? 24 - 8 * k : 8 * k);
        return v;
    }

    // CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF32Stateful
    private static void utf32(byte[] b, int codec, String errors, StringBuilder out) {
        int n = b.length, i = 0;
        boolean be = codec == UTF32BE;
        if (codec == UTF32 && n >= 4) {
            int bom = unit32(b, 0, false);
            if (bom == 0xfeff) i = 4;
            else if (bom == 0xfffe0000) {
                i = 4;
                be = true;
            }
        }
        String name = be ? "utf-32-be" : "utf-32-le";
        int kind = be ? UTF32BE : UTF32LE;
        while (i < n) {
            if (n - i < 4) {
                i = decodeError(kind, name, b, i, n, "truncated data", errors, out);
                continue;
            }
            long cp = unit32(b, i, be) & 0xffffffffL;
            if (cp >= 0xd800 && cp <= 0xdfff) {
                i = decodeError(kind, name, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors, out);
            } else if (cp >= 0x110000) {
                i = decodeError(kind, name, b, i, i + 4, "code point not in range(0x110000)", errors, out);
            } else {
                out.appendCodePoint((int) cp);
                i += 4;
            }
        }
    }

    /** Runs the error handler on b[start:end); returns where decoding resumes. */
    // CPython: Objects/unicodeobject.c unicode_decode_call_errorhandler_writer; Python/codecs.c PyCodec_*Errors
    private static int decodeError(int codec, String name, byte[] b, int start, int end, String reason, String errors,
            StringBuilder out) {
        switch (errors) {
            case "strict":
                break;
            case "ignore":
                return end;
            case "replace":
                out.append('\ufffd');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) out.append(String.format("\\x%02x", b[k] & 0xff));
                return end;
            case "surrogateescape": {
                // PyCodec_SurrogateEscapeErrors: the bytes >= 128 from start on; decoding resumes after them
                int k = start;
                for (; k < end && b[k] < 0; k++) out.append((char) (0xdc00 + (b[k] & 0xff)));
                if (k > start) return k;
                break;
            }
            case "surrogatepass": {
                int cp = -1, len = 0;
                if (codec == UTF8 && start + 3 <= b.length && (b[start] & 0xf0) == 0xe0 && cont(b[start + 1] & 0xff) && cont(b[start + 2] & 0xff)) {
                    cp = (b[start] & 0x0f) << 12 | (b[start + 1] & 0x3f) << 6 | (b[start + 2] & 0x3f);
                    len = 3;
                } else if ((codec == UTF16LE || codec == UTF16BE) && start + 2 <= b.length) {
                    cp = unit16(b, start, codec == UTF16BE);
                    len = 2;
                } else if ((codec == UTF32LE || codec == UTF32BE) && start + 4 <= b.length) {
                    cp = unit32(b, start, codec == UTF32BE);
                    len = 4;
                }
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    out.append((char) cp);
                    return start + len;
                }
                break;
            }
            case "xmlcharrefreplace":
            case "namereplace":
                throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default: {
                PyBaseException exc = UnicodeErrors.decodeError(name, b, start, end, reason);
                dev.pyjama.objects.PyObject[] r = callHandler(errors, exc, b.length);
                if (!(r[0] instanceof dev.pyjama.objects.PyStr rs)) {
                    throw Errors.typeError("decoding error handler must return (str, int) tuple");
                }
                out.append(rs.value());
                return (int) ((dev.pyjama.objects.PyInt) r[1]).longValue();
            }
        }
        PyBaseException e = UnicodeErrors.decodeError(name, b, start, end, reason);
        throw new PyException(e);
    }

    /** Calls a registered handler: its (replacement, new position) with a negative position counted from the end. */
    // CPython: Objects/unicodeobject.c unicode_encode_call_errorhandler, unicode_decode_call_errorhandler_writer
    private static dev.pyjama.objects.PyObject[] callHandler(String errors, PyBaseException exc, int length) {
        dev.pyjama.objects.PyObject h = customHandlers().get(errors);
        if (h == null) throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        boolean enc = exc.type() == ExceptionTypes.UNICODE_ENCODE_ERROR;
        dev.pyjama.objects.PyObject r = Abstract.call(h, exc);
        String msg = enc ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple";
        if (!(r instanceof dev.pyjama.objects.PyTuple t) || t.items.length != 2 || !(t.items[1] instanceof dev.pyjama.objects.PyInt)
                || !(t.items[0] instanceof dev.pyjama.objects.PyStr || (enc && t.items[0] instanceof dev.pyjama.objects.PyBytes))) {
            throw Errors.typeError(msg);
        }
        long pos = ((dev.pyjama.objects.PyInt) t.items[1]).longValue();
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length) throw Errors.raise(ExceptionTypes.INDEX_ERROR, "position " + pos + " from error handler out of bounds");
        return new dev.pyjama.objects.PyObject[] {t.items[0], dev.pyjama.objects.PyInt.of(pos)};
    }
}
