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
 * Runs the reference CPython 3.13 from tests. It is found as {@code python3.13} with
 * {@code PYENV_VERSION=3.13.0} (pyenv's shim), else as {@code python3.13} on the PATH, and
 * accepted only if {@code sys.version_info[:2] == (3, 13)}. When it is missing, tests skip
 * with one line, or fail when the environment variable CI is set.
 */
public final class CPython313 {
    private static boolean probed;
    private static boolean usePyenv;
    private static boolean found;

    private CPython313() {}

    /** Skips the calling test (fails it under CI) when CPython 3.13 is not available. */
    public static synchronized void require() {
        if (!available()) {
            String message = "CPython 3.13 not found (python3.13 with PYENV_VERSION=3.13.0, or on PATH)";
            if (System.getenv("CI") != null) fail(message + ", and CI is set");
            Assumptions.assumeTrue(false, message + ": skipping");
        }
    }

    /** Whether CPython 3.13 was found, for tests that only use it when present. */
    public static synchronized boolean available() {
        if (!probed) {
            probed = true;
            if (probe(true)) {
                found = usePyenv = true;
            } else if (probe(false)) {
                found = true;
            }
        }
        return found;
    }

    private static boolean probe(boolean pyenv) {
        try {
            Result r = exec(pyenv, "import sys; print(sys.version_info[:2] == (3, 13))", null, List.of());
            return r.exitCode == 0 && r.stdout.trim().equals("True");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code python3.13 -c script [args]} with {@code input} (UTF-8) on its standard
     * input and returns its standard output (UTF-8). A non-zero exit fails the test with
     * Python's standard error.
     */
    public static String run(String script, String input, String... args) {
        require();
        try {
            Result r = exec(usePyenv, script, input, List.of(args));
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

    private static Result exec(boolean pyenv, String script, String input, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3.13", "-X", "utf8", "-c", script));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        if (pyenv) env.put("PYENV_VERSION", "3.13.0");
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
