package dev.pyjama.parser;

import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs CPython 3.13 (found by {@link dev.pyjama.tools.CPython}). Tests that
 * need it call {@link #require()}: it skips them when CPython 3.13 is missing, and fails them
 * instead when the CI environment variable is set.
 */
final class CPythonOracle {
    private static String command;
    private static boolean searched;

    private CPythonOracle() {}

    /** The python command, or a skip / failure when there is none. */
    static synchronized String require() {
        if (!searched) {
            searched = true;
            command = find();
        }
        if (command == null) {
            dev.pyjama.testing.CPython313.skipOrFail(dev.pyjama.tools.CPython.whyMissing());
        }
        return command;
    }

    private static String find() {
        List<String> cmd = dev.pyjama.tools.CPython.command();
        return cmd.isEmpty() ? null : cmd.get(0);
    }

    record Result(int exit, byte[] out, String stderr) {
        String stdout() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Runs python with the given arguments (the python command is prepended). */
    static Result python(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(require());
        cmd.addAll(List.of(args));
        return run(cmd, null);
    }

    /** Runs python with the given arguments and the file {@code input} as its stdin. */
    static Result pythonWithInput(Path input, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(require());
        cmd.addAll(List.of(args));
        return run(cmd, null, input);
    }

    static Result run(List<String> cmd, Path dir) throws IOException {
        return run(cmd, dir, null);
    }

    static Result run(List<String> cmd, Path dir, Path input) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (dir != null) pb.directory(dir.toFile());
        if (input != null) pb.redirectInput(input.toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        if (input == null) p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                in.transferTo(err);
            } catch (IOException e) {
                // ignore
            }
        });
        t.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd);
            }
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }

    /** The directory of CPython 3.13's standard library. */
    static Path stdlib() throws IOException {
        Result r = python("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        if (r.exit != 0) fail("cannot locate the stdlib: " + r.stderr);
        return Path.of(r.stdout().trim());
    }
}
