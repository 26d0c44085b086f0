package dev.pyjama.parity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One folder of tests/parity and its {@code area.properties}: how pyjama and CPython run each
 * fixture of the area. Fixtures are the folder's {@code *.py} files whose names do not start
 * with {@code _} (those are support modules for other fixtures).
 */
public final class ParityArea {
    public static final String CONFIG = "area.properties";
    /**
     * The ratchet: when an area's folder holds this file, only the fixtures it lists must match
     * CPython; the others are "not yet" (see {@link #passing}).
     */
    public static final String PASSING = "passing.txt";

    public final String name;
    public final Path dir;
    private final String[] pyjamaArgs;
    private final String[] cpythonArgs;
    private final String[] checkArgs;
    /** Fixtures whose {@code cpython.check} output may legitimately differ from the run's stderr. */
    public final Set<String> checkMayDiffer;
    public final int timeoutSeconds;
    /**
     * {@code usage.required}: the {@link dev.pyjama.monitor.UsageCounts} keys (such as
     * {@code event:LINE}, {@code error:invalid_tool}, {@code adapter:sys_trace_line_func}) that
     * the area's fixtures together must use at least once; empty when the area has no such key.
     */
    public final List<String> usageRequired;
    /**
     * The fixtures listed in the area's {@value #PASSING}, in file order, or null when the area
     * has no such file (then every fixture must match CPython). One bare fixture name per line;
     * blank lines and lines starting with {@code #} are ignored.
     */
    public final Set<String> passing;
    /**
     * {@code stdin = fixture}: both interpreters read the fixture's bytes as their standard
     * input (the interactive prompt's area), instead of an empty one.
     */
    public final boolean stdinIsFixture;

    private ParityArea(String name, Path dir, Properties p) {
        this.name = name;
        this.dir = dir;
        this.pyjamaArgs = words(required(p, "pyjama.args"));
        this.cpythonArgs = words(required(p, "cpython.args"));
        String check = p.getProperty("cpython.check.args", "").trim();
        this.checkArgs = check.isEmpty() ? null : words(check);
        Set<String> differ = new LinkedHashSet<>();
        for (String s : p.getProperty("cpython.check.may-differ", "").split("[\\s,]+")) {
            if (!s.isEmpty()) {
                differ.add(s);
            }
        }
        this.checkMayDiffer = Collections.unmodifiableSet(differ);
        this.timeoutSeconds = Integer.parseInt(p.getProperty("timeout.seconds", "60").trim());
        this.passing = readPassing(dir.resolve(PASSING));
        String stdin = p.getProperty("stdin", "").trim();
        if (!stdin.isEmpty() && !stdin.equals("fixture")) {
            throw new IllegalArgumentException(dir.resolve(CONFIG) + ": stdin must be 'fixture' or absent, not '" + stdin + "'");
        }
        this.stdinIsFixture = stdin.equals("fixture");
        this.usageRequired = Arrays.stream(p.getProperty("usage.required", "").split("[\\s,]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** The file to use as the standard input when running {@code fixture}, or null for an empty one. */
    public Path stdin(String fixture) {
        return stdinIsFixture ? dir.resolve(fixture) : null;
    }

    private static Set<String> readPassing(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(names);
    }

    /** Whether a fixture must match CPython: always, unless the area has a ratchet that does not list it. */
    public boolean mustPass(String fixture) {
        return passing == null || passing.contains(fixture);
    }

    private String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(dir.resolve(CONFIG) + ": missing " + key);
        }
        return v.trim();
    }

    private static String[] words(String s) {
        return s.trim().split("\\s+");
    }

    public static ParityArea load(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(CONFIG), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParityArea(dir.getFileName().toString(), dir, p);
    }

    /** Every area under {@code parityRoot} (folders holding an area.properties), sorted by name. */
    public static List<ParityArea> all(Path parityRoot) {
        try (Stream<Path> s = Files.list(parityRoot)) {
            return s.filter(d -> Files.isRegularFile(d.resolve(CONFIG)))
                    .sorted()
                    .map(ParityArea::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures' bare file names, sorted. */
    public List<String> fixtures() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".py") && !n.startsWith("_"))
                    .filter(n -> Files.isRegularFile(dir.resolve(n)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String expectedName(String fixture) {
        return fixture.substring(0, fixture.length() - ".py".length()) + ".expected";
    }

    /** pyjama's arguments for a fixture. */
    public String[] pyjamaArgs(String fixture, Path toolsDir) {
        return substitute(pyjamaArgs, fixture, toolsDir);
    }

    /** CPython's arguments (after the executable) for a fixture. */
    public String[] cpythonArgs(String fixture, Path toolsDir) {
        return substitute(cpythonArgs, fixture, toolsDir);
    }

    /** The check command's arguments, or null when the area has none. */
    public String[] checkArgs(String fixture, Path toolsDir) {
        return checkArgs == null ? null : substitute(checkArgs, fixture, toolsDir);
    }

    private static String[] substitute(String[] template, String fixture, Path toolsDir) {
        List<String> out = new ArrayList<>(template.length);
        for (String w : template) {
            out.add(w.replace("{file}", fixture).replace("{tools}", toolsDir.toString()));
        }
        return out.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(pyjamaArgs);
    }
}
