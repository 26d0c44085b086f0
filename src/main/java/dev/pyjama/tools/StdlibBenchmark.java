package dev.pyjama.tools;

import dev.pyjama.objects.PyException;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses, or compiles to code objects, the whole CPython standard library with pyjama (in
 * process, after warm-up) and with CPython 3.13 in the same run
 * ({@code compile(src, path, 'exec', ast.PyCF_ONLY_AST)} to parse,
 * {@code compile(src, path, 'exec')} to compile), and prints the median time of a full pass
 * for each, the ratio and both peak RSS.
 *
 * <p>Usage: {@code StdlibBenchmark parse|compile STDLIB_ROOT [ROUNDS]} (run by
 * {@code bench/parse-stdlib} and {@code bench/compile-stdlib}).
 */
public final class StdlibBenchmark {
    private StdlibBenchmark() {}

    private static final String CPYTHON_SIDE = String.join("\n",
        "import ast, os, sys, time, warnings",
        "root, rounds, flags = sys.argv[1], int(sys.argv[2]), ast.PyCF_ONLY_AST if sys.argv[3] == 'parse' else 0",
        "srcs = []",
        "for d, dirs, names in os.walk(root):",
        "    dirs[:] = sorted(x for x in dirs if x != 'site-packages')",
        "    for n in sorted(names):",
        "        if n.endswith('.py'):",
        "            p = os.path.join(d, n)",
        "            with open(p, 'rb') as f: srcs.append((p, f.read()))",
        "warnings.simplefilter('ignore')",
        "times = []",
        "for r in range(rounds + 1):",
        "    t = time.perf_counter()",
        "    for p, b in srcs:",
        "        try: compile(b, p, 'exec', flags, dont_inherit=True)",
        "        except SyntaxError: pass",
        "    times.append(time.perf_counter() - t)",
        "times = sorted(times[1:])",
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]",
        "print(times[len(times) // 2], int(hwm[0].split()[1]) if hwm else -1)",
        "");

    public static void main(String[] args) throws Exception {
        boolean compile = args[0].equals("compile");
        if (!compile && !args[0].equals("parse")) throw new IllegalArgumentException("parse or compile, not " + args[0]);
        Path root = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> files = StdlibAstParity.files(root);
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        for (String f : files) {
            byte[] b = Files.readAllBytes(root.resolve(f));
            sources.add(b);
            bytes += b.length;
        }
        System.out.printf("%s: %d files, %.1f MB; %d measured rounds each%n", compile ? "compile" : "parse",
                files.size(), bytes / 1e6, rounds);
        // Warm-up: HotSpot compiles the hot paths during the first passes.
        for (int i = 0; i < 3; i++) {
            passOver(files, sources, compile);
        }
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            passOver(files, sources, compile);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        double ours = times[rounds / 2];
        long ourRss = peakRssKb();
        double[] cpy = cpython(root, rounds, compile ? "compile" : "parse");
        System.out.printf("pyjama  (Java %s): %.3f s per pass, peak RSS %d MB%n",
                System.getProperty("java.version"), ours, ourRss / 1024);
        if (cpy != null) {
            System.out.printf("CPython 3.13.0:       %.3f s per pass, peak RSS %d MB%n", cpy[0], (long) cpy[1] / 1024);
            System.out.printf("ratio pyjama/CPython: %.2f%n", ours / cpy[0]);
        }
    }

    /** One pass: every file parsed, or compiled as compile(src, path, 'exec') with warnings ignored. */
    private static int passOver(List<String> files, List<byte[]> sources, boolean compile) {
        int errors = 0;
        for (int i = 0; i < files.size(); i++) {
            try {
                if (compile) {
                    StdlibCompileParity.compile(sources.get(i), files.get(i));
                } else {
                    FrontEnd.parse(sources.get(i), ParserContext.forString(files.get(i), null, null));
                }
            } catch (PyException e) {
                errors++;
            }
        }
        return errors;
    }

    /** The process's peak resident set size in KB (Linux), or -1. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static double[] cpython(Path root, int rounds, String mode) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(CPython.command());
        if (cmd.isEmpty()) {
            System.out.println("CPython 3.13 not found: pyjama's number only");
            return null;
        }
        cmd.addAll(List.of("-c", CPYTHON_SIDE, root.toString(), String.valueOf(rounds), mode));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = r.readLine();
        }
        p.waitFor();
        String[] parts = out.trim().split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
}
