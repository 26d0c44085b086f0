package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.code.DisTables;
import dev.pyjama.code.Opcode;
import dev.pyjama.compiler.OpcodeUtils;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** {@code _opcode}: what opcode.py and dis.py ask of the one opcode table ({@link Opcode}). */
// CPython: Modules/_opcode.c
public final class OpcodeModule {
    private OpcodeModule() {}

    /** The names of the binary operators, in NB_OPS order (their symbols are DisTables.NB_OPS). */
    private static final String[] NB_NAMES = {"ADD", "AND", "FLOOR_DIVIDE", "LSHIFT", "MATRIX_MULTIPLY", "MULTIPLY", "REMAINDER",
        "OR", "POWER", "RSHIFT", "SUBTRACT", "TRUE_DIVIDE", "XOR"};

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_opcode");
        def(m, "stack_effect", (a, kw) -> {
            PyObject[] p = Args.parse("stack_effect", a, 0, kw, new String[] {"", "", "jump"}, 1, 2);
            int op = ModuleSupport.asInt(p[0]);
            int oparg = p[1] == null || p[1] == PyNone.NONE ? 0 : ModuleSupport.asInt(p[1]);
            int jump;
            if (p[2] == null || p[2] == PyNone.NONE) jump = -1;
            else if (p[2] == PyBool.TRUE) jump = 1;
            else if (p[2] == PyBool.FALSE) jump = 0;
            else throw Errors.valueError("stack_effect: jump must be False, True or None");
            int effect = OpcodeUtils.stackEffect(op, oparg, jump);
            if (effect == OpcodeUtils.INVALID_STACK_EFFECT) throw Errors.valueError("invalid opcode or oparg");
            return PyInt.of(effect);
        });
        predicate(m, "is_valid", op -> true);
        predicate(m, "has_arg", Opcode::hasArg);
        predicate(m, "has_const", Opcode::hasConst);
        predicate(m, "has_name", Opcode::hasName);
        predicate(m, "has_jump", Opcode::hasJump);
        predicate(m, "has_free", Opcode::hasFree);
        predicate(m, "has_local", Opcode::hasLocal);
        predicate(m, "has_exc", OpcodeUtils::isBlockPush);
        def(m, "get_intrinsic1_descs", (a, kw) -> names(DisTables.INTRINSIC_1));
        def(m, "get_intrinsic2_descs", (a, kw) -> names(DisTables.INTRINSIC_2));
        def(m, "get_nb_ops", (a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (int i = 0; i < DisTables.NB_OPS.length; i++) {
                String name = "NB_" + (i < NB_NAMES.length ? "" : "INPLACE_") + NB_NAMES[i % NB_NAMES.length];
                out.add(PyTuple.of(PyStr.of(name), PyStr.of(DisTables.NB_OPS[i])));
            }
            return new PyList(out);
        });
        def(m, "get_specialization_stats", (a, kw) -> PyNone.NONE);
        def(m, "get_executor", (a, kw) -> {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "Executors are not available in this build");
        });
        ModuleSupport.set(m, "ENABLE_SPECIALIZATION", 1);
        return m;
    }

    // CPython: Modules/_opcode.c _opcode_has_arg_impl and friends (valid opcodes only: _PyCompile_OpcodeIsValid)
    private static void predicate(PyModule m, String name, IntPredicate p) {
        def(m, name, (a, kw) -> {
            PyObject[] args = Args.parse(name, a, 0, kw, new String[] {"opcode"}, 1, 1);
            int op = ModuleSupport.asInt(args[0]);
            boolean valid = Opcode.isValid(op) || OpcodeUtils.isPseudoInstr(op);
            return PyBool.of(valid && p.test(op));
        });
    }

    private static PyList names(String[] names) {
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n));
        return new PyList(out);
    }

}
