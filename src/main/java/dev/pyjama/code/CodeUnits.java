package dev.pyjama.code;

/** Helpers over {@code co_code} as a sequence of 16-bit code units (opcode byte, oparg byte). */
public final class CodeUnits {
    private CodeUnits() {}

    /**
     * {@link #baseOpcode} of every byte, computed once: the instrumented JIT form asks at every
     * instrumented site it runs (Instrumented.compiledSite), and one table load there is cheaper
     * than the three (instrumented, valid, deopt) the rule takes.
     */
    private static final int[] BASE = new int[256];

    static {
        int[] deInstrument = new int[256];
        for (int op = Opcode.MIN_INSTRUMENTED_OPCODE; op < 256; op++) {
            String name = Opcode.name(op);
            if (name.startsWith("INSTRUMENTED_")) {
                int base = Opcode.byName(name.substring("INSTRUMENTED_".length()));
                if (base >= 0) deInstrument[op] = base;
            }
        }
        for (int op = 0; op < 256; op++) {
            if (deInstrument[op] != 0) {
                BASE[op] = deInstrument[op];
            } else {
                int d = Opcode.isValid(op) ? Opcode.deopt(op) : 0;
                BASE[op] = d < 0 ? op : d;
            }
        }
    }

    /**
     * The unspecialised, uninstrumented form of {@code op}, as {@code _Py_GetBaseOpcode}
     * gives it for code without monitoring data. Numbers CPython does not use become CACHE (0),
     * as CPython's deopt table has them.
     */
    // CPython: Include/internal/pycore_opcode_metadata.h _PyOpcode_Deopt; Python/instrumentation.c DE_INSTRUMENT
    public static int baseOpcode(int op) {
        return op < 0 || op > 255 ? op : BASE[op];
    }

    /**
     * {@code co_code} as Python sees it: every instruction de-specialised and its inline
     * caches zeroed. Returns {@code code} itself when nothing changes.
     */
    // CPython: Objects/codeobject.c deopt_code, _PyCode_GetCode
    public static byte[] deoptimized(byte[] code) {
        byte[] out = null;
        for (int i = 0; i + 1 < code.length; i += 2) {
            int op = code[i] & 0xff;
            int base = baseOpcode(op);
            if (base != op) {
                if (out == null) out = code.clone();
                out[i] = (byte) base;
            }
            int caches = Opcode.cacheEntries(base);
            for (int j = 1; j <= caches && i + 2 * j + 1 < code.length; j++) {
                int at = i + 2 * j;
                if (code[at] != 0 || code[at + 1] != 0) {
                    if (out == null) out = code.clone();
                    out[at] = 0;
                    out[at + 1] = 0;
                }
            }
            i += 2 * caches;
        }
        return out == null ? code : out;
    }
}
