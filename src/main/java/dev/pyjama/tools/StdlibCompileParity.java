package dev.pyjama.tools;

import dev.pyjama.code.CodeDump;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.objects.PyException;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whole-stdlib check of the compiler against CPython 3.13: pyjama compiles every {@code .py}
 * file of CPython's standard library as {@code compile(source, relpath, 'exec')} and its dump
 * of the module's code (every nested code object, field by field) must hash to what CPython's
 * dump of its own compilation hashes to ({@code cpython_dump_code.py --stdlib}, shared with
 * {@link StdlibCodeParity}). Files CPython refuses to compile must raise a Python exception
 * in pyjama too.
 */
public final class StdlibCompileParity {
    private StdlibCompileParity() {}

    /**
     * What the run found. {@code failures} holds one line per file that differs;
     * {@code dumpDiffs} the files whose dump differs (compiled, but not alike).
     */
    public record Report(int files, int same, int rejected, int rejectedToo, long nanos, List<String> failures,
                         List<String> dumpDiffs) {
        public String summary() {
            return String.format("stdlib compile parity: %d/%d files compile to CPython's code objects (%.2f%%); "
                    + "%d/%d files CPython rejects are rejected too; pyjama compile time %.1f s",
                    same, files, files == 0 ? 0.0 : 100.0 * same / files, rejectedToo, rejected, nanos / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path scratch = Path.of(args.length > 1 ? args[1] : "target/code-parity/stdlib");
        Path script = Path.of("tools/parity/cpython_dump_code.py");
        Report r = run(root, scratch, script);
        for (String f : r.failures()) System.out.println("differs: " + f);
        if (!r.dumpDiffs().isEmpty()) {
            System.out.println("dump mismatches by first differing field:");
            System.out.print(groupByField(root, script, r.dumpDiffs()));
        }
        System.out.println(r.summary());
        System.exit(r.same() == r.files() && r.rejectedToo() == r.rejected() ? 0 : 1);
    }

    public static Report run(Path root, Path scratch, Path script) throws IOException {
        Files.createDirectories(scratch);
        String cpythonOut = StdlibCodeParity.cpythonResults(root, scratch, script);
        Set<String> compiled = new HashSet<>();
        int files = 0, same = 0;
        long nanos = 0;
        List<String> failures = new ArrayList<>(), dumpDiffs = new ArrayList<>();
        for (String line : cpythonOut.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            String rel = f[0];
            compiled.add(rel);
            files++;
            byte[] source = Files.readAllBytes(root.resolve(rel));
            long t0 = System.nanoTime();
            PyCode co;
            try {
                co = compile(source, rel);
            } catch (PyException e) {
                failures.add(rel + ": " + e.formatExceptionOnly().trim());
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(rel + ": Java " + e);
                continue;
            } finally {
                nanos += System.nanoTime() - t0;
            }
            if (StdlibCodeParity.sha(CodeDump.dump(co)).equals(f[2])) {
                same++;
            } else {
                failures.add(rel);
                dumpDiffs.add(rel);
            }
        }
        int rejected = 0, rejectedToo = 0;
        for (String rel : pythonFiles(root)) {
            if (compiled.contains(rel)) continue;
            rejected++;
            try {
                compile(Files.readAllBytes(root.resolve(rel)), rel);
                failures.add(rel + ": CPython rejects it, pyjama compiled it");
            } catch (PyException e) {
                rejectedToo++;
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(rel + ": CPython rejects it, pyjama threw Java " + e);
            }
        }
        return new Report(files, same, rejected, rejectedToo, nanos, failures, dumpDiffs);
    }

    /**
     * The differing files grouped by the first field whose dump line differs (co_code as
     * "instructions", co_linetable, a constant...), each with the code object it is in.
     */
    static String groupByField(Path root, Path script, List<String> rels) throws IOException {
        Map<String, List<String>> groups = new TreeMap<>();
        for (String rel : rels) {
            String theirs = StdlibCodeParity.runCPython(List.of(script.toAbsolutePath().toString(),
                    root.resolve(rel).toString()));
            String ours = CodeDump.dump(compile(Files.readAllBytes(root.resolve(rel)), root.resolve(rel).toString()));
            String[] a = theirs.split("\n", -1), b = ours.split("\n", -1);
            int i = 0;
            while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
            String field = "(length)", where = "?";
            for (int k = Math.min(i, a.length - 1); k >= 0; k--) {
                if (field.equals("(length)") && !a[k].startsWith(" ") && a[k].contains(":")) {
                    field = a[k].substring(0, a[k].indexOf(':'));
                }
                if (a[k].startsWith("qualname: ")) {
                    where = a[k].substring("qualname: ".length());
                    break;
                }
            }
            groups.computeIfAbsent(field, k -> new ArrayList<>()).add(rel + " (in " + where + ")");
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            List<String> l = g.getValue();
            sb.append("  ").append(g.getKey()).append(": ").append(l.size()).append(" file(s): ")
              .append(String.join(", ", l.subList(0, Math.min(8, l.size()))))
              .append(l.size() > 8 ? ", ..." : "").append('\n');
        }
        return sb.toString();
    }

    /** {@code compile(source, filename, 'exec', dont_inherit=True)} with warnings ignored. */
    public static PyCode compile(byte[] source, String filename) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        ParserContext ctx = new ParserContext(filename, ParserContext.Mode.FILE, false, false, Path.of(""), discard);
        return Compiler.compile(FrontEnd.parse(source, ctx),
                new CompileContext(ctx, false, CompileContext.DEPTH_COMPILE_BUILTIN_KEYWORDS), 0, 0);
    }

    /** The .py files under root, relative, skipping site-packages (as the CPython side walks). */
    static List<String> pythonFiles(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                .map(p -> root.relativize(p).toString())
                .filter(rel -> !rel.startsWith("site-packages/") && !rel.contains("/site-packages/"))
                .forEach(out::add);
        }
        return out;
    }
}
