package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;

/**
 * A script's bytes as CPython's file tokenizer reads them, one line per underflow: the line
 * as it lands in the tokenizer's buffer, and the read that fails, if one does.
 *
 * <p>The file tokenizer reads lines raw (universal newlines), looks for a BOM before the
 * first and for a coding cookie on lines 1 and 2, and then either switches to a decoding
 * reader ({@link SourceTextReader}) or, with no encoding declared, checks each line it reads
 * for valid UTF-8. Its failures are found only when the line is read, and carry no location:
 * "encoding problem: NAME" (unknown codec, BOM with another cookie, a first chunk that does
 * not decode), "Non-UTF-8 code starting with ..." and, for later chunks, the decoder's
 * UnicodeDecodeError. Nothing here depends on the tokenizer's state, so all the reads are
 * worked out up front; {@link TokenizerState} hands the lines out one underflow at a time.
 */
// CPython: Parser/tokenizer/file_tokenizer.c tok_underflow_file, tok_readline_raw,
//          tok_readline_recode, fp_setreadl; Parser/tokenizer/helpers.c _PyTokenizer_check_bom,
//          _PyTokenizer_check_coding_spec, _PyTokenizer_ensure_utf8
final class SourceFile {
    /** The lines, one after another, as the tokenizer's buffer receives them. */
    final byte[] data;
    /** lineEnds[i] is the end (after the '\n') of line i + 1 in {@link #data}. */
    final int[] lineEnds;
    final int lineCount;
    /** tok->encoding once the cookie lines are read: "utf-8" for a BOM, the cookie's, or null. */
    final String encoding;
    /** What the read after the last line raises (CPython's pending exception), or null at a clean end. */
    final PyException failure;
    /** Whether the failing read counted its line (tok->lineno advances before the checks). */
    final boolean failureCountsLine;
    /** Whether the last line lacked a newline and got one. */
    final boolean addedNewline;

    private SourceFile(byte[] data, int[] lineEnds, int lineCount, String encoding, PyException failure,
                       boolean failureCountsLine, boolean addedNewline) {
        this.data = data;
        this.lineEnds = lineEnds;
        this.lineCount = lineCount;
        this.encoding = encoding;
        this.failure = failure;
        this.failureCountsLine = failureCountsLine;
        this.addedNewline = addedNewline;
    }

    /** A growable byte array. */
    static final class ByteSink {
        byte[] bytes = new byte[256];
        int size;

        int size() {
            return size;
        }

        void append(byte[] b, int from, int to) {
            int n = to - from;
            if (n <= 0) return;
            reserve(n);
            System.arraycopy(b, from, bytes, size, n);
            size += n;
        }

        void append(byte b) {
            reserve(1);
            bytes[size++] = b;
        }

        void truncate(int n) {
            size = n;
        }

        private void reserve(int n) {
            if (size + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
            }
        }
    }

