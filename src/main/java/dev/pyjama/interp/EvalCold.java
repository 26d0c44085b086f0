package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * The rare opcodes, out of {@link Eval#loop}'s switch (its {@code default}). Why: C2 compiles
 * the loop's {@code tableswitch} with the cases its profile never saw replaced by uncommon traps,
 * so the first run of a new opcode threw the whole compiled loop away (0.5-1 s of C2 time per
 * recompile, several per run: docs/notes/fix-perf.md). The {@code default} branch is taken
 * from start-up on (imports, class bodies), so an opcode handled here never traps the loop, the
 * loop is smaller to compile, and this method is compiled (and deoptimised) on its own.
 * None of these opcodes moves the program counter; each returns the new stack depth.
 */
// CPython: Python/bytecodes.c (the same instructions as Eval.loop's cases)
final class EvalCold {
    private EvalCold() {}

    static int run(PyFrame f, int here, int op, int arg, PyObject[] s, int sp) {
        final PyCode co = f.code;
        final PyObject[] l = f.localsplus;
        final PyStr[] names = co.namesAsStr();
        PyObject v;
        switch (op) {
            case LOAD_FAST_AND_CLEAR:
                s[sp++] = l[arg];
                l[arg] = null;
                return sp;
            case DELETE_FAST:
                if (l[arg] == null) throw EvalHelpers.unboundLocal(co, arg);
                l[arg] = null;
                return sp;
            case END_SEND:
                s[sp - 2] = s[sp - 1];
                s[--sp] = null;
                return sp;
            case DELETE_NAME:
                EvalHelpers.deleteName(f, names[arg]);
                return sp;
            case STORE_GLOBAL:
                f.globals.put(names[arg], s[--sp]);
                s[sp] = null;
                return sp;
            case DELETE_GLOBAL:
                EvalHelpers.deleteGlobal(f, names[arg]);
                return sp;
            case DELETE_ATTR:
                Abstract.setattr(s[sp - 1], names[arg], null);
                s[--sp] = null;
                return sp;
            case LOAD_SUPER_ATTR:
                sp = EvalHelpers.loadSuperAttr(s, sp, names[arg >> 2], arg);
                return sp;
            case INSTRUMENTED_LOAD_SUPER_ATTR:
                sp = Instrumented.loadSuperAttr(f, here, s, sp, names[arg >> 2], arg);
                return sp;
            case DELETE_DEREF:
                EvalHelpers.deleteDeref(co, l, arg);
                return sp;
            case MAKE_CELL:
                l[arg] = new PyCell(l[arg]);
                return sp;
            case COPY_FREE_VARS:
                EvalHelpers.copyFreeVars(f, arg);
                return sp;
            case LOAD_FROM_DICT_OR_DEREF:
                s[sp - 1] = EvalHelpers.loadFromDictOrDeref(f, s[sp - 1], arg);
                return sp;
            case LOAD_FROM_DICT_OR_GLOBALS:
                s[sp - 1] = EvalHelpers.loadFromDictOrGlobals(f, s[sp - 1], names[arg]);
                return sp;
            case LOAD_LOCALS:
                s[sp++] = EvalHelpers.loadLocals(f);
                return sp;
            case LOAD_BUILD_CLASS:
                s[sp++] = EvalHelpers.loadBuildClass(f);
                return sp;
            case LOAD_ASSERTION_ERROR:
                s[sp++] = dev.pyjama.objects.ExceptionTypes.ASSERTION_ERROR;
                return sp;
            case SETUP_ANNOTATIONS:
                EvalHelpers.setupAnnotations(f);
                return sp;
            case UNARY_INVERT:
                s[sp - 1] = Abstract.invert(s[sp - 1]);
                return sp;
            case INSTRUMENTED_CALL: case INSTRUMENTED_CALL_KW: case INSTRUMENTED_CALL_FUNCTION_EX:
                sp = Instrumented.call(f, here, op, s, sp, arg);
                return sp;
            case GET_LEN:
                s[sp] = PyInt.of(Abstract.len(s[sp - 1]));
                sp++;
                return sp;
            case DELETE_SUBSCR:
                Abstract.delitem(s[sp - 2], s[sp - 1]);
                sp = EvalHelpers.drop(s, sp, 2);
                return sp;
            case STORE_SLICE:
                sp = EvalHelpers.storeSlice(s, sp);
                return sp;
            case BUILD_SET:
                sp = EvalHelpers.buildSet(s, sp, arg);
                return sp;
            case BUILD_CONST_KEY_MAP:
                sp = EvalHelpers.buildConstKeyMap(s, sp, arg);
                return sp;
            case BUILD_SLICE:
                sp = EvalHelpers.buildSlice(s, sp, arg);
                return sp;
            case SET_ADD:
                EvalHelpers.setAdd(s[sp - 1 - arg], s[--sp]);
                s[sp] = null;
                return sp;
            case MAP_ADD:
                EvalHelpers.mapAdd(s[sp - 2 - arg], s[sp - 2], s[sp - 1]);
                sp = EvalHelpers.drop(s, sp, 2);
                return sp;
            case LIST_EXTEND:
                EvalHelpers.listExtend(s[sp - 1 - arg], s[--sp]);
                s[sp] = null;
                return sp;
            case SET_UPDATE:
                EvalHelpers.setUpdate(s[sp - 1 - arg], s[--sp]);
                s[sp] = null;
                return sp;
            case DICT_UPDATE:
                EvalHelpers.dictUpdate(s[sp - 1 - arg], s[--sp]);
                s[sp] = null;
                return sp;
            case DICT_MERGE:
                EvalHelpers.dictMerge(s[sp - 4 - arg], s[sp - 1 - arg], s[--sp]);
                s[sp] = null;
                return sp;
            case UNPACK_EX:
                sp = EvalHelpers.unpackEx(s, sp, arg);
                return sp;
            case FORMAT_WITH_SPEC:
                v = Abstract.format(s[sp - 2], (PyStr) s[--sp]);
                s[sp] = null;
                s[sp - 1] = v;
                return sp;
            case CONVERT_VALUE:
                s[sp - 1] = EvalHelpers.convertValue(s[sp - 1], arg);
                return sp;
            case CALL_FUNCTION_EX:
                sp = EvalHelpers.callFunctionEx(s, sp, arg);
                return sp;
            case CALL_INTRINSIC_1:
                s[sp - 1] = EvalHelpers.intrinsic1(f, arg, s[sp - 1]);
                return sp;
            case CALL_INTRINSIC_2:
                v = EvalHelpers.intrinsic2(f, arg, s[sp - 2], s[--sp]);
                s[sp] = null;
                s[sp - 1] = v;
                return sp;
            case MAKE_FUNCTION:
                s[sp - 1] = EvalHelpers.makeFunction(f, (PyCode) s[sp - 1]);
                return sp;
            case SET_FUNCTION_ATTRIBUTE:
                EvalHelpers.setFunctionAttribute(s[sp - 1], s[sp - 2], arg);
                s[sp - 2] = s[sp - 1];
                s[--sp] = null;
                return sp;
            case IMPORT_NAME:
                v = Importer.importName(f, names[arg], s[sp - 1], s[sp - 2]);
                s[--sp] = null;
                s[sp - 1] = v;
                return sp;
            case IMPORT_FROM:
                s[sp] = Importer.importFrom(s[sp - 1], names[arg]);
                sp++;
                return sp;
            case RAISE_VARARGS:
                throw EvalHelpers.raise(s, sp, arg);
            case RERAISE:
                throw EvalHelpers.reraise(f, s, sp, arg);
            case PUSH_EXC_INFO:
                sp = EvalHelpers.pushExcInfo(s, sp);
                return sp;
            case POP_EXCEPT:
                EvalHelpers.popExcept(s[--sp]);
                s[sp] = null;
                return sp;
            case CHECK_EXC_MATCH:
                s[sp - 1] = EvalHelpers.checkExcMatch(s[sp - 2], s[sp - 1]);
                return sp;
            case CHECK_EG_MATCH:
                sp = ExceptionGroups.checkEgMatch(f, s, sp);
                return sp;
            case WITH_EXCEPT_START:
                s[sp] = EvalHelpers.withExceptStart(s, sp);
                sp++;
                return sp;
            case BEFORE_WITH:
                sp = EvalHelpers.beforeWith(s, sp);
                return sp;
            case GET_YIELD_FROM_ITER:
                s[sp - 1] = Generators.getYieldFromIter(f, s[sp - 1]);
                return sp;
            case CLEANUP_THROW:
                sp = Generators.cleanupThrow(s, sp);
                return sp;
            case GET_AWAITABLE:
                s[sp - 1] = Generators.getAwaitable(s[sp - 1], arg);
                return sp;
            case BEFORE_ASYNC_WITH: case GET_AITER: case GET_ANEXT: case END_ASYNC_FOR:
                sp = Generators.asyncOp(op, s, sp);
                return sp;
            case MATCH_MAPPING: case MATCH_SEQUENCE:
                s[sp] = PyBool.of(Matching.matchKind(s[sp - 1], op == MATCH_MAPPING));
                sp++;
                return sp;
            case MATCH_KEYS:
                s[sp] = Matching.matchKeys(s[sp - 2], s[sp - 1]);
                sp++;
                return sp;
            case MATCH_CLASS:
                v = Matching.matchClass(s[sp - 3], s[sp - 2], (PyTuple) s[sp - 1], arg);
                sp = EvalHelpers.drop(s, sp, 2);
                s[sp - 1] = v;
                return sp;

            default:
                throw EvalHelpers.badOpcode(op);
        }
    }
}
