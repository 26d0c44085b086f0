package dev.pyjama.parity;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.parser.RuleStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the grammar must succeed at least once over the front-end fixtures (all
 * areas: modules, the other compile() modes, type comments, syntax errors). The parser
 * counts, per rule, how often one of its alternatives matched and its action ran
 * ({@link RuleStats}); for an {@code invalid_*} rule that is the run that raised its error.
 * Writes the counts to {@code target/grammar-coverage.txt}.
 */
class GrammarCoverageTest {

    @Test
    void everyGrammarRuleSucceedsOnSomeFixture() throws Exception {
        Path root = Regen.findRepoRoot(Path.of("").toAbsolutePath());
        Path tools = root.resolve("tools/parity");
        List<String> areas = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root.resolve("tests/parity"))) {
            // exec, hostile, monitoring, trace, profile, clients... run their programs: the grammar is covered by the areas that only parse.
            dirs.filter(d -> Files.exists(d.resolve("area.properties"))
                    && !Set.of("exec", "hostile", "monitoring", "trace", "profile", "stdlib", "threads", "repl", "clients").contains(d.getFileName().toString()))
                .map(d -> d.getFileName().toString()).sorted().forEach(areas::add);
        }
        int ran = 0;
        List<String> crashes = new ArrayList<>();
        RuleStats.reset();
        RuleStats.enable(true);
        try {
            for (String name : areas) {
                ParityArea area = ParityArea.load(root.resolve("tests/parity").resolve(name));
                for (String fixture : area.fixtures()) {
                    try {
                        PyjamaRunner.run(area, fixture, tools);
                    } catch (PyjamaRunner.Crash c) {
                        crashes.add(name + "/" + fixture);
                    }
                    ran++;
                }
            }
        } finally {
            RuleStats.enable(false);
        }
        String[] names = RuleStats.ruleNames();
        long[] counts = RuleStats.successes();
        writeReport(root.resolve("target/grammar-coverage.txt"), names, counts, ran, areas);

        List<String> zero = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (counts[i] == 0) zero.add(names[i]);
        }
        System.out.println("grammar coverage: " + ran + " fixture(s) of " + areas + ", " + names.length
                + " rule(s), " + zero.size() + " never succeeded" + (crashes.isEmpty() ? "" : ", crashes in " + crashes));
        if (!zero.isEmpty()) {
            fail(zero.size() + " grammar rule(s) never succeeded on any fixture"
                    + " (add fixtures; see target/grammar-coverage.txt):\n  " + String.join("\n  ", zero));
        }
    }

    private static void writeReport(Path out, String[] names, long[] counts, int ran, List<String> areas)
            throws IOException {
        Integer[] order = new Integer[names.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(i -> names[i]));
        StringBuilder sb = new StringBuilder("# successes per grammar rule over " + ran + " fixtures of " + areas + "\n");
        for (int i : order) {
            sb.append(String.format("%10d  %s%n", counts[i], names[i]));
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
