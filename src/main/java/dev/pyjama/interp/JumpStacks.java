package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.ExceptionTable;
import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.OpcodeUtils;

/**
 * The value-stack model behind {@code frame.f_lineno = n}: for every instruction of a code
 * object, the kinds of the values on the stack when it starts (an iterator, an exception being
 * handled, a saved lasti, a NULL, any other object). A jump is allowed when the stack at the
 * target is the current stack with values popped off, kind for kind.
 *
 * <p>A stack is a {@code long}: 3 bits per value, the top in the low bits, 0 for empty; too deep
 * a stack is {@link #OVERFLOWED}, an instruction never reached {@link #UNINITIALIZED}.
 */
// CPython: Objects/frameobject.c mark_stacks, compatible_stack, explain_incompatible_stack (3.13)
final class JumpStacks {
    private JumpStacks() {}

    static final int ITERATOR = 1, EXCEPT = 2, OBJECT = 3, NULL = 4, LASTI = 5;
    private static final int BITS = 3, MASK = (1 << BITS) - 1;
    static final long UNINITIALIZED = -2, OVERFLOWED = -1, EMPTY = 0;
    private static final int MAX_ENTRIES = 63 / BITS;
    private static final long WILL_OVERFLOW = 1L << ((MAX_ENTRIES - 1) * BITS);

    static long push(long stack, int kind) {
        // an unsigned comparison, as CPython's: a negative marker overflows too
        return Long.compareUnsigned(stack, WILL_OVERFLOW) >= 0 ? OVERFLOWED : (stack << BITS) | kind;
    }

    static long pop(long stack) {
        return stack >> BITS; // arithmetic: the markers stay negative
    }

    static int top(long stack) {
        return (int) (stack & MASK);
    }

    private static int peek(long stack, int n) {
        return (int) ((stack >> (BITS * (n - 1))) & MASK);
    }

    private static long swap(long stack, int n) {
        int other = peek(stack, n), top = top(stack);
        int shift = BITS * (n - 1);
        long low = (stack & ~((long) MASK << shift)) | ((long) top << shift);
        return (low & ~MASK) | other;
    }

    private static long popToLevel(long stack, int level) {
        if (level == 0) return EMPTY;
        long levelMax = (long) MASK << ((level - 1) * BITS);
        while (stack > levelMax) stack = pop(stack);
        return stack;
    }

    private static int baseOp(byte[] code, int i) {
        return dev.pyjama.code.CodeUnits.baseOpcode(code[2 * i] & 0xff);
    }

