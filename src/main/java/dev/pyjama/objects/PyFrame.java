package dev.pyjama.objects;

import dev.pyjama.code.PyCode;

/**
 * One activation of a code object: its fast locals, cells and free variables
 * ({@link #localsplus}, laid out as {@code co_localsplusnames}), its value stack (the same array,
 * after them: {@link #stackBase}), and where it
 * is ({@link #lasti}, the index in code units of the instruction running or last run, as
 * CPython's {@code f_lasti} / 2). A heap object, so generators keep theirs between resumptions.
 */
// CPython: Include/internal/pycore_frame.h _PyInterpreterFrame, Objects/frameobject.c
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", null);

    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (and exec/eval); null for functions. */
    public PyObject locals;
    /**
     * The fast locals, cells and free variables in slots {@code [0, stackBase())}, then the value
     * stack: one block per frame, as CPython's {@code localsplus} (one allocation per call).
     */
    public final PyObject[] localsplus;
    /** Names set through f_locals that are not variables of the code (PEP 667); null until one is. */
    // CPython: Include/internal/pycore_frame.h PyFrameObject f_extra_locals
    public PyDict extraLocals;
    /**
     * The value stack: {@link #localsplus} itself, its values from index {@link #stackBase()}
     * up to {@link #sp}. Not final: a generator resumed after a jump made from a yield's
     * 'return' event gets the sent value on top of the target's stack, as CPython pushes it: a
     * value no instruction pops, so the stack grows by one slot then, in a copy (whose slots
     * below the base are then unused: the locals stay in {@link #localsplus}).
     */
    public PyObject[] stack;
    /** The index above the top value of {@link #stack}: {@link #stackBase()} when it is empty. */
    public int sp;
    /** Index (in code units) of the current instruction; -1 before the first. */
    public int lasti = -1;
    /** The frame that called this one, while it runs. */
    public PyFrame back;
    /** The generator, coroutine or async generator that owns this frame, or null. */
    public PyGenerator generator;
    /** {@code f_trace}: the local trace function, or null for None. */
    public PyObject trace;
    /** {@code f_trace_lines} and {@code f_trace_opcodes}: which local events legacy tracing reports. */
    public boolean traceLines = true, traceOpcodes;
    /**
     * A jump made from the 'return' event of a yield ({@code f_lineno} set then): where the
     * generator resumes, and its stack depth there, or -1. The yield itself still happens.
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_YIELD_VALUE (frame->instr_ptr moved by the callback)
    public int resumeAt = -1, resumeSp;
    /**
     * While a BRANCH event of an instrumented FOR_ITER runs (after the iteration step), the
     * unit whose modelled stack is the real one; -1 otherwise (then it is {@link #lasti}'s).
     */
    public int jumpModelAt = -1;
    /** Where the interpreter goes on when compiled code (dev.pyjama.jit) stops early. */
    public int jitResume;
    /**
     * True while the interpreter finishes this frame for compiled code that stopped
     * (JitSupport.run): a hot loop then hands the frame back to that compiled code instead of
     * entering it again in a deeper Java call.
     */
    public boolean jitContinuing;
    /** The function running in this frame, or null for module code. */
    public final PyFunction function;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        int base = code.localsplusnames.length;
        this.localsplus = this.stack = new PyObject[base + code.stacksize];
        this.sp = base;
    }

    /**
     * Bumped when frames of running code may become visible to Python code that runs
     * asynchronously or on another thread (an eval-breaker check, {@code sys._current_frames},
     * {@code gc.get_referrers}): a trace function's frame in use
     * then is not reused (dev.pyjama.monitor.CallbackFrames).
     */
    public static int handedOut;

    /**
     * Makes a finished frame that nothing else references new again for another call of the
     * same function (dev.pyjama.monitor.CallbackFrames): every field back to what the
     * constructor leaves, the fast locals and value stack empty.
     */
    public void renew() {
        java.util.Arrays.fill(localsplus, null);
        stack = localsplus;
        sp = code.localsplusnames.length;
        lasti = -1;
        locals = null;
        extraLocals = null;
        back = null;
        generator = null;
        trace = null;
        traceLines = true;
        traceOpcodes = false;
        resumeAt = -1;
        resumeSp = 0;
        jumpModelAt = -1;
        jitResume = 0;
        jitContinuing = false;
    }

    /** Where the value stack starts in {@link #stack}: after the fast locals, cells and free variables. */
    public int stackBase() {
        return code.localsplusnames.length;
    }

    /** {@code f_lineno}: the line being run, from the location table (-1 when the instruction has none). */
    // CPython: Objects/frameobject.c PyFrame_GetLineNumber
    public int lineno() {
        return dev.pyjama.code.LineTable.addr2Line(code, lasti * 2);
    }

    /**
     * {@code frame.clear()} of a frame that no longer runs: drops its variables, value stack,
     * extra locals and local trace function.
     */
    // CPython: Objects/frameobject.c frame_tp_clear
    public void clearContents() {
        java.util.Arrays.fill(localsplus, null);
        java.util.Arrays.fill(stack, null);
        sp = stackBase();
        trace = null;
        extraLocals = null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // CPython: Objects/frameobject.c frame_repr
    @Override
    public String repr() {
        return "<frame at 0x" + PyHash.addressHex(this) + ", file " + PyStr.repr(code.filename)
                + ", line " + lineno() + ", code " + code.name + ">";
    }
}
