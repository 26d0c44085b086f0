package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.testing.CPython313;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated opcode table against CPython 3.13's own modules. */
class OpcodeTableTest {

    @Test
    void tableIsWhatTheScriptWritesFromCPython() throws Exception {
        CPython313.require();
        Path out = Files.createTempFile("opcodes", ".tsv");
        try {
            String script = Files.readString(Path.of("tools/gen_opcode_table.py"), StandardCharsets.UTF_8);
            CPython313.run(script.replace("os.path.dirname(__file__)", "'tools'"), null, out.toString());
            assertEquals(Files.readString(Path.of("src/main/opcodes/opcodes.tsv")), Files.readString(out),
                    "src/main/opcodes/opcodes.tsv drifted from CPython: rerun tools/gen_opcode_table.py");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void namesFlagsCachesAndStackEffectsAgreeWithCPython() {
        String listing = CPython313.run(String.join("\n",
            "import opcode, _opcode, _opcode_metadata as m",
            "ops = dict(m.opmap); ops.update(m._specialized_opmap)",
            "for name, op in sorted(ops.items(), key=lambda kv: kv[1]):",
            "    flags = '-' if name in m._specialized_opmap else ''.join('1' if op in s else '0' for s in (opcode.hasarg, opcode.hasconst, opcode.hasname, opcode.hasjump, opcode.hasfree, opcode.haslocal))",
            "    effects = []",
            "    if op < 256 and op in opcode.opmap.values() and op < m.MIN_INSTRUMENTED_OPCODE and op != 0:",
            "        for arg in (0, 1, 2, 3, 4, 7, 8, 255):",
            "            try: effects.append(str(_opcode.stack_effect(op, arg if op >= opcode.HAVE_ARGUMENT else None)))",
            "            except ValueError: effects.append('x')",
            "    print(name, op, flags, opcode._inline_cache_entries.get(name, 0) if op < 256 else 0, ','.join(effects))",
            ""), null);
        int compared = 0;
        List<String> diffs = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String[] f = line.split(" ", -1);
            int op = Integer.parseInt(f[1]);
            boolean specialised = Opcode.deopt(op) >= 0 && Opcode.deopt(op) != op;
            String flags = specialised ? "-" : "" + b(Opcode.hasArg(op)) + b(Opcode.hasConst(op)) + b(Opcode.hasName(op))
                    + b(Opcode.hasJump(op)) + b(Opcode.hasFree(op)) + b(Opcode.hasLocal(op));
            List<String> effects = new ArrayList<>();
            if (!f[4].isEmpty()) {
                int[] args = {0, 1, 2, 3, 4, 7, 8, 255};
                for (int a : args) {
                    int arg = op >= Opcode.HAVE_ARGUMENT ? a : 0;
                    int popped = Opcode.numPopped(op, arg), pushed = Opcode.numPushed(op, arg);
                    effects.add(popped < 0 || pushed < 0 ? "x" : String.valueOf(pushed - popped));
                }
            }
            String ours = Opcode.name(op) + " " + op + " " + flags + " " + Opcode.cacheEntries(op) + " " + String.join(",", effects);
            if (!ours.equals(line)) diffs.add("cpython: " + line + "\npyjama:  " + ours);
            compared++;
        }
        System.out.println("OpcodeTableTest: " + compared + " opcodes compared with CPython");
        assertTrue(compared > 200);
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    private static char b(boolean v) {
        return v ? '1' : '0';
    }
}
