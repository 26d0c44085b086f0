package dev.pyjama.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyObject;
import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.StdlibCompileParity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which opcodes pyjama's compilation of the tests/parity/compile fixtures contains, against
 * the opcodes CPython 3.13's compiler can emit (tools/parity/compile_coverage.py --emittable,
 * which lists the few it never emits and why): every one must appear in some fixture.
 */
class CompileOpcodeCoverageTest {

    @Test
    void fixturesContainEveryOpcodeTheCompilerCanEmit() throws Exception {
        CPython313.require();
        Path dir = Path.of("tests/parity/compile");
        List<Path> fixtures = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".py") && !n.startsWith("error_") && !n.startsWith("_");
            }).sorted().forEach(fixtures::add);
        }
        TreeMap<String, Integer> uses = new TreeMap<>();
        for (Path f : fixtures) {
            TreeSet<String> seen = new TreeSet<>();
            collect(StdlibCompileParity.compile(Files.readAllBytes(f), f.getFileName().toString()), seen);
            for (String op : seen) uses.merge(op, 1, Integer::sum);
        }
        String out = CPython313.run(Files.readString(Path.of("tools/parity/compile_coverage.py")), null, "--emittable");
        TreeSet<String> emittable = new TreeSet<>(List.of(out.trim().split("\n")));
        TreeSet<String> missing = new TreeSet<>(emittable);
        missing.removeAll(uses.keySet());
        TreeSet<String> unexpected = new TreeSet<>(uses.keySet());
        unexpected.removeAll(emittable);
        System.out.println("compile fixtures: " + fixtures.size() + " fixtures; pyjama's code contains "
                + (emittable.size() - missing.size()) + "/" + emittable.size() + " emittable opcodes; uses " + uses);
        assertTrue(fixtures.size() > 300, "too few fixtures: " + fixtures.size());
        assertTrue(emittable.size() > 100, "too few emittable opcodes: " + emittable);
        assertEquals(new TreeSet<String>(), missing, "opcodes no fixture contains");
        assertEquals(new TreeSet<String>(), unexpected, "opcodes CPython's compiler never emits");
    }

    /** The opcode names in {@code co} and its nested code objects, skipping inline caches. */
    private static void collect(PyCode co, TreeSet<String> seen) {
        byte[] code = co.code;
        for (int i = 0; i < code.length; ) {
            int op = code[i] & 0xff;
            seen.add(Opcode.name(op));
            i += 2 + 2 * Opcode.cacheEntries(op);
        }
        if (code.length > 0 && hasCaches(code)) seen.add("CACHE");
        for (PyObject c : co.consts) {
            if (c instanceof PyCode) collect((PyCode) c, seen);
        }
    }

    private static boolean hasCaches(byte[] code) {
        for (int i = 0; i < code.length; i += 2) {
            if (Opcode.cacheEntries(code[i] & 0xff) > 0) return true;
        }
        return false;
    }
}
