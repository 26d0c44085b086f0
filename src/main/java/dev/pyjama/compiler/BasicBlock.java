package dev.pyjama.compiler;

import java.util.Arrays;

/**
 * A basic block: a run of instructions entered only at the top. Blocks are chained twice:
 * {@link #next} in code order (the fall-through successor), {@link #allocNext} in reverse
 * allocation order (every block ever made, reachable or not).
 */
// CPython: Python/flowgraph.c basicblock
final class BasicBlock {
    private static final int DEFAULT_BLOCK_SIZE = 16;
    private static final CfgInstr[] NONE = new CfgInstr[0];

    /** The previously allocated block (b_list). */
    BasicBlock allocNext;
    /** The label of this block when it is a jump target, else -1. */
    int label = -1;
    /** The handler stack on entry, only while label_exception_targets runs. */
    ExceptStack exceptStack;
    CfgInstr[] instr = NONE;
    int iused;
    BasicBlock next;
    /** Bit i set: local i may be unbound here (for the LOAD_FAST_CHECK analysis). */
    long unsafeLocalsMask;
    int predecessors;
    /** Stack depth on entry, computed by the stack depth pass. */
    int startdepth;
    /** An exception handler that wants the offset of the raising instruction pushed too. */
    boolean preserveLasti;
    boolean visited;
    boolean exceptHandler;
    boolean cold;
    boolean warm;

    /** Makes room for one more instruction and returns its index (the slot is to be filled). */
    // CPython: Python/flowgraph.c basicblock_next_instr
    int nextInstr() {
        if (iused == instr.length) {
            int n = instr.length == 0 ? DEFAULT_BLOCK_SIZE : instr.length * 2;
            if (iused + 1 > n) n = iused + 1 + DEFAULT_BLOCK_SIZE;
            instr = Arrays.copyOf(instr, n);
        }
        return iused++;
    }

    // CPython: Python/flowgraph.c basicblock_last_instr
    CfgInstr last() {
        return iused > 0 ? instr[iused - 1] : null;
    }

    // CPython: Python/flowgraph.c basicblock_addop
    void addop(int opcode, int oparg, Location loc) {
        assert OpcodeUtils.isWithinOpcodeRange(opcode);
        assert !OpcodeUtils.isAssemblerOpcode(opcode);
        int off = nextInstr();
        instr[off] = new CfgInstr(opcode, oparg, loc);
    }

    /** Appends a jump to {@code target}; false if the block already ends in a jump. */
    // CPython: Python/flowgraph.c basicblock_add_jump
    boolean addJump(int opcode, BasicBlock target, Location loc) {
        CfgInstr last = last();
        if (last != null && last.isJump()) {
            return false;
        }
        addop(opcode, target.label, loc);
        last().target = target;
        return true;
    }

    // CPython: Python/flowgraph.c basicblock_append_instructions
    void appendInstructions(BasicBlock from) {
        for (int i = 0; i < from.iused; i++) {
            int n = nextInstr();
            instr[n] = from.instr[i].copy();
        }
    }

    // CPython: Python/flowgraph.c basicblock_insert_instruction
    void insertInstruction(int pos, CfgInstr in) {
        nextInstr();
        System.arraycopy(instr, pos, instr, pos + 1, iused - 1 - pos);
        instr[pos] = in;
    }

    // CPython: Python/flowgraph.c basicblock_nofallthrough
    boolean noFallthrough() {
        CfgInstr last = last();
        return last != null && (OpcodeUtils.isScopeExit(last.opcode) || OpcodeUtils.isUnconditionalJump(last.opcode));
    }

    boolean hasFallthrough() {
        return !noFallthrough();
    }

    // CPython: Python/flowgraph.c basicblock_exits_scope
    boolean exitsScope() {
        CfgInstr last = last();
        return last != null && OpcodeUtils.isScopeExit(last.opcode);
    }

    // CPython: Python/flowgraph.c basicblock_has_eval_break
    boolean hasEvalBreak() {
        for (int i = 0; i < iused; i++) {
            if (OpcodeUtils.hasEvalBreak(instr[i].opcode)) return true;
        }
        return false;
    }

    // CPython: Python/flowgraph.c basicblock_has_no_lineno
    boolean hasNoLineno() {
        for (int i = 0; i < iused; i++) {
            if (instr[i].loc.lineno() >= 0) return false;
        }
        return true;
    }

    /** The first non-empty block from this one on along {@link #next}, or null. */
    // CPython: Python/flowgraph.c next_nonempty_block
    static BasicBlock nextNonempty(BasicBlock b) {
        while (b != null && b.iused == 0) b = b.next;
        return b;
    }
}
