package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disassembler's own tables against CPython 3.13's opcode and dis modules. */
class DisTablesTest {

    private static final String TABLES = String.join("\n",
        "import opcode, dis",
        "print(' '.join(opcode.cmp_op))",
        "print(' '.join(sym for _, sym in opcode._nb_ops))",
        "print(' '.join(opcode._intrinsic_1_descs))",
        "print(' '.join(opcode._intrinsic_2_descs))",
        "print(' '.join(dis.FUNCTION_ATTR_FLAGS))",
        "for op in range(256):",
        "    name = dis._all_opname[op]",
        "    fmt = opcode._cache_format.get(name)",
        "    fields = ','.join('%s:%d' % kv for kv in fmt.items()) if fmt else '-'",
        "    flags = ''.join('1' if op in s else '0' for s in (opcode.hasarg, opcode.hasconst, opcode.hasname,",
        "                    opcode.hasjrel, opcode.haslocal, opcode.hasfree))",
        "    print(op, name, dis._deoptop(op), opcode._inline_cache_entries.get(name, 0), fields, flags)",
        "");

    @Test
    void tablesAreDisModuleTables() {
        String[] out = CPython313.run(TABLES, null).split("\n");
        assertEquals(out[0], String.join(" ", DisTables.CMP_OP));
        assertEquals(out[1], String.join(" ", DisTables.NB_OPS));
        assertEquals(out[2], String.join(" ", DisTables.INTRINSIC_1));
        assertEquals(out[3], String.join(" ", DisTables.INTRINSIC_2));
        assertEquals(out[4], String.join(" ", DisTables.FUNCTION_ATTR_FLAGS));
        List<String> diffs = new ArrayList<>();
        for (int op = 0; op < 256; op++) {
            DisTables.CacheField[] fmt = DisTables.cacheFormat(op);
            String fields = "-";
            if (fmt != null) {
                List<String> parts = new ArrayList<>();
                for (DisTables.CacheField f : fmt) parts.add(f.name() + ":" + f.size());
                fields = String.join(",", parts);
            }
            int d = Disassembler.deop(op);
            String flags = (Opcode.isValid(op) && Opcode.hasArg(op) && d == op ? "1" : "0")
                    + (Opcode.isValid(op) && Opcode.hasConst(op) && d == op ? "1" : "0")
                    + (Opcode.isValid(op) && Opcode.hasName(op) && d == op ? "1" : "0")
                    + (Opcode.isValid(op) && Opcode.hasJump(op) && d == op ? "1" : "0")
                    + (Opcode.isValid(op) && Opcode.hasLocal(op) && d == op ? "1" : "0")
                    + (Opcode.isValid(op) && Opcode.hasFree(op) && d == op ? "1" : "0");
            String ours = op + " " + Opcode.name(op) + " " + d + " " + DisTables.cacheSize(op) + " " + fields + " " + flags;
            if (!ours.equals(out[5 + op])) diffs.add("cpython: " + out[5 + op] + "\npyjama:  " + ours);
        }
        assertEquals(List.of(), diffs);
    }
}
