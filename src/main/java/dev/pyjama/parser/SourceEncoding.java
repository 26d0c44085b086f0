package dev.pyjama.parser;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** PEP 263 source encodings: finding the declared one, and Python codec names as Java charsets. */
// CPython: Parser/tokenizer/helpers.c get_coding_spec, Python/codecs.c normalizestring
final class SourceEncoding {
    private SourceEncoding() {}

    /**
     * The encoding a file declares on its first two lines, "utf-8" when it has none (or a
     * UTF-8 BOM), as {@code _PyTokenizer_FindEncodingFilename} finds it.
     */
    static String detect(byte[] data) {
        int pos = 0;
        if (data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
            return "utf-8";
        }
        for (int line = 0; line < 2 && pos < data.length; line++) {
            int end = pos;
            while (end < data.length && data[end] != '\n' && data[end] != '\r') end++;
            String spec = codingSpec(data, pos, end);
            if (spec != null) {
                return spec;
            }
            // The second line counts only if the first is blank or a comment.
            int i = pos;
            while (i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) i++;
            if (i < end && data[i] != '#') {
                break;
            }
            pos = end;
            if (pos < data.length && data[pos] == '\r') pos++;
            if (pos < data.length && data[pos] == '\n') pos++;
        }
        return "utf-8";
    }

    /** The encoding named by a "coding[:=]name" comment on one line, or null. */
    // CPython: Parser/tokenizer/helpers.c get_coding_spec
    static String codingSpec(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) i++;
        if (i >= to || data[i] != '#') {
            return null;
        }
        for (; i + 6 <= to; i++) {
            if (data[i] == 'c' && data[i + 1] == 'o' && data[i + 2] == 'd' && data[i + 3] == 'i'
                    && data[i + 4] == 'n' && data[i + 5] == 'g') {
                int t = i + 6;
                if (t >= to || (data[t] != ':' && data[t] != '=')) {
                    continue;
                }
                t++;
                while (t < to && (data[t] == ' ' || data[t] == '\t')) t++;
                int begin = t;
                while (t < to && (Character.isLetterOrDigit(data[t]) || data[t] == '-' || data[t] == '_' || data[t] == '.')) t++;
                if (begin < t) {
                    String name = new String(data, begin, t - begin, StandardCharsets.US_ASCII);
                    String lower = name.toLowerCase(Locale.ROOT).replace('_', '-');
                    if (lower.equals("utf-8") || lower.startsWith("utf-8-")) return "utf-8";
                    if (lower.equals("latin-1") || lower.equals("iso-8859-1") || lower.equals("iso-latin-1")
                            || lower.startsWith("latin-1-") || lower.startsWith("iso-8859-1-") || lower.startsWith("iso-latin-1-")) {
                        return "iso-8859-1";
                    }
                    return name;
                }
            }
        }
        return null;
    }

    /** The Java charset for a Python codec name; throws IllegalArgumentException when unknown. */
    static Charset charset(String pythonName) {
        String n = pythonName.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf8": case "utf-8": case "u8": case "utf": case "cp65001":
                return StandardCharsets.UTF_8;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819": case "l1":
                return StandardCharsets.ISO_8859_1;
            case "ascii": case "us-ascii": case "646":
                return StandardCharsets.US_ASCII;
            default:
                break;
        }
        if (n.startsWith("cp") && n.length() > 2 && Character.isDigit(n.charAt(2))) {
            n = "windows-" + n.substring(2);
            if (!Charset.isSupported(n)) {
                n = "IBM" + pythonName.substring(2);
            }
        } else if (n.startsWith("iso8859-")) {
            n = "iso-8859-" + n.substring(8);
        } else if (n.startsWith("latin")) {
            n = n.replace("latin", "iso-8859-");
        }
        return Charset.forName(n);
    }
}
