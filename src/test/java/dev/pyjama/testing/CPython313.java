package dev.pyjama.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the reference CPython 3.13 (found by {@link dev.pyjama.tools.CPython}) from tests.
 * When it is missing, tests skip with one line, or fail when the environment variable CI is set.
 */
public final class CPython313 {
    private CPython313() {}

    /** Whether CPython 3.13 is there (no skip, no failure). */
    public static boolean available() {
        return dev.pyjama.tools.CPython.find() != null;
    }

    /** Skips the calling test (fails it under CI) when CPython 3.13 is not available. */
    public static void require() {
        if (dev.pyjama.tools.CPython.find() == null) {
            skipOrFail(dev.pyjama.tools.CPython.whyMissing());
        }
    }

    /**
     * The one way tests react to a missing (or wrong) CPython: under CI a failure, otherwise a
     * skip that says why on one line of the test output.
     */
    public static void skipOrFail(String problem) {
        if (System.getenv("CI") != null) {
            fail("CPython 3.13 is required when CI is set: " + problem);
        }
        String caller = StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.endsWith("Test")).findFirst().orElse("a test"));
        System.out.println("skipped " + caller.substring(caller.lastIndexOf('.') + 1) + ": " + problem);
        Assumptions.abort(problem);
    }

    /**
     * Runs {@code python3.13 -c script [args]} with {@code input} (UTF-8) on its standard
     * input and returns its standard output (UTF-8). A non-zero exit fails the test with
     * Python's standard error.
     */
    public static String run(String script, String input, String... args) {
        require();
        try {
            Result r = exec(script, input, List.of(args));
            if (r.exitCode != 0) fail("CPython exited with " + r.exitCode + ":\n" + r.stderr);
            return r.stdout;
        } catch (IOException e) {
            throw new AssertionError("running CPython failed", e);
        }
    }

    private static final class Result {
        final int exitCode;
        final String stdout;
        final String stderr;

        Result(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    private static Result exec(String script, String input, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(dev.pyjama.tools.CPython.command());
        command.addAll(List.of("-X", "utf8", "-c", script));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONHASHSEED", "0");
        env.remove("PYTHONPATH");
        Path in = null, err = Files.createTempFile("cpython-stderr", ".txt");
        try {
            if (input != null) {
                in = Files.createTempFile("cpython-stdin", ".txt");
                Files.writeString(in, input, StandardCharsets.UTF_8);
                pb.redirectInput(in.toFile());
            }
            pb.redirectError(err.toFile());
            Process p = pb.start();
            if (input == null) p.getOutputStream().close();
            byte[] out;
            try (InputStream s = p.getInputStream()) {
                out = s.readAllBytes();
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("CPython did not finish");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                              Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            if (in != null) Files.deleteIfExists(in);
            Files.deleteIfExists(err);
        }
    }
}
