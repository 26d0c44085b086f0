package dev.pyjama.compiler;

import dev.pyjama.code.Opcode;

/**
 * One instruction of the flow graph. CPython stores these by value in each block's array;
 * here they are objects, so wherever CPython copies an instruction into a second live slot
 * this code calls {@link #copy()}, and a slot is never refilled by mutating the object that
 * was in it.
 */
// CPython: Python/flowgraph.c cfg_instr
final class CfgInstr {
    int opcode;
    int oparg;
    Location loc;
    /** The block jumped to (jumps and SETUP_*). */
    BasicBlock target;
    /** The block handling exceptions raised here (set by label_exception_targets). */
    BasicBlock except;

    CfgInstr(int opcode, int oparg, Location loc) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.loc = loc;
    }

    CfgInstr copy() {
        CfgInstr c = new CfgInstr(opcode, oparg, loc);
        c.target = target;
        c.except = except;
        return c;
    }

    /** Becomes an instruction without argument. */
    // CPython: Python/flowgraph.c INSTR_SET_OP0
    void setOp0(int op) {
        assert !Opcode.hasArg(op) : Opcode.name(op);
        opcode = op;
        oparg = 0;
    }

    // CPython: Python/flowgraph.c INSTR_SET_OP1
    void setOp1(int op, int arg) {
        assert Opcode.hasArg(op) : Opcode.name(op);
        opcode = op;
        oparg = arg;
    }

    boolean isJump() {
        return Opcode.hasJump(opcode);
    }

    boolean isBlockPush() {
        return OpcodeUtils.isBlockPush(opcode);
    }

    @Override
    public String toString() {
        return Opcode.name(opcode) + " " + oparg + " line " + loc.lineno();
    }
}
