package dev.pyjama.parity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where machine-specific text is masked in fixture output, applied identically
 * to CPython's output (when expectations are regenerated) and to pyjama's (when they are
 * compared). The rules, in order:
 * <ol>
 *   <li>the fixture's folder (absolute, as given and with symlinks resolved) becomes {@value #FIXTURE_DIR};</li>
 *   <li>CPython's standard library folder becomes {@value #STDLIB};</li>
 *   <li>the repository root becomes {@value #REPO} (drivers in tools/parity live there);</li>
 *   <li>every {@code 0x} followed by at least {@value #MIN_ADDRESS_DIGITS} lowercase hex digits becomes
 *       {@value #ADDR}: object addresses, which CPython always prints with more digits than that
 *       (pyjama must too). Shorter runs are left alone, so that hex literals quoted in syntax
 *       errors ({@code 0x1g}) stay readable.</li>
 * </ol>
 */
public final class Normaliser {
    public static final String FIXTURE_DIR = "{FIXTURE_DIR}";
    public static final String STDLIB = "{STDLIB}";
    public static final String REPO = "{REPO}";
    public static final String ADDR = "0x{ADDR}";
    public static final int MIN_ADDRESS_DIGITS = 6;

    /** Literal replacements, most specific first. */
    private final List<String[]> paths = new ArrayList<>();

    /**
     * @param fixtureDir the folder the fixture ran in
     * @param stdlib     CPython's stdlib folder, or null when unknown (no CPython on this machine)
     * @param repoRoot   the repository's root folder
     */
    public Normaliser(Path fixtureDir, String stdlib, Path repoRoot) {
        for (String p : spellings(fixtureDir)) {
            paths.add(new String[] {p, FIXTURE_DIR});
        }
        if (stdlib != null) {
            for (String p : spellings(Path.of(stdlib))) {
                paths.add(new String[] {p, STDLIB});
            }
        }
        for (String p : spellings(repoRoot)) {
            paths.add(new String[] {p, REPO});
        }
    }

    /** A folder's absolute path as given and with symlinks resolved (CPython's getcwd resolves them). */
    private static Set<String> spellings(Path dir) {
        Set<String> out = new LinkedHashSet<>();
        Path abs = dir.toAbsolutePath().normalize();
        try {
            out.add(abs.toRealPath().toString());
        } catch (IOException e) {
            // a folder that does not exist has only its given spelling
        }
        out.add(abs.toString());
        return out;
    }

    public String normalise(String text) {
        for (String[] rule : paths) {
            text = text.replace(rule[0], rule[1]);
        }
        return maskAddresses(text);
    }

    public Outcome normalise(Outcome raw) {
        return new Outcome(normalise(raw.stdout), normalise(raw.stderr), raw.exit);
    }

    /** Replaces {@code 0x[0-9a-f]{6,}} by {@value #ADDR}. */
    static String maskAddresses(String text) {
        int i = text.indexOf("0x");
        if (i < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int copied = 0;
        while (i >= 0) {
            int j = i + 2;
            while (j < text.length() && isLowerHex(text.charAt(j))) {
                j++;
            }
            if (j - (i + 2) >= MIN_ADDRESS_DIGITS) {
                sb.append(text, copied, i).append(ADDR);
                copied = j;
            }
            i = text.indexOf("0x", Math.max(j, i + 2));
        }
        return sb.append(text, copied, text.length()).toString();
    }

    private static boolean isLowerHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
