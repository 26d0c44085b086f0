package dev.pyjama.jit;

import dev.pyjama.code.PyCode;
import java.lang.invoke.MethodHandles;

/**
 * When to compile a code object: after {@link #threshold()} calls and backward jumps, once;
 * a code object that cannot be compiled is marked {@link #FAILED} and never tried again.
 * {@code -Dpyjama.jit=off} (or {@code PYJAMA_JIT=0}) turns the JIT off;
 * {@code -Dpyjama.jit.threshold=N} (or {@code PYJAMA_JIT_THRESHOLD=N}) sets the threshold, 0
 * compiling every eligible code object at its first call (the test mode);
 * {@code -Dpyjama.jit.log=true} prints each compile and each refusal with its reason.
 */
public final class Jit {
    private Jit() {}

    /** {@code co.jit} of a code object that stays interpreted. */
    public static final Object FAILED = new Object();
    /** Compiled classes at most (each hidden class costs metaspace). */
    private static int maxCompiled = Integer.getInteger("pyjama.jit.max", 3000);
    static final boolean LOG = Boolean.getBoolean("pyjama.jit.log") || "1".equals(System.getenv("PYJAMA_JIT_LOG"));

    /** {@code -Dpyjama.jit.dump=DIR}: each generated class is written there (for javap: JVM bci in deoptimisation logs). */
    static final String DUMP = System.getProperty("pyjama.jit.dump");

    static void dump(PyCode co, String form, byte[] bytes) {
        String file = (co.qualname + "-" + co.firstlineno + "-" + form).replaceAll("[^A-Za-z0-9_.-]", "_") + ".class";
        try {
            java.nio.file.Files.write(java.nio.file.Path.of(DUMP, file), bytes);
        } catch (java.io.IOException e) {
            System.err.println("pyjama.jit: cannot dump " + file + ": " + e);
        }
    }

    /** Times JitSupport.select chose a compiled instrumented form (a tally for tests: unsynchronised). */
    public static long instrumentedRuns;

    private static volatile int threshold = initialThreshold();
    private static int compiled, compiledInstrumented, compiledTracing, refused, largest, split;

    private static int initialThreshold() {
        String on = System.getProperty("pyjama.jit", System.getenv("PYJAMA_JIT"));
        if (on != null && (on.equals("off") || on.equals("0") || on.equals("false"))) return Integer.MAX_VALUE;
        String t = System.getProperty("pyjama.jit.threshold", System.getenv("PYJAMA_JIT_THRESHOLD"));
        if (t != null) {
            try {
                return Math.max(0, Integer.parseInt(t.trim()));
            } catch (NumberFormatException e) {
                // keep the default
            }
        }
        return 1000;
    }

    /** The countdown a new code object starts with (Integer.MAX_VALUE: never). */
    public static int threshold() {
        return threshold;
    }

    /** For tests: how many code objects may be compiled in all; returns the previous cap. */
    public static synchronized int setMaxCompiled(int max) {
        int old = maxCompiled;
        maxCompiled = max;
        return old;
    }

    /** For tests: the threshold of code objects made from now on; returns the previous one. */
    public static int setThreshold(int t) {
        int old = threshold;
        threshold = t;
        return old;
    }

    public static synchronized int compiledCount() {
        return compiled;
    }

    public static synchronized int refusedCount() {
        return refused;
    }

    /** Forms compiled as several JVM methods (JitPieces) so far. */
    public static synchronized int splitCount() {
        return split;
    }

    /** Bytes of JVM bytecode of the largest method compiled so far. */
    public static synchronized int largestMethod() {
        return largest;
    }

    /** The size over which a generated method is refused (HotSpot compiles none over 8000 bytes). */
    public static int maxMethodBytes() {
        return JitCompiler.MAX_METHOD_BYTES;
    }

    /**
     * Compiles {@code co} (classes defined with {@code lookup}, which must have full privilege
     * in the package of the helpers the code calls) and records the result in {@code co.jit}.
     */
    public static Object compile(PyCode co, MethodHandles.Lookup lookup) {
        return compile(co, lookup, false);
    }

    /**
     * Compiles {@code co}: with {@code instrumented}, the form that checks the live opcode of
     * every instruction and runs the instrumented ones' events (recorded in
     * {@code co.jitInstrumented}), else the plain form (in {@code co.jit}).
     */
    public static Object compile(PyCode co, MethodHandles.Lookup lookup, boolean instrumented) {
        return compile(co, lookup, instrumented, false);
    }

    /**
     * {@link #compile(PyCode, MethodHandles.Lookup, boolean)}, or with {@code tracing} (and not
     * {@code instrumented}) the form run inside callbacks, recorded in {@code co.jitTracing}:
     * the plain form without the guards that stop it once the code is instrumented.
     */
    public static synchronized Object compile(PyCode co, MethodHandles.Lookup lookup, boolean instrumented, boolean tracing) {
        tracing &= !instrumented;
        Object j = tracing ? co.jitTracing : instrumented ? co.jitInstrumented : co.jit;
        if (j != null) return j;
        co.jitCountdown = Integer.MAX_VALUE;
        if (compiled >= maxCompiled) {
            record(co, instrumented, tracing, FAILED);
            return FAILED;
        }
        long t0 = LOG ? System.nanoTime() : 0;
        try {
            JitCode jc;
            try {
                jc = new JitCompiler(co, true, instrumented, tracing).compile(lookup);
            } catch (JitCompiler.Unsupported e) {
                // too large (or a handler the compiler cannot follow): the handlers stay interpreted
                jc = new JitCompiler(co, false, instrumented, tracing).compile(lookup);
            }
            compiled++;
            if (instrumented) compiledInstrumented++;
            if (tracing) compiledTracing++;
            largest = Math.max(largest, jc.size);
            if (jc.pieces > 1) split++;
            co.jitCountdown = 0; // the loop's JUMP_BACKWARD enters the compiled code when it interprets this code
            if (LOG) System.err.println("pyjama.jit: compiled " + (instrumented ? "(instrumented) " : tracing ? "(tracing) " : "") + describe(co) + " (" + jc.size + " bytes"
                    + (jc.pieces > 1 ? " in the largest of " + jc.pieces + " pieces" : "") + ", "
                    + (System.nanoTime() - t0) / 100_000 / 10.0 + " ms)");
            record(co, instrumented, tracing, jc);
            return jc;
        } catch (JitCompiler.Unsupported e) {
            refused++;
            if (LOG) System.err.println("pyjama.jit: not compiled " + (instrumented ? "(instrumented) " : "") + describe(co) + ": " + e.getMessage()
                    + " (" + (System.nanoTime() - t0) / 100_000 / 10.0 + " ms)");
        } catch (Throwable e) {
            refused++;
            if (LOG) System.err.println("pyjama.jit: failed " + describe(co) + ": " + e);
        }
        record(co, instrumented, tracing, FAILED);
        // the other form may still come: the code stays hot
        co.jitCountdown = 0;
        return FAILED;
    }

    private static void record(PyCode co, boolean instrumented, boolean tracing, Object j) {
        if (tracing) co.jitTracing = j;
        else if (instrumented) co.jitInstrumented = j;
        else co.jit = j;
    }

    /** Code objects compiled in their form for callbacks (JitCompiler's tracing). */
    public static synchronized int compiledTracingCount() {
        return compiledTracing;
    }

    /** Code objects compiled in their instrumented form. */
    public static synchronized int compiledInstrumentedCount() {
        return compiledInstrumented;
    }

    private static String describe(PyCode co) {
        return co.qualname + " (" + co.filename + ":" + co.firstlineno + ")";
    }
}
