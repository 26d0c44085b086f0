package dev.pyjama.tools;

import dev.pyjama.ast.AstDump;
import dev.pyjama.ast.AstMod;
import dev.pyjama.compiler.AstOptimizer;
import dev.pyjama.compiler.CompileErrors;
import dev.pyjama.compiler.FutureFeatures;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whole-stdlib AST parity: parses every {@code .py} file of a CPython 3.13 standard library
 * with pyjama and compares each result with CPython's (the SHA-256 of
 * {@code ast.dump(tree, include_attributes=True)}, or the SyntaxError's type, message and
 * position), as printed by {@code tools/parity/cpython_ast_hashes.py}.
 */
public final class StdlibAstParity {
    private StdlibAstParity() {}

    /** One file's outcome, in the format cpython_ast_hashes.py prints. */
    public static String describe(Path root, String rel) throws IOException {
        return describe(root, rel, null);
    }

    /**
     * One file's outcome; with {@code asString}, parsed under the file name {@code <string>}
     * (no file to reread error lines from) and keyed {@code rel#string}, as
     * {@code cpython_ast_hashes.py --also-as-string} does.
     */
    public static String describe(Path root, String rel, boolean asString) throws IOException {
        return describe(root, rel, asString ? "string" : null);
    }

    /**
     * One file's outcome for a variant of cpython_ast_hashes.py: null (exec mode, from the
     * file), {@code "string"} (exec mode), {@code "eval"}, {@code "single"} or
     * {@code "func_type"}, the others parsed under the name {@code <string>} and keyed
     * {@code rel#variant}.
     */
    public static String describe(Path root, String rel, String variant) throws IOException {
        return describe(root, rel, variant, -1);
    }

    /**
     * As {@link #describe(Path, String, String)}, the tree optimised as
     * {@code ast.parse(..., optimize=optimize)} does when {@code optimize > 0}
     * ({@code cpython_ast_hashes.py --optimize N}).
     */
    public static String describe(Path root, String rel, String variant, int optimize) throws IOException {
        byte[] source = Files.readAllBytes(root.resolve(rel));
        ParserContext.Mode mode = variant == null ? ParserContext.Mode.FILE : switch (variant) {
            case "string" -> ParserContext.Mode.FILE;
            case "eval" -> ParserContext.Mode.EVAL;
            case "single" -> ParserContext.Mode.SINGLE;
            case "func_type" -> ParserContext.Mode.FUNC_TYPE;
            default -> throw new IllegalArgumentException(variant);
        };
        ParserContext ctx = new ParserContext(variant == null ? rel : "<string>", mode, false, false, root, null);
        if (variant != null) rel = rel + "#" + variant;
        String dump;
        try {
            AstMod tree = FrontEnd.parse(source, ctx);
            if (optimize > 0) {
                FutureFeatures future = FutureFeatures.fromAst(tree, new CompileErrors(ctx));
                AstOptimizer.optimize(tree, optimize, future.features, AstOptimizer.AST_PARSE_START_DEPTH);
            }
            dump = AstDump.dump(tree, true);
        } catch (PySyntaxError e) {
            return rel + "\terror " + e.pyType() + "|" + e.msg + "|" + none(e.lineno) + "|" + none(e.offset) + "|"
                    + none(e.endLineno) + "|" + none(e.endOffset);
        } catch (PyException e) {
            return rel + "\terror " + e.pyType() + "|" + e.pyMessage();
        }
        return rel + "\tok " + sha256(dump);
    }

