package dev.pyjama.parity;

import dev.pyjama.monitor.UsageCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The usage counts ({@link UsageCounts}) of one parity area: what its fixtures, run by
 * pyjama, used of sys.monitoring's events and errors and of the legacy adapters, summed over
 * the fixtures, checked against the area's {@code usage.required} keys. The counts come from
 * the file the interpreters append to (the pom names it); ParityTest empties it before the
 * first fixture runs.
 */
final class UsageReport {
    private UsageReport() {}

    /** Empties the counts file, so that only this run's fixtures are counted. */
    static void reset() throws IOException {
        if (UsageCounts.ENABLED) Files.writeString(Path.of(UsageCounts.FILE), "", StandardCharsets.UTF_8);
    }

    /** The counts of the fixtures of {@code area} (scripts in its folder), summed by key. */
    static Map<String, Long> totals(ParityArea area) throws IOException {
        Map<String, Long> totals = new TreeMap<>();
        Path file = Path.of(UsageCounts.FILE);
        if (!Files.exists(file)) return totals;
        Path dir = PyjamaRunner.realPath(area.dir);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].equals("-") || !dir.equals(Path.of(f[0]).getParent())) continue;
            totals.merge(f[1], Long.parseLong(f[2]), Long::sum);
        }
        return totals;
    }

    /** Prints the area's counts and fails when a required key was never used. */
    static void check(ParityArea area) throws IOException {
        if (!UsageCounts.ENABLED) {
            throw new ParityMismatch(area.name + ": usage counts are off; run with -D" + UsageCounts.PROPERTY
                    + "=FILE (the pom sets it) so that usage.required can be checked");
        }
        Map<String, Long> totals = totals(area);
        List<String> missing = new ArrayList<>();
        StringBuilder report = new StringBuilder("parity " + area.name + " usage counts (over its fixtures):\n");
        for (String key : area.usageRequired) {
            long n = totals.getOrDefault(key, 0L);
            if (n == 0) missing.add(key);
            report.append(String.format("  %-40s %8d%n", key, n));
        }
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            if (!area.usageRequired.contains(e.getKey())) {
                report.append(String.format("  %-40s %8d (not required)%n", e.getKey(), e.getValue()));
            }
        }
        System.out.print(report);
        if (!missing.isEmpty()) {
            throw new ParityMismatch(area.name + ": no fixture of the area used " + missing
                    + " (usage.required in tests/parity/" + area.name + "/" + ParityArea.CONFIG
                    + "); add a fixture that does\n" + report);
        }
    }
}
