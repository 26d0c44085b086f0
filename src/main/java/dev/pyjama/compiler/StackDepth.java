package dev.pyjama.compiler;

import dev.pyjama.code.Opcode;
import dev.pyjama.objects.PyException;

/**
 * The largest stack depth any path needs (co_stacksize), and each block's depth on entry,
 * which exception handlers record in the exception table. Loops are assumed to leave the
 * depth unchanged.
 */
// CPython: Python/flowgraph.c calculate_stackdepth, stackdepth_push
final class StackDepth {
    private StackDepth() {}

    // CPython: Python/flowgraph.c stackdepth_push
    private static int push(BasicBlock[] stack, int sp, BasicBlock b, int depth) {
        if (!(b.startdepth < 0 || b.startdepth == depth)) {
            throw new PyException("ValueError", "Invalid CFG, inconsistent stackdepth");
        }
        if (b.startdepth < depth && b.startdepth < 100) {
            assert b.startdepth < 0;
            b.startdepth = depth;
            stack[sp++] = b;
        }
        return sp;
    }

    private static int effect(CfgInstr in, int jump) {
        int effect = OpcodeUtils.stackEffect(in.opcode, in.oparg, jump);
        if (effect == OpcodeUtils.INVALID_STACK_EFFECT) {
            throw new PyException("SystemError",
                    "Invalid stack effect for opcode=" + in.opcode + ", arg=" + in.oparg);
        }
        return effect;
    }

    // CPython: Python/flowgraph.c calculate_stackdepth
    static int calculate(FlowGraph g) {
        BasicBlock entryblock = g.entryblock;
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            b.startdepth = Integer.MIN_VALUE;
        }
        BasicBlock[] stack = FlowGraph.makeTraversalStack(entryblock);
        int maxdepth = 0;
        int sp = push(stack, 0, entryblock, 0);
        while (sp > 0) {
            BasicBlock b = stack[--sp];
            int depth = b.startdepth;
            assert depth >= 0;
            BasicBlock next = b.next;
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                int newDepth = depth + effect(in, 0);
                if (newDepth < 0) {
                    throw new PyException("ValueError", "Invalid CFG, stack underflow");
                }
                if (newDepth > maxdepth) {
                    maxdepth = newDepth;
                }
                if (OpcodeUtils.hasTarget(in.opcode)) {
                    int targetDepth = depth + effect(in, 1);
                    assert targetDepth >= 0;
                    if (targetDepth > maxdepth) {
                        maxdepth = targetDepth;
                    }
                    sp = push(stack, sp, in.target, targetDepth);
                }
                depth = newDepth;
                assert !OpcodeUtils.isAssemblerOpcode(in.opcode) : Opcode.name(in.opcode);
                if (OpcodeUtils.isUnconditionalJump(in.opcode) || OpcodeUtils.isScopeExit(in.opcode)) {
                    // The rest of the block is dead.
                    next = null;
                    break;
                }
            }
            if (next != null) {
                assert b.hasFallthrough();
                sp = push(stack, sp, next, depth);
            }
        }
        return maxdepth;
    }
}
