package dev.pyjama.parser;

/**
 * Counts, per grammar rule, how often the rule matched (an alternative of it succeeded).
 * Off by default; the parity tests switch it on to show that the fixtures exercise every rule.
 */
public final class RuleStats {
    private RuleStats() {}

    // Plain (not volatile): read on every rule match; set before parsing starts on the same or a child thread.
    static boolean enabled;
    private static final long[] HITS = new long[GeneratedParser.RULE_NAMES.length];

    public static void enable(boolean on) {
        enabled = on;
    }

    static void hit(int rule) {
        synchronized (HITS) {
            HITS[rule]++;
        }
    }

    /** The names of the grammar's rules (without pegen's artificial ones). */
    public static String[] ruleNames() {
        int n = 0;
        for (String r : GeneratedParser.RULE_NAMES) if (!r.startsWith("_")) n++;
        String[] names = new String[n];
        int i = 0;
        for (String r : GeneratedParser.RULE_NAMES) if (!r.startsWith("_")) names[i++] = r;
        return names;
    }

    /** Matches per rule, aligned with {@link #ruleNames()}. */
    public static long[] successes() {
        synchronized (HITS) {
            String[] all = GeneratedParser.RULE_NAMES;
            long[] out = new long[ruleNames().length];
            int i = 0;
            for (int r = 0; r < all.length; r++) if (!all[r].startsWith("_")) out[i++] = HITS[r];
            return out;
        }
    }

    public static void reset() {
        synchronized (HITS) {
            java.util.Arrays.fill(HITS, 0);
        }
    }
}
