package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.Opcode;
import dev.pyjama.objects.PyObject;
import java.util.List;

/**
 * Late passes over locals and constants: dropping unused constants, LOAD_FAST_CHECK where a
 * local may be unbound, and the LOAD_FAST_LOAD_FAST / STORE_FAST_LOAD_FAST /
 * STORE_FAST_STORE_FAST superinstructions.
 */
// CPython: Python/flowgraph.c remove_unused_consts, add_checks_for_loads_of_uninitialized_variables,
// insert_superinstructions
final class LocalsAnalysis {
    private LocalsAnalysis() {}

    /** Removes constants no instruction uses (the first one stays: it may be the docstring). */
    // CPython: Python/flowgraph.c remove_unused_consts
    static void removeUnusedConsts(BasicBlock entryblock, List<PyObject> consts) {
        int nconsts = consts.size();
        if (nconsts == 0) {
            return;
        }
        int[] indexMap = new int[nconsts];
        for (int i = 1; i < nconsts; i++) {
            indexMap[i] = -1;
        }
        indexMap[0] = 0;
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                if (Opcode.hasConst(b.instr[i].opcode)) {
                    int index = b.instr[i].oparg;
                    indexMap[index] = index;
                }
            }
        }
        // Compact the used indices to the front of indexMap.
        int nUsed = 0;
        for (int i = 0; i < nconsts; i++) {
            if (indexMap[i] != -1) {
                assert indexMap[i] == i;
                indexMap[nUsed++] = indexMap[i];
            }
        }
        if (nUsed == nconsts) {
            return;
        }
        for (int i = 0; i < nUsed; i++) {
            int oldIndex = indexMap[i];
            if (i != oldIndex) {
                consts.set(i, consts.get(oldIndex));
            }
        }
        consts.subList(nUsed, nconsts).clear();
        int[] reverse = new int[nconsts];
        java.util.Arrays.fill(reverse, -1);
        for (int i = 0; i < nUsed; i++) {
            reverse[indexMap[i]] = i;
        }
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                if (Opcode.hasConst(b.instr[i].opcode)) {
                    b.instr[i].oparg = reverse[b.instr[i].oparg];
                }
            }
        }
    }

    /** Adds {@code b} to the work list when the mask tells it something new. */
    // CPython: Python/flowgraph.c maybe_push
    private static int maybePush(BasicBlock b, long unsafeMask, BasicBlock[] stack, int sp) {
        long both = b.unsafeLocalsMask | unsafeMask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                // visited means "on the work list" here.
                stack[sp++] = b;
                b.visited = true;
            }
        }
        return sp;
    }

    // CPython: Python/flowgraph.c scan_block_for_locals
    private static int scanBlockForLocals(BasicBlock b, BasicBlock[] stack, int sp) {
        // Bit i set: local i may be unbound.
        long unsafeMask = b.unsafeLocalsMask;
        for (int i = 0; i < b.iused; i++) {
            CfgInstr in = b.instr[i];
            assert in.opcode != EXTENDED_ARG;
            if (in.except != null) {
                sp = maybePush(in.except, unsafeMask, stack, sp);
            }
            if (in.oparg >= 64) {
                continue;
            }
            assert in.oparg >= 0;
            long bit = 1L << in.oparg;
            switch (in.opcode) {
                case DELETE_FAST:
                case LOAD_FAST_AND_CLEAR:
                case STORE_FAST_MAYBE_NULL:
                    unsafeMask |= bit;
                    break;
                case STORE_FAST:
                    unsafeMask &= ~bit;
                    break;
                case LOAD_FAST_CHECK:
                    // If it does not raise, the local is bound from here on.
                    unsafeMask &= ~bit;
                    break;
                case LOAD_FAST:
                    if ((unsafeMask & bit) != 0) {
                        in.opcode = LOAD_FAST_CHECK;
                    }
                    unsafeMask &= ~bit;
                    break;
                default:
                    break;
            }
        }
        if (b.next != null && b.hasFallthrough()) {
            sp = maybePush(b.next, unsafeMask, stack, sp);
        }
        CfgInstr last = b.last();
        if (last != null && last.isJump()) {
            assert last.target != null;
            sp = maybePush(last.target, unsafeMask, stack, sp);
        }
        return sp;
    }

    /** Locals from 64 on: only known-bound within one block, without flow between blocks. */
    // CPython: Python/flowgraph.c fast_scan_many_locals
    private static void fastScanManyLocals(BasicBlock entryblock, int nlocals) {
        assert nlocals > 64;
        // states[i - 64] == blocknum: local i is bound at this point of block blocknum.
        long[] states = new long[nlocals - 64];
        long blocknum = 0;
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            blocknum++;
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                assert in.opcode != EXTENDED_ARG;
                int arg = in.oparg;
                if (arg < 64) {
                    continue;
                }
                switch (in.opcode) {
                    case DELETE_FAST:
                    case LOAD_FAST_AND_CLEAR:
                    case STORE_FAST_MAYBE_NULL:
                        states[arg - 64] = blocknum - 1;
                        break;
                    case STORE_FAST:
                        states[arg - 64] = blocknum;
                        break;
                    case LOAD_FAST:
                        if (states[arg - 64] != blocknum) {
                            in.opcode = LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                        break;
                    default:
                        break;
                }
            }
        }
    }

    /** LOAD_FAST of a local that may be unbound there becomes LOAD_FAST_CHECK. */
    // CPython: Python/flowgraph.c add_checks_for_loads_of_uninitialized_variables
    static void addChecksForLoadsOfUninitializedVariables(BasicBlock entryblock, int nlocals, int nparams) {
        if (nlocals == 0) {
            return;
        }
        if (nlocals > 64) {
            // Beyond 64 locals, a cheaper per-block analysis (no quadratic blow-up).
            fastScanManyLocals(entryblock, nlocals);
            nlocals = 64;
        }
        BasicBlock[] stack = FlowGraph.makeTraversalStack(entryblock);
        int sp = 0;
        // Unbound at the start: every local that is not a parameter.
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) {
            startMask |= 1L << i;
        }
        sp = maybePush(entryblock, startMask, stack, sp);
        // DELETE_FAST and friends can appear anywhere: scan every block once.
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            sp = scanBlockForLocals(b, stack, sp);
        }
        while (sp > 0) {
            BasicBlock b = stack[--sp];
            b.visited = false;
            sp = scanBlockForLocals(b, stack, sp);
        }
    }

    // CPython: Python/flowgraph.c make_super_instruction
    private static void makeSuperInstruction(CfgInstr inst1, CfgInstr inst2, int superOp) {
        int line1 = inst1.loc.lineno();
        int line2 = inst2.loc.lineno();
        if (line1 >= 0 && line2 >= 0 && line1 != line2) {
            return;
        }
        if (inst1.oparg >= 16 || inst2.oparg >= 16) {
            return;
        }
        inst1.setOp1(superOp, (inst1.oparg << 4) | inst2.oparg);
        inst2.setOp0(NOP);
    }

    // CPython: Python/flowgraph.c insert_superinstructions
    static void insertSuperinstructions(FlowGraph g) {
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                CfgInstr inst = b.instr[i];
                int nextop = i + 1 < b.iused ? b.instr[i + 1].opcode : 0;
                switch (inst.opcode) {
                    case LOAD_FAST:
                        if (nextop == LOAD_FAST) {
                            makeSuperInstruction(inst, b.instr[i + 1], LOAD_FAST_LOAD_FAST);
                        }
                        break;
                    case STORE_FAST:
                        if (nextop == LOAD_FAST) {
                            makeSuperInstruction(inst, b.instr[i + 1], STORE_FAST_LOAD_FAST);
                        } else if (nextop == STORE_FAST) {
                            makeSuperInstruction(inst, b.instr[i + 1], STORE_FAST_STORE_FAST);
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        CfgOptimizer.removeRedundantNops(g);
    }
}
