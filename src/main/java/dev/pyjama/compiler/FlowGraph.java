package dev.pyjama.compiler;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import java.util.List;

/**
 * The control flow graph of one code unit: built from the code generator's instruction
 * sequence, optimised, and turned back into a sequence for the assembler. The passes live
 * in their own classes (CfgOptimizer, LineNumbers, LocalsPlus, ...); this class builds the
 * graph and runs them in CPython's order.
 */
// CPython: Python/flowgraph.c cfg_builder and the pass drivers
public final class FlowGraph {
    /** Where control enters; every block of the code is reachable from it along next. */
    BasicBlock entryblock;
    /** The most recently allocated block; all blocks are chained by allocNext. */
    BasicBlock blockList;
    BasicBlock curblock;
    /** The label to give the next block started, or -1. */
    private int currentLabel = InstructionSequence.NO_LABEL;

    // CPython: Python/flowgraph.c _PyCfgBuilder_New, init_cfg_builder
    public FlowGraph() {
        curblock = entryblock = newBlock();
    }

    // CPython: Python/flowgraph.c cfg_builder_new_block
    BasicBlock newBlock() {
        BasicBlock b = new BasicBlock();
        b.allocNext = blockList;
        blockList = b;
        return b;
    }

    // CPython: Python/flowgraph.c cfg_builder_use_next_block
    private void useNextBlock(BasicBlock block) {
        curblock.next = block;
        curblock = block;
    }

    // CPython: Python/flowgraph.c cfg_builder_current_block_is_terminated
    private boolean currentBlockIsTerminated() {
        CfgInstr last = curblock.last();
        if (last != null && OpcodeUtils.isTerminator(last.opcode)) {
            return true;
        }
        if (currentLabel != InstructionSequence.NO_LABEL) {
            if (last != null || curblock.label != InstructionSequence.NO_LABEL) {
                return true;
            }
            // The current block is empty and unlabelled: it takes the label.
            curblock.label = currentLabel;
            currentLabel = InstructionSequence.NO_LABEL;
        }
        return false;
    }

    // CPython: Python/flowgraph.c cfg_builder_maybe_start_new_block
    private void maybeStartNewBlock() {
        if (currentBlockIsTerminated()) {
            BasicBlock b = newBlock();
            b.label = currentLabel;
            currentLabel = InstructionSequence.NO_LABEL;
            useNextBlock(b);
        }
    }

    // CPython: Python/flowgraph.c _PyCfgBuilder_UseLabel
    public void useLabel(int label) {
        currentLabel = label;
        maybeStartNewBlock();
    }

    // CPython: Python/flowgraph.c _PyCfgBuilder_Addop
    public void addop(int opcode, int oparg, Location loc) {
        maybeStartNewBlock();
        curblock.addop(opcode, oparg, loc);
    }

