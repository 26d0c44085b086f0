package dev.pyjama.code;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.SetTable;
import java.util.Map;

/**
 * The human-readable description {@code dis} prints after an instruction's argument.
 * Arguments out of range (which CPython's dis would fail on) give {@code ?}.
 */
// CPython: Lib/dis.py ArgResolver.get_argval_argrepr (3.13.0)
final class ArgRepr {
    private ArgRepr() {}

    static String of(PyCode co, int op, long arg, int offset, Map<Integer, Integer> labels) {
        int d = Disassembler.deop(op);
        try {
            if (Opcode.hasConst(d)) return constRepr(co.consts[(int) arg]);
            if (Opcode.hasName(d)) {
                if (d == Opcode.LOAD_GLOBAL) return withSuffix(co.names[(int) (arg >> 1)], arg, " + NULL");
                if (d == Opcode.LOAD_ATTR) return withSuffix(co.names[(int) (arg >> 1)], arg, " + NULL|self");
                if (d == Opcode.LOAD_SUPER_ATTR) return withSuffix(co.names[(int) (arg >> 2)], arg, " + NULL|self");
                return co.names[(int) arg];
            }
            if (Opcode.hasJump(d)) {
                Integer label = labels.get((int) Disassembler.jumpTarget(op, arg, offset));
                return "to L" + label;
            }
            if (d == Opcode.LOAD_FAST_LOAD_FAST || d == Opcode.STORE_FAST_LOAD_FAST || d == Opcode.STORE_FAST_STORE_FAST) {
                return co.localsplusnames[(int) (arg >> 4)] + ", " + co.localsplusnames[(int) (arg & 15)];
            }
            if (Opcode.hasLocal(d) || Opcode.hasFree(d)) return co.localsplusnames[(int) arg];
            if (d == Opcode.COMPARE_OP) {
                String cmp = DisTables.CMP_OP[(int) (arg >> 5)];
                return (arg & 16) != 0 ? "bool(" + cmp + ")" : cmp;
            }
            if (d == Opcode.CONVERT_VALUE) return DisTables.CONVERT_VALUE[(int) arg];
            if (d == Opcode.SET_FUNCTION_ATTRIBUTE) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < DisTables.FUNCTION_ATTR_FLAGS.length; i++) {
                    if ((arg & (1L << i)) != 0) {
                        if (sb.length() > 0) sb.append(", ");
                        sb.append(DisTables.FUNCTION_ATTR_FLAGS[i]);
                    }
                }
                return sb.toString();
            }
            if (d == Opcode.BINARY_OP) return DisTables.NB_OPS[(int) arg];
            if (d == Opcode.CALL_INTRINSIC_1) return DisTables.INTRINSIC_1[(int) arg];
            if (d == Opcode.CALL_INTRINSIC_2) return DisTables.INTRINSIC_2[(int) arg];
            return "";
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            return "?";
        }
    }

    private static String withSuffix(String name, long arg, String suffix) {
        return (arg & 1) != 0 && !name.isEmpty() ? name + suffix : name;
    }

    /**
     * {@code repr(constant)} as CPython prints it: frozensets in the order CPython's set
     * iterates them (see {@link SetTable}), which needs the hashes CPython uses under
     * {@code PYTHONHASHSEED=0}.
     */
    static String constRepr(PyObject v) {
        if (v instanceof PyTuple) {
            PyObject[] items = ((PyTuple) v).items;
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(constRepr(items[i]));
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (v instanceof PyFrozenSet) {
            PyObject[] items = ((PyFrozenSet) v).items();
            if (items.length == 0) return "frozenset()";
            StringBuilder sb = new StringBuilder("frozenset({");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(constRepr(items[i]));
            }
            return sb.append("})").toString();
        }
        try {
            return v.repr();
        } catch (PyException e) {
            return "?";
        }
    }
}
