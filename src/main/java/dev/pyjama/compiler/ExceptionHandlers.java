package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

/**
 * Which handler covers each instruction. SETUP_* push a handler and POP_BLOCK pops it
 * (becoming a NOP); a walk over the graph gives every instruction the handler on top of
 * the stack where it runs.
 */
// CPython: Python/flowgraph.c mark_except_handlers, label_exception_targets
final class ExceptionHandlers {
    private ExceptionHandlers() {}

    // CPython: Python/flowgraph.c mark_except_handlers
    static void markExceptHandlers(BasicBlock entryblock) {
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                if (in.isBlockPush()) {
                    in.target.exceptHandler = true;
                }
            }
        }
    }

    /**
     * Sets {@link CfgInstr#except} everywhere, turns POP_BLOCK into NOP, and marks the
     * RESUME after a yield that runs directly inside one handler (depth 1) as CPython does.
     */
    // CPython: Python/flowgraph.c label_exception_targets
    static void labelExceptionTargets(BasicBlock entryblock) {
        BasicBlock[] todoStack = FlowGraph.makeTraversalStack(entryblock);
        ExceptStack exceptStack = new ExceptStack();
        todoStack[0] = entryblock;
        entryblock.visited = true;
        entryblock.exceptStack = exceptStack;
        int todo = 1;
        while (todo > 0) {
            BasicBlock b = todoStack[--todo];
            assert b.visited;
            exceptStack = b.exceptStack;
            assert exceptStack != null;
            b.exceptStack = null;
            BasicBlock handler = exceptStack.top();
            int lastYieldExceptDepth = -1;
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                if (in.isBlockPush()) {
                    if (!in.target.visited) {
                        in.target.exceptStack = exceptStack.copy();
                        todoStack[todo++] = in.target;
                        in.target.visited = true;
                    }
                    handler = exceptStack.push(in);
                } else if (in.opcode == POP_BLOCK) {
                    handler = exceptStack.pop();
                    in.setOp0(NOP);
                } else if (in.isJump()) {
                    in.except = handler;
                    assert i == b.iused - 1;
                    if (!in.target.visited) {
                        if (b.hasFallthrough()) {
                            in.target.exceptStack = exceptStack.copy();
                        } else {
                            in.target.exceptStack = exceptStack;
                            exceptStack = null;
                        }
                        todoStack[todo++] = in.target;
                        in.target.visited = true;
                    }
                } else if (in.opcode == YIELD_VALUE) {
                    in.except = handler;
                    lastYieldExceptDepth = exceptStack.depth;
                } else if (in.opcode == RESUME) {
                    in.except = handler;
                    if (in.oparg != OpcodeUtils.RESUME_AT_FUNC_START) {
                        assert lastYieldExceptDepth >= 0;
                        if (lastYieldExceptDepth == 1) {
                            in.oparg |= OpcodeUtils.RESUME_OPARG_DEPTH1_MASK;
                        }
                        lastYieldExceptDepth = -1;
                    }
                } else {
                    in.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                assert exceptStack != null;
                b.next.exceptStack = exceptStack;
                todoStack[todo++] = b.next;
                b.next.visited = true;
            }
        }
    }
}
