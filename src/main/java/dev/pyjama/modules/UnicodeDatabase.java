package dev.pyjama.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Unicode 15.1 character database of pyjama's unicodedata, read once from
 * unicodedata.txt.gz, which tools/gen_unicodedata.py writes by asking CPython 3.13 (the JDK's
 * tables are older: Unicode 13 in JDK 17). Hangul syllable names are computed, as CPython does.
 */
// CPython: Modules/unicodedata.c, Tools/unicode/makeunicodedata.py (the data's origin)
final class UnicodeDatabase {
    static final UnicodeDatabase DB = new UnicodeDatabase();

    private int[] rangeStart = new int[0];
    private final List<String> category = new ArrayList<>(), bidi = new ArrayList<>(), eaw = new ArrayList<>();
    private final List<Integer> combining = new ArrayList<>(), mirrored = new ArrayList<>();
    final Map<Integer, String> decomposition = new HashMap<>();
    /** decimal, digit (-1 for none) and the numeric value. */
    final Map<Integer, double[]> numeric = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    /** Runs named by a prefix and the code point in hex: first, last, prefix. */
    private final List<Object[]> nameRuns = new ArrayList<>();
    private Map<String, Integer> byName;
    private final Map<Long, Integer> composites = new HashMap<>();
    /** Unicode 3.2 (unicodedata.ucd_3_2_0): runs of code points whose record differs, and their records. */
    private int[] oldStart = new int[0], oldEnd = new int[0];
    private final List<Old> oldRecords = new ArrayList<>();
    /** The 3.2 normalization corrections: NFD maps the key to the value, then decomposes on. */
    private final Map<Integer, Integer> norm320 = new HashMap<>();

    /**
     * A code point's record in Unicode 3.2; category Cn means unassigned there (no name, no
     * decomposition). {@code numeric}: decimal, digit (-1 for none) and the value (NaN for none).
     */
    record Old(String category, String bidi, int combining, String eaw, int mirrored, double[] numeric) {}

