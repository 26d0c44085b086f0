package dev.pyjama.parity;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the grammar must succeed at least once over the front-end fixtures. The
 * parser counts successes per rule in {@code dev.pyjama.parser.RuleStats}
 * ({@code enable(boolean)}, {@code reset()}, {@code ruleNames()}, {@code successes()}),
 * reached by reflection so that this class compiles before the parser exists. For an
 * {@code invalid_*} rule, "succeeded" must mean that one of its alternatives matched and its
 * action ran, even when that action raised the SyntaxError (otherwise no such rule could ever
 * count). Writes
 * {@code target/grammar-coverage.txt}. Rules that no module-mode parse can reach (other start
 * rules, type comments) are listed with a reason in tests/parity/grammar-coverage-exempt.txt.
 */
class GrammarCoverageTest {
    static final String RULE_STATS = "dev.pyjama.parser.RuleStats";
    static final List<String> AREAS = List.of("ast", "syntax-errors");

    @Test
    void everyGrammarRuleSucceedsOnSomeFixture() throws Exception {
        Class<?> stats;
        try {
            stats = Class.forName(RULE_STATS);
        } catch (ClassNotFoundException e) {
            fail(RULE_STATS + " does not exist yet: the parser must count successes per grammar rule "
                    + "(static enable(boolean), reset(), String[] ruleNames(), long[] successes())");
            return;
        }
        Method enable = stats.getMethod("enable", boolean.class);
        Method reset = stats.getMethod("reset");
        Method ruleNames = stats.getMethod("ruleNames");
        Method successes = stats.getMethod("successes");

        Path root = Regen.findRepoRoot(Path.of("").toAbsolutePath());
        Path tools = root.resolve("tools/parity");
        int ran = 0;
        List<String> crashes = new ArrayList<>();
        invoke(reset);
        invoke(enable, true);
        try {
            for (String name : AREAS) {
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
            invoke(enable, false);
        }
        String[] names = (String[]) invoke(ruleNames);
        long[] counts = (long[]) invoke(successes);
        if (names.length != counts.length) {
            fail("RuleStats.ruleNames() has " + names.length + " entries but successes() " + counts.length);
        }
        Map<String, String> exempt = readExemptions(root.resolve("tests/parity/grammar-coverage-exempt.txt"));
        writeReport(root.resolve("target/grammar-coverage.txt"), names, counts, exempt, ran);

        List<String> zero = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (counts[i] == 0 && !exempt.containsKey(names[i])) {
                zero.add(names[i]);
            }
        }
        System.out.println("grammar coverage: " + ran + " fixture(s), " + names.length + " rule(s), "
                + zero.size() + " never succeeded" + (crashes.isEmpty() ? "" : ", crashes in " + crashes));
        if (!zero.isEmpty()) {
            fail(zero.size() + " grammar rule(s) never succeeded on any fixture of " + AREAS
                    + " (add fixtures; see target/grammar-coverage.txt):\n  " + String.join("\n  ", zero));
        }
    }

    private static Object invoke(Method m, Object... args) throws Exception {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    /** Lines {@code rule_name  # why}; blank lines and lines starting with '#' are ignored. */
    static Map<String, String> readExemptions(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int hash = t.indexOf('#');
            String rule = (hash < 0 ? t : t.substring(0, hash)).strip();
            out.put(rule, hash < 0 ? "" : t.substring(hash + 1).strip());
        }
        return out;
    }

    private static void writeReport(Path out, String[] names, long[] counts, Map<String, String> exempt, int ran)
            throws IOException {
        Integer[] order = new Integer[names.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(i -> names[i]));
        StringBuilder sb = new StringBuilder("# successes per grammar rule over " + ran + " fixtures of " + AREAS + "\n");
        for (int i : order) {
            sb.append(String.format("%10d  %s", counts[i], names[i]));
            if (counts[i] == 0 && exempt.containsKey(names[i])) {
                sb.append("  (exempt: ").append(exempt.get(names[i])).append(')');
            }
            sb.append('\n');
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
