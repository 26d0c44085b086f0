package dev.pyjama.interp;

import dev.pyjama.code.Opcode;

/**
 * CPython's adaptive counter, kept where CPython keeps it (the first inline cache unit of the
 * live instructions, {@link dev.pyjama.code.PyCode#instructions()}) for the few instructions
 * whose specialisation sys.monitoring can observe: FOR_ITER ({@link AdaptiveForIter}) and the
 * sites that run Python code inline once specialised ({@link AdaptiveInlining}). pyjama's
 * opcode stays the generic one; the specialisation it would have is recorded beside the counter.
 *
 * <p>The unit, 16 bits, is CPython's backoff counter: the value in bits 0-11, the backoff
 * exponent in bits 12-15. Only a specialised instruction's counter has backoff 0 (the cooldown
 * one), so there bits 8-11 of the value, above the cooldown's 52, say which specialisation. The
 * unit is stored XOR the warm-up counter, so that the zeros of a fresh copy of co_code are the
 * warm-up counter CPython's _PyCode_Quicken writes.
 */
// CPython: Include/internal/pycore_backoff.h, Include/internal/pycore_code.h adaptive_counter_*,
// Python/bytecodes.c (the _SPECIALIZE_* steps, DEOPT_IF back to the adaptive instruction)
final class AdaptiveCounter {
    private AdaptiveCounter() {}

    /** No specialisation: the adaptive instruction (kinds are 1..15, chosen by each user). */
    static final int NONE = 0;
    private static final int WARMUP = counter(1, 1), COOLDOWN_VALUE = 52;

    private static final int FOR_ITER = Opcode.byName("FOR_ITER"), LOAD_ATTR = Opcode.byName("LOAD_ATTR"),
            BINARY_SUBSCR = Opcode.byName("BINARY_SUBSCR"), CALL = Opcode.byName("CALL");

    private static int counter(int value, int backoff) {
        return value | backoff << 12;
    }

    /** The counter's value: 12 bits, or 8 under a specialisation's kind. */
    private static int value(int c) {
        return kind(c) == NONE ? c & 0xfff : c & 0xff;
    }

    private static int backoff(int c) {
        return c >>> 12;
    }

    /** The specialisation a counter belongs to (NONE for an adaptive instruction). */
    static int kind(int c) {
        return backoff(c) == 0 ? c >>> 8 & 0xf : NONE;
    }

    static int state(byte[] code, int here) {
        int at = 2 * (here + 1);
        return (code[at] & 0xff | (code[at + 1] & 0xff) << 8) ^ WARMUP;
    }

    private static void setState(byte[] code, int here, int c) {
        int at = 2 * (here + 1), raw = c ^ WARMUP;
        code[at] = (byte) raw;
        code[at + 1] = (byte) (raw >>> 8);
    }

    /** Whether sys.monitoring must reset the counter of {@code opcode} when its site becomes plain again. */
    static boolean kept(int opcode) {
        return opcode == FOR_ITER || opcode == LOAD_ATTR || opcode == BINARY_SUBSCR || opcode == CALL;
    }

    /** Back to the warm-up counter, unspecialised (sys.monitoring, when the site is plain again). */
    // CPython: Python/instrumentation.c de_instrument, de_instrument_line, de_instrument_per_instruction
    static void reset(byte[] code, int here) {
        setState(code, here, WARMUP);
    }

    /**
     * One execution of the instruction at {@code here} whose operands would specialise it to
     * {@code found} (NONE when they would not), {@code guard} saying whether that specialisation's
     * run-time guards pass: advances the counter as the adaptive instruction does, specialising
     * when it triggers, and returns the kind this execution runs as (a specialised instruction
     * whose guard fails runs as the adaptive one).
     */
    static int step(byte[] code, int here, int found, boolean guard) {
        int c = state(code, here);
        while (true) {
            int kind = kind(c);
            if (kind != NONE && kind == found && guard) return kind;
            // the adaptive instruction, or a specialised one that deoptimised to it
            if (value(c) != 0) {
                setState(code, here, c - 1); // ADVANCE_ADAPTIVE_COUNTER: the value is not 0, nothing borrows
                return NONE;
            }
            if (found != NONE) {
                c = counter(COOLDOWN_VALUE | found << 8, 0);
            } else {
                // CPython: pycore_backoff.h restart_backoff_counter
                int b = Math.min(backoff(c) + 1, 12);
                c = counter((1 << b) - 1, b);
            }
            setState(code, here, c);
            // and run again as what it became (DISPATCH_SAME_OPARG)
        }
    }

    /**
     * {@code code._co_code_adaptive}: the live instructions as CPython shows them, INSTRUMENTED_*
     * opcodes included, with the specialisations pyjama tracks (FOR_ITER_LIST/TUPLE/RANGE/GEN,
     * LOAD_ATTR_PROPERTY, BINARY_SUBSCR_GETITEM, CALL_ALLOC_AND_ENTER_INIT, CALL_NON_PY_GENERAL)
     * under their own opcodes, with the counters pyjama keeps as CPython does (FOR_ITER's, and a
     * specialised site's) in CPython 3.13's layout (value above a 4-bit backoff). Everything
     * else shows as co_code has it: pyjama does not specialise other instructions (RESUME_CHECK,
     * LOAD_GLOBAL_MODULE...) and keeps nothing in their caches.
     */
    // CPython: Objects/codeobject.c code_getcodeadaptive; Include/internal/pycore_backoff.h (3.13.0 layout)
    static byte[] adaptiveCode(dev.pyjama.code.PyCode co) {
        byte[] base = co.code, live = co.instructions(), out = live.clone();
        for (int i = 0; i < base.length / 2; ) {
            int op = base[2 * i] & 0xff, caches = Opcode.cacheEntries(op);
            if (caches > 0 && kept(op)) {
                int c = state(live, i), kind = kind(c);
                if (kind != NONE && (live[2 * i] & 0xff) == op) out[2 * i] = (byte) specialised(op, kind);
                if (op == FOR_ITER || kind != NONE) {
                    // counters that move as CPython's: FOR_ITER's at every execution, and a specialised site's cooldown
                    int shown = value(c) << 4 | backoff(c);
                    out[2 * i + 2] = (byte) shown;
                    out[2 * i + 3] = (byte) (shown >>> 8);
                }
            }
            i += 1 + caches;
        }
        return out;
    }

    /** The specialised opcode of kind {@code kind} of {@code op} (the kinds AdaptiveForIter and AdaptiveInlining give). */
    private static int specialised(int op, int kind) {
        if (op == FOR_ITER) {
            return switch (kind) {
                case 1 -> Opcode.FOR_ITER_LIST;
                case 2 -> Opcode.FOR_ITER_TUPLE;
                case 3 -> Opcode.FOR_ITER_RANGE;
                default -> Opcode.FOR_ITER_GEN;
            };
        }
        if (op == LOAD_ATTR) return Opcode.LOAD_ATTR_PROPERTY;
        if (op == BINARY_SUBSCR) return Opcode.BINARY_SUBSCR_GETITEM;
        return kind == 1 ? Opcode.CALL_ALLOC_AND_ENTER_INIT : Opcode.CALL_NON_PY_GENERAL;
    }
}
