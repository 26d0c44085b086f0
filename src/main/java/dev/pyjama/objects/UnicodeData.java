package dev.pyjama.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Unicode properties whose Python-visible behaviour must follow CPython 3.13 (Unicode
 * 15.1) rather than the JDK's older tables. They are loaded from unicode-tables.txt, which
 * tools/gen_unicode_tables.py writes by asking the CPython binary.
 */
// CPython: Objects/unicodectype.c (_PyUnicode_IsPrintable, _PyUnicode_IsXidStart, _PyUnicode_IsXidContinue,
// _PyUnicode_ToTitleFull)
public final class UnicodeData {
    private static final CodePointSet NONPRINTABLE;
    private static final CodePointSet XID_START;
    private static final CodePointSet XID_CONTINUE;
    /** The full titlecase mappings that differ from the code point itself. */
    private static final java.util.Map<Integer, int[]> TITLE = new java.util.HashMap<>();

    static {
        CodePointSet nonprintable = null, xidStart = null, xidContinue = null;
        try (InputStream in = UnicodeData.class.getResourceAsStream("unicode-tables.txt")) {
            if (in == null) throw new IllegalStateException("resource unicode-tables.txt is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String section = null;
            int[] bounds = new int[64];
            int n = 0;
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line != null && "title".equals(section) && !line.startsWith("[")) {
                    int eq = line.indexOf(" = ");
                    if (eq > 0) {
                        String[] to = line.substring(eq + 3).split(" ");
                        int[] cps = new int[to.length];
                        for (int i = 0; i < to.length; i++) cps[i] = Integer.parseInt(to[i], 16);
                        TITLE.put(Integer.parseInt(line.substring(0, eq), 16), cps);
                    }
                    continue;
                }
                if (line == null || line.startsWith("[")) {
                    if (section != null && !section.equals("title")) {
                        CodePointSet set = new CodePointSet(Arrays.copyOf(bounds, n));
                        switch (section) {
                            case "nonprintable": nonprintable = set; break;
                            case "xid_start": xidStart = set; break;
                            case "xid_continue": xidContinue = set; break;
                            default: throw new IllegalStateException("unknown table " + section);
                        }
                    }
                    if (line == null) break;
                    section = line.substring(1, line.length() - 1);
                    n = 0;
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    int space = line.indexOf(' ');
                    int first = Integer.parseInt(space < 0 ? line : line.substring(0, space), 16);
                    int last = space < 0 ? first : Integer.parseInt(line.substring(space + 1), 16);
                    if (n + 2 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    bounds[n++] = first;
                    bounds[n++] = last + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (nonprintable == null || xidStart == null || xidContinue == null) {
            throw new IllegalStateException("unicode-tables.txt lacks a table");
        }
        NONPRINTABLE = nonprintable;
        XID_START = xidStart;
        XID_CONTINUE = xidContinue;
    }

    private UnicodeData() {}

    /** Whether {@code str.isprintable()} holds for the one-character string {@code chr(cp)}. */
    public static boolean isPrintable(int cp) {
        return !NONPRINTABLE.contains(cp);
    }

    /** The full titlecase mapping of {@code cp}, as CPython's {@code _PyUnicode_ToTitleFull}: one or more code points. */
    // CPython: Objects/unicodectype.c _PyUnicode_ToTitleFull
    public static int[] toTitleFull(int cp) {
        int[] m = TITLE.get(cp);
        return m != null ? m : new int[] {cp};
    }

    /** Whether {@code chr(cp)} may start an identifier (XID_Start, or the underscore). */
    public static boolean isXidStart(int cp) {
        return XID_START.contains(cp);
    }

    /** Whether {@code chr(cp)} may follow the first character of an identifier (XID_Continue). */
    public static boolean isXidContinue(int cp) {
        return XID_CONTINUE.contains(cp);
    }

    /**
     * A set of code points: a bitmap for the Basic Multilingual Plane, where nearly all
     * look-ups land, and a binary search over range bounds above it.
     */
    private static final class CodePointSet {
        private final long[] bmp = new long[0x10000 / 64];
        /** Ranges above the BMP as [first, last + 1) pairs, sorted. */
        private final int[] upper;

        CodePointSet(int[] bounds) {
            int upperCount = 0;
            for (int i = 0; i < bounds.length; i += 2) {
                int first = bounds[i], end = bounds[i + 1];
                for (int cp = first; cp < Math.min(end, 0x10000); cp++) bmp[cp >>> 6] |= 1L << cp;
                if (end > 0x10000) upperCount += 2;
            }
            upper = new int[upperCount];
            int j = 0;
            for (int i = 0; i < bounds.length; i += 2) {
                if (bounds[i + 1] > 0x10000) {
                    upper[j++] = Math.max(bounds[i], 0x10000);
                    upper[j++] = bounds[i + 1];
                }
            }
        }

        boolean contains(int cp) {
            if (cp < 0x10000) {
                return cp >= 0 && (bmp[cp >>> 6] & (1L << cp)) != 0;
            }
            int i = Arrays.binarySearch(upper, cp);
            // Found at an even index: a range starts there. Otherwise the insertion point is
            // odd exactly when cp lies inside a range.
            return i >= 0 ? (i & 1) == 0 : ((-i - 1) & 1) == 1;
        }
    }
}
