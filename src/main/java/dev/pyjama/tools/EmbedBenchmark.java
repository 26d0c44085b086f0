package dev.pyjama.tools;

import dev.pyjama.JavaCallable;
import dev.pyjama.PythonInterpreter;
import dev.pyjama.PythonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The cost of calling Python from Java through the embedding API, per call, warm: a call from
 * another Java thread (the usual case: the caller hands the call to the interpreter's thread
 * and waits), the same call made on the interpreter's own thread (from a {@link JavaCallable}:
 * the API's call and conversion alone, no thread hand-off), and the conversion of typical
 * arguments and results on top of a call. {@code bench/embed [ROUNDS]} runs it.
 *
 * <p>Usage: {@code java -cp target/pyjama.jar dev.pyjama.tools.EmbedBenchmark [ROUNDS]}
 */
public final class EmbedBenchmark {
    private EmbedBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (PythonInterpreter py = PythonInterpreter.builder().standardLibrary(false).build()) {
            py.exec("def ident(x):\n    return x\n"
                    + "def nothing():\n    return None\n"
                    + "def py_loop(n):\n    f = ident\n    for i in range(n):\n        f(i)\n");
            PythonObject ident = py.evalObject("ident"), nothing = py.evalObject("nothing");
            List<Long> list100 = new ArrayList<>();
            for (long i = 0; i < 100; i++) list100.add(i);
            Map<String, Object> map10 = new LinkedHashMap<>();
            for (int i = 0; i < 10; i++) map10.put("key" + i, i);
            String str1k = "x".repeat(1000);
            byte[] bytes1k = new byte[1024];

            System.out.printf("embedding benchmark: Java %s, %d rounds (median ns per call)%n", Runtime.version(), rounds);
            row(rounds, "Python-to-Python call (ident(i) in a loop, for scale)", 200_000, n -> {
                long t = System.nanoTime();
                py.call("py_loop", n);
                return System.nanoTime() - t;
            });
            row(rounds, "handle.call() no args, from another thread", 20_000, n -> time(n, () -> {
                nothing.call();
                return 0;
            }));
            row(rounds, "py.call(\"ident\", 1L), from another thread", 20_000, n -> time(n, () -> (Long) py.call("ident", 1L)));
            // the same calls made on the interpreter's thread: no hand-off between threads
            row(rounds, "handle.call() no args, on the interpreter thread", 200_000, n -> onThread(py, n, () -> {
                nothing.call();
                return 0;
            }));
            row(rounds, "handle.call(1L), on the interpreter thread", 200_000, n -> onThread(py, n, () -> (Long) ident.call(1L)));
            row(rounds, "  + a 1000-char String in and out", 200_000, n -> onThread(py, n, () -> ((String) ident.call(str1k)).length()));
            row(rounds, "  + a 1 KiB byte[] in and out (copied)", 200_000, n -> onThread(py, n, () -> ((byte[]) ident.call(bytes1k)).length));
            row(rounds, "  + a Map of 10 String->Integer in and out", 50_000, n -> onThread(py, n, () -> ((Map<?, ?>) ident.call(map10)).size()));
            row(rounds, "  + a List of 100 Long in and out", 20_000, n -> onThread(py, n, () -> ((List<?>) ident.call(list100)).size()));
        }
    }

    @FunctionalInterface
    private interface Timed {
        long run(int n);
    }

    /** Warms up with one run of {@code n}, then prints the median over the rounds, per operation. */
    private static void row(int rounds, String what, int n, Timed timed) {
        timed.run(n);
        timed.run(n);
        long[] ns = new long[rounds];
        for (int r = 0; r < rounds; r++) ns[r] = timed.run(n);
        Arrays.sort(ns);
        System.out.printf("  %-58s %10.1f%n", what, ns[rounds / 2] / (double) n);
    }

    private static long time(int n, LongSupplier op) {
        long sink = 0;
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) sink += op.getAsLong();
        long dt = System.nanoTime() - t;
        if (sink == 42) System.out.print("");
        return dt;
    }

    /** Times {@code n} operations inside a Java function that Python calls: they run on the interpreter's thread. */
    private static long onThread(PythonInterpreter py, int n, LongSupplier op) {
        long[] result = new long[1];
        py.set("_bench", (JavaCallable) a -> {
            result[0] = time(n, op);
            return null;
        });
        py.exec("_bench()");
        return result[0];
    }
}
