package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.PyCode;
import java.util.Map;

/**
 * The layout of "fast locals plus": locals first, then cells (except cells of arguments,
 * which stay in their argument's slot), then free variables. Inserts the prologue
 * (RETURN_GENERATOR/POP_TOP, MAKE_CELL, COPY_FREE_VARS), renumbers cell and free variable
 * opargs into that layout, and computes co_localsplusnames / co_localspluskinds.
 */
// CPython: Python/flowgraph.c build_cellfixedoffsets, insert_prefix_instructions,
// fix_cell_offsets, prepare_localsplus; Python/assemble.c compute_localsplus_info
final class LocalsPlus {
    private LocalsPlus() {}

    private static final int GENERATOR_FLAGS = PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR;

    /** For each cell/free index, its slot in localsplus before dropping argument cells. */
    // CPython: Python/flowgraph.c build_cellfixedoffsets
    private static int[] buildCellFixedOffsets(CodeUnitMetadata umd) {
        int nlocals = umd.varnames.size();
        int noffsets = umd.cellvars.size() + umd.freevars.size();
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> e : umd.cellvars.entrySet()) {
            Integer varindex = umd.varnames.get(e.getKey());
            if (varindex == null) {
                continue;
            }
            fixed[e.getValue()] = varindex;
        }
        return fixed;
    }

    // CPython: Python/flowgraph.c insert_prefix_instructions
    private static void insertPrefixInstructions(CodeUnitMetadata umd, BasicBlock entryblock, int[] fixed,
                                                 int nfreevars, int codeFlags) {
        assert umd.firstlineno > 0;
        if ((codeFlags & GENERATOR_FLAGS) != 0) {
            // RETURN_GENERATOR pushes onto the new frame's stack, so with POP_TOP the net effect is 0.
            Location loc = new Location(umd.firstlineno, umd.firstlineno, -1, -1);
            entryblock.insertInstruction(0, new CfgInstr(RETURN_GENERATOR, 0, loc));
            entryblock.insertInstruction(1, new CfgInstr(POP_TOP, 0, loc));
        }
        int ncellvars = umd.cellvars.size();
        if (ncellvars != 0) {
            // MAKE_CELLs go in localsplus order (argument cells first), not cell index order.
            int nvars = ncellvars + umd.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) {
                sorted[fixed[i]] = i + 1;
            }
            for (int i = 0, ncellsused = 0; ncellsused < ncellvars; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) {
                    continue;
                }
                // The oparg is a cell index here; fix_cell_offsets maps it.
                entryblock.insertInstruction(ncellsused, new CfgInstr(MAKE_CELL, oldindex, Location.NO_LOCATION));
                ncellsused++;
            }
        }
        if (nfreevars != 0) {
            entryblock.insertInstruction(0, new CfgInstr(COPY_FREE_VARS, nfreevars, Location.NO_LOCATION));
        }
    }

    /** Maps cell/free opargs to localsplus slots; returns how many argument cells were merged. */
    // CPython: Python/flowgraph.c fix_cell_offsets
    private static int fixCellOffsets(CodeUnitMetadata umd, BasicBlock entryblock, int[] fixedmap) {
        int nlocals = umd.varnames.size();
        int noffsets = umd.cellvars.size() + umd.freevars.size();
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixedmap[i] == i + nlocals) {
                fixedmap[i] -= numdropped;
            } else {
                // An argument cell: it lives in the argument's slot.
                numdropped++;
            }
        }
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                CfgInstr inst = b.instr[i];
                assert inst.opcode != EXTENDED_ARG;
                switch (inst.opcode) {
                    case MAKE_CELL:
                    case LOAD_CLOSURE:
                    case LOAD_DEREF:
                    case STORE_DEREF:
                    case DELETE_DEREF:
                    case LOAD_FROM_DICT_OR_DEREF:
                        assert inst.oparg >= 0 && inst.oparg < noffsets;
                        inst.oparg = fixedmap[inst.oparg];
                        break;
                    default:
                        break;
                }
            }
        }
        return numdropped;
    }

    /** Inserts the prologue, renumbers cells and returns the size of localsplus. */
    // CPython: Python/flowgraph.c prepare_localsplus
    static int prepareLocalsplus(CodeUnitMetadata umd, FlowGraph g, int codeFlags) {
        int nlocals = umd.varnames.size();
        int ncellvars = umd.cellvars.size();
        int nfreevars = umd.freevars.size();
        int nlocalsplus = nlocals + ncellvars + nfreevars;
        int[] cellfixedoffsets = buildCellFixedOffsets(umd);
        // The prologue's MAKE_CELLs must be renumbered too: insert it first.
        insertPrefixInstructions(umd, g.entryblock, cellfixedoffsets, nfreevars, codeFlags);
        int numdropped = fixCellOffsets(umd, g.entryblock, cellfixedoffsets);
        return nlocalsplus - numdropped;
    }

    /** co_localsplusnames and co_localspluskinds. */
    // CPython: Python/assemble.c compute_localsplus_info
    static void computeLocalsplusInfo(CodeUnitMetadata umd, int nlocalsplus, String[] names, byte[] kinds) {
        for (Map.Entry<String, Integer> e : umd.varnames.entrySet()) {
            int offset = e.getValue();
            assert offset >= 0 && offset < nlocalsplus;
            String k = e.getKey();
            // Arguments are not told apart from other locals.
            byte kind = PyCode.CO_FAST_LOCAL;
            if (umd.fasthidden.containsKey(k)) {
                kind |= PyCode.CO_FAST_HIDDEN;
            }
            if (umd.cellvars.containsKey(k)) {
                kind |= PyCode.CO_FAST_CELL;
            }
            names[offset] = k;
            kinds[offset] = kind;
        }
        int nlocals = umd.varnames.size();
        // Mirrors the renumbering in fix_cell_offsets.
        int numdropped = 0;
        for (Map.Entry<String, Integer> e : umd.cellvars.entrySet()) {
            String k = e.getKey();
            if (umd.varnames.containsKey(k)) {
                // Already covered by the local of the same name.
                numdropped++;
                continue;
            }
            int offset = e.getValue() + nlocals - numdropped;
            assert offset < nlocalsplus;
            names[offset] = k;
            kinds[offset] = PyCode.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : umd.freevars.entrySet()) {
            int offset = e.getValue() + nlocals - numdropped;
            assert offset < nlocalsplus;
            names[offset] = e.getKey();
            kinds[offset] = PyCode.CO_FAST_FREE;
        }
    }
}
