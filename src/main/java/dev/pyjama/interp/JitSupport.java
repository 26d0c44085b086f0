package dev.pyjama.interp;

import dev.pyjama.code.CodeUnits;
import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.jit.Jit;
import dev.pyjama.jit.JitCode;
import dev.pyjama.monitor.Monitoring;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyObject;
import java.lang.invoke.MethodHandles;

/**
 * The eval loop's side of the JIT (dev.pyjama.jit): when to enter compiled code, and how the
 * interpreter takes over when it stops. Compiled classes are defined in this package (with
 * {@link #LOOKUP}) so that they call the loop's package-private helpers directly.
 *
 * <p>Compiled code runs a frame to its end, or stops: at an exception (escaping with
 * {@code f.lasti} at the instruction that raised: {@link #run} unwinds it as the loop's catch
 * does, with the stack depth the compiler knew there) or when the code was instrumented
 * meanwhile ({@link JitCode#BAILOUT}). Either way the interpreter finishes the frame.
 */
public final class JitSupport {
    private JitSupport() {}

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /**
     * The compiled form to run {@code co} with now: the plain one while no instrumented opcode
     * is in the code ({@code jitCleanVersion} current), else the instrumented one, which reads
     * every live opcode. Null while the code is not hot yet or cannot be compiled. A code object
     * that was hot before a tool instrumented it gets its instrumented form at once.
     */
    static JitCode select(PyCode co) {
        // Untraced, one test (both versions current), whose other side EvalWarmup trains: the
        // methods that inline this (Eval.execute, the call paths, Generators.run) then keep it as
        // a call, where a never-taken branch was an uncommon trap that recompiled each of them
        // at the first sys.settrace.
        long version = Monitoring.globalVersion;
        if (((co.monitoringVersion ^ version) | (co.jitCleanVersion ^ version)) != 0) return selectStale(co);
        Object j = co.jit;
        if (j == null) {
            if (co.jitInstrumented == null && --co.jitCountdown >= 0) return null;
            j = compile(co, false);
        }
        return form(j);
    }

    /** {@link #select} for code that is instrumented or was since its last check. */
    private static JitCode selectStale(PyCode co) {
        if (co == TRAINING) return null;
        // what the first RESUME would do: the form is chosen for the code as it will run
        if (co.monitoringVersion != Monitoring.globalVersion) Instrumented.update(co);
        boolean clean = co.jitCleanVersion == Monitoring.globalVersion;
        // inside a callback nothing fires: instrumented code runs as if it were plain
        if (!clean && ThreadState.current().tracing != 0) return tracingForm(co);
        if (!clean && co.jitEveryInstruction) return null; // INSTRUCTION events: the interpreter
        Object j = clean ? co.jit : co.jitInstrumented;
        if (j == null) {
            if (co.jit == null && co.jitInstrumented == null && --co.jitCountdown >= 0) return null;
            j = compile(co, !clean);
        }
        JitCode jc = form(j);
        // counted here, not in run: a test there, never true before tracing, was an uncommon trap in every method that inlined run
        if (!clean && jc != null) Jit.instrumentedRuns++;
        return jc;
    }

    /**
     * {@code j} as compiled code, or null (not compiled yet, or Jit.FAILED). One method for every
     * form: its type profile sees many generated classes, so C2 tests the type; a test of its
     * own in selectStale saw the first instrumented class or two, and C2 speculated on them
     * (class_check traps recompiling Eval.execute at each further class: dicts_sets, strings).
     */
    private static JitCode form(Object j) {
        return j instanceof JitCode jc ? jc : null;
    }

    private static Object compile(PyCode co, boolean instrumented) {
        Object j = Jit.compile(co, LOOKUP, instrumented);
        EvalWarmup.train(); // the eval loop's profile (see there): a cold moment while the program warms up
        return j;
    }

    /** A code object {@link #select} sees as stale, for {@link EvalWarmup#train} (never run, never compiled). */
    private static final PyCode TRAINING = EvalWarmup.trainingCode();

    static {
        TRAINING.monitoringVersion = -1;
    }

    /** Makes {@link #select}'s profile see its stale side (EvalWarmup). */
    static void trainSelect() {
        select(TRAINING);
    }

    /**
     * The form run inside a monitoring or legacy callback (a trace function, a profiler, a
     * sys.monitoring callback: {@code ThreadState.tracing}): no event fires on the thread then,
     * so an instrumented site only stands for its plain instruction, and the plain form without
     * the guards that stop it when the code is instrumented runs the frame. A frame never
     * outlives the callback it runs in (a generator's is chosen again at each resumption).
     */
    // CPython: Python/instrumentation.c call_instrumentation_vector (tstate->tracing: no event)
    private static JitCode tracingForm(PyCode co) {
        Object j = co.jitTracing;
        if (j == null) {
            if (co.jit == null && co.jitInstrumented == null && --co.jitCountdown >= 0) return null;
            j = Jit.compile(co, LOOKUP, false, true);
        }
        return form(j);
    }

