package dev.pyjama.code;

import dev.pyjama.objects.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A code object, with every field CPython 3.13's has. {@link #code} is {@code co_code}: two
 * bytes per code unit (opcode, oparg), inline CACHE units included. Arrays are never
 * modified after construction.
 */
// CPython: Include/cpython/code.h PyCodeObject, Objects/codeobject.c
public final class PyCode extends PyObject {
    // co_flags (Include/cpython/code.h)
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_NOFREE = 0x0040;   // no longer set in 3.13, kept for reading old code
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    public static final int CO_HAS_DOCSTRING = 0x4000000;
    public static final int CO_METHOD = 0x8000000;
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    // co_localspluskinds (Include/internal/pycore_code.h)
    public static final byte CO_FAST_HIDDEN = 0x10;
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    public final int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
    public final byte[] code;
    public final PyObject[] consts;
    public final String[] names;
    public final String[] localsplusnames;
    public final byte[] localspluskinds;
    public final String filename, name, qualname;
    public final byte[] linetable, exceptiontable;

    public PyCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                  byte[] code, PyObject[] consts, String[] names, String[] localsplusnames,
                  byte[] localspluskinds, String filename, String name, String qualname, int firstlineno,
                  byte[] linetable, byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
    }

    /** {@link #exceptiontable} decoded at the first raise in this code (ExceptionTable.lookup). */
    ExceptionTable.Decoded decodedExceptionTable;

    /**
     * Code that stands in for a C function (the Python parts of pyjama's Java modules): its
     * frames add no traceback entries, as C functions add none in CPython.
     */
    public boolean hiddenFromTracebacks;

    /** Marks this code and every code object nested in it as {@link #hiddenFromTracebacks}. */
    public void hideFromTracebacks() {
        hiddenFromTracebacks = true;
        for (PyObject c : consts) if (c instanceof PyCode nested) nested.hideFromTracebacks();
    }

    private dev.pyjama.objects.PyStr[] namesAsStr;
    /**
     * The interpreter's LOAD_GLOBAL caches, one per name (made on first use; entries are
     * {@code dev.pyjama.interp.GlobalCache}), as CPython keeps them inline in the bytecode.
     */
    public Object[] globalCaches;
    /** LOAD_ATTR/STORE_ATTR inline caches by name index (interp.AttrCache), made on first use. */
    public Object[] attrCaches;

    /**
     * The instructions the eval loop runs: a copy of {@link #code} made on first use, where
     * sys.monitoring swaps INSTRUMENTED_* opcodes in and out in place (so frames already
     * running see the change at their next instruction). {@link #code} itself never changes.
     */
    // CPython: the adaptive, instrumented co_code_adaptive (co_code stays the pristine bytes)
    private volatile byte[] instructions;

    /**
     * The monitoring version this code was last instrumented for (0: never, as the interpreter
     * starts). Volatile: written under the monitoring lock, read by RESUME on any thread.
     */
    public volatile long monitoringVersion;
    /** Each code unit's line, filled in by {@link LineTable#addr2Line} when first asked. */
    public int[] lineByUnit;

    public byte[] instructions() {
        byte[] i = instructions;
        if (i == null) {
            // made once: two threads entering the code together must run (and instrument) one copy
            synchronized (this) {
                i = instructions;
                if (i == null) instructions = i = code.clone();
            }
        }
        return i;
    }

    /** {@link #names} as str objects (made once, for the interpreter's lookups). */
    public dev.pyjama.objects.PyStr[] namesAsStr() {
        dev.pyjama.objects.PyStr[] n = namesAsStr;
        if (n == null) {
            n = new dev.pyjama.objects.PyStr[names.length];
            for (int i = 0; i < n.length; i++) n[i] = dev.pyjama.objects.PyStr.intern(names[i]);
            namesAsStr = n;
        }
        return n;
    }

    /** co_varnames: the locals (arguments first), hidden ones included. */
    public String[] varnames() {
        return namesOfKind(CO_FAST_LOCAL);
    }

    public String[] cellvars() {
        return namesOfKind(CO_FAST_CELL);
    }

    public String[] freevars() {
        return namesOfKind(CO_FAST_FREE);
    }

    /** co_nlocals. */
    public int nlocals() {
        return varnames().length;
    }

    private String[] namesOfKind(byte kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.length; i++) {
            if ((localspluskinds[i] & kind) != 0) out.add(localsplusnames[i]);
        }
        return out.toArray(new String[0]);
    }

    // CPython: Objects/codeobject.c code_repr (the address is pyjama's identity hash)
    @Override
    public String repr() {
        return String.format("<code object %s at 0x%08x, file \"%s\", line %d>", name,
                System.identityHashCode(this), filename, firstlineno);
    }

    /**
     * The monitoring version at which this code was last found free of instrumentation (no
     * tool active for it, no INSTRUMENTED_* opcode), or -1 while it is instrumented. Compiled
     * code (dev.pyjama.jit) runs only while this equals {@code Monitoring.globalVersion}.
     */
    public volatile long jitCleanVersion;
    /** Calls and backward jumps left before the JIT compiles this code (dev.pyjama.jit.Jit). */
    public int jitCountdown = dev.pyjama.jit.Jit.threshold();
    /** The compiled form (a dev.pyjama.jit.JitCode), Jit.FAILED when it cannot be, or null. */
    public volatile Object jit;
    /**
     * The compiled form that runs the live instrumented instructions (a dev.pyjama.jit.JitCode
     * checking each site's opcode), Jit.FAILED, or null: used while {@link #jitCleanVersion} is stale.
     */
    public volatile Object jitInstrumented;
    /**
     * The compiled form run inside a monitoring or legacy callback while the code is
     * instrumented (nothing fires there): the plain form without its instrumentation guards,
     * Jit.FAILED, or null.
     */
    public volatile Object jitTracing;
    /**
     * True while some tool wants INSTRUCTION events in this code (Instrumentation.update): then
     * any unit may hold an instrumented opcode, and the instrumented form, which checks only
     * line starts and event sites, hands the frame to the interpreter.
     */
    public volatile boolean jitEveryInstruction;

    /** The code's sys.monitoring state (local events); null until a tool sets one. */
    // CPython: Include/cpython/code.h PyCodeObject _co_monitoring
    public volatile dev.pyjama.monitor.CodeMonitors monitors;

    /** {@code code}. */
    public static final dev.pyjama.objects.PyType TYPE = dev.pyjama.objects.PyType.builtin("code", null);

    @Override
    public dev.pyjama.objects.PyType type() {
        return TYPE;
    }
}
