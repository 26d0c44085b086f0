package dev.pyjama.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.cli.Main;
import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * sys.stdin/stdout/stderr as CPython 3.13's create_stdio builds them, with and without -u
 * (under -E, so the environment of neither side changes the answer): the classes of the
 * stack, buffering flags, error handlers, input() and readline() on a piped stdin, and what
 * each stream received. pyjama runs in process, as the parity tests do; CPython as a process.
 */
class StdioTest {
    private static final String CODE = String.join("\n",
            "import sys",
            "for s in (sys.stdin, sys.stdout, sys.stderr):",
            "    print(repr(s), type(s.buffer).__name__, s.encoding, s.line_buffering, s.write_through, s.fileno(), s.isatty())",
            "print(sys.stderr.errors, repr(sys.stdout.buffer.raw if hasattr(sys.stdout.buffer, 'raw') else sys.stdout.buffer))",
            "print(repr(input('prompt: ')), repr(sys.stdin.readline()), repr(sys.stdin.read()))",
            "print('to stderr \\udcff', file=sys.stderr)",
            "sys.stdout.write('no newline')");

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"-E", "-E -u"})
    void sameStreamsAsCPython(String options) throws Exception {
        CPython313.require();
        byte[] input = "line one\nline two\nrest".getBytes(StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(options.split(" ")));
        args.add("-c");
        args.add(CODE);

        List<String> command = new ArrayList<>(List.of(dev.pyjama.tools.CPython.find().executable()));
        command.addAll(args);
        Path in = Files.write(dir.resolve("stdin.txt"), input);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(in.toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        Process p = pb.start();
        String expectedOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("CPython timed out");
        String expectedErr = Files.readString(dir.resolve("err.txt"));

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args.toArray(new String[0]), dir, new ByteArrayInputStream(input), o, e);
        }
        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8), "stdout, " + options);
        assertEquals(expectedErr, err.toString(StandardCharsets.UTF_8), "stderr, " + options);
        assertEquals(p.exitValue(), status);
    }

    /** A text file left open is closed (so its buffered data written) when the program ends, as on CPython. */
    @org.junit.jupiter.api.Test
    void openTextFilesAreFlushedAtExit() throws Exception {
        CPython313.require();
        String code = "f = open('left-open.txt', 'w', encoding='utf-8')\nf.write('written ' * 3)\ng = open('closed.txt', 'w', encoding='utf-8')\ng.write('x')\ng.close()\n";
        Process p = new ProcessBuilder(dev.pyjama.tools.CPython.find().executable(), "-E", "-c", code).directory(dir.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("CPython timed out");
        String expected = Files.readString(dir.resolve("left-open.txt"));
        Files.delete(dir.resolve("left-open.txt"));
        try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            assertEquals(0, Main.run(new String[] {"-E", "-c", code}, dir, new ByteArrayInputStream(new byte[0]), o, o));
        }
        assertEquals("written written written ", expected);
        assertEquals(expected, Files.readString(dir.resolve("left-open.txt")));
    }
}
