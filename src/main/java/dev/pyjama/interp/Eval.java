package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * The eval loop: runs a frame's code until it returns (or, for a generator, yields), and
 * returns the value. Python-to-Python calls recurse (design.md, decision 4). The dispatch
 * method stays under 7,000 bytes of JVM bytecode (EvalMethodSizeTest checks): each case is a
 * line or two; everything else lives in {@link EvalHelpers} and the other helper classes.
 *
 * <p>{@code frame.lasti} is the index (in code units) of the instruction running, as CPython
 * keeps {@code frame->instr_ptr}; a suspended generator's frame keeps the index it resumes at.
 */
// CPython: Python/ceval.c _PyEval_EvalFrameDefault, Python/bytecodes.c
public final class Eval {
    private Eval() {}

    /** Inline cache entries after each opcode, so a fetch skips them in one step. */
    private static final byte[] CACHES = new byte[256];

    static {
        for (int op = 0; op < 256; op++) {
            if (Opcode.isValid(op)) CACHES[op] = (byte) Opcode.cacheEntries(dev.pyjama.code.CodeUnits.baseOpcode(op));
        }
    }

    /** Runs a new frame from its first instruction. */
    public static PyObject run(PyFrame frame) {
        PyObject r = execute(frame, 0, null);
        if (r == dev.pyjama.jit.JitCode.RAISED) throw Unwind.takeRaised(ThreadState.current());
        return r;
    }

    /** {@link #run}, except that an exception compiled code left the frame with is returned as JitCode.RAISED (JitSupport.call). */
    static PyObject runOrRaised(PyFrame frame) {
        return execute(frame, 0, null);
    }

    /**
     * Resumes a suspended generator frame at {@code frame.lasti}; with {@code thrown}, that
     * exception is raised at the point of suspension instead (generator.throw).
     */
    public static PyObject resume(PyFrame frame, PyException thrown) {
        PyObject r = execute(frame, frame.lasti, thrown);
        if (r == dev.pyjama.jit.JitCode.RAISED) throw Unwind.takeRaised(ThreadState.current());
        return r;
    }

    // CPython: Python/ceval.c _Py_EnterRecursivePy / _Py_LeaveRecursiveCallPy
    private static PyObject execute(PyFrame f, int pc, PyException thrown) {
        ThreadState ts = ThreadState.current();
        int depth = ts.depth;
        if (depth >= ts.recursionLimit.value) throw EvalHelpers.recursionError();
        // the caller's frame and depth stay in registers: restoring them reads nothing back
        PyFrame back = ts.frame;
        ts.depth = depth + 1;
        f.back = back;
        ts.frame = f;
        PyObject r;
        try {
            // a hot code object runs its compiled form (dev.pyjama.jit) from its first instruction
            dev.pyjama.jit.JitCode jc;
            r = thrown == null && (jc = JitSupport.forCall(f, pc)) != null
                    ? JitSupport.run(jc, f, pc) : loop(f, pc, pc, thrown);
        } catch (Throwable e) {
            leave(ts, f, back, depth);
            if (e instanceof JitSupport.Escaped x) JitSupport.rethrow(x);
            throw e;
        }
        leave(ts, f, back, depth);
        return r;
    }

    private static void leave(ThreadState ts, PyFrame f, PyFrame back, int depth) {
        ts.frame = back;
        ts.depth = depth;
        if ((f.code.flags & EvalHelpers.GENERATOR_FLAGS) != 0) f.back = null;
    }

    /**
     * Interprets the rest of a frame whose compiled code stopped (JitSupport): from unit
     * {@code pc} with {@code f.sp} values on the stack, {@code prev} the unit run before it.
     */
    static PyObject continueAt(PyFrame f, int pc, int prev) {
        return loop(f, pc, prev, null);
    }

