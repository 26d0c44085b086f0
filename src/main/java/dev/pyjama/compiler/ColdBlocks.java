package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.JUMP_NO_INTERRUPT;

/**
 * Moves cold code (exception handlers and what only they reach) after the warm code, so
 * that the normal path runs straight through.
 */
// CPython: Python/flowgraph.c mark_warm, mark_cold, push_cold_blocks_to_end
final class ColdBlocks {
    private ColdBlocks() {}

    /** Warm: reachable from the entry without going through an exception handler. */
    // CPython: Python/flowgraph.c mark_warm
    private static void markWarm(BasicBlock entryblock) {
        BasicBlock[] stack = FlowGraph.makeTraversalStack(entryblock);
        int sp = 0;
        stack[sp++] = entryblock;
        entryblock.visited = true;
        while (sp > 0) {
            BasicBlock b = stack[--sp];
            assert !b.exceptHandler;
            b.warm = true;
            BasicBlock next = b.next;
            if (next != null && b.hasFallthrough() && !next.visited) {
                stack[sp++] = next;
                next.visited = true;
            }
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                if (in.isJump() && !in.target.visited) {
                    stack[sp++] = in.target;
                    in.target.visited = true;
                }
            }
        }
    }

    /** Cold: reachable from an exception handler without passing through warm code. */
    // CPython: Python/flowgraph.c mark_cold
    private static void markCold(BasicBlock entryblock) {
        markWarm(entryblock);
        BasicBlock[] stack = FlowGraph.makeTraversalStack(entryblock);
        int sp = 0;
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            if (b.exceptHandler) {
                assert !b.warm;
                stack[sp++] = b;
                b.visited = true;
            }
        }
        while (sp > 0) {
            BasicBlock b = stack[--sp];
            b.cold = true;
            BasicBlock next = b.next;
            if (next != null && b.hasFallthrough()) {
                if (!next.warm && !next.visited) {
                    stack[sp++] = next;
                    next.visited = true;
                }
            }
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                if (in.isJump()) {
                    assert i == b.iused - 1;
                    BasicBlock target = in.target;
                    if (!target.warm && !target.visited) {
                        stack[sp++] = target;
                        target.visited = true;
                    }
                }
            }
        }
    }

    // CPython: Python/flowgraph.c push_cold_blocks_to_end
    static void pushColdBlocksToEnd(FlowGraph g) {
        BasicBlock entryblock = g.entryblock;
        if (entryblock.next == null) {
            return;
        }
        markCold(entryblock);

        int nextLbl = g.maxLabel() + 1;

        // A cold block falling through into a warm one gets an explicit jump instead.
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                BasicBlock explicitJump = g.newBlock();
                if (b.next.label == InstructionSequence.NO_LABEL) {
                    b.next.label = nextLbl++;
                }
                explicitJump.addop(JUMP_NO_INTERRUPT, b.next.label, Location.NO_LOCATION);
                explicitJump.cold = true;
                explicitJump.next = b.next;
                explicitJump.predecessors = 1;
                b.next = explicitJump;
                explicitJump.last().target = explicitJump.next;
            }
        }

        assert !entryblock.cold;
        BasicBlock coldBlocks = null;
        BasicBlock coldBlocksTail = null;
        BasicBlock b = entryblock;
        while (b.next != null) {
            assert !b.cold;
            while (b.next != null && !b.next.cold) {
                b = b.next;
            }
            if (b.next == null) {
                break;
            }
            // b.next starts a cold streak; find its end.
            BasicBlock bEnd = b.next;
            while (bEnd.next != null && bEnd.next.cold) {
                bEnd = bEnd.next;
            }
            if (coldBlocks == null) {
                coldBlocks = b.next;
            } else {
                coldBlocksTail.next = b.next;
            }
            coldBlocksTail = bEnd;
            b.next = bEnd.next;
            bEnd.next = null;
        }
        assert b.next == null;
        b.next = coldBlocks;

        if (coldBlocks != null) {
            CfgOptimizer.removeRedundantNopsAndJumps(g);
        }
    }
}
