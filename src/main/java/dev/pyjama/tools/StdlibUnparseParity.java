package dev.pyjama.tools;

import dev.pyjama.ast.AnnAssign;
import dev.pyjama.ast.Arg;
import dev.pyjama.ast.AstExpr;
import dev.pyjama.ast.AstMod;
import dev.pyjama.ast.AsyncFunctionDef;
import dev.pyjama.ast.FunctionDef;
import dev.pyjama.ast.Node;
import dev.pyjama.compiler.AstUnparser;
import dev.pyjama.objects.PyException;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-stdlib parity of {@link AstUnparser}: every annotation of every {@code .py} file of
 * CPython 3.13's standard library (or, with {@code allExpressions}, every maximal expression)
 * is unparsed by pyjama and compared with the string CPython's compiler makes of it under
 * {@code from __future__ import annotations}, as printed by
 * {@code tools/parity/cpython_unparse.py stdlib}. Lines are
 * {@code PATH<tab>LINE:COL:END_LINE:END_COL<tab>TEXT}.
 */
public final class StdlibUnparseParity {
    private StdlibUnparseParity() {}

    /** The script that prints CPython's side, relative to the repository root. */
    public static final Path SCRIPT = Path.of("tools/parity/cpython_unparse.py");

    private static final PrintStream NO_WARNINGS = new PrintStream(OutputStream.nullOutputStream());

    /**
     * pyjama's lines for one file (none when it does not parse): its annotations, or with
     * {@code allExpressions} its maximal expressions, in order of position.
     */
    public static List<String> lines(Path root, String rel, boolean allExpressions) throws IOException {
        byte[] source = Files.readAllBytes(root.resolve(rel));
        AstMod tree;
        try {
            tree = FrontEnd.parse(source, new ParserContext(rel, ParserContext.Mode.FILE, false, false, root, NO_WARNINGS));
        } catch (PyException e) {
            return List.of();
        }
        List<AstExpr> found = new ArrayList<>();
        if (allExpressions) {
            maximalExpressions(tree, found);
        } else {
            annotations(tree, found);
        }
        found.sort(Comparator.<AstExpr>comparingInt(e -> e.lineno).thenComparingInt(e -> e.colOffset)
                .thenComparingInt(e -> e.endLineno).thenComparingInt(e -> e.endColOffset));
        List<String> out = new ArrayList<>(found.size());
        for (AstExpr e : found) {
            out.add(rel + "\t" + e.lineno + ":" + e.colOffset + ":" + e.endLineno + ":" + e.endColOffset + "\t" + text(e));
        }
        return out;
    }

    /** What pyjama makes of one expression: the unparsed text, or {@code !Type: message}. */
    public static String text(AstExpr e) {
        try {
            return AstUnparser.unparse(e).value();
        } catch (PyException ex) {
            return "!" + ex.pyType() + ": " + ex.pyMessage();
        }
    }

    /** The annotations of parameters, returns and annotated assignments under {@code node}. */
    static void annotations(Node node, List<AstExpr> found) {
        AstExpr ann = null;
        if (node instanceof Arg) ann = ((Arg) node).annotation;
        else if (node instanceof FunctionDef) ann = ((FunctionDef) node).returns;
        else if (node instanceof AsyncFunctionDef) ann = ((AsyncFunctionDef) node).returns;
        else if (node instanceof AnnAssign) ann = ((AnnAssign) node).annotation;
        if (ann != null) found.add(ann);
        forEachChild(node, child -> annotations(child, found));
    }

    /** The expressions under {@code node} whose parent is not an expression. */
    static void maximalExpressions(Node node, List<AstExpr> found) {
        forEachChild(node, child -> {
            if (child instanceof AstExpr) found.add((AstExpr) child);
            else maximalExpressions(child, found);
        });
    }

    private static void forEachChild(Node node, java.util.function.Consumer<Node> action) {
        for (int i = 0; i < node.fieldNames().length; i++) {
            Object v = node.fieldValue(i);
            if (v instanceof Node) {
                action.accept((Node) v);
            } else if (v instanceof List) {
                for (Object item : (List<?>) v) {
                    if (item instanceof Node) action.accept((Node) item);
                }
            }
        }
    }

    /**
     * Runs CPython's side on {@code files} (relative to root; all files when empty) and
     * returns its lines keyed by path and position.
     */
    public static Map<String, String> cpython(List<String> python, Path root, List<String> files, boolean allExpressions)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(python);
        cmd.add(SCRIPT.toString());
        cmd.add("stdlib");
        if (allExpressions) cmd.add("--all-expressions");
        cmd.add(root.toString());
        cmd.addAll(files);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.environment().put("PYTHONUTF8", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        Map<String, String> lines = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.put(key(line), line);
            }
        }
        if (p.waitFor() != 0) throw new IOException(SCRIPT + " failed");
        return lines;
    }

    /** A line's path and position. */
    public static String key(String line) {
        return line.substring(0, line.indexOf('\t', line.indexOf('\t') + 1));
    }

    /** The outcome of a comparison. */
    public record Result(int compared, int identical, List<String> diffs) {}

    /** Compares pyjama's lines with CPython's. */
    public static Result compare(List<String> ours, Map<String, String> theirs) {
        List<String> diffs = new ArrayList<>();
        Map<String, String> mine = new LinkedHashMap<>();
        for (String line : ours) mine.put(key(line), line);
        int same = 0;
        for (Map.Entry<String, String> t : theirs.entrySet()) {
            String o = mine.get(t.getKey());
            if (t.getValue().equals(o)) same++;
            else diffs.add("  cpython: " + t.getValue() + "\n  pyjama:  " + (o == null ? "(missing)" : o));
        }
        for (Map.Entry<String, String> o : mine.entrySet()) {
            if (!theirs.containsKey(o.getKey())) diffs.add("  cpython: (missing)\n  pyjama:  " + o.getValue());
        }
        return new Result(Math.max(theirs.size(), mine.size()), same, diffs);
    }

    /**
     * Usage: StdlibUnparseParity [--all-expressions] STDLIB_ROOT. Runs CPython's side with
     * {@code PYENV_VERSION=3.13.0 python3.13}; prints the differences and a summary line; exit
     * status 0 when everything agrees.
     */
    public static void main(String[] args) throws Exception {
        boolean all = args.length > 0 && args[0].equals("--all-expressions");
        Path root = Path.of(args[all ? 1 : 0]);
        // CPython works in its own processes while pyjama parses.
        java.util.concurrent.FutureTask<Map<String, String>> cpython = new java.util.concurrent.FutureTask<>(
                () -> cpython(List.of("env", "PYENV_VERSION=3.13.0", "python3.13"), root, List.of(), all));
        new Thread(cpython, "cpython").start();
        long t0 = System.nanoTime();
        List<String> ours = new ArrayList<>();
        for (String rel : StdlibAstParity.files(root)) {
            ours.addAll(lines(root, rel, all));
        }
        double pyjamaSecs = (System.nanoTime() - t0) / 1e9;
        Map<String, String> theirs = cpython.get();
        Result r = compare(ours, theirs);
        r.diffs().stream().limit(50).forEach(System.out::println);
        System.out.printf("stdlib unparse parity (%s): %d/%d identical (%.3f%%); pyjama parse+unparse %.1f s%n",
                all ? "every maximal expression" : "annotations", r.identical(), r.compared(),
                100.0 * r.identical() / Math.max(1, r.compared()), pyjamaSecs);
        System.exit(r.diffs().isEmpty() ? 0 : 1);
    }
}
