package dev.pyjama.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Regenerates {@code .expected} files by running CPython 3.13.0 on every fixture, the way
 * each area's {@code area.properties} says, and normalising with {@link Normaliser}. Used by
 * {@code tools/parity/regen} and by {@link ExpectationDriftTest}.
 *
 * <pre>
 * tools/parity/regen [--out DIR] [--check] [--any-3.13] [AREA | FIXTURE.py]...
 * </pre>
 * Without selection it regenerates every area. {@code --out DIR} writes DIR/AREA/NAME.expected
 * instead of into the tree; {@code --check} writes nothing and reports every difference from the
 * committed files (exit 1 when there is one).
 */
public final class Regen {
    final Path repoRoot;
    final Path parityRoot;
    final Path toolsDir;
    final CPython python;

    public Regen(Path repoRoot, CPython python) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.parityRoot = this.repoRoot.resolve("tests/parity");
        this.toolsDir = this.repoRoot.resolve("tools/parity");
        this.python = python;
    }

    /** The fixtures chosen for one area. */
    public static final class Selection {
        public final ParityArea area;
        public final List<String> fixtures;

        Selection(ParityArea area, List<String> fixtures) {
            this.area = area;
            this.fixtures = fixtures;
        }
    }

    /** Every fixture of every area. */
    public List<Selection> everything() {
        List<Selection> out = new ArrayList<>();
        for (ParityArea a : ParityArea.all(parityRoot)) {
            out.add(new Selection(a, a.fixtures()));
        }
        return out;
    }

    /** What a regeneration produced and refused. */
    public static final class Report {
        public final List<String> problems = new ArrayList<>();
        public final List<String> notes = new ArrayList<>();
        public int written;
    }

    /**
     * Runs CPython on the selected fixtures and writes their expectations under
     * {@code outRoot/AREA/} (pass {@link #parityRoot} to write into the tree).
     */
    public Report regenerate(List<Selection> selections, Path outRoot) {
        Report report = new Report();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<String[]>> jobs = new LinkedHashMap<>();
            for (Selection s : selections) {
                Path dest = outRoot.resolve(s.area.name);
                Files.createDirectories(dest);
                for (String f : s.fixtures) {
                    jobs.put(s.area.name + "/" + f, pool.submit(() -> regenerateOne(s.area, f, dest)));
                }
            }
            for (Map.Entry<String, Future<String[]>> e : jobs.entrySet()) {
                String[] r;
                try {
                    r = e.getValue().get();
                } catch (Exception ex) {
                    Throwable cause = ex.getCause() == null ? ex : ex.getCause();
                    report.problems.add(e.getKey() + ": " + cause);
                    continue;
                }
                if (r[0] != null) {
                    report.problems.add(e.getKey() + ": " + r[0]);
                } else {
                    report.written++;
                }
                if (r[1] != null) {
                    report.notes.add(e.getKey() + ": " + r[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    /** Returns {problem or null, note or null}; writes the expectation unless there is a problem. */
    private String[] regenerateOne(ParityArea area, String fixture, Path dest) throws IOException {
        CPython.Result raw = python.run(area.dir, area.cpythonArgs(fixture, toolsDir), area.timeoutSeconds, area.stdin(fixture));
        String note = null;
        String[] check = area.checkArgs(fixture, toolsDir);
        if (check != null) {
            CPython.Result c = python.run(area.dir, check, area.timeoutSeconds);
            boolean mayDiffer = area.checkMayDiffer.contains(fixture);
            String checker = check[0].substring(check[0].lastIndexOf('/') + 1);
            if (c.exit == 3 && mayDiffer) {
                // Only the file reading fails: the script must still end in a plain error report.
                if (raw.exit != 1 || raw.stderr.contains("Traceback (most recent call last)")) {
                    return new String[] {"refused by " + checker + ": " + c.stdout.strip()
                            + ", and the script did not fail with a syntax error", null};
                }
            } else if (c.exit != 0) {
                return new String[] {"refused by " + checker + ": " + (c.stdout + c.stderr).strip(), null};
            } else {
                boolean same = raw.stderr.endsWith(c.stdout);
                if (!same && !mayDiffer) {
                    return new String[] {"the script's error differs from ast.parse's:\n--- script stderr\n"
                            + raw.stderr + "--- check\n" + c.stdout, null};
                }
                if (same && mayDiffer) {
                    note = "listed in cpython.check.may-differ, but the errors agree: remove it from the list";
                }
            }
        }
        Outcome normalised = new Normaliser(area.dir, python.stdlib, repoRoot).normalise(raw.toOutcome());
        Files.writeString(dest.resolve(ParityArea.expectedName(fixture)), normalised.format(), StandardCharsets.UTF_8);
        return new String[] {null, note};
    }

    /**
     * Compares freshly generated expectations under {@code generatedRoot} with the committed ones
     * and lists every difference (changed, missing, orphaned files).
     */
    public List<String> compare(List<Selection> selections, Path generatedRoot, boolean wholeAreas) throws IOException {
        List<String> diffs = new ArrayList<>();
        for (Selection s : selections) {
            for (String f : s.fixtures) {
                String exp = ParityArea.expectedName(f);
                Path committed = s.area.dir.resolve(exp);
                Path fresh = generatedRoot.resolve(s.area.name).resolve(exp);
                if (!Files.exists(fresh)) {
                    continue; // refused: reported by regenerate
                }
                if (!Files.exists(committed)) {
                    diffs.add(s.area.name + "/" + exp + ": not committed (run tools/parity/regen)");
                    continue;
                }
                String a = Files.readString(committed, StandardCharsets.UTF_8);
                String b = Files.readString(fresh, StandardCharsets.UTF_8);
                if (!a.equals(b)) {
                    diffs.add(s.area.name + "/" + exp + ": differs from CPython's output\n"
                            + LineDiff.diff(a, b, "committed", "CPython now"));
                }
            }
            if (wholeAreas) {
                try (Stream<Path> files = Files.list(s.area.dir)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        String n = p.getFileName().toString();
                        if (n.endsWith(".expected")
                                && !s.fixtures.contains(n.substring(0, n.length() - ".expected".length()) + ".py")) {
                            diffs.add(s.area.name + "/" + n + ": no fixture for this expectation");
                        }
                    }
                }
            }
        }
        return diffs;
    }

    // ---------------------------------------------------------------- command line

    public static void main(String[] args) throws IOException {
        Path out = null;
        boolean check = false;
        boolean anyMicro = false;
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--check" -> check = true;
                case "--any-3.13" -> anyMicro = true;
                case "-h", "--help" -> {
                    System.out.println("usage: tools/parity/regen [--out DIR] [--check] [--any-3.13] [AREA | FIXTURE.py]...");
                    return;
                }
                default -> picks.add(args[i]);
            }
        }
        String given = System.getProperty("parity.root");
        Path root = given != null ? Path.of(given) : findRepoRoot(Path.of("").toAbsolutePath());
        CPython py = CPython.find();
        if (py == null) {
            System.err.println("regen: " + CPython.whyMissing());
            System.exit(2);
        }
        if (!py.isExpectedVersion() && !anyMicro) {
            System.err.println("regen: " + py.executable + " is CPython " + py.version + "; expectations record "
                    + CPython.EXPECTED_VERSION + " (pass --any-3.13 to use it anyway)");
            System.exit(2);
        }
        Regen regen = new Regen(root, py);
        List<Selection> sel;
        try {
            sel = picks.isEmpty() ? regen.everything() : regen.select(picks);
        } catch (IllegalArgumentException e) {
            System.err.println("regen: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path dest = out != null ? out : check ? Files.createTempDirectory("parity-regen") : regen.parityRoot;
        Report report = regen.regenerate(sel, dest);
        for (String n : report.notes) {
            System.err.println("note: " + n);
        }
        for (String p : report.problems) {
            System.err.println("REFUSED " + p);
        }
        int status = report.problems.isEmpty() ? 0 : 1;
        if (check) {
            List<String> diffs = regen.compare(sel, dest, picks.isEmpty());
            diffs.forEach(d -> System.err.println("DRIFT " + d));
            System.err.println("regen --check: " + diffs.size() + " difference(s) in "
                    + sel.stream().mapToInt(s -> s.fixtures.size()).sum() + " fixture(s)");
            status |= diffs.isEmpty() ? 0 : 1;
            if (out == null) {
                deleteTree(dest);
            }
        } else {
            System.err.println("regen: wrote " + report.written + " expectation(s) under " + dest
                    + " with CPython " + py.version + (report.problems.isEmpty() ? "" : "; "
                    + report.problems.size() + " fixture(s) refused"));
        }
        System.exit(status);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** Resolves command-line picks: an area name or folder, or a fixture file. */
    List<Selection> select(List<String> picks) {
        Map<String, Selection> byArea = new LinkedHashMap<>();
        Path cwd = Path.of("").toAbsolutePath();
        for (String pick : picks) {
            Path asArea = parityRoot.resolve(pick);
            if (Files.isRegularFile(asArea.resolve(ParityArea.CONFIG))) {
                ParityArea a = ParityArea.load(asArea);
                byArea.put(a.name, new Selection(a, a.fixtures()));
                continue;
            }
            Path p = cwd.resolve(pick).normalize();
            if (!Files.exists(p)) {
                p = repoRoot.resolve(pick).normalize();
            }
            if (!Files.exists(p)) {
                p = parityRoot.resolve(pick).normalize();
            }
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(ParityArea.CONFIG))) {
                ParityArea a = ParityArea.load(p);
                byArea.put(a.name, new Selection(a, a.fixtures()));
            } else if (Files.isRegularFile(p) && p.toString().endsWith(".py")
                    && Files.isRegularFile(p.getParent().resolve(ParityArea.CONFIG))) {
                ParityArea a = ParityArea.load(p.getParent());
                Selection s = byArea.computeIfAbsent(a.name, k -> new Selection(a, new ArrayList<>()));
                String f = p.getFileName().toString();
                if (!s.fixtures.contains(f)) {
                    try {
                        s.fixtures.add(f);
                    } catch (UnsupportedOperationException whole) {
                        // the whole area is already selected
                    }
                }
            } else {
                throw new IllegalArgumentException("not an area or a fixture: " + pick);
            }
        }
        return new ArrayList<>(byArea.values());
    }

    /** The nearest folder at or above {@code from} holding pom.xml and tests/parity. */
    public static Path findRepoRoot(Path from) {
        for (Path p = from; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("tests/parity"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (pom.xml + tests/parity) at or above " + from);
    }
}