    /** The RESUME of the form for callbacks: what an instrumented RESUME records there (Instrumented.whileTracing). */
    static void tracingResume(PyFrame f, int unit) {
        int op = f.code.instructions()[unit << 1] & 0xff;
        if (op >= Opcode.MIN_INSTRUMENTED_OPCODE) Instrumented.resumedWhileTracing(f, unit, op);
    }

    /** The compiled code to run a new frame of {@code co} with, or null to interpret it. */
    static JitCode forCall(PyFrame f, int pc) {
        JitCode jc = select(f.code);
        if (jc == null) return null;
        // a generator resumes where it yielded: with the stack the compiler expects there
        // (not after a jump a trace function made from a yield's event, which left one more value)
        if (pc != 0 && (!jc.isEntry(pc) || f.stack != f.localsplus || f.sp != f.stackBase() + jc.depthAt(pc))) return null;
        return jc;
    }

    /**
     * From the loop's JUMP_BACKWARD (hot): runs the rest of the frame in compiled code from the
     * loop header {@code target} and returns its result, or null to go on interpreting.
     */
    static PyObject osr(PyFrame f, int target, int sp) {
        PyCode co = f.code;
        co.jitCountdown = 0; // hot: select compiles the form it needs now
        JitCode jc = select(co);
        if (jc == null) {
            // neither form compiles: stop asking; one does, the other not: ask again later
            co.jitCountdown = co.jit instanceof JitCode || co.jitInstrumented instanceof JitCode ? 64 : Integer.MAX_VALUE;
            return null;
        }
        if (!jc.isEntry(target) || f.generator != null) {
            co.jitCountdown = 64; // not a loop header the compiler saw: ask again later
            return null;
        }
        f.sp = sp;
        if (f.jitContinuing) {
            // the compiled code below this loop stopped for this frame: it takes the frame back
            // (a loop that keeps switching instrumentation on and off must not nest Java calls)
            f.jitResume = target;
            return JitCode.REENTER;
        }
        try {
            PyObject r = run(jc, f, target);
            if (r == JitCode.RAISED) throw new Escaped(Unwind.takeRaised(ThreadState.current()));
            return r;
        } catch (PyException | StackOverflowError | OutOfMemoryError e) {
            // already unwound through this frame: the loop that called here must not do it again
            throw new Escaped(e);
        }
    }

    /** An exception leaving a frame whose rest ran from {@link #osr}; {@code Eval.execute} unwraps it. */
    static final class Escaped extends RuntimeException {
        final Throwable original;

        Escaped(Throwable original) {
            super(null, null, false, false);
            this.original = original;
        }
    }

