package dev.pyjama.compiler;

/** The stack of active exception handlers at some point of the flow graph. */
// CPython: Python/flowgraph.c struct _PyCfgExceptStack
final class ExceptStack {
    final BasicBlock[] handlers = new BasicBlock[OpcodeUtils.CO_MAXBLOCKS + 2];
    int depth;

    ExceptStack copy() {
        ExceptStack c = new ExceptStack();
        System.arraycopy(handlers, 0, c.handlers, 0, handlers.length);
        c.depth = depth;
        return c;
    }

    // CPython: Python/flowgraph.c push_except_block
    BasicBlock push(CfgInstr setup) {
        assert setup.isBlockPush();
        BasicBlock target = setup.target;
        if (setup.opcode == dev.pyjama.code.Opcode.SETUP_WITH || setup.opcode == dev.pyjama.code.Opcode.SETUP_CLEANUP) {
            target.preserveLasti = true;
        }
        assert depth <= OpcodeUtils.CO_MAXBLOCKS;
        handlers[++depth] = target;
        return target;
    }

    // CPython: Python/flowgraph.c pop_except_block
    BasicBlock pop() {
        assert depth > 0;
        return handlers[--depth];
    }

    // CPython: Python/flowgraph.c except_stack_top
    BasicBlock top() {
        return handlers[depth];
    }
}
