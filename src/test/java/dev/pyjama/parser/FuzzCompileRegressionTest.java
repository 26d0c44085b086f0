package dev.pyjama.parser;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.compiler.CompileContext;
import dev.pyjama.testing.CPython313;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smallest sources showing each compiler bug {@link FuzzCompileTest} found: each is
 * compiled in the 'exec', 'eval' and 'single' modes within a time bound, and must give
 * CPython 3.13's outcome (the same code objects, or the same error and position).
 */
class FuzzCompileRegressionTest {
    static final long BOUND_MILLIS = 3_000;

    private static Map<String, String> cases() {
        Map<String, String> c = new LinkedHashMap<>();
        // Nested code objects that look alike all had one hash: merging them compared every
        // pair deeply (cubic in the depth; 500 levels took 5 s).
        c.put("nested-lambdas", "f = " + "lambda x: ".repeat(500) + "x\n");
        c.put("nested-lambdas-no-args", "f = " + "lambda: ".repeat(500) + "0\n");
        // A break/continue/return unwinding a finally block inside except*: CPython reports the
        // error at no location, end line -1 included (it was None).
        c.put("except-star-continue-through-finally",
                "for x in y:\n    try:\n        pass\n    except* E:\n        try:\n            continue\n"
                + "        finally:\n            pass\n");
        c.put("except-star-return-through-with",
                "def f():\n    try:\n        pass\n    except* E:\n        with x:\n            return 1\n");
        // RecursionError from the start depth compile() was called at (3: a call with keywords).
        c.put("recursion-limit-attribute", "x" + ".a".repeat(9995) + "\n");
        c.put("under-recursion-limit-attribute", "x" + ".a".repeat(9994) + "\n");
        return c;
    }

    @Test
    void minimizedFindingsAgreeWithCPython() throws Exception {
        CPython313.require();
        Path dir = Path.of("target", "fuzz-compile-regressions").toAbsolutePath();
        FuzzTest.deleteTree(dir);
        Files.createDirectories(dir);
        Map<String, String> cases = cases();
        List<String> jobs = new ArrayList<>();
        for (Map.Entry<String, String> e : cases.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".py"), e.getValue(), StandardCharsets.UTF_8);
            for (String mode : FuzzCompileTest.MODE_NAMES) jobs.add(e.getKey() + ".py\t" + mode);
        }
        int[] depth = {-1};
        Map<String, String> theirs = FuzzCompileTest.cpython(dir, jobs, depth);
        if (depth[0] != CompileContext.DEPTH_COMPILE_BUILTIN_KEYWORDS) {
            fail("cpython_compile_hashes.py calls compile() from depth " + depth[0]);
        }
        List<String> diffs = new ArrayList<>();
        try (BoundedRunner runner = new BoundedRunner("compile-regressions", FuzzTest.STACK_BYTES, BOUND_MILLIS)) {
            for (String job : jobs) {
                String[] f = job.split("\t");
                String key = f[0] + "#" + f[1];
                int mode = List.of(FuzzCompileTest.MODE_NAMES).indexOf(f[1]);
                byte[] source = cases.get(f[0].substring(0, f[0].length() - 3)).getBytes(StandardCharsets.UTF_8);
                BoundedRunner.Outcome<String> o = runner.run(() -> FuzzCompileTest.outcome(dir, f[0], source, mode,
                        depth[0], true));
                String ours = o.timeout != null ? "timeout: " + o.timeout : o.thrown != null ? "Java " + o.thrown : o.value;
                String cp = theirs.get(key);
                // A source the parser rejects in a mode is no job for the compiler: CPython's
                // verdict is then a parser error (FuzzRegressionTest's business).
                if (ours == null && cp != null && cp.startsWith("error SyntaxError|")) continue;
                if (!String.valueOf(ours).equals(cp)) diffs.add("  " + key + "\n    cpython: " + cp + "\n    pyjama:  " + ours);
            }
        }
        if (!diffs.isEmpty()) fail(diffs.size() + " outcomes differ from CPython:\n" + String.join("\n", diffs));
    }
}
