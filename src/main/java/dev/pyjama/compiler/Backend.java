package dev.pyjama.compiler;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyObject;
import java.util.List;

/**
 * The compiler's back end as one call per code unit: the code generator hands over the
 * instruction sequence and metadata of a finished unit and gets its code object.
 */
// CPython: Python/compile.c optimize_and_assemble_code_unit, _PyCompile_OptimizeCfg, _PyCompile_Assemble
public final class Backend {
    private Backend() {}

    /**
     * Optimises and assembles one code unit. {@code seq} must already end with the unit's
     * final return (codegen's add_return_at_end); its labels are applied here.
     *
     * @param constCache the compilation's constant cache (the one codegen's addConst used)
     * @param codeFlags  co_flags as codegen's compute_code_flags gives them
     * @param nparams    the number of parameters (the symbol table's ste_varnames), which
     *                   are bound on entry for the LOAD_FAST_CHECK analysis
     */
    // CPython: Python/compile.c optimize_and_assemble_code_unit
    public static PyCode optimizeAndAssemble(InstructionSequence seq, CodeUnitMetadata umd, ConstCache constCache,
                                             int codeFlags, String filename, int nparams) {
        List<PyObject> consts = umd.constsInOrder();
        FlowGraph g = FlowGraph.fromSequence(seq);
        int nlocals = umd.varnames.size();
        assert umd.firstlineno != 0;
        g.optimizeCodeUnit(consts, constCache, nlocals, nparams, umd.firstlineno);
        FlowGraph.Prepared p = g.toFinalSequence(umd, codeFlags);
        return Assembler.makeCode(umd, constCache, consts, p.stackdepth(), p.seq(), p.nlocalsplus(), codeFlags,
                filename);
    }

    /**
     * Only the optimiser, as CPython's test hook runs it (no parameters, first line 1, a
     * fresh constant cache): returns the optimised sequence with labels applied; folded
     * constants are appended to {@code consts} and unused ones removed.
     */
    // CPython: Python/compile.c _PyCompile_OptimizeCfg
    public static InstructionSequence optimizeCfg(InstructionSequence seq, List<PyObject> consts, int nlocals) {
        FlowGraph g = FlowGraph.fromSequence(seq);
        g.optimizeCodeUnit(consts, new ConstCache(), nlocals, 0, 1);
        InstructionSequence out = g.toInstructionSequence();
        out.applyLabelMap();
        return out;
    }

    /**
     * Only the assembler, for a sequence that is already optimised (as CPython's test hook
     * does: code flags 0, a fresh constant cache).
     */
    // CPython: Python/compile.c _PyCompile_Assemble
    public static PyCode assemble(CodeUnitMetadata umd, String filename, InstructionSequence seq) {
        ConstCache constCache = new ConstCache();
        FlowGraph g = FlowGraph.fromSequence(seq);
        g.jumpLabelsToTargets();
        int codeFlags = 0;
        FlowGraph.Prepared p = g.toFinalSequence(umd, codeFlags);
        List<PyObject> consts = umd.constsInOrder();
        return Assembler.makeCode(umd, constCache, consts, p.stackdepth(), p.seq(), p.nlocalsplus(), codeFlags,
                filename);
    }
}
