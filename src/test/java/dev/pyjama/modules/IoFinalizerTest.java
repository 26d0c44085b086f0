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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files a program abandoned (never closed, unreachable) hold their data once the program has
 * ended, whether the JVM collected them during the run (the finaliser path of
 * {@link IoFinalizer}) or not (closed at exit): the same files with the same bytes as CPython
 * leaves. pyjama runs in process, as the parity tests do (a parity fixture cannot look at its
 * own files after its exit); CPython as a process.
 */
class IoFinalizerTest {
    private static final String CODE = String.join("\n",
            "import sys",
            "churn = sys.argv[1] == 'churn'",
            "for i in range(300):",
            "    open(f't{i}.txt', 'w', encoding='utf-8').write('text %d\\n' % i)",
            "    open(f'b{i}.bin', 'wb').write(b'bin %d' % i)",
            "    open('append.txt', 'a', encoding='utf-8').write('%d,' % i)",
            "    if churn: x = [bytearray(100000) for _ in range(20)]  # the collector finds the abandoned files",
            "def writer():",
            "    f = open('in_function.txt', 'w', encoding='utf-8')",
            "    f.write('local')",
            "writer()",
            "left = open('left_open.bin', 'wb')",
            "left.write(b'left open at exit')",
            "text = open('left_open.txt', 'w', encoding='utf-8')",
            "text.write('text left open at exit')",
            "");

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"quiet", "churn"})
    void abandonedFilesHoldTheirDataAfterExit(String mode) throws Exception {
        CPython313.require();
        Path cp = Files.createDirectory(dir.resolve("cpython")), pj = Files.createDirectory(dir.resolve("pyjama"));
        Process p = new ProcessBuilder(dev.pyjama.tools.CPython.find().executable(), "-E", "-c", CODE, mode).directory(cp.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("CPython timed out");
        assertEquals(0, p.exitValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            assertEquals(0, Main.run(new String[] {"-E", "-c", CODE, mode}, pj, new ByteArrayInputStream(new byte[0]), o, o));
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        TreeMap<String, String> expected = contents(cp), actual = contents(pj);
        assertEquals(604, expected.size());
        // Known difference: while the collector runs, the appends of several abandoned writers of
        // one file can land in another order than CPython's (each of its writers is closed at
        // once); every append must be there, none lost or doubled.
        assertEquals(sortedItems(expected.remove("append.txt")), sortedItems(actual.remove("append.txt")));
        assertEquals(expected, actual);
    }

    private static java.util.List<String> sortedItems(String commaSeparated) {
        java.util.List<String> items = new java.util.ArrayList<>(java.util.Arrays.asList(String.valueOf(commaSeparated).split(",")));
        java.util.Collections.sort(items);
        return items;
    }

    private static TreeMap<String, String> contents(Path d) throws Exception {
        TreeMap<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(d)) {
            for (Path f : (Iterable<Path>) files::iterator) m.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
        }
        return m;
    }
}
