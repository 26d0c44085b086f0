package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.Opcode;

/**
 * Opcode predicates the back end shares, and the stack effect of every opcode the code
 * generator may emit (pseudo-instructions included). Facts about single opcodes come from
 * {@link Opcode}; this class only groups them the way the compiler asks.
 */
// CPython: Include/internal/pycore_opcode_utils.h, Python/compile.c stack_effect
public final class OpcodeUtils {
    private OpcodeUtils() {}

    public static final int MAX_REAL_OPCODE = 254;
    public static final int MAX_PSEUDO_OPCODE = STORE_FAST_MAYBE_NULL;
    /** The largest static block nesting within a function (CO_MAXBLOCKS). */
    public static final int CO_MAXBLOCKS = 21;

    // Flags in the oparg of SET_FUNCTION_ATTRIBUTE (MAKE_FUNCTION_* in CPython).
    public static final int MAKE_FUNCTION_DEFAULTS = 0x01;
    public static final int MAKE_FUNCTION_KWDEFAULTS = 0x02;
    public static final int MAKE_FUNCTION_ANNOTATIONS = 0x04;
    public static final int MAKE_FUNCTION_CLOSURE = 0x08;

    // The oparg of RESUME.
    public static final int RESUME_AT_FUNC_START = 0;
    public static final int RESUME_AFTER_YIELD = 1;
    public static final int RESUME_AFTER_YIELD_FROM = 2;
    public static final int RESUME_AFTER_AWAIT = 3;
    public static final int RESUME_OPARG_LOCATION_MASK = 0x3;
    public static final int RESUME_OPARG_DEPTH1_MASK = 0x4;

    /** What {@link #stackEffect} answers for an opcode it does not know. */
    public static final int INVALID_STACK_EFFECT = Integer.MAX_VALUE;

    public static boolean isPseudoInstr(int op) {
        return op >= MIN_PSEUDO_OPCODE && op <= MAX_PSEUDO_OPCODE;
    }

    public static boolean isWithinOpcodeRange(int op) {
        return (op >= 0 && op <= MAX_REAL_OPCODE) || isPseudoInstr(op);
    }

    public static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_WITH || op == SETUP_CLEANUP;
    }

    /** Jumps and the block pushes: the instructions whose oparg names a label. */
    public static boolean hasTarget(int op) {
        return Opcode.hasJump(op) || isBlockPush(op);
    }

    /** Instructions that must end a basic block. */
    public static boolean isTerminator(int op) {
        return Opcode.hasJump(op) || isScopeExit(op);
    }

    /** Opcodes only the assembler produces, never the code generator. */
    public static boolean isAssemblerOpcode(int op) {
        return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    public static boolean isBackwardsJump(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    public static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    public static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
    }

    public static boolean hasEvalBreak(int op) {
        return (Opcode.flags(op) & HAS_EVAL_BREAK_FLAG) != 0;
    }

    /**
     * The net change of the stack depth. {@code jump} picks the branch of an instruction
     * with a target: 0 falling through, 1 jumping, -1 the larger of the two. Specialised
     * opcodes are not accepted.
     */
    // CPython: Python/compile.c stack_effect
    public static int stackEffect(int opcode, int oparg, int jump) {
        if (opcode >= 0 && opcode <= MAX_REAL_OPCODE) {
            if (Opcode.deopt(opcode) != opcode) {
                return INVALID_STACK_EFFECT;
            }
            int popped = Opcode.numPopped(opcode, oparg);
            int pushed = Opcode.numPushed(opcode, oparg);
            if (popped < 0 || pushed < 0) {
                return INVALID_STACK_EFFECT;
            }
            return pushed - popped;
        }
        switch (opcode) {
            case POP_BLOCK:
            case JUMP:
            case JUMP_NO_INTERRUPT:
                return 0;
            case SETUP_FINALLY:
                // Nothing while the block runs; the handler gets the exception.
                return jump != 0 ? 1 : 0;
            case SETUP_CLEANUP:
                // The handler gets lasti and the exception.
                return jump != 0 ? 2 : 0;
            case SETUP_WITH:
                // The handler sees the stack without __exit__'s result, plus the exception.
                return jump != 0 ? 1 : 0;
            case STORE_FAST_MAYBE_NULL:
                return -1;
            case LOAD_CLOSURE:
            case LOAD_METHOD:
                return 1;
            case LOAD_SUPER_METHOD:
            case LOAD_ZERO_SUPER_METHOD:
            case LOAD_ZERO_SUPER_ATTR:
                return -1;
            default:
                return INVALID_STACK_EFFECT;
        }
    }
}
