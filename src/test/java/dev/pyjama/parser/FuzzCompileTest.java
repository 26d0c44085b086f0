package dev.pyjama.parser;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.code.CodeDump;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.CPython;
import dev.pyjama.tools.StdlibCodeParity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The compiler's robustness acceptance test. Inputs of the parser's fuzz test ({@link FuzzTest}:
 * same seed and corpus; every {@link #ROBUST_EVERY}th by default, all with
 * -Dfuzz.compile.every=1) and its deep-nesting cases are parsed in the 'exec', 'eval' and
 * 'single' modes, and whatever parses is compiled: it must end in a code object, a
 * SyntaxError or a RecursionError, never a Java exception or a hang. A sample of them, and
 * every {@link CompileNesting} case, must get exactly CPython 3.13's verdict:
 * the same code objects (the hash of {@link CodeDump}'s dump), or the same error type,
 * message and position. Failures are saved under target/fuzz-compile-failures/,
 * disagreements under target/fuzz-compile-diffs/.
 */
class FuzzCompileTest {
    /**
     * Every input whose number is a multiple of this is compiled in the robustness test
     * (parsing and compiling all 25,000 in three modes takes 90 s on two cores, a few times
     * the whole budget of this test; run with
     * -Dfuzz.compile.every=1 for all of them).
     */
    static final int ROBUST_EVERY = Integer.getInteger("fuzz.compile.every", 8);
    /** Every input whose number is a multiple of this is compared with CPython. */
    static final int SAMPLE_EVERY = Integer.getInteger("fuzz.compile.sample-every", 25);
    static final ParserContext.Mode[] MODES = {ParserContext.Mode.FILE, ParserContext.Mode.EVAL, ParserContext.Mode.SINGLE};
    static final String[] MODE_NAMES = {"exec", "eval", "single"};
    static final long BOUND_MILLIS = 5_000;

    private static final Path TARGET = Path.of("target");
    private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

    /**
     * compile(source, name, mode, dont_inherit=True) in pyjama: null when the parser rejects
     * the source, else "ok[ SHA]" or "error TYPE|MSG|LINENO|OFFSET|END_LINENO|END_OFFSET"
     * (just "error TYPE|MSG" for an exception other than SyntaxError), as
     * cpython_compile_hashes.py prints. {@code depth} is the C recursion depth to start from.
     */
    static String outcome(Path dir, String name, byte[] source, int mode, int depth, boolean hash) {
        ParserContext ctx = new ParserContext(name, MODES[mode], false, false, dir, DISCARD);
        dev.pyjama.ast.AstMod tree;
        try {
            tree = FrontEnd.parse(source, ctx);
        } catch (PyException e) {
            return null;
        }
        try {
            PyCode co = Compiler.compile(tree, new CompileContext(ctx, false, depth), 0, 0);
            return hash ? "ok " + StdlibCodeParity.sha(CodeDump.dump(co)) : "ok";
        } catch (PySyntaxError e) {
            return ("error " + e.pyType() + "|" + e.msg + "|" + none(e.lineno) + "|" + none(e.offset) + "|"
                    + none(e.endLineno) + "|" + none(e.endOffset)).replace("\n", "\\n");
        } catch (PyException e) {
            return ("error " + e.pyType() + "|" + e.pyMessage()).replace("\n", "\\n");
        }
    }

    private static String none(Integer i) {
        return i == null ? "None" : i.toString();
    }

    /** The outcomes a compilation may end in (CPython: SyntaxError, or RecursionError from the counted passes). */
    private static boolean acceptable(String o) {
        return o == null || o.equals("ok") || o.startsWith("error SyntaxError|")
                || o.equals("error RecursionError|maximum recursion depth exceeded during compilation");
    }

    private static List<FuzzInputs.Input> all(FuzzInputs gen) {
        List<FuzzInputs.Input> all = new ArrayList<>();
        for (int i = 0; i < FuzzTest.INPUTS; i += ROBUST_EVERY) all.add(gen.generate(i));
        all.addAll(Nesting.fixedCases());
        // CompileNesting's cases are all compiled by sampleAgreesWithCPython, which reports
        // a Java exception or a hang as a disagreement.
        return all;
    }

    @Test
    void everyParsedInputCompilesOrRaisesAPythonError() throws Exception {
        List<FuzzInputs.Input> inputs = all(FuzzTest.inputs());
        Map<String, Integer> counts = Collections.synchronizedMap(new TreeMap<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Path failDir = TARGET.resolve("fuzz-compile-failures");
        FuzzTest.deleteTree(failDir);
        Path nowhere = TARGET.resolve("fuzz-nowhere");
        long t0 = System.nanoTime();
        FuzzTest.runLanes(inputs.size() * MODES.length, BOUND_MILLIS, (runner, k) -> {
            FuzzInputs.Input in = inputs.get(k / MODES.length);
            int mode = k % MODES.length;
            BoundedRunner.Outcome<String> o = runner.run(() -> outcome(nowhere, in.name + ".py", in.source, mode,
                    CompileContext.DEPTH_COMPILE_BUILTIN_KEYWORDS, false));
            String problem = o.timeout != null ? "timeout: " + o.timeout
                    : o.thrown != null ? "Java exception: " + o.thrown
                    : acceptable(o.value) ? null : "unexpected outcome: " + o.value;
            String kind = o.value == null ? "FAILED" : o.value.startsWith("error ") ? o.value.substring(6, o.value.indexOf('|'))
                    : o.value;
            if (problem == null && o.value == null) return;
            counts.merge(MODE_NAMES[mode] + " " + (problem == null ? kind : "FAILED"), 1, Integer::sum);
            if (problem != null) {
                failures.add(in.name + "#" + MODE_NAMES[mode] + ": " + problem);
                FuzzTest.save(failDir, in, "." + MODE_NAMES[mode],
                        problem + (o.thrown != null ? "\n" + FuzzTest.stackTrace(o.thrown) : ""));
            }
        });
        System.out.printf("fuzz compile robustness: %d inputs (every %dth fuzz input and %d deep-nesting cases) x 3 "
                + "modes in %.1f s; the outcomes of those the parser accepted: %s%n",
                inputs.size(), ROBUST_EVERY, Nesting.fixedCases().size(), (System.nanoTime() - t0) / 1e9, counts);
        Collections.sort(failures);
        if (!failures.isEmpty()) {
            fail(failures.size() + " compilations ended badly (saved under " + failDir + "):\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(50, failures.size()))));
        }
    }

    @Test
    void sampleAgreesWithCPython() throws Exception {
        CPython313.require();
        FuzzInputs gen = FuzzTest.inputs();
        List<FuzzInputs.Input> sample = new ArrayList<>();
        for (int i = 0; i < FuzzTest.INPUTS; i += SAMPLE_EVERY) {
            FuzzInputs.Input in = gen.generate(i);
            if (in.comparable) sample.add(in);
        }
        sample.addAll(CompileNesting.cases());
        Path dir = TARGET.resolve("fuzz-compile-sample").toAbsolutePath();
        FuzzTest.deleteTree(dir);
        Files.createDirectories(dir);
        for (FuzzInputs.Input in : sample) Files.write(dir.resolve(in.name + ".py"), in.source);

        Map<String, FuzzInputs.Input> byName = new HashMap<>();
        for (FuzzInputs.Input in : sample) byName.put(in.name + ".py", in);
        List<String> all = new ArrayList<>();
        for (FuzzInputs.Input in : sample) {
            for (String m : MODE_NAMES) all.add(in.name + ".py\t" + m);
        }
        // CPython works through every job while pyjama does; only what pyjama parses is then
        // compared (parser agreement is FuzzTest's business). The depth CPython's compile()
        // starts from is measured by the script; pyjama assumes the driver's and checks it.
        int[] depth = {-1};
        java.util.concurrent.CompletableFuture<Map<String, String>> cpython =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return cpython(dir, all, depth);
                    } catch (Exception e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                });
        int start = CompileContext.DEPTH_COMPILE_BUILTIN_KEYWORDS;
        long t0 = System.nanoTime();
        String[] results = new String[all.size()];
        FuzzTest.runLanes(all.size(), 60_000, (runner, k) -> {
            String[] job = all.get(k).split("\t");
            int mode = k % MODES.length;
            BoundedRunner.Outcome<String> o = runner.run(() -> outcome(dir, job[0], byName.get(job[0]).source, mode,
                    start, true));
            results[k] = o.timeout != null || o.thrown != null
                    ? "crash " + (o.timeout != null ? o.timeout : String.valueOf(o.thrown)) : o.value;
        });
        double oursSecs = (System.nanoTime() - t0) / 1e9;
        Map<String, String> theirs = cpython.get();
        double bothSecs = (System.nanoTime() - t0) / 1e9;
        if (depth[0] != start) fail("cpython_compile_hashes.py calls compile() from depth " + depth[0] + ", not " + start);
        List<String> jobs = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (results[k] == null) continue;
            jobs.add(all.get(k));
            ours.add(results[k]);
        }
        int agree = 0, sameCode = 0;
        Map<String, Integer> verdicts = new TreeMap<>();
        List<String> diffs = new ArrayList<>();
        Path diffDir = TARGET.resolve("fuzz-compile-diffs");
        FuzzTest.deleteTree(diffDir);
        for (int k = 0; k < jobs.size(); k++) {
            String[] job = jobs.get(k).split("\t");
            String key = job[0] + "#" + job[1];
            String cp = theirs.get(key);
            verdicts.merge(cp == null ? "missing" : cp.startsWith("ok") ? "code" : cp.substring(6, cp.indexOf('|')), 1,
                    Integer::sum);
            if (ours.get(k).equals(cp)) {
                agree++;
                if (cp.startsWith("ok")) sameCode++;
            } else {
                diffs.add("  " + key + "\n    cpython: " + cp + "\n    pyjama:  " + ours.get(k));
                FuzzTest.save(diffDir, byName.get(job[0]), "." + job[1], "cpython: " + cp + "\npyjama:  " + ours.get(k));
            }
        }
        System.out.printf("fuzz compile vs CPython 3.13: %d/%d compilations agree (%d identical code objects); "
                + "%d sampled inputs (every %dth fuzz input and %d compile-nesting cases) in the modes they parse in; "
                + "CPython's verdicts: %s; compile() depth %d; pyjama %.1f s, CPython done after %.1f s%n", agree,
                jobs.size(), sameCode, sample.size(), SAMPLE_EVERY, CompileNesting.cases().size(), verdicts, depth[0],
                oursSecs, bothSecs);
        if (!diffs.isEmpty()) {
            fail(diffs.size() + " compilations differ from CPython (saved under " + diffDir + "):\n"
                    + String.join("\n", diffs.subList(0, Math.min(40, diffs.size()))));
        }
    }

    /** Runs cpython_compile_hashes.py on the jobs ("FILE\tMODE"); depth[0] gets the C depth it measured. */
    static Map<String, String> cpython(Path dir, List<String> jobs, int[] depth) throws Exception {
        List<String> cmd = new ArrayList<>(CPython.command());
        cmd.add(Path.of("tools/parity/cpython_compile_hashes.py").toAbsolutePath().toString());
        cmd.add(dir.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String j : jobs) w.write(j + "\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#depth ")) {
                    String d = line.substring(7);
                    if (d.contains(",")) fail("CPython's workers start compile() at different depths: " + d);
                    depth[0] = Integer.parseInt(d);
                } else {
                    int tab = line.indexOf('\t');
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        feeder.join();
        if (p.waitFor() != 0) throw new IOException("cpython_compile_hashes.py failed");
        return out;
    }
}
