package dev.pyjama.code;

import dev.pyjama.testing.CPython313;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The valid programs of the compile parity area ({@code tests/parity/compile}: every
 * {@code NAME.py} but the {@code error_*.py} fixtures, which the compiler rejects, the
 * {@code _*.py} support files, and the {@code *_at_recursion_limit.py} fixtures), and the
 * CPython driver that checks them ({@code tools/parity/cpython_fixture_code.py}).
 *
 * <p>A fixture at the recursion limit compiles or not depending on how deep in C's stack
 * CPython's compile starts: it is made for the parity area's driver, and fails under dis.py,
 * py_compile or this driver, which call compile() from deeper (ParityTest and the compiler's
 * fuzz tests check those depths).
 */
final class CompileFixtures {
    private CompileFixtures() {}

    static final Path DIR = Path.of("tests/parity/compile");
    static final Path DRIVER = Path.of("tools/parity/cpython_fixture_code.py");

    /** Runs a script file as {@code python3.13 SCRIPT ARGS...} would (CPython313 runs {@code -c}). */
    private static final String RUN_SCRIPT =
            "import runpy, sys\nsys.argv = sys.argv[1:]\nrunpy.run_path(sys.argv[0], run_name='__main__')\n";

    /** The file names ({@code NAME.py}) of the valid fixtures, sorted. */
    static List<String> valid() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(p -> p.getFileName().toString())
                 .filter(n -> n.endsWith(".py") && !n.startsWith("error_") && !n.startsWith("_")
                         && !n.endsWith("_at_recursion_limit.py"))
                 .sorted()
                 .forEach(names::add);
        }
        return names;
    }

    /** The driver's standard output, computed on another thread while the caller works. */
    static CompletableFuture<String> driver(List<String> args) {
        CPython313.require();
        List<String> argv = new ArrayList<>();
        argv.add(DRIVER.toAbsolutePath().toString());
        argv.addAll(args);
        return CompletableFuture.supplyAsync(() -> CPython313.run(RUN_SCRIPT, null, argv.toArray(String[]::new)));
    }

    /** Runs {@code body} on a thread with a large stack, as the pyjama command does (Main.main). */
    static <T> T onLargeStack(Callable<T> body) throws Exception {
        Object[] result = {null};
        Exception[] failed = {null};
        Thread t = new Thread(null, () -> {
            try {
                result[0] = body.call();
            } catch (Exception e) {
                failed[0] = e;
            }
        }, "fixture-check", 1L << 30);
        t.start();
        t.join();
        if (failed[0] != null) throw failed[0];
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    /** The first lines where two texts differ, for failure messages. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end>", y = i < a.length ? a[i] : "<end>";
            if (!x.equals(y)) return "line " + (i + 1) + ": CPython " + x + " | pyjama " + y;
        }
        return "identical";
    }
}
