package dev.pyjama.parity;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable difference between two texts for test failures: a unified-style line diff
 * (longest common subsequence) with a little context, and for a long line that changed (an
 * AST dump is one long line) a window around the first differing character.
 */
public final class LineDiff {
    private static final int CONTEXT = 2;
    private static final int MAX_OUTPUT_LINES = 80;
    private static final int WINDOW = 70;

    private LineDiff() {}

    public static String diff(String expected, String actual, String expectedLabel, String actualLabel) {
        List<String> a = Outcome.splitLines(expected);
        List<String> b = Outcome.splitLines(actual);
        if (a.size() * (long) b.size() > 4_000_000L) {
            return "(texts too long for a line diff: " + a.size() + " vs " + b.size() + " lines)\n";
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Walk the table into a script of ' ', '-', '+' lines.
        List<String> script = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                script.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.add("-" + a.get(i++));
            } else {
                script.add("+" + b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedLabel).append('\n').append("+++ ").append(actualLabel).append('\n');
        int shown = 0;
        int lastPrinted = -1;
        for (int k = 0; k < script.size() && shown < MAX_OUTPUT_LINES; k++) {
            if (script.get(k).charAt(0) == ' ') {
                continue;
            }
            int from = Math.max(lastPrinted + 1, k - CONTEXT);
            if (lastPrinted >= 0 && from > lastPrinted + 1) {
                out.append("@@\n");
            }
            int to = k;
            while (to + 1 < script.size() && script.get(to + 1).charAt(0) != ' ') {
                to++;
            }
            int end = Math.min(script.size() - 1, to + CONTEXT);
            for (int m = from; m <= end && shown < MAX_OUTPUT_LINES; m++) {
                out.append(clip(script.get(m))).append('\n');
                shown++;
            }
            explainLongChange(script, k, to, out);
            lastPrinted = end;
            k = end;
        }
        if (shown >= MAX_OUTPUT_LINES) {
            out.append("... (diff truncated)\n");
        }
        if (!expected.isEmpty() && !actual.isEmpty() && expected.endsWith("\n") != actual.endsWith("\n")) {
            out.append("(one text ends with a newline, the other does not)\n");
        }
        return out.toString();
    }

    private static String clip(String line) {
        return line.length() <= 400 ? line : line.substring(0, 400) + " ...[" + (line.length() - 400) + " more chars]";
    }

    /** For a block of one removed and one added line, points at the first character that differs. */
    private static void explainLongChange(List<String> script, int from, int to, StringBuilder out) {
        String minus = null, plus = null;
        for (int m = from; m <= to; m++) {
            String s = script.get(m);
            if (s.charAt(0) == '-' && minus == null) {
                minus = s.substring(1);
            } else if (s.charAt(0) == '+' && plus == null) {
                plus = s.substring(1);
            }
        }
        if (minus == null || plus == null || Math.max(minus.length(), plus.length()) < 120) {
            return;
        }
        int c = 0;
        while (c < minus.length() && c < plus.length() && minus.charAt(c) == plus.charAt(c)) {
            c++;
        }
        int start = Math.max(0, c - WINDOW);
        out.append("  first difference at column ").append(c + 1).append(":\n");
        out.append("  - ...").append(minus, start, Math.min(minus.length(), c + WINDOW)).append("...\n");
        out.append("  + ...").append(plus, start, Math.min(plus.length(), c + WINDOW)).append("...\n");
    }
}
