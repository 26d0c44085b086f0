package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

/**
 * SWAP optimisations: a run of SWAPs is replaced by the shortest run with the same effect,
 * and a SWAP feeding simple stores and POP_TOPs is done by reordering those instead.
 */
// CPython: Python/flowgraph.c swaptimize, apply_static_swaps
final class Swaps {
    private Swaps() {}

    private static final int VISITED = -1;

    /**
     * Rewrites the run of SWAPs and NOPs starting at {@code ix} (a SWAP) into an optimal
     * one, padded with NOPs. Returns the index of the run's last instruction.
     */
    // CPython: Python/flowgraph.c swaptimize
    static int swaptimize(BasicBlock block, int ix) {
        CfgInstr[] instructions = block.instr;
        assert instructions[ix].opcode == SWAP;
        int depth = instructions[ix].oparg;
        int len = 0;
        boolean more = false;
        int limit = block.iused - ix;
        while (++len < limit) {
            int opcode = instructions[ix + len].opcode;
            if (opcode == SWAP) {
                depth = Math.max(depth, instructions[ix + len].oparg);
                more = true;
            } else if (opcode != NOP) {
                break;
            }
        }
        if (!more) {
            // A single SWAP is already optimal.
            return ix;
        }
        // Run the swaps on a model stack of positions 0..depth-1.
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            if (instructions[ix + i].opcode == SWAP) {
                int oparg = instructions[ix + i].oparg;
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        }
        // Write the permutation back as cycles through the top slot, last SWAP first.
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    assert 0 <= current;
                    CfgInstr in = instructions[ix + current--];
                    in.opcode = SWAP;
                    in.oparg = j + 1;
                }
                if (stack[j] == VISITED) {
                    assert j == i;
                    break;
                }
                int nextJ = stack[j];
                stack[j] = VISITED;
                j = nextJ;
            }
        }
        while (0 <= current) {
            instructions[ix + current--].setOp0(NOP);
        }
        return ix + len - 1;
    }

    /** Opcodes that may be reordered: no control flow, no arbitrary code, only touch the top. */
    private static boolean swappable(int opcode) {
        return opcode == STORE_FAST || opcode == STORE_FAST_MAYBE_NULL || opcode == POP_TOP;
    }

    private static int storesTo(CfgInstr in) {
        return in.opcode == STORE_FAST || in.opcode == STORE_FAST_MAYBE_NULL ? in.oparg : -1;
    }

    /** The next swappable instruction after {@code i} (NOPs skipped), staying on {@code lineno} if >= 0; else -1. */
    // CPython: Python/flowgraph.c next_swappable_instruction
    private static int nextSwappableInstruction(BasicBlock block, int i, int lineno) {
        while (++i < block.iused) {
            CfgInstr in = block.instr[i];
            if (0 <= lineno && in.loc.lineno() != lineno) {
                // Reordering across a line boundary would change what a tracer sees bound.
                return -1;
            }
            if (in.opcode == NOP) {
                continue;
            }
            if (swappable(in.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** E.g. SWAP 2, POP_TOP, STORE_FAST x becomes NOP, STORE_FAST x, POP_TOP. */
    // CPython: Python/flowgraph.c apply_static_swaps
    static void applyStaticSwaps(BasicBlock block, int i) {
        for (; 0 <= i; i--) {
            assert i < block.iused;
            CfgInstr swap = block.instr[i];
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappableInstruction(block, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = block.instr[j].loc.lineno();
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappableInstruction(block, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            // Not if both store to the same local, or something in between stores to either.
            int storeJ = storesTo(block.instr[j]);
            int storeK = storesTo(block.instr[k]);
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(block.instr[idx]);
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.setOp0(NOP);
            CfgInstr temp = block.instr[j];
            block.instr[j] = block.instr[k];
            block.instr[k] = temp;
        }
    }
}
