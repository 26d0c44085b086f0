package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.testing.CPython313;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -X importtime} and PYTHONPROFILEIMPORTTIME against CPython 3.13: the header, and for
 * the program's own package (the start-up imports of the two differ) the same modules in the same
 * order at the same depth, with self time no more than cumulative time.
 */
class ImportTimeTest {
    @TempDir Path dir;

    private static final Pattern LINE = Pattern.compile("import time: +(\\d+) \\| +(\\d+) \\| ( *)(\\S+)");

    @Test
    void importTimeLinesAsCPython() throws Exception {
        CPython313.require();
        Path pkg = Files.createDirectory(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("a.py"), "import pkg.b\nfrom . import c\n");
        Files.writeString(pkg.resolve("b.py"), "import pkg.sub.d\n");
        Files.writeString(pkg.resolve("c.py"), "x = 1\n");
        Files.createDirectory(pkg.resolve("sub"));
        Files.writeString(pkg.resolve("sub/__init__.py"), "");
        Files.writeString(pkg.resolve("sub/d.py"), "import pkg.c\ntry:\n    import pkg.missing\nexcept ImportError:\n    pass\n");
        SideBySide both = new SideBySide(dir);
        check(both.results(List.of("-X", "importtime", "-c", "import pkg.a; print('done')"), Map.of()));
        check(both.results(List.of("-c", "import pkg.a; print('done')"), Map.of("PYTHONPROFILEIMPORTTIME", "1")));
        List<String> ignored = both.results(List.of("-E", "-c", "import pkg.a"), Map.of("PYTHONPROFILEIMPORTTIME", "1"));
        assertEquals(ignored.get(0), ignored.get(1));
    }

    private static void check(List<String> results) {
        List<String> cp = ownLines(results.get(0)), pj = ownLines(results.get(1));
        assertEquals(cp, pj, results.get(1));
        assertTrue(cp.size() >= 6, cp.toString());
        for (String r : results) {
            assertTrue(r.contains("stderr:\nimport time: self [us] | cumulative | imported package\n"), r);
            assertTrue(r.startsWith("exit 0\nstdout:\ndone\n"), r);
        }
    }

    /** The lines of pkg's modules as depth and name; checks self <= cumulative on the way. */
    private static List<String> ownLines(String result) {
        List<String> own = new ArrayList<>();
        for (String line : result.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches() || !m.group(4).startsWith("pkg")) continue;
            assertTrue(Long.parseLong(m.group(1)) <= Long.parseLong(m.group(2)), line);
            int depth = m.group(3).length() / 2;
            own.add(depth + " " + m.group(4));
        }
        return own;
    }
}
