package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command line run by CPython 3.13 and by pyjama (its classes, in a JVM of its own), in one
 * directory, with the PYTHON* variables of the test's environment removed and the case's own
 * set: the launcher tests compare exit status, stdout and stderr of the two.
 */
final class SideBySide {
    private final Path dir;
    private final String python, jvm, classes;

    /** Needs CPython 3.13 (callers check with CPython313.require() first). */
    SideBySide(Path dir) throws Exception {
        this.dir = dir;
        this.python = dev.pyjama.tools.CPython.find().executable();
        this.classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()
                + java.io.File.pathSeparator + System.getProperty("java.class.path");
        this.jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code args} under both with {@code env} (and {@code stdin}, may be null) and asserts the same result. */
    void assertSame(List<String> args, Map<String, String> env, String stdin) throws Exception {
        List<String> cp = new ArrayList<>(List.of(python));
        cp.addAll(args);
        assertEquals(run(cp, env, stdin), run(pyjama(args), env, stdin), args + " " + env);
    }

    /** Runs {@code args} under both with {@code env}: CPython's result, then pyjama's (exit status, stdout, stderr). */
    List<String> results(List<String> args, Map<String, String> env) throws Exception {
        List<String> cp = new ArrayList<>(List.of(python));
        cp.addAll(args);
        return List.of(run(cp, env, null), run(pyjama(args), env, null));
    }

    private List<String> pyjama(List<String> args) {
        List<String> pj = new ArrayList<>(List.of(jvm, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classes,
                "dev.pyjama.cli.Main"));
        pj.addAll(args);
        return pj;
    }

    private String run(List<String> command, Map<String, String> env, String stdin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (var w = p.getOutputStream()) {
            if (stdin != null) w.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " timed out");
        }
        return "exit " + p.exitValue() + "\nstdout:\n" + Files.readString(out, StandardCharsets.UTF_8) + "stderr:\n"
                + Files.readString(err, StandardCharsets.UTF_8);
    }
}