    private UnicodeDatabase() {
        try (InputStream raw = UnicodeDatabase.class.getResourceAsStream("unicodedata.txt.gz")) {
            if (raw == null) throw new IllegalStateException("resource unicodedata.txt.gz is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
            List<Integer> starts = new ArrayList<>(), olds = new ArrayList<>(), oldEnds = new ArrayList<>();
            String section = "";
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isEmpty()) continue;
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                String[] f = line.split(" ", section.equals("[names]") || section.equals("[decomp]") ? 2 : -1);
                int cp = Integer.parseInt(f[0], 16);
                switch (section) {
                    case "[props]" -> {
                        starts.add(cp);
                        category.add(f[2]);
                        bidi.add(f[3].equals("-") ? "" : f[3]);
                        combining.add(Integer.parseInt(f[4]));
                        eaw.add(f[5]);
                        mirrored.add(Integer.parseInt(f[6]));
                    }
                    case "[decomp]" -> decomposition.put(cp, f[1]);
                    case "[numeric]" -> numeric.put(cp, new double[] {f[1].equals("-") ? -1 : Integer.parseInt(f[1]),
                        f[2].equals("-") ? -1 : Integer.parseInt(f[2]), Double.parseDouble(f[3])});
                    case "[names]" -> {
                        int sp = f[1].indexOf(' ');
                        // a run: "FIRST LAST PREFIX" (LAST is hex, the prefix ends with '-')
                        if (sp > 0 && f[1].endsWith("-") && f[1].substring(0, sp).matches("[0-9A-F]+")) {
                            nameRuns.add(new Object[] {cp, Integer.parseInt(f[1].substring(0, sp), 16), f[1].substring(sp + 1)});
                        } else {
                            names.put(cp, f[1]);
                        }
                    }
                    case "[compose]" -> composites.put(pair(cp, Integer.parseInt(f[1], 16)), Integer.parseInt(f[2], 16));
                    case "[ucd320]" -> {
                        olds.add(cp);
                        oldEnds.add(Integer.parseInt(f[1], 16));
                        // decimal, digit and numeric each on its own: 3.2's digit() is the current one (CPython never asks the old record)
                        double[] num = new double[] {f[7].equals("-") ? -1 : Integer.parseInt(f[7]),
                            f[8].equals("-") ? -1 : Integer.parseInt(f[8]), f[9].equals("-") ? Double.NaN : Double.parseDouble(f[9])};
                        oldRecords.add(new Old(f[2], f[3].equals("-") ? "" : f[3], Integer.parseInt(f[4]), f[5],
                                Integer.parseInt(f[6]), num));
                    }
                    case "[norm320]" -> norm320.put(cp, Integer.parseInt(f[1], 16));
                    default -> throw new IllegalStateException("unknown section " + section);
                }
            }
            rangeStart = starts.stream().mapToInt(Integer::intValue).toArray();
            oldStart = olds.stream().mapToInt(Integer::intValue).toArray();
            oldEnd = oldEnds.stream().mapToInt(Integer::intValue).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long pair(int a, int b) {
        return ((long) a << 21) | b;
    }

    private int range(int cp) {
        int i = java.util.Arrays.binarySearch(rangeStart, cp);
        return i >= 0 ? i : -i - 2;
    }

    /** {@code cp}'s Unicode 3.2 record when it differs from the current one, else null. */
    // CPython: Modules/unicodedata.c get_old_record (the change records makeunicodedata.py writes)
    Old old(int cp) {
        int i = java.util.Arrays.binarySearch(oldStart, cp);
        if (i < 0) i = -i - 2;
        return i >= 0 && cp <= oldEnd[i] ? oldRecords.get(i) : null;
    }

    /** Whether {@code cp} was unassigned in Unicode 3.2. */
    boolean unassigned320(int cp) {
        Old o = old(cp);
        return o != null && o.category.equals("Cn");
    }

    String category(int cp) { return category.get(range(cp)); }
    String bidirectional(int cp) { return bidi.get(range(cp)); }
    int combining(int cp) { return combining.get(range(cp)); }
    String eastAsianWidth(int cp) { return eaw.get(range(cp)); }
    int mirrored(int cp) { return mirrored.get(range(cp)); }

    // ---- names (Hangul syllables as Unicode chapter 3.12 composes them)

    private static final int S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7;
    private static final int L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT;
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
        "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
        "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
        "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    String name(int cp) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            return "HANGUL SYLLABLE " + JAMO_L[s / N_COUNT] + JAMO_V[(s % N_COUNT) / T_COUNT] + JAMO_T[s % T_COUNT];
        }
        String n = names.get(cp);
        if (n != null) return n;
        for (Object[] run : nameRuns) {
            if (cp >= (Integer) run[0] && cp <= (Integer) run[1]) return run[2] + String.format("%X", cp);
        }
        return null;
    }

    /** The code point of a name (case-insensitive, except CJK unified ideographs and Hangul syllables, as CPython), or -1. */
    synchronized int lookup(String name) {
        if (name.startsWith("HANGUL SYLLABLE ")) {
            String rest = name.substring(16);
            for (int l = 0; l < L_COUNT; l++) {
                if (!rest.startsWith(JAMO_L[l])) continue;
                for (int v = 0; v < V_COUNT; v++) {
                    if (!rest.startsWith(JAMO_V[v], JAMO_L[l].length())) continue;
                    String t = rest.substring(JAMO_L[l].length() + JAMO_V[v].length());
                    for (int k = 0; k < T_COUNT; k++) {
                        if (JAMO_T[k].equals(t)) return S_BASE + (l * V_COUNT + v) * T_COUNT + k;
                    }
                }
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        for (Object[] run : nameRuns) {
            String prefix = (String) run[2];
            boolean cjk = prefix.startsWith("CJK UNIFIED IDEOGRAPH-");
            String probe = cjk ? name : upper;
            if (probe.startsWith(prefix) && probe.length() > prefix.length()) {
                try {
                    String hex = probe.substring(prefix.length());
                    if (!hex.matches("[0-9A-F]{4,5}")) continue;
                    int cp = Integer.parseInt(hex, 16);
                    if (cp >= (Integer) run[0] && cp <= (Integer) run[1]) return cp;
                } catch (NumberFormatException e) {
                    continue;
                }
            }
        }
        if (byName == null) {
            byName = new HashMap<>(names.size() * 2);
            for (Map.Entry<Integer, String> e : names.entrySet()) byName.put(e.getValue(), e.getKey());
        }
        Integer cp = byName.get(upper);
        return cp == null ? -1 : cp;
    }

    // ---- normalization (Unicode Standard Annex #15)

    // CPython: Modules/unicodedata.c nfd_nfkd
    int[] decompose(int[] s, boolean compat) {
        return decompose(s, compat, false);
    }

    /** {@code v320}: as Unicode 3.2 (ucd_3_2_0): its unassigned code points stay, its corrections apply. */
    int[] decompose(int[] s, boolean compat, boolean v320) {
        List<Integer> out = new ArrayList<>(s.length);
        for (int cp : s) decomposeOne(cp, compat, v320, out);
        int[] r = out.stream().mapToInt(Integer::intValue).toArray();
        // canonical ordering: a stable sort of each run of non-starters by combining class
        for (int i = 1; i < r.length; i++) {
            int cc = combining(r[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && combining(r[j - 1]) > cc) {
                int t = r[j];
                r[j] = r[j - 1];
                r[j - 1] = t;
                j--;
            }
        }
        return r;
    }

    private void decomposeOne(int cp, boolean compat, boolean v320, List<Integer> out) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            out.add(L_BASE + s / N_COUNT);
            out.add(V_BASE + (s % N_COUNT) / T_COUNT);
            if (s % T_COUNT != 0) out.add(T_BASE + s % T_COUNT);
            return;
        }
        if (v320) {
            Integer corrected = norm320.get(cp);
            if (corrected != null) {
                decomposeOne(corrected, compat, true, out);
                return;
            }
        }
        String d = v320 && unassigned320(cp) ? null : decomposition.get(cp);
        if (d == null || (d.startsWith("<") && !compat)) {
            out.add(cp);
            return;
        }
        for (String part : d.split(" ")) {
            if (part.startsWith("<")) continue;
            decomposeOne(Integer.parseInt(part, 16), compat, v320, out);
        }
    }

    private int compose(int a, int b) {
        if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
            return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
        }
        if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE && b < T_BASE + T_COUNT) {
            return a + (b - T_BASE);
        }
        Integer c = composites.get(pair(a, b));
        return c == null ? -1 : c;
    }

    // CPython: Modules/unicodedata.c nfc_nfkc
    int[] composeAll(int[] s) {
        int[] out = new int[s.length];
        int n = 0, starter = -1, lastClass = 0;
        for (int cp : s) {
            int cc = combining(cp);
            if (starter >= 0) {
                // not blocked: nothing between the starter and cp, or only lower classes
                boolean adjacent = n - 1 == starter;
                if (adjacent || (lastClass != 0 && lastClass < cc)) {
                    int c = compose(out[starter], cp);
                    if (c >= 0 && (adjacent || cc != 0)) {
                        out[starter] = c;
                        continue;
                    }
                }
            }
            if (cc == 0) starter = n;
            lastClass = cc;
            out[n++] = cp;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
