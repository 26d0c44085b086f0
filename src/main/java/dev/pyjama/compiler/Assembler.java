package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyObject;
import java.util.List;

/**
 * Turns the final instruction sequence into a code object: picks the direction of each
 * JUMP, sizes instructions (EXTENDED_ARG prefixes, inline CACHE units) until jump offsets
 * settle, writes co_code, the location table and the exception table.
 */
// CPython: Python/assemble.c
public final class Assembler {
    private Assembler() {}

    /** Code units taken by the instruction: EXTENDED_ARG prefixes, itself, its caches. */
    // CPython: Python/assemble.c instr_size
    static int instrSize(int opcode, int oparg) {
        assert !OpcodeUtils.isPseudoInstr(opcode) : Opcode.name(opcode);
        assert Opcode.hasArg(opcode) || oparg == 0 : Opcode.name(opcode);
        int extendedArgs = (0xFFFFFF < oparg ? 1 : 0) + (0xFFFF < oparg ? 1 : 0) + (0xFF < oparg ? 1 : 0);
        return extendedArgs + 1 + Opcode.cacheEntries(opcode);
    }

    /** JUMP and JUMP_NO_INTERRUPT become their forward or backward form. */
    // CPython: Python/assemble.c resolve_unconditional_jumps
    private static void resolveUnconditionalJumps(InstructionSequence s) {
        for (int i = 0; i < s.used; i++) {
            boolean isForward = s.opargs[i] > i;
            switch (s.opcodes[i]) {
                case JUMP:
                    s.opcodes[i] = isForward ? JUMP_FORWARD : JUMP_BACKWARD;
                    break;
                case JUMP_NO_INTERRUPT:
                    s.opcodes[i] = isForward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                    break;
                default:
                    if (Opcode.hasJump(s.opcodes[i]) && OpcodeUtils.isPseudoInstr(s.opcodes[i])) {
                        throw new IllegalStateException("unresolved pseudo jump " + Opcode.name(s.opcodes[i]));
                    }
            }
        }
    }

    /**
     * Jump opargs become distances in code units (from the next instruction). A distance
     * needing more EXTENDED_ARGs changes offsets, so repeat until nothing grows.
     */
    // CPython: Python/assemble.c resolve_jump_offsets
    private static void resolveJumpOffsets(InstructionSequence s) {
        for (int i = 0; i < s.used; i++) {
            if (Opcode.hasJump(s.opcodes[i])) {
                s.targets[i] = s.opargs[i];
            }
        }
        boolean recompile;
        do {
            int totsize = 0;
            for (int i = 0; i < s.used; i++) {
                s.offsets[i] = totsize;
                totsize += instrSize(s.opcodes[i], s.opargs[i]);
            }
            recompile = false;
            int offset = 0;
            for (int i = 0; i < s.used; i++) {
                int isize = instrSize(s.opcodes[i], s.opargs[i]);
                offset += isize;
                if (Opcode.hasJump(s.opcodes[i])) {
                    int target = s.offsets[s.targets[i]];
                    if (target < offset) {
                        assert OpcodeUtils.isBackwardsJump(s.opcodes[i]) : Opcode.name(s.opcodes[i]);
                        s.opargs[i] = offset - target;
                    } else {
                        assert !OpcodeUtils.isBackwardsJump(s.opcodes[i]) : Opcode.name(s.opcodes[i]);
                        s.opargs[i] = target - offset;
                    }
                    if (instrSize(s.opcodes[i], s.opargs[i]) != isize) {
                        recompile = true;
                    }
                }
            }
        } while (recompile);
    }