    /** Reads {@code file} as the file tokenizer would, named {@code filename} in messages. */
    // CPython: Parser/tokenizer/file_tokenizer.c tok_underflow_file
    static SourceFile read(byte[] file, String filename) {
        ByteSink out = new ByteSink();
        int[] ends = new int[64];
        int count = 0;
        String encoding = null;
        boolean seekCoding = true;
        SourceTextReader text = null;
        PyException failure = null;
        boolean countsLine = false;
        boolean added = false;
        // _PyTokenizer_check_bom: a UTF-8 BOM is consumed and sets the encoding.
        int raw = 0;
        if (file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB && (file[2] & 0xff) == 0xBF) {
            raw = 3;
            encoding = "utf-8";
        }
        for (;;) {
            int begin = out.size();
            if (text != null) {
                try {
                    text.readLine(out);
                } catch (SourceCodecs.DecodeFailure e) {
                    // tok_readline_recode: the UnicodeDecodeError stays set; the line is not counted.
                    out.truncate(begin);
                    failure = new PyException("UnicodeDecodeError", e.getMessage());
                    break;
                }
            } else {
                raw = readRawLine(file, raw, out);
            }
            if (out.size() == begin) {
                break;
            }
            if (out.bytes[out.size() - 1] != '\n') {
                out.append((byte) '\n');
                added = true;
            }
            int lineno = count + 1;
            if (seekCoding) {
                if (lineno > 2) {
                    seekCoding = false;
                } else {
                    // _PyTokenizer_check_coding_spec(tok->cur, strlen(tok->cur), ...)
                    int len = strlen(out.bytes, begin, out.size());
                    String cs = SourceDecoder.getCodingSpec(out.bytes, begin, len);
                    if (cs == null) {
                        if (hasCode(out.bytes, begin, len)) seekCoding = false;
                    } else {
                        seekCoding = false;
                        if (encoding == null) {
                            if (!cs.equals("utf-8")) {
                                try {
                                    text = openDecoding(file, raw, cs);
                                } catch (SourceCodecs.DecodeFailure e) {
                                    failure = noLocation("encoding problem: " + cs);
                                }
                            }
                            encoding = cs;
                        } else if (!encoding.equals(cs)) {
                            failure = noLocation("encoding problem: " + cs + " with BOM");
                        }
                        if (failure != null) {
                            out.truncate(begin);
                            countsLine = true;
                            break;
                        }
                    }
                }
            }
            if (encoding == null) {
                int bad = firstNonUtf8(out.bytes, begin, out.size());
                if (bad >= 0) {
                    out.truncate(begin);
                    countsLine = true;
                    failure = noLocation(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                            + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                            bad, filename, lineno));
                    break;
                }
            }
            if (count == ends.length) ends = java.util.Arrays.copyOf(ends, count * 2);
            ends[count++] = out.size();
        }
        byte[] data = java.util.Arrays.copyOf(out.bytes, out.size());
        return new SourceFile(data, ends, count, encoding, failure, countsLine, added && failure == null);
    }

    /** A SyntaxError with only a message, as {@code PyErr_Format(PyExc_SyntaxError, ...)} makes it. */
    private static PySyntaxError noLocation(String msg) {
        return new PySyntaxError("SyntaxError", msg, null, null, null, null, null, null);
    }

    /**
     * One line read with universal newlines ({@code \r\n} and {@code \r} become {@code \n})
     * from {@code pos}; returns where the next line starts.
     */
    // CPython: Objects/fileobject.c _Py_UniversalNewlineFgetsWithSize (via tok_readline_raw)
    private static int readRawLine(byte[] file, int pos, ByteSink out) {
        int n = file.length;
        int start = pos;
        while (pos < n && file[pos] != '\n' && file[pos] != '\r') pos++;
        out.append(file, start, pos);
        if (pos < n) {
            out.append((byte) '\n');
            if (file[pos] == '\r' && pos + 1 < n && file[pos + 1] == '\n') pos++;
            pos++;
        }
        return pos;
    }

    /**
     * The decoding reader fp_setreadl installs: opened one byte before {@code pos} (the end of
     * the cookie line), whose first line it reads and drops. Fails when the codec is unknown or
     * the first chunk does not decode.
     */
    // CPython: Parser/tokenizer/file_tokenizer.c fp_setreadl
    private static SourceTextReader openDecoding(byte[] file, int pos, String encoding) throws SourceCodecs.DecodeFailure {
        SourceTextReader r = new SourceTextReader(file, pos > 0 ? pos - 1 : pos, encoding);
        if (pos > 0) {
            r.readLine(new ByteSink());
        }
        return r;
    }

    /** Length of s[from, to) up to its first NUL, as strlen sees the line. */
    private static int strlen(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == 0) return i - from;
        }
        return to - from;
    }

    /** Whether the line holds something before any comment: then no cookie can follow. */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_check_coding_spec
    private static boolean hasCode(byte[] s, int from, int len) {
        for (int i = from; i < from + len; i++) {
            byte c = s[i];
            if (c == '#' || c == '\n' || c == '\r') return false;
            if (c != ' ' && c != '\t' && c != '\014') return true;
        }
        return false;
    }

    /**
     * The first byte of the first invalid UTF-8 sequence in the line (which, as a C string,
     * ends at a NUL), or -1.
     */
    // CPython: Parser/tokenizer/helpers.c _PyTokenizer_ensure_utf8, valid_utf8
    static int firstNonUtf8(byte[] s, int from, int to) {
        int p = from;
        while (p < to && s[p] != 0) {
            int length = validUtf8(s, p, to);
            if (length == 0) return s[p] & 0xff;
            p += length;
        }
        return -1;
    }

    private static int at(byte[] s, int i, int to) {
        return i < to ? s[i] & 0xff : 0;
    }

    // CPython: Parser/tokenizer/helpers.c valid_utf8
    private static int validUtf8(byte[] s, int p, int to) {
        int c = s[p] & 0xff;
        int expected;
        if (c < 0x80) return 1;
        if (c < 0xE0) {
            if (c < 0xC2) return 0;
            expected = 1;
        } else if (c < 0xF0) {
            int c1 = at(s, p + 1, to);
            if (c == 0xE0 && c1 < 0xA0) return 0;
            if (c == 0xED && c1 >= 0xA0) return 0;
            expected = 2;
        } else if (c < 0xF5) {
            int c1 = at(s, p + 1, to);
            if (c1 < 0x90 ? c == 0xF0 : c == 0xF4) return 0;
            expected = 3;
        } else {
            return 0;
        }
        for (int k = expected; k > 0; k--) {
            int ck = at(s, p + k, to);
            if (ck < 0x80 || ck >= 0xC0) return 0;
        }
        return expected + 1;
    }
}