    /** Throws what {@code e} wraps. */
    static void rethrow(Escaped e) {
        JitSupport.<RuntimeException>sneaky(e.original);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /**
     * Compiled RERAISE at unit {@code at}: the loop's RERAISE exception, marked with its unit
     * (f_lasti may be restored from the stack), returned to {@link #run} (JitCode.RAISED),
     * which unwinds from there (and from the stack depth there).
     */
    // CPython: Python/bytecodes.c RERAISE
    static PyObject reraise(PyFrame f, PyObject[] s, int sp, int oparg, int at) {
        Unwind.Reraise r = (Unwind.Reraise) EvalHelpers.reraise(f, s, sp, oparg);
        r.at = at;
        ThreadState.current().raised = r;
        return JitCode.RAISED;
    }

    /** Compiled RAISE_VARARGS ({@code f.lasti} at it): the exception it raises, returned to {@link #run} (JitCode.RAISED). */
    // CPython: Python/bytecodes.c RAISE_VARARGS
    static PyObject raise(PyFrame f, PyObject[] s, int sp, int oparg) {
        ThreadState.current().raised = EvalHelpers.raise(s, sp, oparg);
        return JitCode.RAISED;
    }

    /**
     * Compiled CALL ({@code f.lasti} at it): {@link EvalHelpers#call}, except that a Python
     * function run in a new frame that leaves it with an exception answers -1 (the exception in
     * {@code ThreadState.raised}: the compiled code returns JitCode.RAISED) instead of throwing.
     */
    // CPython: Python/bytecodes.c CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS (an error: goto error)
    static int call(PyObject[] s, int sp, int n) {
        int base = sp - n - 2;
        PyObject callable = s[base], self = s[base + 1];
        PyFrame frame = null;
        if (callable instanceof dev.pyjama.objects.PyFunction fn) {
            frame = Calls.framePositional(fn, self, s, base + 2, n);
        } else if (self == null && callable instanceof dev.pyjama.objects.PyMethod m
                && m.function instanceof dev.pyjama.objects.PyFunction fn) {
            frame = Calls.framePositional(fn, m.self, s, base + 2, n);
        }
        if (frame == null) return EvalHelpers.call(s, sp, n);
        PyObject res = Eval.runOrRaised(frame);
        if (res == JitCode.RAISED) return -1;
        for (int i = base + 1; i < sp; i++) s[i] = null;
        s[base] = res;
        return base + 1;
    }

    /**
     * Runs compiled code from {@code entry}; the interpreter finishes what it leaves. Returns
     * {@link JitCode#RAISED} when an exception leaves the frame from compiled code (in
     * {@code ThreadState.raised}; the interpreter's throw instead).
     */
    static PyObject run(JitCode jc, PyFrame f, int entry) {
        PyObject r;
        try {
            r = jc.run(f, entry);
        } catch (PyException | StackOverflowError | OutOfMemoryError e) {
            return afterRun(jc, f, null, e);
        }
        // the usual end, a value, inlines into every caller; the rest stays out of line
        if (r == JitCode.RAISED || r == JitCode.BAILOUT || r == JitCode.REENTER) return afterRun(jc, f, r, null);
        return r;
    }

    /**
     * The rest of {@link #run} after a call of {@code jc.run} returned {@code r} (RAISED,
     * BAILOUT or REENTER) or threw {@code raised}: unwinding, the interpreter, compiled code
     * again at a handler or a hot loop, until the frame's result. CallbackRun, which makes
     * the first {@code jc.run} call at a site of its own, goes on here too.
     */
    static PyObject afterRun(JitCode jc, PyFrame f, PyObject r, Throwable raised) {
        while (true) {
            if (r == JitCode.RAISED) raised = Unwind.takeRaised(ThreadState.current());
            // (what the unwinding or the interpreted handler throws leaves the frame as thrown)
            if (raised != null) {
                r = unwind(jc, f, raised);
                raised = null;
            }
            int entry;
            if (r == JitCode.CONTINUE) {
                entry = f.jitResume; // the handler was compiled too
            } else {
                if (r == JitCode.BAILOUT) r = interpret(f, f.jitResume, f.lasti);
                // a hot loop of the interpreted rest: back into compiled code, in the form osr
                // chose (the code may have been instrumented since); when another thread changed
                // the instrumentation in between, the interpreter goes on and may give the frame
                // back again: REENTER never leaves here (it did, as a worker's result, in
                // MonitoringThreadSafetyTest)
                while (r == JitCode.REENTER) {
                    jc = select(f.code);
                    if (jc != null && jc.isEntry(f.jitResume)) break;
                    r = interpret(f, f.jitResume, f.lasti);
                }
                if (r != JitCode.REENTER) return r;
                entry = f.jitResume;
            }
            try {
                r = jc.run(f, entry);
            } catch (PyException | StackOverflowError | OutOfMemoryError e) {
                r = null;
                raised = e;
                continue;
            }
            if (r != JitCode.RAISED && r != JitCode.BAILOUT && r != JitCode.REENTER) return r;
        }
    }

    /**
     * An exception raised in {@code jc}'s code for {@code f}: unwinds it in this frame and
     * returns {@link JitCode#CONTINUE} when the compiled code goes on at the handler
     * ({@code f.jitResume}), else what the interpreter returns from there; or
     * {@link JitCode#RAISED} when the frame does not handle it.
     */
    private static PyObject unwind(JitCode jc, PyFrame f, Throwable e) {
        // a compiled RERAISE unwinds from itself, as the loop's (f_lasti may be restored)
        int here = e instanceof Unwind.Reraise rr && rr.at >= 0 ? rr.at : f.lasti;
        if (here < 0) JitSupport.<RuntimeException>sneaky(e); // before the first instruction: as the loop's own entry would
        f.sp = f.stackBase() + jc.depthAt(here);
        int pc = Unwind.handleOrLeave(f, e, here);
        if (pc < 0) return JitCode.RAISED;
        if (jc.isEntry(pc) && (jc.tracing() || (jc.instrumented() ? !f.code.jitEveryInstruction
                : f.code.jitCleanVersion == Monitoring.globalVersion))) {
            f.jitResume = pc;
            return JitCode.CONTINUE;
        }
        return interpret(f, pc, f.lasti);
    }

    /** The interpreter finishes the frame, or gives it back ({@link JitCode#REENTER}) at a hot loop header. */
    private static PyObject interpret(PyFrame f, int pc, int prev) {
        boolean outer = f.jitContinuing;
        f.jitContinuing = true;
        try {
            return Eval.continueAt(f, pc, prev);
        } finally {
            f.jitContinuing = outer;
        }
    }

    // ---- called by compiled code ----

    /** Compiled code stops: the interpreter goes on at unit {@code next} after {@code prev}, with stack top {@code sp}. */
    static PyObject bail(PyFrame f, int next, int prev, int sp) {
        f.jitResume = next;
        f.lasti = prev;
        f.sp = sp;
        return JitCode.BAILOUT;
    }

    /** The compiled code's bail-out number {@code i}: {@link #bail} with its table's units and stack top. */
    static PyObject bailAt(int i, JitCode jc, PyFrame f) {
        return bail(f, jc.bail(i, 0), jc.bail(i, 1), jc.bail(i, 2));
    }

    /** Whether {@code co} was instrumented since its plain form's last check (a guard of that form). */
    static boolean stale(PyCode co) {
        return co.jitCleanVersion != Monitoring.globalVersion;
    }

    // ---- called by the instrumented form (JitCompiler with instrumented) ----

    /**
     * A site of {@code jc} whose previous unit is a constant (its table): 0 while the live
     * opcode at {@code unit} is plain (C2 inlines this much: one byte compare), else what
     * {@link Instrumented#compiledSite} returns (0 or {@link Instrumented#JUMPED}). For sites
     * whose instrumented opcode the base case runs itself.
     */
    static int siteIfOn(byte[] instructions, JitCode jc, PyFrame f, int unit) {
        // the slow path is a call C2 leaves out of line (Instrumented.compiledSite says why)
        return (instructions[unit << 1] & 0xff) < Opcode.MIN_INSTRUMENTED_OPCODE ? 0
                : Instrumented.compiledSite(jc, f, unit, -1, f.stack);
    }

    /** {@link #siteIfOn} at a join: {@code prev} is the unit run before. */
    static int siteIfOn(byte[] instructions, JitCode jc, PyFrame f, int unit, int prev) {
        return (instructions[unit << 1] & 0xff) < Opcode.MIN_INSTRUMENTED_OPCODE ? 0
                : Instrumented.compiledSite(jc, f, unit, prev, f.stack);
    }

    /** Whether the live opcode at {@code unit} is instrumented (the loop's {@code op >= MIN_INSTRUMENTED_OPCODE}). */
    static boolean on(byte[] instructions, int unit) {
        return (instructions[unit << 1] & 0xff) >= Opcode.MIN_INSTRUMENTED_OPCODE;
    }

    /**
     * A callback set f_lineno: the interpreter goes on at {@code f.lasti} with {@code f.sp}
     * values, no LINE event there. Or a Python callee of an instrumented CALL site left with an
     * exception (Instrumented.compiledSite: the thread's {@code raised} set): JitCode.RAISED.
     */
    static PyObject jumped(PyFrame f) {
        if (ThreadState.current().raised != null) return JitCode.RAISED;
        return bail(f, f.lasti, f.lasti, f.sp);
    }

    /** RESUME of the instrumented form: true when the code was brought up to date (the RESUME runs again). */
    static boolean resumeOutdated(PyCode co) {
        if (co.monitoringVersion == Monitoring.globalVersion) return false;
        Instrumented.update(co);
        return true;
    }

    /** LOAD_FAST: the local's value, or UnboundLocalError. */
    static PyObject bound(PyObject v, PyFrame f, int index, int here) {
        if (v == null) throw unbound(f, index, here);
        return v;
    }

    private static PyException unbound(PyFrame f, int index, int here) {
        f.lasti = here;
        return EvalHelpers.unboundLocal(f.code, index);
    }

    /** LOAD_DEREF: the cell's value, or NameError. */
    static PyObject deref(PyObject cell, PyFrame f, int index) {
        PyObject v = ((PyCell) cell).ref;
        if (v == null) throw EvalHelpers.unboundDeref(f.code, index);
        return v;
    }

    static PyObject is(PyObject a, PyObject b) {
        return a == b ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyObject isNot(PyObject a, PyObject b) {
        return a != b ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyObject in(PyObject container, PyObject item) {
        return PyBool.of(ContainsOp.contains(container, item));
    }

    static PyObject notIn(PyObject container, PyObject item) {
        return PyBool.of(!ContainsOp.contains(container, item));
    }

    static PyObject not(PyObject v) {
        return v != PyBool.TRUE ? PyBool.TRUE : PyBool.FALSE;
    }
}
