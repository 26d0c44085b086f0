package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

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
        return execute(frame, 0, null);
    }

    /**
     * Resumes a suspended generator frame at {@code frame.lasti}; with {@code thrown}, that
     * exception is raised at the point of suspension instead (generator.throw).
     */
    public static PyObject resume(PyFrame frame, PyException thrown) {
        return execute(frame, frame.lasti, thrown);
    }

    // CPython: Python/ceval.c _Py_EnterRecursivePy / _Py_LeaveRecursiveCallPy
    private static PyObject execute(PyFrame f, int pc, PyException thrown) {
        ThreadState ts = ThreadState.current();
        if (ts.depth >= ts.recursionLimit.value) throw EvalHelpers.recursionError();
        ts.depth++;
        f.back = ts.frame;
        ts.frame = f;
        try {
            return loop(f, pc, thrown);
        } finally {
            ts.frame = f.back;
            ts.depth--;
            if ((f.code.flags & EvalHelpers.GENERATOR_FLAGS) != 0) f.back = null;
        }
    }

    private static PyObject loop(PyFrame f, int pc, PyException thrown) {
        final PyCode co = f.code;
        final byte[] code = co.instructions();
        final PyObject[] consts = co.consts;
        final PyStr[] names = co.namesAsStr();
        final PyObject[] l = f.localsplus;
        final PyObject[] s = f.stack;
        int sp = f.sp;
        int here = pc, prev;
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
                    if (op >= MIN_INSTRUMENTED_OPCODE && (op = Instrumented.before(f, here, prev, op, arg, s, sp)) < 0) {
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
                        case LOAD_FAST_AND_CLEAR:
                            s[sp++] = l[arg];
                            l[arg] = null;
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
                        case DELETE_FAST:
                            if (l[arg] == null) throw EvalHelpers.unboundLocal(co, arg);
                            l[arg] = null;
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
                        case END_SEND:
                            s[sp - 2] = s[sp - 1];
                            s[--sp] = null;
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
                        case DELETE_NAME:
                            EvalHelpers.deleteName(f, names[arg]);
                            break;
                        case STORE_GLOBAL:
                            f.globals.put(names[arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case DELETE_GLOBAL:
                            EvalHelpers.deleteGlobal(f, names[arg]);
                            break;
                        case LOAD_ATTR:
                            sp = AttrCache.loadAttr(co, s, sp, names, arg >> 1, (arg & 1) != 0);
                            break;
                        case STORE_ATTR:
                            AttrCache.storeAttr(co, s, sp, names, arg);
                            s[--sp] = null;
                            s[--sp] = null;
                            break;
                        case DELETE_ATTR:
                            Abstract.setattr(s[sp - 1], names[arg], null);
                            s[--sp] = null;
                            break;
                        case LOAD_SUPER_ATTR:
                            sp = EvalHelpers.loadSuperAttr(s, sp, names[arg >> 2], arg);
                            break;
                        case INSTRUMENTED_LOAD_SUPER_ATTR:
                            sp = Instrumented.loadSuperAttr(f, here, s, sp, names[arg >> 2], arg);
                            break;
                        case LOAD_DEREF:
                            if ((v = ((PyCell) l[arg]).ref) == null) throw EvalHelpers.unboundDeref(co, arg);
                            s[sp++] = v;
                            break;
                        case STORE_DEREF:
                            ((PyCell) l[arg]).ref = s[--sp];
                            s[sp] = null;
                            break;
                        case DELETE_DEREF:
                            EvalHelpers.deleteDeref(co, l, arg);
                            break;
                        case MAKE_CELL:
                            l[arg] = new PyCell(l[arg]);
                            break;
                        case COPY_FREE_VARS:
                            EvalHelpers.copyFreeVars(f, arg);
                            break;
                        case LOAD_FROM_DICT_OR_DEREF:
                            s[sp - 1] = EvalHelpers.loadFromDictOrDeref(f, s[sp - 1], arg);
                            break;
                        case LOAD_FROM_DICT_OR_GLOBALS:
                            s[sp - 1] = EvalHelpers.loadFromDictOrGlobals(f, s[sp - 1], names[arg]);
                            break;
                        case LOAD_LOCALS:
                            s[sp++] = EvalHelpers.loadLocals(f);
                            break;
                        case LOAD_BUILD_CLASS:
                            s[sp++] = EvalHelpers.loadBuildClass(f);
                            break;
                        case LOAD_ASSERTION_ERROR:
                            s[sp++] = dev.pyjama.objects.ExceptionTypes.ASSERTION_ERROR;
                            break;
                        case SETUP_ANNOTATIONS:
                            EvalHelpers.setupAnnotations(f);
                            break;
                        case BINARY_OP:
                            v = QuickOps.binaryOp(arg, s[sp - 2], s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case COMPARE_OP:
                            v = QuickOps.compareOp(arg, s[sp - 2], s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case IS_OP:
                            v = PyBool.of((s[sp - 2] == s[--sp]) ^ (arg != 0));
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case CONTAINS_OP:
                            v = PyBool.of(Abstract.contains(s[sp - 1], s[sp - 2]) ^ (arg != 0));
                            s[--sp] = null;
                            s[sp - 1] = v;
                            break;
                        case UNARY_NEGATIVE:
                            s[sp - 1] = EvalHelpers.negative(s[sp - 1]);
                            break;
                        case UNARY_INVERT:
                            s[sp - 1] = Abstract.invert(s[sp - 1]);
                            break;
                        case UNARY_NOT:
                            s[sp - 1] = PyBool.of(s[sp - 1] != PyBool.TRUE);
                            break;
                        case TO_BOOL:
                            s[sp - 1] = PyBool.of(Abstract.isTrue(s[sp - 1]));
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
                            break;
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            pc -= arg;
                            break;
                        case GET_ITER:
                            s[sp - 1] = EvalHelpers.getIter(s[sp - 1]);
                            break;
                        case FOR_ITER:
                            if ((v = AdaptiveForIter.next(code, here, s[sp - 1])) == null) {
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
                        case INSTRUMENTED_CALL: case INSTRUMENTED_CALL_KW: case INSTRUMENTED_CALL_FUNCTION_EX:
                            sp = Instrumented.call(f, here, op, s, sp, arg);
                            break;
                        case GET_LEN:
                            s[sp] = PyInt.of(Abstract.len(s[sp - 1]));
                            sp++;
                            break;
                        case BINARY_SUBSCR:
                            v = QuickOps.getitem(s[sp - 2], s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case STORE_SUBSCR:
                            QuickOps.setitem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp = EvalHelpers.drop(s, sp, 3);
                            break;
                        case DELETE_SUBSCR:
                            Abstract.delitem(s[sp - 2], s[sp - 1]);
                            sp = EvalHelpers.drop(s, sp, 2);
                            break;
                        case BINARY_SLICE:
                            sp = EvalHelpers.binarySlice(s, sp);
                            break;
                        case STORE_SLICE:
                            sp = EvalHelpers.storeSlice(s, sp);
                            break;
                        case BUILD_TUPLE:
                            sp = EvalHelpers.buildTuple(s, sp, arg);
                            break;
                        case BUILD_LIST:
                            sp = EvalHelpers.buildList(s, sp, arg);
                            break;
                        case BUILD_SET:
                            sp = EvalHelpers.buildSet(s, sp, arg);
                            break;
                        case BUILD_MAP:
                            sp = EvalHelpers.buildMap(s, sp, arg);
                            break;
                        case BUILD_CONST_KEY_MAP:
                            sp = EvalHelpers.buildConstKeyMap(s, sp, arg);
                            break;
                        case BUILD_STRING:
                            sp = EvalHelpers.buildString(s, sp, arg);
                            break;
                        case BUILD_SLICE:
                            sp = EvalHelpers.buildSlice(s, sp, arg);
                            break;
                        case LIST_APPEND:
                            EvalHelpers.listAppend(s[sp - 1 - arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case SET_ADD:
                            EvalHelpers.setAdd(s[sp - 1 - arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case MAP_ADD:
                            EvalHelpers.mapAdd(s[sp - 2 - arg], s[sp - 2], s[sp - 1]);
                            sp = EvalHelpers.drop(s, sp, 2);
                            break;
                        case LIST_EXTEND:
                            EvalHelpers.listExtend(s[sp - 1 - arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case SET_UPDATE:
                            EvalHelpers.setUpdate(s[sp - 1 - arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case DICT_UPDATE:
                            EvalHelpers.dictUpdate(s[sp - 1 - arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case DICT_MERGE:
                            EvalHelpers.dictMerge(s[sp - 4 - arg], s[sp - 1 - arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case UNPACK_SEQUENCE:
                            sp = EvalHelpers.unpackSequence(s, sp, arg);
                            break;
                        case UNPACK_EX:
                            sp = EvalHelpers.unpackEx(s, sp, arg);
                            break;
                        case FORMAT_SIMPLE:
                            s[sp - 1] = EvalHelpers.formatSimple(s[sp - 1]);
                            break;
                        case FORMAT_WITH_SPEC:
                            v = Abstract.format(s[sp - 2], (PyStr) s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case CONVERT_VALUE:
                            s[sp - 1] = EvalHelpers.convertValue(s[sp - 1], arg);
                            break;
                        case CALL:
                            sp = EvalHelpers.call(s, sp, arg);
                            break;
                        case CALL_KW:
                            sp = EvalHelpers.callKw(s, sp, arg);
                            break;
                        case CALL_FUNCTION_EX:
                            sp = EvalHelpers.callFunctionEx(s, sp, arg);
                            break;
                        case CALL_INTRINSIC_1:
                            s[sp - 1] = EvalHelpers.intrinsic1(f, arg, s[sp - 1]);
                            break;
                        case CALL_INTRINSIC_2:
                            v = EvalHelpers.intrinsic2(f, arg, s[sp - 2], s[--sp]);
                            s[sp] = null;
                            s[sp - 1] = v;
                            break;
                        case MAKE_FUNCTION:
                            s[sp - 1] = EvalHelpers.makeFunction(f, (PyCode) s[sp - 1]);
                            break;
                        case SET_FUNCTION_ATTRIBUTE:
                            EvalHelpers.setFunctionAttribute(s[sp - 1], s[sp - 2], arg);
                            s[sp - 2] = s[sp - 1];
                            s[--sp] = null;
                            break;
                        case IMPORT_NAME:
                            v = Importer.importName(f, names[arg], s[sp - 1], s[sp - 2]);
                            s[--sp] = null;
                            s[sp - 1] = v;
                            break;
                        case IMPORT_FROM:
                            s[sp] = Importer.importFrom(s[sp - 1], names[arg]);
                            sp++;
                            break;
                        case RAISE_VARARGS:
                            throw EvalHelpers.raise(s, sp, arg);
                        case RERAISE:
                            throw EvalHelpers.reraise(f, s, sp, arg);
                        case PUSH_EXC_INFO:
                            sp = EvalHelpers.pushExcInfo(s, sp);
                            break;
                        case POP_EXCEPT:
                            EvalHelpers.popExcept(s[--sp]);
                            s[sp] = null;
                            break;
                        case CHECK_EXC_MATCH:
                            s[sp - 1] = EvalHelpers.checkExcMatch(s[sp - 2], s[sp - 1]);
                            break;
                        case CHECK_EG_MATCH:
                            sp = ExceptionGroups.checkEgMatch(f, s, sp);
                            break;
                        case WITH_EXCEPT_START:
                            s[sp] = EvalHelpers.withExceptStart(s, sp);
                            sp++;
                            break;
                        case BEFORE_WITH:
                            sp = EvalHelpers.beforeWith(s, sp);
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
                        case GET_YIELD_FROM_ITER:
                            s[sp - 1] = Generators.getYieldFromIter(f, s[sp - 1]);
                            break;
                        case CLEANUP_THROW:
                            sp = Generators.cleanupThrow(s, sp);
                            break;
                        case GET_AWAITABLE:
                            s[sp - 1] = Generators.getAwaitable(s[sp - 1], arg);
                            break;
                        case BEFORE_ASYNC_WITH: case GET_AITER: case GET_ANEXT: case END_ASYNC_FOR:
                            sp = Generators.asyncOp(op, s, sp);
                            break;
                        case MATCH_MAPPING: case MATCH_SEQUENCE:
                            s[sp] = PyBool.of(Matching.matchKind(s[sp - 1], op == MATCH_MAPPING));
                            sp++;
                            break;
                        case MATCH_KEYS:
                            s[sp] = Matching.matchKeys(s[sp - 2], s[sp - 1]);
                            sp++;
                            break;
                        case MATCH_CLASS:
                            v = Matching.matchClass(s[sp - 3], s[sp - 2], (PyTuple) s[sp - 1], arg);
                            sp = EvalHelpers.drop(s, sp, 2);
                            s[sp - 1] = v;
                            break;
                        default:
                            throw EvalHelpers.badOpcode(op);
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