    /**
     * The graph of a code generator's output: a block starts at each instruction that is a
     * jump target, labelled with that instruction's index.
     */
    // CPython: Python/compile.c instr_sequence_to_cfg
    public static FlowGraph fromSequence(InstructionSequence seq) {
        seq.applyLabelMap();
        int n = seq.used;
        boolean[] isTarget = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (OpcodeUtils.hasTarget(seq.opcodes[i])) {
                int t = seq.opargs[i];
                assert t >= 0 && t < n;
                isTarget[t] = true;
            }
        }
        FlowGraph g = new FlowGraph();
        for (int i = 0; i < n; i++) {
            if (isTarget[i]) {
                g.useLabel(i);
            }
            g.addop(seq.opcodes[i], seq.opargs[i], seq.locations[i]);
        }
        return g;
    }

    /**
     * Every optimisation of a code unit, in CPython's order. {@code consts} is the unit's
     * constant list: folding appends to it, and unused entries are dropped at the end.
     */
    // CPython: Python/flowgraph.c _PyCfg_OptimizeCodeUnit
    public void optimizeCodeUnit(List<PyObject> consts, ConstCache constCache, int nlocals, int nparams,
                                 int firstlineno) {
        translateJumpLabelsToTargets();
        ExceptionHandlers.markExceptHandlers(entryblock);
        ExceptionHandlers.labelExceptionTargets(entryblock);

        CfgOptimizer.optimizeCfg(this, consts, constCache, firstlineno);
        LocalsAnalysis.removeUnusedConsts(entryblock, consts);
        LocalsAnalysis.addChecksForLoadsOfUninitializedVariables(entryblock, nlocals, nparams);
        LocalsAnalysis.insertSuperinstructions(this);

        ColdBlocks.pushColdBlocksToEnd(this);
        LineNumbers.resolveLineNumbers(this, firstlineno);
    }

    /** The result of {@link #toFinalSequence}. */
    public record Prepared(InstructionSequence seq, int stackdepth, int nlocalsplus) {}

    /**
     * Stack depth, the prologue (generator start, cells, free variables), pseudo-instructions
     * made real, backward conditional jumps rewritten: the sequence the assembler takes.
     */
    // CPython: Python/flowgraph.c _PyCfg_OptimizedCfgToInstructionSequence
    public Prepared toFinalSequence(CodeUnitMetadata umd, int codeFlags) {
        int stackdepth = StackDepth.calculate(this);
        int nlocalsplus = LocalsPlus.prepareLocalsplus(umd, this, codeFlags);
        CfgOptimizer.convertPseudoOps(this);
        CfgOptimizer.normalizeJumps(this);
        InstructionSequence seq = toInstructionSequence();
        return new Prepared(seq, stackdepth, nlocalsplus);
    }

    /**
     * The graph as a sequence, one label per block (labels not applied yet); each
     * instruction carries its exception handler's label, stack depth and lasti flag.
     */
    // CPython: Python/flowgraph.c _PyCfg_ToInstructionSequence
    public InstructionSequence toInstructionSequence() {
        InstructionSequence seq = new InstructionSequence();
        int lbl = 0;
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            b.label = lbl++;
        }
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            seq.useLabel(b.label);
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                if (OpcodeUtils.hasTarget(in.opcode)) {
                    in.oparg = in.target.label;
                }
                seq.addop(in.opcode, in.oparg, in.loc);
                if (in.except != null) {
                    seq.setLastHandler(in.except.label, in.except.startdepth, in.except.preserveLasti);
                } else {
                    seq.setLastHandler(-1, 0, false);
                }
            }
        }
        return seq;
    }

    /** For an already optimised sequence given from outside: resolve jumps and handlers only. */
    // CPython: Python/flowgraph.c _PyCfg_JumpLabelsToTargets
    public void jumpLabelsToTargets() {
        translateJumpLabelsToTargets();
        ExceptionHandlers.labelExceptionTargets(entryblock);
    }

    // CPython: Python/flowgraph.c get_max_label
    int maxLabel() {
        int lbl = -1;
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            if (b.label > lbl) lbl = b.label;
        }
        return lbl;
    }

    // CPython: Python/flowgraph.c translate_jump_labels_to_targets
    private void translateJumpLabelsToTargets() {
        int maxLabel = maxLabel();
        BasicBlock[] label2block = new BasicBlock[maxLabel + 1];
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            if (b.label >= 0) label2block[b.label] = b;
        }
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                CfgInstr in = b.instr[i];
                assert in.target == null;
                if (OpcodeUtils.hasTarget(in.opcode)) {
                    int lbl = in.oparg;
                    assert lbl >= 0 && lbl <= maxLabel;
                    in.target = label2block[lbl];
                    assert in.target != null && in.target.label == lbl;
                }
            }
        }
    }

    /** Refuses a graph where a jump or scope exit is not the last instruction of its block. */
    // CPython: Python/flowgraph.c check_cfg
    void check() {
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                int opcode = b.instr[i].opcode;
                assert !OpcodeUtils.isAssemblerOpcode(opcode);
                if (OpcodeUtils.isTerminator(opcode) && i != b.iused - 1) {
                    throw new PyException("SystemError", "malformed control flow graph.");
                }
            }
        }
    }

    /**
     * Clears the visited flag of every block and returns an array big enough to serve as the
     * work stack of a traversal.
     */
    // CPython: Python/flowgraph.c make_cfg_traversal_stack
    static BasicBlock[] makeTraversalStack(BasicBlock entryblock) {
        int nblocks = 0;
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            b.visited = false;
            nblocks++;
        }
        return new BasicBlock[nblocks];
    }
}
