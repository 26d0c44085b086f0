package dev.pyjama.parity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The reference interpreter, CPython 3.13, found the project's way: {@code $PYJAMA_CPYTHON}
 * when set, else {@code PYENV_VERSION=3.13.0 python3.13}, else {@code python3.13} on PATH;
 * a candidate counts only when its {@code sys.version_info[:2] == (3, 13)}. Once found, it is
 * run through its real executable ({@code sys.executable}), which skips pyenv's shim.
 */
public final class CPython {
    /** Exactly the release whose behaviour the expectations record. */
    public static final String EXPECTED_VERSION = "3.13.0";

    public final String executable;
    /** {@code major.minor.micro}, plus the release level when it is not final. */
    public final String version;
    public final String stdlib;

    private CPython(String executable, String version, String stdlib) {
        this.executable = executable;
        this.version = version;
        this.stdlib = stdlib;
    }

    public boolean isExpectedVersion() {
        return EXPECTED_VERSION.equals(version);
    }

    private static volatile CPython found;
    private static volatile boolean searched;

    /** CPython 3.13, or null (see {@link #whyMissing()}). */
    public static synchronized CPython find() {
        if (!searched) {
            found = search();
            searched = true;
        }
        return found;
    }

    public static synchronized String whyMissing() {
        return dev.pyjama.tools.CPython.whyMissing();
    }

    private static CPython search() {
        dev.pyjama.tools.CPython.Found f = dev.pyjama.tools.CPython.find();
        return f == null ? null : new CPython(f.executable(), f.version(), f.stdlib());
    }

    /**
     * The environment every CPython run of a fixture gets: the caller's, minus variables that
     * change Python's behaviour, plus a fixed hash seed, UTF-8 mode and no bytecode writing.
     */
    static void cleanEnvironment(Map<String, String> env) {
        env.keySet().removeIf(k -> k.startsWith("PYTHON") || k.equals("PYENV_VERSION"));
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONUTF8", "1");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("PYTHONNOUSERSITE", "1");
    }

    /** Raw output of one process (not yet normalised). */
    public static final class Result {
        public final String stdout;
        public final String stderr;
        public final int exit;

        Result(String stdout, String stderr, int exit) {
            this.stdout = stdout;
            this.stderr = stderr;
            this.exit = exit;
        }

        Outcome toOutcome() {
            return new Outcome(stdout, stderr, exit);
        }
    }

    /** Runs {@code executable args...} in {@code dir} with the fixture environment and empty stdin. */
    public Result run(Path dir, String[] args, int timeoutSeconds) throws IOException {
        return run(dir, args, timeoutSeconds, null);
    }

    /** The same, reading {@code stdin} as the standard input (null: an empty one). */
    public Result run(Path dir, String[] args, int timeoutSeconds, Path stdin) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        cleanEnvironment(pb.environment());
        return run(pb, timeoutSeconds, stdin);
    }

    private static Result run(ProcessBuilder pb, int timeoutSeconds, Path stdin) throws IOException {
        pb.redirectInput(ProcessBuilder.Redirect.from(stdin == null ? new java.io.File("/dev/null") : stdin.toFile()));
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread tOut = pump(p.getInputStream(), out);
        Thread tErr = pump(p.getErrorStream(), err);
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + pb.command());
            }
            tOut.join();
            tErr.join();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), p.exitValue());
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
