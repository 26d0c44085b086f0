package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import java.nio.charset.StandardCharsets;

/** A source file's text as {@code tokenize.open} reads it: BOM and PEP 263 coding cookie honoured. */
// CPython: Lib/tokenize.py open, detect_encoding (what linecache reads a traceback's lines with)
public final class SourceText {
    private SourceText() {}

    /** The decoded text with newlines translated, or null when it cannot be decoded. */
    public static String decode(byte[] file, String filename) {
        try {
            return new String(SourceDecoder.fromBytes(file, filename, false).buf(), StandardCharsets.UTF_8);
        } catch (PyException e) {
            return null;
        }
    }
}
