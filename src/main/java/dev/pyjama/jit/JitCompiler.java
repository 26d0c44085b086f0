package dev.pyjama.jit;

import static dev.pyjama.code.Opcode.*;
import static org.objectweb.asm.Opcodes.*;

import dev.pyjama.code.CodeUnits;
import dev.pyjama.code.ExceptionTable;
import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import java.lang.invoke.MethodHandles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * A template compiler from a code object's CPython 3.13 bytecode to one JVM method, so that
 * HotSpot compiles each hot Python function on its own, with every opcode, argument, stack
 * index and jump target a constant. Each instruction is the eval loop's case for it, calling
 * the same helpers (InlineOps, AttrCache, GlobalCache, EvalHelpers, InlineIter, EvalCold) with
 * the stack depth known at compile time. Only the path without exceptions is compiled: an
 * exception leaves the method with {@code f.lasti} at its instruction and the interpreter
 * unwinds it (JitSupport). After every instruction that can run Python code, the method checks
 * that no tool instrumented the code meanwhile and otherwise stops ({@link JitCode#BAILOUT}),
 * so that the interpreter runs the instrumented instructions from the next one on.
 */
final class JitCompiler {
    /** Why a code object stays interpreted. */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** HotSpot compiles no method over 8000 bytes of bytecode; stay clear of it. */
    static final int MAX_METHOD_BYTES = Integer.getInteger("pyjama.jit.maxbytes", 7500);

    private static final String INTERP = "dev/pyjama/interp/";
    private static final String OBJ = "Ldev/pyjama/objects/PyObject;";
    private static final String OBJS = "[Ldev/pyjama/objects/PyObject;";
    private static final String FRAME_T = "dev/pyjama/objects/PyFrame";
    private static final String FRAME = "L" + FRAME_T + ";";
    private static final String CODE_T = "dev/pyjama/code/PyCode";
    private static final String CODE = "L" + CODE_T + ";";
    private static final String STRS = "[Ldev/pyjama/objects/PyStr;";
    private static final String SUPPORT = INTERP + "JitSupport";
    private static final String BOOL_T = "dev/pyjama/objects/PyBool";
    /** Opcodes that can never run Python code: no instrumentation check after them. */
    private static final boolean[] PURE = new boolean[256];
    /** Rare opcodes the eval loop sends to EvalCold, which fall through (or raise). */
    private static final boolean[] COLD = new boolean[256];

    static {
        for (int op : new int[] {Opcode.NOP, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_LOAD_FAST, STORE_FAST, STORE_FAST_LOAD_FAST,
                STORE_FAST_STORE_FAST, LOAD_CONST, POP_TOP, END_FOR, PUSH_NULL, COPY, Opcode.SWAP, IS_OP, UNARY_NOT,
                POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_FORWARD,
                JUMP_BACKWARD_NO_INTERRUPT, LOAD_DEREF, STORE_DEREF, RETURN_VALUE, RETURN_CONST, BUILD_TUPLE,
                BUILD_LIST, BUILD_STRING, LIST_APPEND, RESUME, JUMP_BACKWARD, EXTENDED_ARG}) {
            PURE[op] = true;
        }
        for (int op : new int[] {LOAD_FAST_AND_CLEAR, DELETE_FAST, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL,
                DELETE_ATTR, LOAD_SUPER_ATTR, DELETE_DEREF, MAKE_CELL, COPY_FREE_VARS, LOAD_FROM_DICT_OR_DEREF,
                LOAD_FROM_DICT_OR_GLOBALS, LOAD_LOCALS, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, SETUP_ANNOTATIONS,
                UNARY_INVERT, GET_LEN, DELETE_SUBSCR, STORE_SLICE, BUILD_SET, BUILD_CONST_KEY_MAP, BUILD_SLICE,
                SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, UNPACK_EX, FORMAT_WITH_SPEC,
                CONVERT_VALUE, CALL_FUNCTION_EX, CALL_INTRINSIC_1, CALL_INTRINSIC_2, MAKE_FUNCTION,
                SET_FUNCTION_ATTRIBUTE, IMPORT_NAME, GET_YIELD_FROM_ITER, END_SEND, CLEANUP_THROW, IMPORT_FROM, RAISE_VARARGS, PUSH_EXC_INFO, POP_EXCEPT,
                CHECK_EXC_MATCH, CHECK_EG_MATCH, WITH_EXCEPT_START, BEFORE_WITH, MATCH_MAPPING, MATCH_SEQUENCE,
                MATCH_KEYS, MATCH_CLASS}) {
            COLD[op] = true;
        }
    }

    private final PyCode co;
    private final byte[] code;
    private final int n, base;
    /** Per unit: base opcode and full argument of the instruction whose opcode is there (-1 elsewhere). */
    private final int[] op, arg;
    /** Per unit: the first unit of the instruction (its EXTENDED_ARGs) whose opcode is at that unit. */
    private final int[] start;
    /** Per unit that starts an instruction (its first EXTENDED_ARG, or its opcode): the stack depth there. */
    private final int[] depth;
    private final boolean[] entry;
    private Label[] labels;
    private MethodVisitor mv;
    /** Out-of-line bail-outs, by next unit / previous unit / stack index. */
    private final Map<Long, Label> bails = new HashMap<>();
    private final List<long[]> bailList = new ArrayList<>();
    private final List<Label> bailLabels = new ArrayList<>();
    private static int serial;

    /** Whether exception handlers are compiled (and entered after an unwind) or left to the interpreter. */
    private final boolean handlers;
    /**
     * The form for instrumented code: before each instruction (each unit, EXTENDED_ARGs too) the
     * live opcode is read, and an instrumented one goes through {@code Instrumented.compiledSite}
     * (the loop's {@code Instrumented.before}) with the unit run before it, kept in the JVM local
     * PREV where several paths meet and a constant elsewhere.
     */
    private final boolean instrumented;
    /**
     * The form for code run inside a monitoring or legacy callback ({@code ThreadState.tracing}:
     * nothing fires there, so every instrumented opcode stands for its plain one): the plain
     * form without the instrumentation guards (JitSupport.select runs it only while tracing).
     */
    private final boolean tracing;
    /** Per start unit: reached other than by falling through from the instruction before (a jump target, an entry). */
    private final boolean[] join;
    /**
     * Instrumented form: per unit, whether it is checked (a line start or an event's
     * instruction: where Instrumentation can write an instrumented opcode other than
     * INSTRUMENTED_INSTRUCTION; a whole EXTENDED_ARG chain when one of its units is).
     */
    private boolean[] checked;
    private int[] siteArg, sitePrev;
    /** Out-of-line code (instrumented sites' slow paths), emitted after the body. */
    private final List<Runnable> outOfLine = new ArrayList<>();

    JitCompiler(PyCode co, boolean handlers, boolean instrumented) {
        this(co, handlers, instrumented, false);
    }

    JitCompiler(PyCode co, boolean handlers, boolean instrumented, boolean tracing) {
        this.handlers = handlers;
        this.instrumented = instrumented;
        this.tracing = tracing && !instrumented;
        this.co = co;
        this.code = co.code;
        this.n = code.length / 2;
        this.base = co.localsplusnames.length;
        this.op = new int[n];
        this.arg = new int[n];
        this.start = new int[n];
        this.depth = new int[n];
        this.entry = new boolean[n];
        this.join = new boolean[n];
    }

    private int next(int u) {
        return u + 1 + Opcode.cacheEntries(op[u]);
    }

    /** Decodes the instructions, then the stack depth at each reachable one (exception handlers are not followed). */
    private void analyse() throws Unsupported {
        if ((co.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0) {
            throw new Unsupported("coroutine or async generator");
        }
        java.util.Arrays.fill(op, -1);
        java.util.Arrays.fill(depth, -1);
        int ext = 0, first = -1;
        for (int u = 0; u < n; ) {
            int o = CodeUnits.baseOpcode(code[2 * u] & 0xff);
            int a = (code[2 * u + 1] & 0xff) | ext;
            if (first < 0) first = u;
            if (o == EXTENDED_ARG) {
                ext = a << 8;
                u++;
                continue;
            }
            ext = 0;
            op[u] = o;
            arg[u] = a;
            start[u] = first;
            first = -1;
            u = next(u);
        }
        // instruction starts map to their opcode unit
        int[] opUnit = new int[n];
        java.util.Arrays.fill(opUnit, -1);
        for (int u = 0; u < n; u++) if (op[u] >= 0) opUnit[start[u]] = u;
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.add(new int[] {0, 0});
        entry[0] = true;
        join[0] = true;
        while (!work.isEmpty()) {
            int[] w = work.poll();
            int s = w[0], d = w[1];
            if (s < 0 || s >= n || opUnit[s] < 0) throw new Unsupported("jump into the middle of an instruction at " + s);
            if (depth[s] >= 0) {
                if (depth[s] != d) throw new Unsupported("inconsistent stack depth at " + s);
                continue;
            }
            depth[s] = d;
            int u = opUnit[s];
            depth[u] = d;
            int o = op[u], a = arg[u], nx = next(u);
            if (!supported(o)) throw new Unsupported("opcode " + Opcode.name(o) + " at " + u);
            if (handlers && co.exceptiontable.length > 0) {
                // the handler is an entry too: after the interpreter unwound an exception to it
                // (JitSupport.run), the compiled code goes on there
                ExceptionTable.Handler h = ExceptionTable.lookup(co.exceptiontable, u);
                if (h != null) {
                    entry[h.handler()] = true;
                    join[h.handler()] = true;
                    work.add(new int[] {h.handler(), h.depth() + (h.lasti() ? 1 : 0) + 1});
                }
            }
            switch (o) {
                case RETURN_VALUE: case RETURN_CONST: case RAISE_VARARGS: case RERAISE:
                    break;
                case JUMP_FORWARD:
                    work.add(new int[] {nx + a, d});
                    mark(nx + a);
                    break;
                case JUMP_BACKWARD:
                    entry[nx - a] = true;
                    work.add(new int[] {nx - a, d});
                    mark(nx - a);
                    break;
                case JUMP_BACKWARD_NO_INTERRUPT:
                    work.add(new int[] {nx - a, d});
                    mark(nx - a);
                    break;
                case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
                    work.add(new int[] {nx, d - 1});
                    work.add(new int[] {nx + a, d - 1});
                    mark(nx + a);
                    break;
                case YIELD_VALUE: // a generator resumes after it, with the sent value pushed
                    entry[nx] = true;
                    work.add(new int[] {nx, d});
                    mark(nx);
                    break;
                case RETURN_GENERATOR:
                    entry[nx] = true;
                    work.add(new int[] {nx, d + 1});
                    mark(nx);
                    break;
                case SEND:
                    work.add(new int[] {nx, d});
                    work.add(new int[] {nx + a, d});
                    mark(nx + a);
                    break;
                case FOR_ITER:
                    work.add(new int[] {nx, d + 1});
                    work.add(new int[] {nx + a, d + 1});
                    work.add(new int[] {nx + a + 2, d - 1});
                    mark(nx + a);
                    mark(nx + a + 2);
                    break;
                case RESUME: // the instrumented form runs a RESUME again after bringing the code up to date
                    mark(s);
                    work.add(new int[] {nx, d});
                    break;
                default: {
                    int popped = Opcode.numPopped(o, a), pushed = Opcode.numPushed(o, a);
                    if (popped < 0 || pushed < 0 || d - popped < 0) throw new Unsupported("stack effect of " + Opcode.name(o));
                    work.add(new int[] {nx, d - popped + pushed});
                }
            }
            if (d > co.stacksize) throw new Unsupported("stack deeper than co_stacksize");
        }
    }

    private void mark(int unit) {
        if (unit >= 0 && unit < n) join[unit] = true;
    }

    private static boolean supported(int o) {
        switch (o) {
            case Opcode.NOP: case RESUME: case LOAD_FAST: case LOAD_FAST_CHECK: case LOAD_FAST_LOAD_FAST: case STORE_FAST:
            case STORE_FAST_LOAD_FAST: case STORE_FAST_STORE_FAST: case LOAD_CONST: case POP_TOP: case END_FOR:
            case PUSH_NULL: case COPY: case Opcode.SWAP: case RETURN_VALUE: case RETURN_CONST: case LOAD_GLOBAL:
            case LOAD_NAME: case STORE_NAME: case LOAD_ATTR: case STORE_ATTR: case LOAD_DEREF: case STORE_DEREF:
            case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP: case UNARY_NEGATIVE: case UNARY_NOT:
            case TO_BOOL: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_NOT_NONE: case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT:
            case GET_ITER: case FOR_ITER: case BINARY_SUBSCR: case STORE_SUBSCR: case BINARY_SLICE:
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_MAP: case BUILD_STRING: case LIST_APPEND:
            case UNPACK_SEQUENCE: case FORMAT_SIMPLE: case CALL: case CALL_KW: case RERAISE:
            case YIELD_VALUE: case RETURN_GENERATOR: case SEND:
                return true;
            default:
                return o >= 0 && o < 256 && COLD[o];
        }
    }

    JitCode compile(MethodHandles.Lookup lookup) throws Unsupported {
        analyse();
        if (instrumented) {
            boolean[] sites = dev.pyjama.monitor.Instrumentation.jitSites(co);
            checked = new boolean[n];
            siteArg = new int[n];
            sitePrev = new int[n];
            for (int u = 0; u < n; u++) {
                if (op[u] < 0) continue;
                boolean any = sites == null;
                for (int e = start[u]; e <= u; e++) any |= sites != null && sites[e];
                for (int e = start[u]; e <= u; e++) checked[e] = any;
            }
        }
        String name;
        synchronized (JitCompiler.class) {
            name = INTERP + "JitCompiled" + (serial++);
        }
        boolean[] plainJoin = join.clone();
        int leaveEvery = instrumented ? JitPieces.LEAVE_INSTRUMENTED : JitPieces.LEAVE_PLAIN;
        boolean loops = false;
        for (int u = 0; u < n; u++) loops |= op[u] == JUMP_BACKWARD && depth[u] >= 0;
        leave = loops ? leaveEvery : 0;
        int[] cuts = leave > 0 ? new int[] {0} : null; // the dispatcher calls the method again after it left
        byte[] bytes = build(name, cuts);
        int size = builtSize;
        if (size > MAX_METHOD_BYTES) {
            // too large for one JVM method: one method a piece (JitPieces), more pieces while one is still too large
            if (!JitPieces.SPLIT) throw new Unsupported("method of " + size + " bytes");
            int[] offsets = new int[n + 1];
            for (int u = 0; u < n; u++) offsets[u] = labels[u] == null ? -1 : labels[u].getOffset();
            offsets[n] = builtBodyEnd;
            int first = size;
            for (int pieces = JitPieces.count(size); ; pieces++) {
                int[] c = JitPieces.cuts(depth, op, start, offsets, loopDepth(), pieces);
                if (c == null) throw new Unsupported("method of " + first + " bytes (no place to split it)");
                System.arraycopy(plainJoin, 0, join, 0, n);
                bytes = build(name, c);
                if (builtSize <= MAX_METHOD_BYTES) {
                    cuts = c;
                    size = builtSize;
                    break;
                }
                if (pieces >= JitPieces.count(first) + JitPieces.MORE_PIECES) {
                    throw new Unsupported("method of " + first + " bytes (still " + builtSize + " in " + pieces + " pieces)");
                }
            }
        }
        if (Jit.DUMP != null) Jit.dump(co, instrumented ? "instrumented" : tracing ? "tracing" : "plain", bytes);
        Object[] data = {co, co.consts, co.namesAsStr(), co.instructions()};
        try {
            MethodHandles.Lookup hidden = lookup.defineHiddenClassWithClassData(bytes, data, true);
            JitCode jc = (JitCode) hidden.findConstructor(hidden.lookupClass(),
                    java.lang.invoke.MethodType.methodType(void.class)).invoke();
            int[] dep = new int[n];
            java.util.Arrays.fill(dep, -1);
            for (int u = 0; u < n; u++) {
                if (op[u] >= 0) for (int e = start[u]; e <= u; e++) if (depth[u] >= 0) dep[e] = depth[u];
            }
            jc.depth = dep;
            jc.entries = entry;
            jc.size = size;
            jc.pieces = cuts == null ? 1 : cuts.length;
            jc.leave = leave;
            jc.instrumented = instrumented;
            jc.tracing = tracing;
            jc.siteArg = siteArg;
            jc.sitePrev = sitePrev;
            jc.bails = bailTable;
            return jc;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per unit: how many loops (a JUMP_BACKWARD's target up to it) hold it. */
    private int[] loopDepth() {
        int[] in = new int[n + 1];
        for (int u = 0; u < n; u++) {
            if (op[u] == JUMP_BACKWARD && depth[u] >= 0) {
                int t = next(u) - arg[u];
                in[t]++;
                in[u + 1]--;
            }
        }
        for (int u = 1; u <= n; u++) in[u] += in[u - 1];
        return in;
    }

    /** Back edges (JUMP_BACKWARD within a piece) after which the method returns to be called again; 0: never. */
    private int leave;

    /** Bytes of JVM bytecode of the largest method of the last {@link #build}; where its body's instructions ended. */
    private int builtSize, builtBodyEnd;

    /**
     * The class: {@code run} as one method ({@code cuts} null), or one method a piece (piece
     * {@code i} holds the units from {@code cuts[i]} to the next cut) and {@code run} the
     * dispatcher that calls the piece holding the entry unit, then the next one as long as a
     * piece stops with {@link JitCode#CONTINUE}.
     */
    private byte[] build(String name, int[] cuts) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return commonSuper(a, b);
            }
        };
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "dev/pyjama/jit/JitCode", null);
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "CO", CODE, null, null).visitEnd();
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "K", OBJS, null, null).visitEnd();
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "N", STRS, null, null).visitEnd();
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "I", "[B", null, null).visitEnd();
        // <clinit>: the constants from the class data
        MethodVisitor ci = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        ci.visitCode();
        ci.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        ci.visitLdcInsn("_");
        ci.visitLdcInsn(org.objectweb.asm.Type.getType("[Ljava/lang/Object;"));
        ci.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        ci.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        String[][] fields = {{"CO", CODE, CODE_T}, {"K", OBJS, OBJS}, {"N", STRS, STRS}, {"I", "[B", "[B"}};
        for (int i = 0; i < fields.length; i++) {
            ci.visitInsn(DUP);
            ci.visitInsn(ICONST_0 + i);
            ci.visitInsn(AALOAD);
            ci.visitTypeInsn(CHECKCAST, fields[i][2]);
            ci.visitFieldInsn(PUTSTATIC, name, fields[i][0], fields[i][1]);
        }
        ci.visitInsn(POP);
        ci.visitInsn(RETURN);
        ci.visitMaxs(0, 0);
        ci.visitEnd();
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "dev/pyjama/jit/JitCode", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        bailList.clear();
        builtSize = 0;
        if (cuts == null) {
            piece(cw, name, "run", 0, n, null);
        } else {
            boolean[] cross = crossEntries(cuts);
            for (int i = 0; i < cuts.length; i++) piece(cw, name, "p" + i, cuts[i], i + 1 < cuts.length ? cuts[i + 1] : n, cross);
            mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", "(" + FRAME + "I)" + OBJ, null, null);
            mv.visitCode();
            JitPieces.dispatcher(mv, name, cuts);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        cw.visitEnd();
        // (an over-size method may pass the class file's 64 KB: only its layout was wanted)
        return builtSize > MAX_METHOD_BYTES ? null : cw.toByteArray();
    }

    /** One JVM method running the units from {@code lo} to {@code hi}. */
    private void piece(ClassWriter cw, String name, String method, int lo, int hi, boolean[] cross) {
        mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, method, "(" + FRAME + "I)" + OBJ, null, null);
        mv.visitCode();
        emitBody(name, lo, hi, cross);
        Label end = new Label();
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        builtSize = Math.max(builtSize, end.getOffset());
    }

    /**
     * The units another piece reaches: each piece's first unit (after a fall-through) and the
     * targets of jumps from other pieces. Each is an entry of its piece and a join (the unit run
     * before it comes in {@code f.lasti}, as at any entry of the instrumented form).
     */
    private boolean[] crossEntries(int[] cuts) {
        int[] piece = new int[n + 1];
        for (int i = 0; i < cuts.length; i++) {
            int hi = i + 1 < cuts.length ? cuts[i + 1] : n;
            for (int u = cuts[i]; u < hi; u++) piece[u] = i;
        }
        piece[n] = cuts.length;
        boolean[] cross = new boolean[n];
        for (int i = 1; i < cuts.length; i++) {
            cross[cuts[i]] = true;
            join[cuts[i]] = true;
        }
        for (int u = 0; u < n; u++) {
            if (op[u] < 0 || depth[u] < 0) continue;
            for (int t : jumpTargets(u)) {
                if (t >= 0 && t < n && piece[t] != piece[u]) {
                    cross[t] = true;
                    join[t] = true;
                }
            }
        }
        return cross;
    }

    /** The units the instruction at {@code u} jumps to (the compiled code's GOTOs and branches). */
    private int[] jumpTargets(int u) {
        int o = op[u], a = arg[u], nx = next(u);
        switch (o) {
            case JUMP_FORWARD: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_NOT_NONE: case SEND:
                return new int[] {nx + a, nx};
            case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT:
                return new int[] {nx - a};
            case FOR_ITER:
                return new int[] {nx, nx + a, nx + a + 2};
            default:
                return new int[] {nx};
        }
    }

    private static String commonSuper(String a, String b) {
        try {
            ClassLoader cl = JitCompiler.class.getClassLoader();
            Class<?> x = Class.forName(a.replace('/', '.'), false, cl), y = Class.forName(b.replace('/', '.'), false, cl);
            if (x.isAssignableFrom(y)) return a;
            if (y.isAssignableFrom(x)) return b;
            if (x.isInterface() || y.isInterface()) return "java/lang/Object";
            do {
                x = x.getSuperclass();
            } while (!x.isAssignableFrom(y));
            return x.getName().replace('.', '/');
        } catch (ClassNotFoundException e) {
            return "java/lang/Object";
        }
    }

    // locals of run: 0 this, 1 f, 2 entry, 3 l (localsplus), 4 s (stack), 5 v,
    // 6 prev (the unit run before, instrumented form), 7 r (what an instrumented site runs)
    // 8 the live instructions (instrumented form: a local is one byte shorter per site than the static)
    // The value stack and localsplus, read at nearly every instruction, take slots 2 and 3 (ALOAD_2,
    // ALOAD_3: one byte where ALOAD 4 takes two); the entry parameter is copied to slot 9 first.
    // Smaller methods fit the JIT's limit (HotSpot compiles no method over 8,000 bytes) with
    // their exception handlers, and C2 compiles them sooner.
    private static final int F = 1, ENTRY = 2, L = 2, S = 3, V = 5, PREV = 6, R = 7, INS = 8, ENT = 9, CNT = 10;
    private String self;

    /** The piece being emitted: units {@code lo} to {@code hi}; a jump out of it leaves through {@link #exits}. */
    private int lo, hi;
    private final Map<Integer, Label> exits = new HashMap<>(), leaves = new HashMap<>();

    private void emitBody(String name, int lo, int hi, boolean[] cross) {
        self = name;
        this.lo = lo;
        this.hi = hi;
        labels = new Label[n];
        for (int u = lo; u < hi; u++) if (depth[u] >= 0) labels[u] = new Label();
        bails.clear();
        int firstBail = bailList.size();
        bailLabels.clear();
        outOfLine.clear();
        exits.clear();
        leaves.clear();
        jumped = null;
        mv.visitVarInsn(ILOAD, ENTRY);
        mv.visitVarInsn(ISTORE, ENT); // slot 2 holds L from here on
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME_T, "localsplus", OBJS);
        mv.visitVarInsn(ASTORE, L);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME_T, "stack", OBJS);
        mv.visitVarInsn(ASTORE, S);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, V);
        if (instrumented) {
            // the unit run before the entry: the loop's here (the JUMP_BACKWARD of an OSR, the
            // instruction an unwind came from, a generator's resumption unit), or the entry itself
            Label known = new Label(), set = new Label();
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME_T, "lasti", "I");
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFGE, set);
            mv.visitInsn(POP);
            mv.visitVarInsn(ILOAD, ENT);
            mv.visitLabel(set);
            mv.visitVarInsn(ISTORE, PREV);
            push(0);
            mv.visitVarInsn(ISTORE, R);
            staticField("I", "[B");
            mv.visitVarInsn(ASTORE, INS);
        }
        if (leave > 0) {
            push(leave);
            mv.visitVarInsn(ISTORE, CNT);
        }
        // the entry points: 0 and the loop headers (OSR from the interpreter's JUMP_BACKWARD)
        List<Integer> keys = new ArrayList<>();
        for (int u = lo; u < hi; u++) if ((entry[u] || cross != null && cross[u]) && depth[u] >= 0) keys.add(u);
        int[] k = keys.stream().mapToInt(Integer::intValue).toArray();
        Label[] targets = new Label[k.length];
        for (int i = 0; i < k.length; i++) targets[i] = labels[k[i]];
        Label dflt = new Label();
        mv.visitVarInsn(ILOAD, ENT);
        mv.visitLookupSwitchInsn(dflt, k, targets);
        mv.visitLabel(dflt);
        // not an entry: the interpreter runs it all
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ILOAD, ENT);
        mv.visitVarInsn(ILOAD, ENT);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME_T, "sp", "I");
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "bail", "(" + FRAME + "III)" + OBJ, false);
        mv.visitInsn(ARETURN);
        int prevUnit = lo;
        for (int u = lo; u < hi; u++) {
            if (labels[u] == null) continue;
            mv.visitLabel(labels[u]);
            if (op[u] < 0) continue; // an EXTENDED_ARG that starts an instruction
            if (instrumented) {
                if (checked[u]) sites(u, prevUnit);
                else if (join[start[u]]) everyInstructionBefore(u, prevUnit);
            }
            if (instrumented && storesPrev(u)) {
                push(u);
                mv.visitVarInsn(ISTORE, PREV);
            }
            emit(u, prevUnit);
            prevUnit = u;
        }
        if (hi < n) mv.visitJumpInsn(GOTO, to(hi)); // falls into the next piece (dead code after a jump or return)
        Label endOfBody = new Label();
        mv.visitLabel(endOfBody);
        if (lo == 0 && hi == n) builtBodyEnd = endOfBody.getOffset();
        for (int i = 0; i < outOfLine.size(); i++) outOfLine.get(i).run(); // may add bail-outs
        exits.putAll(leaves); // disjoint: exits are other pieces' units, leaves this piece's loop headers
        for (Map.Entry<Integer, Label> x : exits.entrySet()) {
            // to another piece, or to this one again: the dispatcher calls the piece holding the unit (JitPieces)
            mv.visitLabel(x.getValue());
            mv.visitVarInsn(ALOAD, F);
            push(x.getKey());
            mv.visitFieldInsn(PUTFIELD, FRAME_T, "jitResume", "I");
            if (instrumented) { // the unit run before, which the piece's entry reads
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ILOAD, PREV);
                mv.visitFieldInsn(PUTFIELD, FRAME_T, "lasti", "I");
            }
            mv.visitFieldInsn(GETSTATIC, "dev/pyjama/jit/JitCode", "CONTINUE", OBJ);
            mv.visitInsn(ARETURN);
        }
        // each bail-out pushes its index in the table and joins one shared call: 5 bytes a
        // bail-out where its own call took 13 (a large function has a hundred of them)
        Label shared = new Label();
        bailTable = new int[3 * bailList.size()];
        for (int i = 0; i < bailList.size(); i++) {
            long[] b = bailList.get(i);
            for (int j = 0; j < 3; j++) bailTable[3 * i + j] = (int) b[j];
        }
        for (int i = firstBail; i < bailList.size(); i++) { // this piece's
            mv.visitLabel(bailLabels.get(i - firstBail));
            push(i);
            mv.visitJumpInsn(GOTO, shared);
        }
        if (bailList.size() > firstBail) {
            mv.visitLabel(shared);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, F);
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "bailAt", "(ILdev/pyjama/jit/JitCode;" + FRAME + ")" + OBJ, false);
            mv.visitInsn(ARETURN);
        }
    }

    /** The bail-outs' (next unit, previous unit, stack top) triples, by index. */
    private int[] bailTable;

    // ---- the instrumented form ----

    /**
     * Before an unchecked instruction that a jump (maybe from a checked site whose callback
     * asked for INSTRUCTION events) reaches: stop when any unit may be instrumented now.
     */
    private void everyInstructionBefore(int u, int prevUnit) {
        Label stop = new Label();
        mv.visitFieldInsn(GETSTATIC, "dev/pyjama/monitor/Instrumentation", "jitEveryInstructionCodes", "I");
        mv.visitJumpInsn(IFNE, stop);
        int d = depth[u];
        outOfLine.add(() -> {
            mv.visitLabel(stop);
            mv.visitVarInsn(ALOAD, F);
            push(start[u]);
            loadPrev(start[u], prevUnit);
            push(base + d);
            call("JitSupport", "bail", "(" + FRAME + "III)" + OBJ);
            mv.visitInsn(ARETURN);
        });
    }

    /** Whether the instruction at {@code u} leads to a join (its successors read PREV). */
    private boolean storesPrev(int u) {
        int o = op[u], nx = next(u);
        switch (o) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT: case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case FOR_ITER: case SEND: case RESUME:
                return true;
            default:
                return nx < n && join[nx];
        }
    }

    /** Pushes the unit run before {@code unit}: PREV at a join, else the instruction before it. */
    private void loadPrev(int unit, int prevUnit) {
        if (unit == start[opUnitOf(unit)] && join[unit]) mv.visitVarInsn(ILOAD, PREV);
        else push(unit == start[opUnitOf(unit)] ? prevUnit : unit - 1);
    }

    private int opUnitOf(int unit) {
        int u = unit;
        while (op[u] < 0) u++;
        return u;
    }

    /**
     * The live opcode checks of the instruction at {@code u} (its EXTENDED_ARG units first), as
     * the loop's {@code op >= MIN_INSTRUMENTED_OPCODE} test: the plain path reads one byte; an
     * instrumented unit calls out of line and comes back, or stops where a callback jumped.
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_LINE, INSTRUMENTED_INSTRUCTION and each INSTRUMENTED_* opcode
    private void sites(int u, int prevUnit) {
        int ext = 0, d = depth[u];
        for (int e = start[u]; e <= u; e++) {
            int a = (code[2 * e + 1] & 0xff) | ext;
            ext = e < u ? a << 8 : 0;
            final int unit = e;
            siteArg[e] = a;
            sitePrev[e] = e == start[u] && join[e] ? -1 : e == start[u] ? prevUnit : e - 1;
            if (unit != u || !special(op[u])) {
                // One call C2 inlines down to the byte compare (JitSupport.siteIfOn): 13-16 bytes a
                // site instead of 30, so that large functions' instrumented forms stay under the
                // method size limit; the site's table (sitePrev) holds a constant previous unit.
                mv.visitVarInsn(ALOAD, INS);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitVarInsn(ALOAD, F);
                push(unit);
                if (sitePrev[e] < 0) {
                    mv.visitVarInsn(ILOAD, PREV);
                    call("JitSupport", "siteIfOn", "([BLdev/pyjama/jit/JitCode;" + FRAME + "II)I");
                } else {
                    call("JitSupport", "siteIfOn", "([BLdev/pyjama/jit/JitCode;" + FRAME + "I)I");
                }
                mv.visitJumpInsn(IFLT, jumped()); // the plain opcode (or one the base case runs as well), else a callback jumped
                continue;
            }
            Label slow = new Label(), back = new Label();
            // (a call C2 inlines: the bytes of the method count, the method must stay under 8000)
            mv.visitVarInsn(ALOAD, INS);
            push(e);
            call("JitSupport", "on", "([BI)Z");
            mv.visitJumpInsn(IFNE, slow);
            mv.visitLabel(back);
            outOfLine.add(() -> {
                mv.visitLabel(slow);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitVarInsn(ALOAD, F);
                push(unit);
                mv.visitVarInsn(ILOAD, PREV);
                mv.visitVarInsn(ALOAD, S);
                // one call that fires the events and runs the instrumented opcode (C2 leaves it out of line)
                call("Instrumented", "compiledSite", "(Ldev/pyjama/jit/JitCode;" + FRAME + "II" + OBJS + ")I");
                mv.visitVarInsn(ISTORE, R);
                mv.visitVarInsn(ILOAD, R);
                mv.visitJumpInsn(IFEQ, back); // SITE_PLAIN: the base case runs the plain opcode
                mv.visitVarInsn(ILOAD, R);
                mv.visitJumpInsn(IFLT, jumped());
                afterInstrumentedOpcode(u);
            });
        }
    }

    private Label jumped;

    /** The shared stop after a callback moved the frame (f_lineno set): emitted once, after the body. */
    private Label jumped() {
        if (jumped == null) {
            jumped = new Label();
            Label l = jumped;
            outOfLine.add(() -> {
                mv.visitLabel(l);
                mv.visitVarInsn(ALOAD, F);
                call("JitSupport", "jumped", "(" + FRAME + ")" + OBJ);
                mv.visitInsn(ARETURN);
            });
        }
        return jumped;
    }

    /** Base opcodes whose instrumented form the loop runs itself rather than the base case. */
    private static boolean special(int o) {
        return o == CALL || o == CALL_KW || o == CALL_FUNCTION_EX || o == LOAD_SUPER_ATTR || o == FOR_ITER;
    }

    /**
     * After {@code Instrumented.compiledSite} ran the instrumented opcode at {@code u} (R is
     * SITE_NEXT, or SITE_EXHAUSTED for a FOR_ITER whose iterator ended): goes on where the
     * loop would.
     */
    private void afterInstrumentedOpcode(int u) {
        int nx = next(u);
        push(u);
        mv.visitVarInsn(ISTORE, PREV);
        if (op[u] == FOR_ITER) {
            mv.visitVarInsn(ILOAD, R);
            push(2); // SITE_EXHAUSTED
            mv.visitJumpInsn(IF_ICMPEQ, to(nx + arg[u] + 2));
        }
        mv.visitJumpInsn(GOTO, to(nx));
    }

    // ---- emission helpers ----

    private void push(int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    /** Pushes s[base + k]. */
    private void loadS(int k) {
        mv.visitVarInsn(ALOAD, S);
        push(base + k);
        mv.visitInsn(AALOAD);
    }

    /** Prepares a store to s[base + k]: the value follows, then {@link #aastore}. */
    private void atS(int k) {
        mv.visitVarInsn(ALOAD, S);
        push(base + k);
    }

    private void aastore() {
        mv.visitInsn(AASTORE);
    }

    private void nullS(int k) {
        atS(k);
        mv.visitInsn(ACONST_NULL);
        aastore();
    }

    private void loadL(int i) {
        mv.visitVarInsn(ALOAD, L);
        push(i);
        mv.visitInsn(AALOAD);
    }

    private void lasti(int u) {
        mv.visitVarInsn(ALOAD, F);
        push(u);
        mv.visitFieldInsn(PUTFIELD, FRAME_T, "lasti", "I");
    }

    private void staticField(String field, String desc) {
        mv.visitFieldInsn(GETSTATIC, self, field, desc);
    }

    private void constAt(int i) {
        staticField("K", OBJS);
        push(i);
        mv.visitInsn(AALOAD);
    }

    private void call(String owner, String method, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, owner.contains("/") ? owner : INTERP + owner, method, desc, false);
    }

    /** The label of unit {@code unit}: its own in this piece, else a stop that continues in the piece holding it. */
    private Label to(int unit) {
        if (unit >= lo && unit < hi) return labels[unit];
        return exits.computeIfAbsent(unit, k -> new Label());
    }

    /** A stop that leaves the method to be called again at the loop header {@code unit} of this piece. */
    private Label leaveAt(int unit) {
        return leaves.computeIfAbsent(unit, k -> new Label());
    }

    private Label bailLabel(int next, int prev, int d) {
        long key = ((long) next << 40) | ((long) prev << 20) | d;
        Label l = bails.get(key);
        if (l == null) {
            l = new Label();
            bails.put(key, l);
            bailList.add(new long[] {next, prev, base + d});
            bailLabels.add(l);
        }
        return l;
    }

    /** Stops (the interpreter goes on at {@code next}) when the code was instrumented meanwhile. */
    private void guard(int next, int prev, int d) {
        if (tracing) return; // inside a callback: instrumentation changes nothing there
        if (instrumented) {
            // it reads the live opcode of the sites where one can be written, as long as no tool
            // wants INSTRUCTION events (any unit): then the interpreter goes on
            mv.visitFieldInsn(GETSTATIC, "dev/pyjama/monitor/Instrumentation", "jitEveryInstructionCodes", "I");
            mv.visitJumpInsn(IFNE, bailLabel(next, prev, d));
            return;
        }
        staticField("CO", CODE);
        call("JitSupport", "stale", "(" + CODE + ")Z"); // 9 bytes where the compare inline took 13
        mv.visitJumpInsn(IFNE, bailLabel(next, prev, d));
    }

    private void evalBreaker() {
        Label no = new Label();
        mv.visitFieldInsn(GETSTATIC, INTERP + "Gil", "evalBreaker", "Z");
        mv.visitJumpInsn(IFEQ, no);
        call("Gil", "handleEvalBreaker", "()V");
        mv.visitLabel(no);
    }

    private static final String OO_O = "(" + OBJ + OBJ + ")" + OBJ;
    private static final String O_O = "(" + OBJ + ")" + OBJ;

    /** One instruction at unit {@code u}; the stack holds {@code d} values before it. */
    private void emit(int u, int prev) {
        int o = op[u], a = arg[u], d = depth[u], nx = next(u);
        switch (o) {
            case Opcode.NOP:
                break;
            case RESUME: {
                lasti(u);
                evalBreaker();
                if (instrumented) { // as the loop: bring the code up to date, then run the RESUME again
                    staticField("CO", CODE);
                    call("JitSupport", "resumeOutdated", "(" + CODE + ")Z");
                    mv.visitJumpInsn(IFNE, labels[start[u]]);
                    guard(nx, u, d);
                    break;
                }
                if (tracing) { // JitSupport.select brought the code up to date; what the loop's RESUME records
                    mv.visitVarInsn(ALOAD, F);
                    push(u);
                    call("JitSupport", "tracingResume", "(" + FRAME + "I)V");
                    break;
                }
                mv.visitFieldInsn(GETSTATIC, "dev/pyjama/monitor/Monitoring", "globalVersion", "J");
                staticField("CO", CODE);
                mv.visitFieldInsn(GETFIELD, CODE_T, "jitCleanVersion", "J");
                mv.visitInsn(LCMP);
                // the interpreter runs the RESUME itself: it brings the code up to date
                mv.visitJumpInsn(IFNE, bailLabel(start[u], prev, d));
                break;
            }
            case LOAD_FAST: case LOAD_FAST_CHECK:
                atS(d);
                loadL(a);
                mv.visitVarInsn(ALOAD, F);
                push(a);
                push(u);
                call("JitSupport", "bound", "(" + OBJ + FRAME + "II)" + OBJ);
                aastore();
                break;
            case LOAD_FAST_LOAD_FAST:
                atS(d);
                loadL(a >> 4);
                aastore();
                atS(d + 1);
                loadL(a & 15);
                aastore();
                break;
            case STORE_FAST:
                mv.visitVarInsn(ALOAD, L);
                push(a);
                loadS(d - 1);
                aastore();
                nullS(d - 1);
                break;
            case STORE_FAST_LOAD_FAST:
                mv.visitVarInsn(ALOAD, L);
                push(a >> 4);
                loadS(d - 1);
                aastore();
                atS(d - 1);
                loadL(a & 15);
                aastore();
                break;
            case STORE_FAST_STORE_FAST:
                mv.visitVarInsn(ALOAD, L);
                push(a >> 4);
                loadS(d - 1);
                aastore();
                mv.visitVarInsn(ALOAD, L);
                push(a & 15);
                loadS(d - 2);
                aastore();
                nullS(d - 1);
                nullS(d - 2);
                break;
            case LOAD_CONST:
                atS(d);
                constAt(a);
                aastore();
                break;
            case POP_TOP: case END_FOR:
                nullS(d - 1);
                break;
            case PUSH_NULL:
                nullS(d);
                break;
            case COPY:
                atS(d);
                loadS(d - a);
                aastore();
                break;
            case Opcode.SWAP: // on the JVM stack: a local would keep the value alive after the frame dropped it (weakref, gc)
                atS(d - a);
                loadS(d - 1);
                atS(d - 1);
                loadS(d - a);
                aastore();
                aastore();
                break;
            case RETURN_VALUE:
                lasti(u);
                loadS(d - 1);
                mv.visitVarInsn(ASTORE, V);
                nullS(d - 1);
                setSp(d - 1);
                mv.visitVarInsn(ALOAD, V);
                mv.visitInsn(ARETURN);
                break;
            case YIELD_VALUE: // as the loop: f.lasti is where the generator resumes
                loadS(d - 1);
                mv.visitVarInsn(ASTORE, V);
                nullS(d - 1);
                setSp(d - 1);
                lasti(nx);
                mv.visitVarInsn(ALOAD, V);
                mv.visitInsn(ARETURN);
                return;
            case RETURN_GENERATOR:
                setSp(d);
                lasti(nx);
                mv.visitVarInsn(ALOAD, F);
                call("Generators", "create", "(" + FRAME + ")" + OBJ);
                mv.visitInsn(ARETURN);
                return;
            case SEND: {
                lasti(u);
                mv.visitVarInsn(ALOAD, F);
                push(u);
                mv.visitVarInsn(ALOAD, S);
                push(base + d);
                call("Generators", "send", "(" + FRAME + "I" + OBJS + "I)Z");
                Label no = new Label();
                mv.visitJumpInsn(IFEQ, no);
                guard(nx + a, u, d);
                mv.visitJumpInsn(GOTO, to(nx + a));
                mv.visitLabel(no);
                guard(nx, u, d);
                return;
            }
            case RERAISE: // JitSupport.run unwinds from this unit (f_lasti may be restored from the stack)
                lasti(u);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, S);
                push(base + d);
                push(a);
                push(u);
                call("JitSupport", "reraise", "(" + FRAME + OBJS + "III)Ldev/pyjama/objects/PyException;");
                mv.visitInsn(ATHROW);
                return;
            case RETURN_CONST:
                lasti(u);
                setSp(d);
                constAt(a);
                mv.visitInsn(ARETURN);
                break;
            case LOAD_GLOBAL:
                lasti(u);
                atS(d);
                mv.visitVarInsn(ALOAD, F);
                push(a >> 1);
                call("GlobalCache", "load", "(" + FRAME + "I)" + OBJ);
                aastore();
                if ((a & 1) != 0) nullS(d + 1);
                break;
            case LOAD_NAME:
                lasti(u);
                atS(d);
                mv.visitVarInsn(ALOAD, F);
                name(a);
                call("EvalHelpers", "loadName", "(" + FRAME + "Ldev/pyjama/objects/PyStr;)" + OBJ);
                aastore();
                break;
            case STORE_NAME:
                lasti(u);
                mv.visitVarInsn(ALOAD, F);
                name(a);
                loadS(d - 1);
                call("EvalHelpers", "storeName", "(" + FRAME + "Ldev/pyjama/objects/PyStr;" + OBJ + ")V");
                nullS(d - 1);
                break;
            case LOAD_ATTR:
                lasti(u);
                staticField("CO", CODE);
                mv.visitVarInsn(ALOAD, S);
                push(base + d);
                staticField("N", STRS);
                push(a >> 1);
                push(a & 1);
                call("AttrCache", "loadAttr", "(" + CODE + OBJS + "I" + STRS + "IZ)I");
                mv.visitInsn(POP);
                break;
            case STORE_ATTR:
                lasti(u);
                staticField("CO", CODE);
                mv.visitVarInsn(ALOAD, S);
                push(base + d);
                staticField("N", STRS);
                push(a);
                call("AttrCache", "storeAttr", "(" + CODE + OBJS + "I" + STRS + "I)V");
                nullS(d - 1);
                nullS(d - 2);
                break;
            case LOAD_DEREF:
                lasti(u);
                atS(d);
                loadL(a);
                mv.visitVarInsn(ALOAD, F);
                push(a);
                call("JitSupport", "deref", "(" + OBJ + FRAME + "I)" + OBJ);
                aastore();
                break;
            case STORE_DEREF:
                loadL(a);
                mv.visitTypeInsn(CHECKCAST, "dev/pyjama/objects/PyCell");
                loadS(d - 1);
                mv.visitFieldInsn(PUTFIELD, "dev/pyjama/objects/PyCell", "ref", OBJ);
                nullS(d - 1);
                break;
            case BINARY_OP: case COMPARE_OP:
                lasti(u);
                atS(d - 2);
                push(a);
                loadS(d - 2);
                loadS(d - 1);
                call("InlineOps", o == BINARY_OP ? "binaryOp" : "compareOp", "(I" + OBJ + OBJ + ")" + OBJ);
                aastore();
                nullS(d - 1);
                break;
            case IS_OP:
                atS(d - 2);
                loadS(d - 2);
                loadS(d - 1);
                call("JitSupport", a != 0 ? "isNot" : "is", OO_O);
                aastore();
                nullS(d - 1);
                break;
            case CONTAINS_OP:
                lasti(u);
                atS(d - 2);
                loadS(d - 1);
                loadS(d - 2);
                call("JitSupport", a != 0 ? "notIn" : "in", OO_O);
                aastore();
                nullS(d - 1);
                break;
            case UNARY_NEGATIVE: case TO_BOOL: case GET_ITER: case FORMAT_SIMPLE:
                lasti(u);
                atS(d - 1);
                loadS(d - 1);
                if (o == UNARY_NEGATIVE) call("InlineOps", "negative", O_O);
                else if (o == TO_BOOL) call("InlineOps", "toBool", O_O);
                else if (o == GET_ITER) call("EvalHelpers", "getIter", O_O);
                else call("EvalHelpers", "formatSimple", O_O);
                aastore();
                break;
            case UNARY_NOT:
                atS(d - 1);
                loadS(d - 1);
                call("JitSupport", "not", O_O);
                aastore();
                break;
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: {
                loadS(d - 1);
                nullS(d - 1);
                if (o == POP_JUMP_IF_NONE || o == POP_JUMP_IF_NOT_NONE) {
                    mv.visitFieldInsn(GETSTATIC, "dev/pyjama/objects/PyNone", "NONE", "Ldev/pyjama/objects/PyNone;");
                } else {
                    mv.visitFieldInsn(GETSTATIC, BOOL_T, o == POP_JUMP_IF_FALSE ? "FALSE" : "TRUE", "L" + BOOL_T + ";");
                }
                mv.visitJumpInsn(o == POP_JUMP_IF_NOT_NONE ? IF_ACMPNE : IF_ACMPEQ, to(nx + a));
                break;
            }
            case JUMP_FORWARD:
                mv.visitJumpInsn(GOTO, to(nx + a));
                break;
            case JUMP_BACKWARD: {
                lasti(u);
                Label no = new Label();
                mv.visitFieldInsn(GETSTATIC, INTERP + "Gil", "evalBreaker", "Z");
                mv.visitJumpInsn(IFEQ, no);
                call("Gil", "handleEvalBreaker", "()V");
                guard(nx - a, u, d); // a thread switch: another thread may have instrumented this code
                mv.visitLabel(no);
                if (leave > 0 && nx - a >= lo && nx - a < hi) {
                    // every LEAVE passes the method returns and is called again at the loop header (JitPieces)
                    mv.visitIincInsn(CNT, -1);
                    mv.visitVarInsn(ILOAD, CNT);
                    mv.visitJumpInsn(IFLE, leaveAt(nx - a));
                }
                mv.visitJumpInsn(GOTO, to(nx - a));
                break;
            }
            case JUMP_BACKWARD_NO_INTERRUPT:
                mv.visitJumpInsn(GOTO, to(nx - a));
                break;
            case FOR_ITER: {
                lasti(u);
                staticField("I", "[B");
                push(u);
                loadS(d - 1);
                call("InlineIter", "next", "([BI" + OBJ + ")" + OBJ);
                mv.visitVarInsn(ASTORE, V);
                Label have = new Label(), item = new Label();
                mv.visitVarInsn(ALOAD, V);
                mv.visitJumpInsn(IFNONNULL, have);
                nullS(d - 1); // exhausted: pop the iterator, skip END_FOR and POP_TOP
                guard(nx + a + 2, u, d - 1);
                mv.visitJumpInsn(GOTO, to(nx + a + 2));
                mv.visitLabel(have);
                mv.visitVarInsn(ALOAD, V);
                mv.visitTypeInsn(INSTANCEOF, INTERP + "AdaptiveForIter$Returned");
                mv.visitJumpInsn(IFEQ, item);
                atS(d); // FOR_ITER_GEN: the generator returned into END_FOR
                mv.visitVarInsn(ALOAD, V);
                mv.visitTypeInsn(CHECKCAST, INTERP + "AdaptiveForIter$Returned");
                mv.visitFieldInsn(GETFIELD, INTERP + "AdaptiveForIter$Returned", "value", OBJ);
                aastore();
                guard(nx + a, u, d + 1);
                mv.visitJumpInsn(GOTO, to(nx + a));
                mv.visitLabel(item);
                atS(d);
                mv.visitVarInsn(ALOAD, V);
                aastore();
                guard(nx, u, d + 1);
                return;
            }
            case BINARY_SUBSCR:
                lasti(u);
                atS(d - 2);
                loadS(d - 2);
                loadS(d - 1);
                call("InlineOps", "getitem", OO_O);
                aastore();
                nullS(d - 1);
                break;
            case STORE_SUBSCR:
                lasti(u);
                loadS(d - 2);
                loadS(d - 1);
                loadS(d - 3);
                call("InlineOps", "setitem", "(" + OBJ + OBJ + OBJ + ")V");
                nullS(d - 1);
                nullS(d - 2);
                nullS(d - 3);
                break;
            case BINARY_SLICE:
                lasti(u);
                mv.visitVarInsn(ALOAD, S);
                push(base + d);
                call("EvalHelpers", "binarySlice", "(" + OBJS + "I)I");
                mv.visitInsn(POP);
                break;
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_MAP: case BUILD_STRING: case UNPACK_SEQUENCE:
            case CALL: case CALL_KW:
                lasti(u);
                mv.visitVarInsn(ALOAD, S);
                push(base + d);
                push(a);
                if (o == UNPACK_SEQUENCE) call("InlineIter", "unpack", "(" + OBJS + "II)I");
                else call("EvalHelpers", helperName(o), "(" + OBJS + "II)I");
                mv.visitInsn(POP);
                break;
            case LIST_APPEND:
                lasti(u);
                loadS(d - 1 - a);
                loadS(d - 1);
                call("EvalHelpers", "listAppend", "(" + OBJ + OBJ + ")V");
                nullS(d - 1);
                break;
            default: // EvalCold's rare opcodes: none of them jumps
                lasti(u);
                mv.visitVarInsn(ALOAD, F);
                push(u);
                push(o);
                push(a);
                mv.visitVarInsn(ALOAD, S);
                push(base + d);
                call("EvalCold", "run", "(" + FRAME + "III" + OBJS + "I)I");
                mv.visitInsn(POP);
                break;
        }
        if (o == RAISE_VARARGS) { // EvalCold raised: nothing follows
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ATHROW);
        } else if (!PURE[o] || instrumented && checked[u] && !unconditional(o)) {
            guard(nx, u, depthAfter(u));
        }
    }

    private static boolean unconditional(int o) {
        return o == JUMP_FORWARD || o == JUMP_BACKWARD || o == JUMP_BACKWARD_NO_INTERRUPT || o == RETURN_VALUE
                || o == RETURN_CONST || o == RESUME;
    }

    private int depthAfter(int u) {
        return depth[u] - Opcode.numPopped(op[u], arg[u]) + Opcode.numPushed(op[u], arg[u]);
    }

    private void setSp(int d) {
        mv.visitVarInsn(ALOAD, F);
        push(base + d);
        mv.visitFieldInsn(PUTFIELD, FRAME_T, "sp", "I");
    }

    private void name(int i) {
        staticField("N", STRS);
        push(i);
        mv.visitInsn(AALOAD);
    }

    private static String helperName(int o) {
        switch (o) {
            case BUILD_TUPLE: return "buildTuple";
            case BUILD_LIST: return "buildList";
            case BUILD_MAP: return "buildMap";
            case BUILD_STRING: return "buildString";
            case CALL: return "call";
            default: return "callKw";
        }
    }
}