    /** The stack at the start of every code unit ({@code len + 1} entries), iterated until stable. */
    // CPython: Objects/frameobject.c mark_stacks
    static long[] mark(PyCode co) {
        byte[] code = co.code;
        int len = code.length / 2;
        long[] stacks = new long[len + 1];
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = EMPTY;
        var handlers = ExceptionTable.parse(co.exceptiontable);
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < len;) {
                long next = stacks[i];
                int op = baseOp(code, i);
                int oparg = 0;
                while (op == EXTENDED_ARG) {
                    oparg = (oparg << 8) | (code[2 * i + 1] & 0xff);
                    i++;
                    op = baseOp(code, i);
                    stacks[i] = next;
                }
                int nextI = i + Opcode.cacheEntries(op) + 1;
                if (next == UNINITIALIZED) {
                    i = nextI;
                    continue;
                }
                oparg = (oparg << 8) | (code[2 * i + 1] & 0xff);
                switch (op) {
                    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
                        next = pop(next);
                        stacks[nextI + oparg] = next;
                        stacks[nextI] = next;
                        break;
                    case SEND:
                        stacks[i + 1 + Opcode.cacheEntries(SEND) + oparg] = next;
                        stacks[nextI] = next;
                        break;
                    case JUMP_FORWARD:
                        stacks[i + 1 + oparg] = next;
                        break;
                    case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT: {
                        int j = nextI - oparg;
                        if (stacks[j] == UNINITIALIZED && j < i) todo = true;
                        stacks[j] = next;
                        break;
                    }
                    case GET_ITER: case GET_AITER:
                        stacks[nextI] = push(pop(next), ITERATOR);
                        break;
                    case FOR_ITER: {
                        long target = push(next, OBJECT);
                        stacks[nextI] = target;
                        stacks[i + 1 + Opcode.cacheEntries(FOR_ITER) + oparg] = target;
                        break;
                    }
                    case END_ASYNC_FOR:
                        stacks[nextI] = pop(pop(next));
                        break;
                    case PUSH_EXC_INFO:
                        stacks[nextI] = push(next, EXCEPT);
                        break;
                    case POP_EXCEPT:
                        stacks[nextI] = pop(next);
                        break;
                    case RETURN_VALUE: case RETURN_CONST: case RAISE_VARARGS: case RERAISE:
                        break; // the end of a block
                    case PUSH_NULL:
                        stacks[nextI] = push(next, NULL);
                        break;
                    case LOAD_GLOBAL:
                        next = push(next, OBJECT);
                        if ((oparg & 1) != 0) next = push(next, NULL);
                        stacks[nextI] = next;
                        break;
                    case LOAD_ATTR:
                        if ((oparg & 1) != 0) next = push(push(pop(next), OBJECT), NULL);
                        stacks[nextI] = next;
                        break;
                    case SWAP:
                        stacks[nextI] = swap(next, oparg);
                        break;
                    case COPY:
                        stacks[nextI] = push(next, peek(next, oparg));
                        break;
                    default: {
                        int delta = OpcodeUtils.stackEffect(op, oparg, -1);
                        if (delta == OpcodeUtils.INVALID_STACK_EFFECT) delta = 0;
                        for (; delta < 0; delta++) next = pop(next);
                        for (; delta > 0; delta--) next = push(next, OBJECT);
                        stacks[nextI] = next;
                    }
                }
                i = nextI;
            }
            for (ExceptionTable.Entry e : handlers) {
                int start = e.start() / 2, handler = e.target() / 2;
                if (stacks[start] != UNINITIALIZED && stacks[handler] == UNINITIALIZED) {
                    todo = true;
                    long target = popToLevel(stacks[start], e.depth());
                    if (e.lasti()) target = push(target, LASTI);
                    stacks[handler] = push(target, EXCEPT);
                }
            }
        }
        return stacks;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) return false;
        if (to == OBJECT) return from != NULL;
        if (to == NULL) return true;
        return from == to;
    }

    /** Whether popping values off {@code from} gives {@code to}, kind for kind. */
    // CPython: Objects/frameobject.c compatible_stack
    static boolean compatible(long from, long to) {
        if (from < 0 || to < 0) return false;
        while (from > to) from = pop(from);
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) return false;
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    /** Why a jump to an instruction with stack {@code to} is refused. */
    // CPython: Objects/frameobject.c explain_incompatible_stack
    static String explain(long to) {
        if (to == OVERFLOWED) return "stack is too deep to analyze";
        if (to == UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
        return switch (top(to)) {
            case EXCEPT -> "can't jump into an 'except' block as there's no exception";
            case LASTI -> "can't jump into a re-raising block as there's no location";
            case ITERATOR -> "can't jump into the body of a for loop";
            default -> "incompatible stacks";
        };
    }

    /** The line starting at each code unit (where the line differs from the last one seen), or -1. */
    // CPython: Objects/frameobject.c marklines
    static int[] lineStarts(PyCode co) {
        int len = co.code.length / 2;
        int[] starts = new int[len];
        java.util.Arrays.fill(starts, -1);
        var range = new dev.pyjama.code.LineTable.AddressRange(co.linetable, co.firstlineno);
        int last = -1;
        while (range.next()) {
            if (range.line != last && range.line != -1) {
                starts[range.start / 2] = range.line;
                last = range.line;
            }
        }
        return starts;
    }
}
