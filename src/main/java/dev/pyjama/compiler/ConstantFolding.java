package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.Opcode;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import java.util.List;

/**
 * The optimisations that look at constant values: tuples of constants built at run time
 * become one constant, a constant's truth value decides a conditional jump, a comparison
 * with None becomes POP_JUMP_IF_(NOT_)NONE, and LOAD_CONST + RETURN_VALUE is RETURN_CONST.
 */
// CPython: Python/flowgraph.c optimize_load_const, fold_tuple_on_constants, add_const
final class ConstantFolding {
    private ConstantFolding() {}

    // CPython: Python/flowgraph.c get_const_value
    private static PyObject constValue(int opcode, int oparg, List<PyObject> consts) {
        assert Opcode.hasConst(opcode);
        PyObject constant = opcode == LOAD_CONST ? consts.get(oparg) : null;
        if (constant == null) {
            throw new PyException("SystemError", "Internal error: failed to get value of a constant");
        }
        return constant;
    }

    /**
     * The index of {@code newconst} in {@code consts}, appending it if absent. The value is
     * first merged with the cache; the list is then searched by identity, as CPython does.
     */
    // CPython: Python/flowgraph.c add_const
    static int addConst(PyObject newconst, List<PyObject> consts, ConstCache constCache) {
        newconst = constCache.mergeOne(newconst);
        int index;
        int n = consts.size();
        for (index = 0; index < n; index++) {
            if (consts.get(index) == newconst) break;
        }
        if (index == n) {
            if (index >= Integer.MAX_VALUE - 1) {
                throw new PyException("OverflowError", "too many constants");
            }
            consts.add(newconst);
        }
        return index;
    }

    /**
     * {@code bb.instr[start .. start+n-1]} loading constants followed by BUILD_TUPLE n at
     * {@code start+n}: the loads become NOPs and the build loads the folded tuple.
     */
    // CPython: Python/flowgraph.c fold_tuple_on_constants
    static void foldTupleOnConstants(ConstCache constCache, BasicBlock bb, int start, int n, List<PyObject> consts) {
        CfgInstr[] inst = bb.instr;
        assert inst[start + n].opcode == BUILD_TUPLE && inst[start + n].oparg == n;
        for (int i = 0; i < n; i++) {
            if (!Opcode.hasConst(inst[start + i].opcode)) return;
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = constValue(inst[start + i].opcode, inst[start + i].oparg, consts);
        }
        int index = addConst(PyTuple.of(items), consts, constCache);
        for (int i = 0; i < n; i++) {
            inst[start + i].setOp0(NOP);
        }
        inst[start + n].setOp1(LOAD_CONST, index);
    }

    // CPython: Python/flowgraph.c basicblock_optimize_load_const
    private static void optimizeLoadConst(ConstCache constCache, BasicBlock bb, List<PyObject> consts) {
        int opcode = 0;
        int oparg = 0;
        for (int i = 0; i < bb.iused; i++) {
            CfgInstr inst = bb.instr[i];
            // A COPY 1 of a constant counts as loading that constant again.
            boolean isCopyOfLoadConst = opcode == LOAD_CONST && inst.opcode == COPY && inst.oparg == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
            }
            assert !OpcodeUtils.isAssemblerOpcode(opcode);
            if (opcode != LOAD_CONST) {
                continue;
            }
            int nextop = i + 1 < bb.iused ? bb.instr[i + 1].opcode : 0;
            switch (nextop) {
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE: {
                    // The jump is decided now: always taken (JUMP) or never (NOP).
                    boolean isTrue = Truth.isTrue(constValue(opcode, oparg, consts));
                    inst.setOp0(NOP);
                    boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                    if (isTrue == jumpIfTrue) {
                        bb.instr[i + 1].opcode = JUMP;
                    } else {
                        bb.instr[i + 1].setOp0(NOP);
                    }
                    break;
                }
                case IS_OP: {
                    // LOAD_CONST None; IS_OP [TO_BOOL]; POP_JUMP_IF_x -> POP_JUMP_IF_(NOT_)NONE
                    PyObject cnt = constValue(opcode, oparg, consts);
                    if (!(cnt instanceof PyNone)) {
                        break;
                    }
                    if (bb.iused <= i + 2) {
                        break;
                    }
                    CfgInstr isInstr = bb.instr[i + 1];
                    CfgInstr jumpInstr = bb.instr[i + 2];
                    if (jumpInstr.opcode == TO_BOOL) {
                        jumpInstr.setOp0(NOP);
                        if (bb.iused <= i + 3) {
                            break;
                        }
                        jumpInstr = bb.instr[i + 3];
                    }
                    boolean invert = isInstr.oparg != 0;
                    if (jumpInstr.opcode == POP_JUMP_IF_FALSE) {
                        invert = !invert;
                    } else if (jumpInstr.opcode != POP_JUMP_IF_TRUE) {
                        break;
                    }
                    inst.setOp0(NOP);
                    isInstr.setOp0(NOP);
                    jumpInstr.opcode = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                    break;
                }
                case RETURN_VALUE:
                    inst.setOp0(NOP);
                    bb.instr[++i].setOp1(RETURN_CONST, oparg);
                    break;
                case TO_BOOL: {
                    boolean isTrue = Truth.isTrue(constValue(opcode, oparg, consts));
                    int index = addConst(PyBool.of(isTrue), consts, constCache);
                    inst.setOp0(NOP);
                    bb.instr[i + 1].setOp1(LOAD_CONST, index);
                    break;
                }
                default:
                    break;
            }
        }
    }

    // CPython: Python/flowgraph.c optimize_load_const
    static void optimizeLoadConst(ConstCache constCache, FlowGraph g, List<PyObject> consts) {
        for (BasicBlock b = g.entryblock; b != null; b = b.next) {
            optimizeLoadConst(constCache, b, consts);
        }
    }
}
