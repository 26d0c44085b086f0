package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PYTHONPATH's entries on sys.path, against what CPython 3.13 (-S, so no site dedup) puts there. */
class PythonPathTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"a", "a:", ":a", "a::b", "x:x", "/x/../y:rel/./z", "::"})
    void sameEntriesAsCPython(String value) throws Exception {
        CPython313.require();
        Path real = dir.toRealPath();
        String exe = dev.pyjama.tools.CPython.find().executable();
        ProcessBuilder pb = new ProcessBuilder(exe, "-S", "-c",
                "import sys\nfor p in sys.path[1:]:\n    if 'python3' in p: break\n    print(p)").directory(real.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.environment().put("PYTHONPATH", value);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("CPython timed out");
        List<String> expected = new ArrayList<>(out.lines().toList());
        assertEquals(expected, Launcher.pythonPathEntries(value, real), "PYTHONPATH=" + value);
    }
}
