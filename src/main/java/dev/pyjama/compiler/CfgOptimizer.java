package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import java.util.List;

/**
 * The peephole and control-flow optimisations: inlining small exit blocks, unreachable code
 * removal, jump threading, NOP and redundant jump removal, the per-block rewrites; plus the
 * late passes that make pseudo-instructions real and backward conditional jumps legal.
 * Rewrites leave NOPs behind, removed later where no line event depends on them.
 */
// CPython: Python/flowgraph.c optimize_cfg and the passes it calls
final class CfgOptimizer {
    private CfgOptimizer() {}

    /** Exit blocks up to this size are copied into the blocks jumping to them. */
    private static final int MAX_COPY_SIZE = 4;
    private static final CfgInstr NOP_INSTR = new CfgInstr(NOP, 0, Location.NO_LOCATION);

    // CPython: Python/flowgraph.c optimize_cfg
    static void optimizeCfg(FlowGraph g, List<PyObject> consts, ConstCache constCache, int firstlineno) {
        g.check();
        inlineSmallOrNoLinenoBlocks(g.entryblock);
        removeUnreachable(g.entryblock);
        LineNumbers.resolveLineNumbers(g, firstlineno);
        ConstantFolding.optimizeLoadConst(constCache, g, consts);
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            optimizeBasicBlock(constCache, b, consts);
        }
        removeRedundantNopsAndPairs(g.entryblock);
        removeUnreachable(g.entryblock);
        removeRedundantNopsAndJumps(g);
    }

    /**
     * A block ending in an unconditional jump to a small exit block, or to a block without
     * line numbers that does not fall through, gets a copy of that block instead.
     */
    // CPython: Python/flowgraph.c basicblock_inline_small_or_no_lineno_blocks
    private static boolean inlineSmallOrNoLinenoBlock(BasicBlock bb) {
        CfgInstr last = bb.last();
        if (last == null || !OpcodeUtils.isUnconditionalJump(last.opcode)) {
            return false;
        }
        BasicBlock target = last.target;
        boolean smallExitBlock = target.exitsScope() && target.iused <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = target.hasNoLineno() && !target.hasFallthrough();
        if (smallExitBlock || noLinenoNoFallthrough) {
            assert last.isJump();
            int removedJumpOpcode = last.opcode;
            last.setOp0(NOP);
            bb.appendInstructions(target);
            if (noLinenoNoFallthrough) {
                last = bb.last();
                if (OpcodeUtils.isUnconditionalJump(last.opcode) && removedJumpOpcode == JUMP) {
                    // Keep the eval breaker check the removed jump had.
                    last.opcode = JUMP;
                }
            }
            target.predecessors--;
            return true;
        }
        return false;
    }

    // CPython: Python/flowgraph.c inline_small_or_no_lineno_blocks
    private static void inlineSmallOrNoLinenoBlocks(BasicBlock entryblock) {
        boolean changes;
        do {
            changes = false;
            for (BasicBlock b = entryblock; b != null; b = b.next) {
                if (inlineSmallOrNoLinenoBlock(b)) changes = true;
            }
        } while (changes);
    }

    /** Counts predecessors and empties every block nothing reaches. */
    // CPython: Python/flowgraph.c remove_unreachable
    static void removeUnreachable(BasicBlock entryblock) {
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            b.predecessors = 0;
        }
        BasicBlock[] stack = FlowGraph.makeTraversalStack(entryblock);
        int sp = 0;
        entryblock.predecessors = 1;
        stack[sp++] = entryblock;
        entryblock.visited = true;
        while (sp > 0) {
            BasicBlock b = stack[--sp];
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    assert b.next.predecessors == 0;
                    stack[sp++] = b.next;
                    b.next.visited = true;
                }
                b.next.predecessors++;
            }
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                if (in.isJump() || in.isBlockPush()) {
                    BasicBlock target = in.target;
                    if (!target.visited) {
                        stack[sp++] = target;
                        target.visited = true;
                    }
                    target.predecessors++;
                }
            }
        }
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.iused = 0;
                b.exceptHandler = false;
            }
        }
    }

    /**
     * Drops the NOPs no line event needs: those without a line, and those whose line the
     * previous or next instruction (or the next block) carries anyway.
     */
    // CPython: Python/flowgraph.c basicblock_remove_redundant_nops
    static int removeRedundantNops(BasicBlock bb) {
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < bb.iused; src++) {
            int lineno = bb.instr[src].loc.lineno();
            if (bb.instr[src].opcode == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < bb.iused - 1) {
                    int nextLineno = bb.instr[src + 1].loc.lineno();
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        bb.instr[src + 1].loc = bb.instr[src].loc;
                        continue;
                    }
                } else {
                    BasicBlock next = BasicBlock.nextNonempty(bb.next);
                    if (next != null) {
                        Location nextLoc = Location.NO_LOCATION;
                        for (int k = 0; k < next.iused; k++) {
                            CfgInstr in = next.instr[k];
                            if (in.opcode == NOP && in.loc.lineno() == Location.NO_LOCATION.lineno()) {
                                // Line-less NOPs will go: look past them.
                                continue;
                            }
                            nextLoc = in.loc;
                            break;
                        }
                        if (lineno == nextLoc.lineno()) {
                            continue;
                        }
                    }
                }
            }
            if (dest != src) {
                bb.instr[dest] = bb.instr[src];
            }
            dest++;
            prevLineno = lineno;
        }
        int removed = bb.iused - dest;
        bb.iused = dest;
        return removed;
    }

    // CPython: Python/flowgraph.c remove_redundant_nops
    static int removeRedundantNops(FlowGraph g) {
        int changes = 0;
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            changes += removeRedundantNops(b);
        }
        return changes;
    }

    /** Also removes LOAD_CONST+POP_TOP and COPY 1+POP_TOP pairs, across fall-through edges. */
    // CPython: Python/flowgraph.c remove_redundant_nops_and_pairs
    private static void removeRedundantNopsAndPairs(BasicBlock entryblock) {
        boolean done = false;
        while (!done) {
            done = true;
            CfgInstr prevInstr;
            CfgInstr instr = null;
            for (BasicBlock b = entryblock; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label != InstructionSequence.NO_LABEL) {
                    // A jump target: what came before is not necessarily executed before.
                    instr = null;
                }
                for (int i = 0; i < b.iused; i++) {
                    prevInstr = instr;
                    instr = b.instr[i];
                    int prevOpcode = prevInstr != null ? prevInstr.opcode : 0;
                    int prevOparg = prevInstr != null ? prevInstr.oparg : 0;
                    boolean isRedundantPair = false;
                    if (instr.opcode == POP_TOP) {
                        if (prevOpcode == LOAD_CONST) {
                            isRedundantPair = true;
                        } else if (prevOpcode == COPY && prevOparg == 1) {
                            isRedundantPair = true;
                        }
                    }
                    if (isRedundantPair) {
                        prevInstr.setOp0(NOP);
                        instr.setOp0(NOP);
                        done = false;
                    }
                }
                if ((instr != null && instr.isJump()) || !b.hasFallthrough()) {
                    instr = null;
                }
            }
        }
    }

    /** An unconditional jump to the next non-empty block becomes a NOP. */
    // CPython: Python/flowgraph.c remove_redundant_jumps
    private static int removeRedundantJumps(FlowGraph g) {
        int changes = 0;
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            CfgInstr last = b.last();
            if (last == null) continue;
            assert !OpcodeUtils.isAssemblerOpcode(last.opcode);
            if (OpcodeUtils.isUnconditionalJump(last.opcode)) {
                BasicBlock jumpTarget = BasicBlock.nextNonempty(last.target);
                if (jumpTarget == null) {
                    throw new PyException("SystemError", "jump with NULL target");
                }
                BasicBlock next = BasicBlock.nextNonempty(b.next);
                if (jumpTarget == next) {
                    changes++;
                    last.setOp0(NOP);
                }
            }
        }
        return changes;
    }

    // CPython: Python/flowgraph.c remove_redundant_nops_and_jumps
    static void removeRedundantNopsAndJumps(FlowGraph g) {
        int removedNops, removedJumps;
        do {
            removedNops = removeRedundantNops(g);
            removedJumps = removeRedundantJumps(g);
        } while (removedNops + removedJumps > 0);
    }

    /**
     * Makes {@code inst} (the last instruction of {@code bb}) jump straight to where the jump
     * at its target goes: it becomes a NOP and a new jump is appended. True if it changed.
     */
    // CPython: Python/flowgraph.c jump_thread
    private static boolean jumpThread(BasicBlock bb, CfgInstr inst, CfgInstr target, int opcode) {
        assert inst.isJump() && target.isJump();
        assert inst == bb.last();
        // Threading a jump to itself would loop forever (bpo-45773).
        if (inst.target != target.target) {
            inst.setOp0(NOP);
            bb.addJump(opcode, target.target, target.loc);
            return true;
        }
        return false;
    }

    // CPython: Python/flowgraph.c optimize_basic_block
    private static void optimizeBasicBlock(ConstCache constCache, BasicBlock bb, List<PyObject> consts) {
        for (int i = 0; i < bb.iused; i++) {
            CfgInstr inst = bb.instr[i];
            CfgInstr target;
            int opcode = inst.opcode;
            int oparg = inst.oparg;
            if (OpcodeUtils.hasTarget(opcode)) {
                target = inst.target.iused > 0 ? inst.target.instr[0] : NOP_INSTR;
                assert !OpcodeUtils.isAssemblerOpcode(target.opcode);
            } else {
                target = NOP_INSTR;
            }
            int nextop = i + 1 < bb.iused ? bb.instr[i + 1].opcode : 0;
            switch (opcode) {
                case BUILD_TUPLE:
                    // BUILD_TUPLE n + UNPACK_SEQUENCE n is nothing (n = 1) or a swap (n = 2, 3).
                    if (nextop == UNPACK_SEQUENCE && oparg == bb.instr[i + 1].oparg) {
                        if (oparg == 1) {
                            inst.setOp0(NOP);
                            bb.instr[i + 1].setOp0(NOP);
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.setOp0(NOP);
                            bb.instr[i + 1].opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        ConstantFolding.foldTupleOnConstants(constCache, bb, i - oparg, oparg, consts);
                    }
                    break;
                case POP_JUMP_IF_NOT_NONE:
                case POP_JUMP_IF_NONE:
                    if (target.opcode == JUMP) {
                        if (jumpThread(bb, inst, target, inst.opcode)) i--;
                    }
                    break;
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE:
                    if (target.opcode == JUMP) {
                        if (jumpThread(bb, inst, target, opcode)) i--;
                    }
                    break;
                case JUMP:
                case JUMP_NO_INTERRUPT:
                    if (target.opcode == JUMP) {
                        if (jumpThread(bb, inst, target, JUMP)) i--;
                        continue;
                    } else if (target.opcode == JUMP_NO_INTERRUPT) {
                        if (jumpThread(bb, inst, target, opcode)) i--;
                        continue;
                    }
                    break;
                case STORE_FAST:
                    // Storing twice to the same local on one line: the first store is dead.
                    if (opcode == nextop && oparg == bb.instr[i + 1].oparg
                            && bb.instr[i].loc.lineno() == bb.instr[i + 1].loc.lineno()) {
                        bb.instr[i].opcode = POP_TOP;
                        bb.instr[i].oparg = 0;
                    }
                    break;
                case SWAP:
                    if (oparg == 1) {
                        inst.setOp0(NOP);
                    }
                    break;
                case LOAD_GLOBAL:
                    if (nextop == PUSH_NULL && (oparg & 1) == 0) {
                        inst.setOp1(LOAD_GLOBAL, oparg | 1);
                        bb.instr[i + 1].setOp0(NOP);
                    }
                    break;
                case COMPARE_OP:
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        bb.instr[i + 1].setOp1(COMPARE_OP, oparg | 16);
                        continue;
                    }
                    break;
                case CONTAINS_OP:
                case IS_OP:
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        bb.instr[i + 1].setOp1(opcode, oparg);
                        continue;
                    }
                    break;
                case TO_BOOL:
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        continue;
                    }
                    break;
                case UNARY_NOT:
                    if (nextop == TO_BOOL) {
                        inst.setOp0(NOP);
                        bb.instr[i + 1].setOp0(UNARY_NOT);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setOp0(NOP);
                        bb.instr[i + 1].setOp0(NOP);
                        continue;
                    }
                    break;
                default:
                    break;
            }
        }
        for (int i = 0; i < bb.iused; i++) {
            if (bb.instr[i].opcode == SWAP) {
                i = Swaps.swaptimize(bb, i);
                Swaps.applyStaticSwaps(bb, i);
            }
        }
    }

    /** SETUP_* become NOPs, LOAD_CLOSURE a LOAD_FAST, STORE_FAST_MAYBE_NULL a STORE_FAST. */
    // CPython: Python/flowgraph.c convert_pseudo_ops
    static void convertPseudoOps(FlowGraph g) {
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                if (in.isBlockPush()) {
                    in.setOp0(NOP);
                } else if (in.opcode == LOAD_CLOSURE) {
                    in.opcode = LOAD_FAST;
                } else if (in.opcode == STORE_FAST_MAYBE_NULL) {
                    in.opcode = STORE_FAST;
                }
            }
        }
        removeRedundantNopsAndJumps(g);
    }

    /**
     * Conditional jumps only go forward: a backward one becomes the reversed condition
     * jumping over a new block that holds an unconditional backward JUMP.
     */
    // CPython: Python/flowgraph.c normalize_jumps_in_block
    private static void normalizeJumpsInBlock(FlowGraph g, BasicBlock b) {
        CfgInstr last = b.last();
        if (last == null || !last.isJump() || OpcodeUtils.isUnconditionalJump(last.opcode)) {
            return;
        }
        assert !OpcodeUtils.isAssemblerOpcode(last.opcode);
        boolean isForward = !last.target.visited;
        if (isForward) {
            return;
        }
        int reversedOpcode = 0;
        switch (last.opcode) {
            case POP_JUMP_IF_NOT_NONE: reversedOpcode = POP_JUMP_IF_NONE; break;
            case POP_JUMP_IF_NONE: reversedOpcode = POP_JUMP_IF_NOT_NONE; break;
            case POP_JUMP_IF_FALSE: reversedOpcode = POP_JUMP_IF_TRUE; break;
            case POP_JUMP_IF_TRUE: reversedOpcode = POP_JUMP_IF_FALSE; break;
            default: break;
        }
        BasicBlock target = last.target;
        BasicBlock backwardsJump = g.newBlock();
        backwardsJump.addJump(JUMP, target, last.loc);
        last.opcode = reversedOpcode;
        last.target = b.next;

        backwardsJump.cold = b.cold;
        backwardsJump.next = b.next;
        b.next = backwardsJump;
    }

    // CPython: Python/flowgraph.c normalize_jumps
    static void normalizeJumps(FlowGraph g) {
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            b.visited = false;
        }
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            b.visited = true;
            normalizeJumpsInBlock(g, b);
        }
    }
}
