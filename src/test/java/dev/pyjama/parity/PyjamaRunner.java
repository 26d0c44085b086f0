package dev.pyjama.parity;

import dev.pyjama.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs pyjama in-process on one fixture, as {@code pyjama ARGS} started in the fixture's
 * folder with an empty stdin (or the fixture itself, see {@link ParityArea#stdin}), on a thread with a large stack (as {@code Main.main} does).
 */
public final class PyjamaRunner {
    private static final long STACK_BYTES = 1L << 30;

    private PyjamaRunner() {}

    /** Raised when pyjama crashes with a Java exception or does not finish in time. */
    public static final class Crash extends Exception {
        Crash(String message) {
            super(message);
        }
    }

    public static Outcome run(ParityArea area, String fixture, Path toolsDir) throws Crash {
        String[] args = area.pyjamaArgs(fixture, toolsDir);
        byte[] input;
        try {
            input = area.stdin(fixture) == null ? new byte[0] : java.nio.file.Files.readAllBytes(area.stdin(fixture));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path cwd = realPath(area.dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {Integer.MIN_VALUE};
        Throwable[] thrown = {null};
        Thread t = new Thread(null, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status[0] = Main.run(args, cwd, new ByteArrayInputStream(input), o, e);
            } catch (Throwable x) {
                thrown[0] = x;
            }
        }, "pyjama-parity " + area.name + "/" + fixture, STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            t.join(area.timeoutSeconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Crash("interrupted");
        }
        if (t.isAlive()) {
            t.interrupt();
            throw new Crash("pyjama did not finish within " + area.timeoutSeconds + " s");
        }
        if (thrown[0] != null) {
            StringWriter sw = new StringWriter();
            thrown[0].printStackTrace(new PrintWriter(sw));
            throw new Crash("pyjama threw a Java exception:\n" + sw);
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status[0]);
    }

    /** The folder as CPython's getcwd() reports it (symlinks resolved). */
    static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (java.io.IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