    private static PyObject loop(PyFrame f, int pc, int prev, PyException thrown) {
        final PyCode co = f.code;
        final byte[] code = co.instructions();
        final PyObject[] consts = co.consts;
        final PyStr[] names = co.namesAsStr();
        final PyObject[] l = f.localsplus;
        final PyObject[] s = f.stack;
        int sp = f.sp;
        int here = prev;
        int ext = 0;
        while (true) {
            try {
                if (thrown != null) {
                    PyException t = thrown;
                    thrown = null;
                    here = pc - 1;
                    throw Instrumented.thrownIn(f, here, t);
                }
                while (true) {
                    prev = here;
                    here = pc;
                    f.lasti = pc;
                    int op = code[pc << 1] & 0xff;
                    int arg = (code[(pc << 1) + 1] & 0xff) | ext;
                    ext = 0;
                    if ((op = EvalWarmup.dispatch(f, here, prev, op, arg, s, sp)) < 0) { // (instrumented opcodes: EvalWarmup)
                        here = pc = f.lasti; // a jump (f_lineno set by a trace function): no line event at its target
                        sp = f.sp;
                        continue;
                    }
                    pc += 1 + CACHES[op];
                    PyObject v;
                    switch (op) {
                        case NOP: case CACHE:
                            break;
                        case RESUME:
                            if (Gil.evalBreaker) Gil.handleEvalBreaker(); // CPython: CHECK_EVAL_BREAKER
                            if (co.monitoringVersion != dev.pyjama.monitor.Monitoring.globalVersion) {
                                Instrumented.update(co);
                                pc = here; // run the RESUME again: it may be instrumented now
                            }
                            break;
                        case EXTENDED_ARG:
                            ext = arg << 8;
                            break;
                        case LOAD_FAST: case LOAD_FAST_CHECK:
                            if ((v = l[arg]) == null) throw EvalHelpers.unboundLocal(co, arg);
                            s[sp++] = v;
                            break;
                        case LOAD_FAST_LOAD_FAST:
                            s[sp++] = l[arg >> 4];
                            s[sp++] = l[arg & 15];
                            break;
                        case STORE_FAST:
                            l[arg] = s[--sp];
                            s[sp] = null;
                            break;
                        case STORE_FAST_LOAD_FAST:
                            l[arg >> 4] = s[sp - 1];
                            s[sp - 1] = l[arg & 15];
                            break;
                        case STORE_FAST_STORE_FAST:
                            l[arg >> 4] = s[--sp];
                            l[arg & 15] = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            break;
                        case LOAD_CONST:
                            s[sp++] = consts[arg];
                            break;
                        case POP_TOP: case END_FOR:
                            s[--sp] = null;
                            break;
                        case PUSH_NULL:
                            s[sp++] = null;
                            break;
                        case COPY:
                            s[sp] = s[sp - arg];
                            sp++;
                            break;
                        case SWAP:
                            v = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = v;
                            break;
                        case RETURN_VALUE:
                            v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            return v;
                        case RETURN_CONST:
                            f.sp = sp;
                            return consts[arg];
                        case LOAD_GLOBAL:
                            s[sp++] = GlobalCache.load(f, arg >> 1);
                            if ((arg & 1) != 0) s[sp++] = null;
                            break;
                        case LOAD_NAME:
                            s[sp++] = EvalHelpers.loadName(f, names[arg]);
                            break;
                        case STORE_NAME:
                            EvalHelpers.storeName(f, names[arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case LOAD_ATTR:
                            sp = AttrCache.loadAttr(co, s, sp, names, arg >> 1, (arg & 1) != 0);
                            break;
                        case STORE_ATTR:
                            AttrCache.storeAttr(co, s, sp, names, arg);
                            s[--sp] = null;
                            s[--sp] = null;
                            break;
                        case LOAD_DEREF:
                            if ((v = ((PyCell) l[arg]).ref) == null) throw EvalHelpers.unboundDeref(co, arg);
                            s[sp++] = v;
                            break;
                        case STORE_DEREF:
                            ((PyCell) l[arg]).ref = s[--sp];
                            s[sp] = null;
                            break;
                        case BINARY_OP:
                            v = InlineOps.binaryOp(arg, s[sp - 2], s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case COMPARE_OP:
                            v = InlineOps.compareOp(arg, s[sp - 2], s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case IS_OP:
                            v = PyBool.of((s[sp - 2] == s[--sp]) ^ (arg != 0));
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case CONTAINS_OP:
                            v = PyBool.of(ContainsOp.contains(s[sp - 1], s[sp - 2]) ^ (arg != 0));
                            s[--sp] = null;
                            s[sp - 1] = v;
                            break;
                        case UNARY_NEGATIVE:
                            s[sp - 1] = InlineOps.negative(s[sp - 1]);
                            break;
                        case UNARY_NOT:
                            s[sp - 1] = PyBool.of(s[sp - 1] != PyBool.TRUE);
                            break;
                        case TO_BOOL:
                            s[sp - 1] = InlineOps.toBool(s[sp - 1]);
                            break;
                        case POP_JUMP_IF_FALSE:
                            if (s[--sp] == PyBool.FALSE) pc += arg;
                            s[sp] = null;
                            break;
                        case POP_JUMP_IF_TRUE:
                            if (s[--sp] == PyBool.TRUE) pc += arg;
                            s[sp] = null;
                            break;
                        case POP_JUMP_IF_NONE:
                            if (s[--sp] == PyNone.NONE) pc += arg;
                            s[sp] = null;
                            break;
                        case POP_JUMP_IF_NOT_NONE:
                            if (s[--sp] != PyNone.NONE) pc += arg;
                            s[sp] = null;
                            break;
                        case JUMP_FORWARD:
                            pc += arg;
                            break;
                        case JUMP_BACKWARD:
                            if (Gil.evalBreaker) Gil.handleEvalBreaker(); // CPython: CHECK_EVAL_BREAKER
                            pc -= arg;
                            if (--co.jitCountdown < 0 && (v = JitSupport.osr(f, pc, sp)) != null) return v;
                            break;
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            pc -= arg;
                            break;
                        case GET_ITER:
                            s[sp - 1] = EvalHelpers.getIter(s[sp - 1]);
                            break;
                        case FOR_ITER:
                            if ((v = InlineIter.next(code, here, s[sp - 1])) == null) {
                                s[--sp] = null;
                                pc += arg + 2;
                            } else if (v instanceof AdaptiveForIter.Returned r) {
                                s[sp++] = r.value; // FOR_ITER_GEN: the generator returned into END_FOR
                                pc += arg;
                            } else {
                                s[sp++] = v;
                            }
                            break;
                        case INSTRUMENTED_FOR_ITER:
                            if ((v = EvalHelpers.forIter(s[sp - 1])) != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                pc += arg + 2;
                            }
                            if (Instrumented.branch(f, here, pc, sp)) {
                                here = pc = f.lasti;
                                sp = f.sp;
                                continue;
                            }
                            break;
                        case BINARY_SUBSCR:
                            v = InlineOps.getitem(s[sp - 2], s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case STORE_SUBSCR:
                            InlineOps.setitem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp = EvalHelpers.drop(s, sp, 3);
                            break;
                        case BINARY_SLICE:
                            sp = EvalHelpers.binarySlice(s, sp);
                            break;
                        case BUILD_TUPLE:
                            sp = EvalHelpers.buildTuple(s, sp, arg);
                            break;
                        case BUILD_LIST:
                            sp = EvalHelpers.buildList(s, sp, arg);
                            break;
                        case BUILD_MAP:
                            sp = EvalHelpers.buildMap(s, sp, arg);
                            break;
                        case BUILD_STRING:
                            sp = EvalHelpers.buildString(s, sp, arg);
                            break;
                        case LIST_APPEND:
                            EvalHelpers.listAppend(s[sp - 1 - arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case UNPACK_SEQUENCE:
                            sp = InlineIter.unpack(s, sp, arg);
                            break;
                        case FORMAT_SIMPLE:
                            s[sp - 1] = EvalHelpers.formatSimple(s[sp - 1]);
                            break;
                        case CALL:
                            sp = EvalHelpers.call(s, sp, arg);
                            break;
                        case CALL_KW:
                            sp = EvalHelpers.callKw(s, sp, arg);
                            break;
                        case RETURN_GENERATOR:
                            f.sp = sp;
                            f.lasti = pc;
                            return Generators.create(f);
                        case YIELD_VALUE:
                            v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.lasti = pc;
                            return v;
                        case SEND:
                            if (Generators.send(f, here, s, sp)) pc += arg;
                            break;
                        default: // the rare opcodes: see EvalCold
                            sp = EvalCold.run(f, here, op, arg, s, sp);
                            break;
                    }
                }
            } catch (PyException | StackOverflowError | OutOfMemoryError e) {
                f.sp = sp;
                pc = Unwind.handle(f, e, here);
                sp = f.sp;
                // the handler's LINE compares with the frame's lasti, which a RERAISE restored
                // CPython: Python/instrumentation.c _Py_call_instrumentation_line (prev is frame->instr_ptr)
                here = f.lasti;
            }
        }
    }
}
