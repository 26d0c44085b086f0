package dev.pyjama.jit;

import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyObject;

/**
 * A code object compiled to one JVM method (JitCompiler): the generated hidden class extends
 * this. The frame stays the whole state: the method reads and writes {@code f.localsplus} and
 * the value stack at indexes fixed at compile time, so the interpreter can take over at any
 * instruction boundary.
 */
public abstract class JitCode {
    /** What {@link #run} returns when it stopped early; the interpreter goes on at {@code f.jitResume}. */
    public static final PyObject BAILOUT = sentinel("<jit bailout>");
    /**
     * What the interpreter returns when it gives a frame back to the compiled code that stopped
     * for it, at the hot loop header {@code f.jitResume} (dev.pyjama.interp.JitSupport).
     */
    public static final PyObject REENTER = sentinel("<jit re-enter>");
    /**
     * What a piece of a code object compiled as several JVM methods (JitPieces) returns when
     * the frame goes on in another piece, at {@code f.jitResume}: the class's {@code run}
     * calls that piece. Never leaves {@link #run}.
     */
    public static final PyObject CONTINUE = sentinel("<jit continue>");
    /**
     * An exception instead of a throw (the exception in the thread state's {@code raised}):
     * what compiled code returns when it raised one (RAISE_VARARGS, RERAISE, a Python callee
     * that left with one), and what dev.pyjama.interp.JitSupport's {@code run} returns when its
     * frame is left with one. A return, not a throw: HotSpot unwinds a throw in its runtime,
     * one compiled frame at a time (a code-cache lookup each), which cost more than the rest of
     * a raise and its catch.
     */
    public static final PyObject RAISED = sentinel("<jit raised>");

    /** A value only the JIT's plumbing sees, never Python code. */
    private static PyObject sentinel(String repr) {
        return new PyObject() {
            @Override
            public dev.pyjama.objects.PyType type() {
                return dev.pyjama.objects.PyNone.NONE.type();
            }

            @Override
            public String repr() {
                return repr;
            }
        };
    }

    /** The stack depth (above the frame's stack base) before each code unit that is an instruction; -1 elsewhere. */
    int[] depth;
    /** The units the method can start at: 0 and the targets of JUMP_BACKWARD. */
    boolean[] entries;
    /** Bytes of JVM bytecode of {@link #run} (of its largest piece when it has several). */
    int size;
    /** How many JVM methods (JitPieces) hold the code: 1 when {@link #run} is the whole of it. */
    int pieces = 1;
    /** Back edges after which a piece returns and is called again at its loop header (0: never). */
    int leave;
    /**
     * True for the form compiled for instrumented code: it reads the live opcode of every
     * instruction and runs an instrumented one's events first, as the eval loop does, so it
     * stays valid whatever tools change; it starts with {@code f.lasti} as the unit run before.
     */
    boolean instrumented;
    /** True for the form run inside callbacks only (JitCompiler's tracing): no instrumentation guards. */
    boolean tracing;
    /** Instrumented form, per unit: its full argument, and the unit run before it (-1: the PREV the site passes). */
    int[] siteArg, sitePrev;

    /** The compiled bail-outs: (next unit, previous unit, stack top) for each index. */
    int[] bails;

    protected JitCode() {}

    /**
     * Runs the frame from unit {@code entry} ({@code f.sp} values on the stack) and returns its
     * result, or {@link #BAILOUT}. A Python exception escapes with {@code f.lasti} at the
     * instruction that raised it.
     */
    public abstract PyObject run(PyFrame f, int entry);

    /** The stack depth before the instruction at {@code unit}. */
    public final int depthAt(int unit) {
        return depth[unit];
    }

    /** Bail-out {@code i}'s next unit ({@code k} 0), previous unit (1) or stack top (2). */
    public final int bail(int i, int k) {
        return bails[3 * i + k];
    }

    /** True when the compiled method can start at {@code unit}. */
    public final boolean isEntry(int unit) {
        return unit >= 0 && unit < entries.length && entries[unit];
    }

    public final int siteArg(int unit) {
        return siteArg[unit];
    }

    /** The unit run before {@code unit}: a constant, or {@code prev} where paths join. */
    public final int sitePrev(int unit, int prev) {
        int p = sitePrev[unit];
        return p >= 0 ? p : prev;
    }

    public final boolean instrumented() {
        return instrumented;
    }

    public final boolean tracing() {
        return tracing;
    }

    public final int size() {
        return size;
    }

    public final int pieces() {
        return pieces;
    }
}