    // CPython: Python/assemble.c assemble_emit_instr, write_instr
    private static byte[] emitCode(InstructionSequence s) {
        int total = 0;
        for (int i = 0; i < s.used; i++) {
            total += instrSize(s.opcodes[i], s.opargs[i]);
        }
        byte[] code = new byte[total * 2];
        int p = 0;
        for (int i = 0; i < s.used; i++) {
            int opcode = s.opcodes[i];
            int oparg = s.opargs[i];
            int caches = Opcode.cacheEntries(opcode);
            int ilen = instrSize(opcode, oparg);
            for (int shift = (ilen - caches - 1) * 8; shift > 0; shift -= 8) {
                code[p++] = (byte) EXTENDED_ARG;
                code[p++] = (byte) (oparg >> shift);
            }
            code[p++] = (byte) opcode;
            code[p++] = (byte) oparg;
            // CACHE is opcode 0 with oparg 0: the array is already zero there.
            p += 2 * caches;
        }
        return code;
    }

    // CPython: Python/assemble.c assemble_location_info
    private static byte[] locationTable(InstructionSequence s, int firstlineno) {
        LocationTableWriter w = new LocationTableWriter(firstlineno);
        Location loc = Location.NO_LOCATION;
        int size = 0;
        for (int i = 0; i < s.used; i++) {
            if (!loc.equals(s.locations[i])) {
                w.emit(loc, size);
                loc = s.locations[i];
                size = 0;
            }
            size += instrSize(s.opcodes[i], s.opargs[i]);
        }
        w.emit(loc, size);
        return w.toArray();
    }

    // CPython: Python/assemble.c assemble_exception_table
    private static byte[] exceptionTable(InstructionSequence s) {
        ExceptionTableWriter w = new ExceptionTableWriter();
        int ioffset = 0;
        int handlerLabel = -1, handlerDepth = -1;
        boolean handlerLasti = false;
        int start = -1;
        for (int i = 0; i < s.used; i++) {
            if (s.handlerLabels[i] != handlerLabel) {
                if (handlerLabel >= 0) {
                    w.entry(start, ioffset, s.offsets[handlerLabel], handlerDepth, handlerLasti);
                }
                start = ioffset;
                handlerLabel = s.handlerLabels[i];
                handlerDepth = s.handlerStartDepths[i];
                handlerLasti = s.handlerPreserveLasti[i];
            }
            ioffset += instrSize(s.opcodes[i], s.opargs[i]);
        }
        if (handlerLabel >= 0) {
            w.entry(start, ioffset, s.offsets[handlerLabel], handlerDepth, handlerLasti);
        }
        return w.toArray();
    }

    /**
     * The code object for an optimised, prepared sequence ({@link FlowGraph#toFinalSequence}).
     * {@code consts} is the unit's final constant list.
     */
    // CPython: Python/assemble.c _PyAssemble_MakeCodeObject, makecode
    // The cache is where CPython also merges co_code, the tables, co_names and co_consts; that only
    // shares equal objects and changes no value, so pyjama skips it.
    public static PyCode makeCode(CodeUnitMetadata umd, ConstCache constCache, List<PyObject> consts,
                                  int maxdepth, InstructionSequence instrs, int nlocalsplus, int codeFlags,
                                  String filename) {
        instrs.applyLabelMap();
        resolveUnconditionalJumps(instrs);
        resolveJumpOffsets(instrs);
        byte[] code = emitCode(instrs);
        byte[] linetable = locationTable(instrs, umd.firstlineno);
        byte[] exceptiontable = exceptionTable(instrs);

        String[] names = CodeUnitMetadata.keysInOrder(umd.names, 0);
        PyObject[] constArray = consts.toArray(new PyObject[0]);
        String[] localsplusnames = new String[nlocalsplus];
        byte[] localspluskinds = new byte[nlocalsplus];
        LocalsPlus.computeLocalsplusInfo(umd, nlocalsplus, localsplusnames, localspluskinds);

        int argcount = umd.posonlyargcount + umd.argcount;
        // A code object always has room for one stack item.
        int stacksize = maxdepth == 0 ? 1 : maxdepth;
        return new PyCode(argcount, umd.posonlyargcount, umd.kwonlyargcount, stacksize, codeFlags, code,
                constArray, names, localsplusnames, localspluskinds, filename, umd.name,
                umd.qualname != null ? umd.qualname : umd.name, umd.firstlineno, linetable, exceptiontable);
    }
}
