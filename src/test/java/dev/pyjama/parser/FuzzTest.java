package dev.pyjama.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.CPython;
import dev.pyjama.tools.StdlibAstParity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The front end's robustness acceptance test. 25,000 mutated and generated sources
 * ({@link FuzzInputs}, {@link Nesting}) go through the tokenizer and parser, each on a thread
 * with a 512 MB stack and within a time bound: every one must end in an AST, a SyntaxError
 * (or IndentationError / TabError), or a Python exception CPython raises here too
 * (MemoryError for a too complex source, ValueError or its subclass UnicodeDecodeError,
 * OverflowError). A fixed sample of them, and every deep-nesting case, must get exactly
 * CPython 3.13's verdict: the same AST, or the same error type, message and position.
 *
 * <p>The corpus is CPython's standard library when CPython 3.13 is installed, plus the
 * sources under src/test/resources/fuzz-corpus/ (alone when it is not, so the robustness
 * half always runs). Failing inputs are written to target/fuzz-failures/, disagreements with
 * CPython to target/fuzz-diffs/; {@link FuzzInputs#generate} rebuilds any input from its
 * number.
 */
class FuzzTest {
    static final long SEED = 0x5EED_2025L;
    static final int INPUTS = 25_000;
    /** Every input whose number is a multiple of this is compared with CPython (if comparable). */
    static final int SAMPLE_EVERY = 4;
    /** Every so many sampled inputs are also compared in the 'eval', 'single' and 'func_type' modes. */
    static final int OTHER_MODES_EVERY = 4;
    /** The stack of each parsing thread: half of pyjama's main thread (Main.PYTHON_STACK_BYTES). */
    static final long STACK_BYTES = 512L << 20;
    static final long BOUND_MILLIS = 2_000;
    static final int LANES = 2;

    private static final Path TARGET = Path.of("target");
    private static final Path NOWHERE = TARGET.resolve("fuzz-nowhere");

    private static FuzzInputs inputs;

    static synchronized FuzzInputs inputs() throws IOException {
        if (inputs == null) {
            List<byte[]> corpus = new ArrayList<>(resourceCorpus());
            if (CPython313.available()) {
                Path stdlib = Path.of(CPython313.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])", null).trim());
                for (String rel : StdlibAstParity.files(stdlib)) {
                    corpus.add(Files.readAllBytes(stdlib.resolve(rel)));
                }
            }
            inputs = new FuzzInputs(corpus, SEED);
            System.out.println("fuzz corpus: " + corpus.size() + " files"
                    + (corpus.size() > RESOURCE_FILES.length ? " (CPython's stdlib and fuzz-corpus/)" : " (fuzz-corpus/ only)"));
        }
        return inputs;
    }

    private static final String[] RESOURCE_FILES = {
        "classes.py", "control.py", "expressions.py", "indentation.py", "misc.py", "strings.py", "typing_stuff.py",
    };

    private static List<byte[]> resourceCorpus() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String f : RESOURCE_FILES) {
            try (InputStream in = FuzzTest.class.getResourceAsStream("/fuzz-corpus/" + f)) {
                if (in == null) throw new IOException("missing resource fuzz-corpus/" + f);
                out.add(in.readAllBytes());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------
    // Robustness

    /** The outcomes a parse may end in; anything else is a bug. */
    // CPython: Parser/pegen.c _PyPegen_run_parser (SyntaxError, MemoryError for MAXSTACK),
    // Parser/pegen_errors.c (OverflowError for column overflow), Objects/longobject.c (ValueError)
    private static String parseOutcome(FuzzInputs.Input in) {
        try {
            FrontEnd.parse(in.source, ParserContext.forString(in.name + ".py", NOWHERE, null));
            return "AST";
        } catch (PySyntaxError e) {
            String t = e.pyType();
            if (t.equals("SyntaxError") || t.equals("IndentationError") || t.equals("TabError")) {
                if (e.msg == null || e.msg.isEmpty()) return "BAD " + t + " without a message";
                return t;
            }
            return "BAD SyntaxError subclass " + t;
        } catch (PyException e) {
            String t = e.pyType();
            if (t.equals("MemoryError") && "Parser stack overflowed - Python source too complex to parse".equals(e.pyMessage())) {
                return t;
            }
            // UnicodeDecodeError is a ValueError: CPython raises it for an identifier that
            // is not UTF-8 found while looking past a syntax error.
            if (t.equals("ValueError") || t.equals("UnicodeDecodeError") || t.equals("OverflowError")) return t;
            return "BAD " + t + ": " + e.pyMessage();
        }
    }

    @Test
    void everyInputEndsInAnAstOrAPythonError() throws Exception {
        FuzzInputs gen = inputs();
        List<FuzzInputs.Input> fixed = Nesting.fixedCases();
        int total = INPUTS + fixed.size();
        Map<String, Integer> counts = Collections.synchronizedMap(new TreeMap<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        deleteTree(TARGET.resolve("fuzz-failures"));
        long overflowsBefore = ParserBase.javaStackOverflows.get();
        long t0 = System.nanoTime();
        long[] slowest = {0};
        String[] slowestName = {""};
        runLanes(total, BOUND_MILLIS, (runner, i) -> {
            FuzzInputs.Input in = i < INPUTS ? gen.generate(i) : fixed.get(i - INPUTS);
            long before = ParserBase.javaStackOverflows.get();
            long start = System.nanoTime();
            BoundedRunner.Outcome<String> o = runner.run(() -> parseOutcome(in));
            long took = System.nanoTime() - start;
            synchronized (slowest) {
                if (took > slowest[0]) {
                    slowest[0] = took;
                    slowestName[0] = in.name + " (" + in.source.length + " bytes)";
                }
            }
            String problem = null;
            if (o.timeout != null) {
                problem = "timeout: " + o.timeout;
            } else if (o.thrown != null) {
                problem = "Java exception: " + o.thrown;
            } else if (o.value.startsWith("BAD ")) {
                problem = o.value.substring(4);
            } else if (o.value.equals("MemoryError") && ParserBase.javaStackOverflows.get() != before) {
                problem = "Java's stack overflowed (caught and reported as MemoryError) while this or a concurrent input ran";
            }
            counts.merge(problem == null ? o.value : "FAILED", 1, Integer::sum);
            if (problem != null) {
                failures.add(in.name + ": " + problem);
                save(TARGET.resolve("fuzz-failures"), in, "", problem + (o.thrown != null ? "\n" + stackTrace(o.thrown) : ""));
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("fuzz robustness: %d inputs (%d mutated/generated + %d deep-nesting cases) in %.1f s on %d threads "
                + "with %d MB stacks, %d ms bound (slowest: %s, %d ms): %s%n", total, INPUTS, fixed.size(), secs, LANES,
                STACK_BYTES >> 20, BOUND_MILLIS, slowestName[0], slowest[0] / 1_000_000, counts);
        Collections.sort(failures);
        if (!failures.isEmpty()) {
            fail(failures.size() + " inputs ended badly (saved under target/fuzz-failures/):\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(50, failures.size()))));
        }
        assertEquals(overflowsBefore, ParserBase.javaStackOverflows.get(), "Java's stack overflowed during parsing");
    }

    /**
     * The deep-nesting cases need far less Java stack than the 512 MB the fuzz threads (and
     * pyjama's 1 GB main thread) have: CPython's MAXSTACK of 6000 rule levels is reached
     * with a few MB (measured: 2 MB when interpreted, 4 MB leaves room). On 16 MB, Java's
     * stack must never run out before the parser's own limit.
     */
    @Test
    void deepNestingNeverOverflowsJavasStack() throws Exception {
        long small = 16L << 20;
        List<String> overflowed = new ArrayList<>();
        for (FuzzInputs.Input in : Nesting.fixedCases()) {
            long before = ParserBase.javaStackOverflows.get();
            String[] outcome = new String[1];
            Throwable[] thrown = new Throwable[1];
            Thread t = new Thread(null, () -> {
                try {
                    outcome[0] = parseOutcome(in);
                } catch (Throwable e) {
                    thrown[0] = e;
                }
            }, "fuzz-small-stack", small);
            t.start();
            t.join();
            if (thrown[0] != null || ParserBase.javaStackOverflows.get() != before || outcome[0].startsWith("BAD ")) {
                overflowed.add(in.name + ": " + (thrown[0] != null ? thrown[0] : outcome[0]));
            }
        }
        if (!overflowed.isEmpty()) {
            fail("on a " + (small >> 20) + " MB stack, Java's stack ran out (or the parse failed) for:\n  "
                    + String.join("\n  ", overflowed));
        }
    }

    // ------------------------------------------------------------------------------------
    // Agreement with CPython

    @Test
    void sampleAgreesWithCPython() throws Exception {
        CPython313.require();
        FuzzInputs gen = inputs();
        List<FuzzInputs.Input> sample = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < INPUTS; i += SAMPLE_EVERY) {
            FuzzInputs.Input in = gen.generate(i);
            if (in.comparable) sample.add(in); else excluded++;
        }
        sample.addAll(Nesting.fixedCases());
        Path dir = TARGET.resolve("fuzz-sample");
        deleteTree(dir);
        deleteTree(TARGET.resolve("fuzz-diffs"));
        Files.createDirectories(dir);
        for (FuzzInputs.Input in : sample) Files.write(dir.resolve(in.name + ".py"), in.source);

        // Each input twice: as a file (error lines reread from it) and as "<string>" (error
        // lines from the tokenizer's buffers), the two ways CPython finds an error's text;
        // every OTHER_MODES_EVERYth (in name order, as the script walks them) also in the
        // 'eval', 'single' and 'func_type' modes.
        Map<String, String> theirs = StdlibAstParity.cpython(CPython.command(), dir.toAbsolutePath(),
                Path.of("tools/parity/cpython_ast_hashes.py").toAbsolutePath(), true, OTHER_MODES_EVERY);
        sample.sort(Comparator.comparing(in -> in.name + ".py"));
        List<FuzzInputs.Input> jobInputs = new ArrayList<>();
        List<String> jobVariants = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            List<String> variants = new ArrayList<>(java.util.Arrays.asList(null, "string"));
            if (i % OTHER_MODES_EVERY == 0) variants.addAll(List.of("eval", "single", "func_type"));
            for (String v : variants) {
                jobInputs.add(sample.get(i));
                jobVariants.add(v);
            }
        }
        int n = jobInputs.size();
        String[] ours = new String[n];
        // Parsing is bounded by the robustness test; here the bound (which also covers
        // dumping and hashing the tree) only guards against a hang.
        runLanes(n, 30_000, (runner, i) -> {
            String rel = jobInputs.get(i).name + ".py";
            String variant = jobVariants.get(i);
            BoundedRunner.Outcome<String> o = runner.run(() -> StdlibAstParity.describe(dir.toAbsolutePath(), rel, variant));
            ours[i] = o.value != null ? o.value
                    : rel + (variant != null ? "#" + variant : "") + "\tcrash "
                      + (o.timeout != null ? "timeout: " + o.timeout : String.valueOf(o.thrown));
        });

        List<String> diffs = new ArrayList<>();
        int agree = 0, accepted = 0;
        Map<String, Integer> rejected = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            FuzzInputs.Input in = jobInputs.get(i);
            String variant = jobVariants.get(i);
            String rel = in.name + ".py" + (variant != null ? "#" + variant : "");
            String cp = theirs.get(rel);
            if (cp != null && cp.contains("\tok ")) {
                accepted++;
            } else if (cp != null) {
                String rest = cp.substring(cp.indexOf("\terror ") + 7);
                rejected.merge(rest.substring(0, rest.indexOf('|')), 1, Integer::sum);
            }
            if (ours[i].equals(cp)) {
                agree++;
            } else {
                diffs.add("  cpython: " + cp + "\n  pyjama:  " + ours[i]);
                save(TARGET.resolve("fuzz-diffs"), in, variant != null ? "." + variant : "",
                        "cpython: " + cp + "\npyjama:  " + ours[i]);
            }
        }
        System.out.printf("fuzz vs CPython 3.13: %d/%d outcomes agree: %d sampled inputs (every %dth input, %d left "
                + "out as not comparable: %s; plus %d deep-nesting cases), each parsed from a file and as <string>, "
                + "every %dth also in eval/single/func_type modes; CPython accepted %d, rejected %s%n",
                agree, n, sample.size(), SAMPLE_EVERY, excluded, FuzzInputs.whyNotComparable, Nesting.fixedCases().size(),
                OTHER_MODES_EVERY, accepted, rejected);
        if (!diffs.isEmpty()) {
            fail(diffs.size() + " inputs differ from CPython (saved under target/fuzz-diffs/):\n"
                    + String.join("\n", diffs.subList(0, Math.min(40, diffs.size()))));
        }
    }

    // ------------------------------------------------------------------------------------
    // Helpers

    interface LaneTask {
        void run(BoundedRunner runner, int index) throws Exception;
    }

    /** Runs indices 0..n-1 on {@link #LANES} bounded runners, lane k taking every LANES-th index. */
    static void runLanes(int n, long boundMillis, LaneTask task) throws Exception {
        List<Thread> lanes = new ArrayList<>();
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        for (int k = 0; k < LANES; k++) {
            int lane = k;
            Thread t = new Thread(() -> {
                try (BoundedRunner runner = new BoundedRunner("fuzz-parse-" + lane, STACK_BYTES, boundMillis)) {
                    for (int i = lane; i < n; i += LANES) task.run(runner, i);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "fuzz-lane-" + k);
            t.start();
            lanes.add(t);
        }
        for (Thread t : lanes) t.join();
        if (!errors.isEmpty()) throw new AssertionError("fuzz lane failed", errors.get(0));
    }

    /** Saves the input as NAME.py and the note as NAME{noteSuffix}.txt. */
    static void save(Path dir, FuzzInputs.Input in, String noteSuffix, String note) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(in.name + ".py"), in.source);
            Files.writeString(dir.resolve(in.name + noteSuffix + ".txt"), note + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        String s = w.toString();
        return s.length() > 20_000 ? s.substring(0, 20_000) + "\n..." : s;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