    private static String none(Integer i) {
        return i == null ? "None" : i.toString();
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(utf8SurrogatePass(s));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) sb.append(String.format("%02x", b));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 with lone surrogates encoded as themselves, as Python's 'surrogatepass' does. */
    static byte[] utf8SurrogatePass(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3f));
            } else if (cp < 0x10000) {
                out.write(0xe0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3f));
                out.write(0x80 | (cp & 0x3f));
            } else {
                out.write(0xf0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3f));
                out.write(0x80 | ((cp >> 6) & 0x3f));
                out.write(0x80 | (cp & 0x3f));
            }
        }
        return out.toByteArray();
    }

    /** The .py files under root, site-packages excluded, relative and sorted as the Python script walks them. */
    public static List<String> files(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
             .map(p -> root.relativize(p).toString())
             .filter(r -> !r.startsWith("site-packages/"))
             .sorted()
             .forEach(out::add);
        }
        return out;
    }

    /** Runs CPython's side: a map from relative path to its line. */
    public static Map<String, String> cpython(List<String> python, Path root, Path script) throws IOException, InterruptedException {
        return cpython(python, root, script, false);
    }

    /** As {@link #cpython(List, Path, Path)}, optionally with the {@code #string} lines too. */
    public static Map<String, String> cpython(List<String> python, Path root, Path script, boolean alsoAsString)
            throws IOException, InterruptedException {
        return cpython(python, root, script, alsoAsString, 0);
    }

    /**
     * As {@link #cpython(List, Path, Path, boolean)}; with {@code otherModesEvery} > 0,
     * every so many files also get {@code #eval}, {@code #single} and {@code #func_type} lines.
     */
    public static Map<String, String> cpython(List<String> python, Path root, Path script, boolean alsoAsString,
                                              int otherModesEvery) throws IOException, InterruptedException {
        return cpython(python, root, script, alsoAsString, otherModesEvery, -1);
    }

    /** As {@link #cpython(List, Path, Path, boolean, int)}, with {@code --optimize N} when {@code optimize > 0}. */
    public static Map<String, String> cpython(List<String> python, Path root, Path script, boolean alsoAsString,
                                              int otherModesEvery, int optimize) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(python);
        cmd.add(script.toString());
        if (optimize > 0) {
            cmd.add("--optimize");
            cmd.add(Integer.toString(optimize));
        }
        if (alsoAsString) cmd.add("--also-as-string");
        if (otherModesEvery > 0) {
            cmd.add("--other-modes-every");
            cmd.add(Integer.toString(otherModesEvery));
        }
        cmd.add(root.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> lines = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.put(line.substring(0, line.indexOf('\t')), line);
            }
        }
        if (p.waitFor() != 0) {
            throw new IOException("cpython_ast_hashes.py failed");
        }
        return lines;
    }

    /**
     * Usage: StdlibAstParity [--optimize N] STDLIB_ROOT [CPYTHON_LINES_FILE]. Without the file, runs
     * {@code PYENV_VERSION=3.13.0 python3.13 tools/parity/cpython_ast_hashes.py}.
     */
    public static void main(String[] args) throws Exception {
        int optimize = -1;
        if (args.length > 1 && args[0].equals("--optimize")) {
            optimize = Integer.parseInt(args[1]);
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        Path root = Path.of(args[0]);
        Map<String, String> expected;
        if (args.length > 1) {
            expected = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
                expected.put(line.substring(0, line.indexOf('\t')), line);
            }
        } else {
            expected = cpython(List.of("env", "PYENV_VERSION=3.13.0", "PYTHONHASHSEED=0", "python3.13"), root,
                    Path.of("tools/parity/cpython_ast_hashes.py"), false, 0, optimize);
        }
        List<String> files = new ArrayList<>(files(root));
        // Lines of the other variants (--also-as-string, --other-modes-every).
        for (String key : expected.keySet()) {
            if (key.indexOf('#') >= 0) files.add(key);
        }
        int same = 0, rejectedSame = 0, rejected = 0;
        List<String> diffs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (String rel : files) {
            String ours;
            try {
                int hash = rel.indexOf('#');
                ours = hash >= 0 ? describe(root, rel.substring(0, hash), rel.substring(hash + 1), optimize)
                        : describe(root, rel, null, optimize);
            } catch (RuntimeException | StackOverflowError e) {
                ours = rel + "\tcrash " + e;
            }
            String theirs = expected.get(rel);
            if (theirs != null && theirs.contains("\terror")) rejected++;
            if (ours.equals(theirs)) {
                same++;
                if (theirs.contains("\terror")) rejectedSame++;
            } else {
                diffs.add("  cpython: " + theirs + "\n  pyjama:  " + ours);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        for (String d : diffs) System.out.println(d);
        System.out.printf("stdlib AST parity%s: %d/%d files identical (%.2f%%); rejected by CPython: %d, same error: %d; %.1f s%n",
                optimize > 0 ? " (optimize=" + optimize + ")" : "", same, files.size(), 100.0 * same / files.size(),
                rejected, rejectedSame, secs);
        System.exit(diffs.isEmpty() ? 0 : 1);
    }
}
