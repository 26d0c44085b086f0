package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.ast.*;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompilerUnit.FrameBlock;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The code generator's state and its small tools: compiler units and their stack, emitting
 * instructions, constants and names, frame blocks, closures, errors and warnings. The
 * visitors for expressions, patterns and statements build on it.
 */
// CPython: Python/compile.c (struct compiler and the helpers around it)
abstract class CodegenBase {
    /** A soft limit on stack use: longer displays and calls are built piecewise. */
    static final int STACK_USE_GUIDELINE = 30;
    static final int NO_LABEL = -1;
    static final Location NO_LOCATION = Location.NO_LOCATION;

    // compile() flags (Include/cpython/compile.h).
    static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    static final int PyCF_MASK = PyCode.CO_FUTURE_DIVISION | PyCode.CO_FUTURE_ABSOLUTE_IMPORT
            | PyCode.CO_FUTURE_WITH_STATEMENT | PyCode.CO_FUTURE_PRINT_FUNCTION
            | PyCode.CO_FUTURE_UNICODE_LITERALS | PyCode.CO_FUTURE_BARRY_AS_BDFL
            | PyCode.CO_FUTURE_GENERATOR_STOP | PyCode.CO_FUTURE_ANNOTATIONS;

    final CompileContext ctx;
    final SymbolTable st;
    final FutureFeatures future;
    /** compile()'s flags merged with the module's __future__ features. */
    final int flags;
    final int optimize;
    boolean interactive;
    int nestlevel;
    final ConstCache constCache = new ConstCache();
    /** The unit being compiled. */
    CompilerUnit u;
    /** The enclosing units, innermost last. */
    final Deque<CompilerUnit> stack = new ArrayDeque<>();

    CodegenBase(CompileContext ctx, SymbolTable st, FutureFeatures future, int flags, int optimize) {
        this.ctx = ctx;
        this.st = st;
        this.future = future;
        this.flags = flags;
        this.optimize = optimize;
    }

    abstract void visitExpr(AstExpr e);

    abstract void visitStmt(AstStmt s);

    // ------------------------------------------------------------------------------------
    // Locations

    static Location loc(AstExpr e) {
        return new Location(e.lineno, e.endLineno, e.colOffset, e.endColOffset);
    }

    static Location loc(AstStmt s) {
        return new Location(s.lineno, s.endLineno, s.colOffset, s.endColOffset);
    }

    static Location loc(AstPattern p) {
        return new Location(p.lineno, p.endLineno, p.colOffset, p.endColOffset);
    }

    static Location loc(AstExcepthandler h) {
        return new Location(h.lineno, h.endLineno, h.colOffset, h.endColOffset);
    }

    static Location loc(AstTypeParam t) {
        return new Location(t.lineno, t.endLineno, t.colOffset, t.endColOffset);
    }

    static Location loc(Arg a) {
        return new Location(a.lineno, a.endLineno, a.colOffset, a.endColOffset);
    }

    static Location loc(Keyword k) {
        return new Location(k.lineno, k.endLineno, k.colOffset, k.endColOffset);
    }


    // ------------------------------------------------------------------------------------
    // Emitting instructions

    final int newLabel() {
        return u.seq.newLabel();
    }

    final void useLabel(int label) {
        u.seq.useLabel(label);
    }

    final void addop(Location loc, int opcode) {
        u.seq.addop(opcode, 0, loc);
    }

    final void addopI(Location loc, int opcode, int oparg) {
        u.seq.addop(opcode, oparg, loc);
    }

    final void addopJump(Location loc, int opcode, int label) {
        u.seq.addop(opcode, label, loc);
    }

    /** The index of {@code o} in {@code dict}, added at the end when new. */
    // CPython: Python/compile.c dict_add_o
    static <K> int dictAdd(Map<K, Integer> dict, K o) {
        Integer v = dict.get(o);
        if (v == null) {
            v = dict.size();
            dict.put(o, v);
        }
        return v;
    }

    // CPython: Python/compile.c compiler_add_const
    final int addConst(PyObject o) {
        return u.metadata.addConst(constCache, o);
    }

    final void loadConst(Location loc, PyObject o) {
        addopI(loc, LOAD_CONST, addConst(o));
    }

    final void loadConst(Location loc, String s) {
        loadConst(loc, PyStr.of(s));
    }

    /** An instruction whose argument indexes a names table (no mangling). */
    final void addopO(Location loc, int opcode, Map<String, Integer> dict, String name) {
        addopI(loc, opcode, dictAdd(dict, name));
    }

    /** An instruction naming an attribute, global or import: mangled, with 3.13's oparg encodings. */
    // CPython: Python/compile.c compiler_addop_name
    final void addopName(Location loc, int opcode, Map<String, Integer> dict, String name) {
        String mangled = SymbolTable.maybeMangle(u.privateName, u.ste, name);
        int arg = dictAdd(dict, mangled);
        if (opcode == LOAD_ATTR) {
            arg <<= 1;
        }
        if (opcode == LOAD_METHOD) {
            opcode = LOAD_ATTR;
            arg = (arg << 1) | 1;
        }
        if (opcode == LOAD_SUPER_ATTR) {
            arg = (arg << 2) | 2;
        }
        if (opcode == LOAD_SUPER_METHOD) {
            opcode = LOAD_SUPER_ATTR;
            arg = (arg << 2) | 3;
        }
        if (opcode == LOAD_ZERO_SUPER_ATTR) {
            opcode = LOAD_SUPER_ATTR;
            arg <<= 2;
        }
        if (opcode == LOAD_ZERO_SUPER_METHOD) {
            opcode = LOAD_SUPER_ATTR;
            arg = (arg << 2) | 1;
        }
        addopI(loc, opcode, arg);
    }

    final void addopBinary(Location loc, AstOperator op, boolean inplace) {
        int oparg;
        switch (op) {
            case Add: oparg = inplace ? NB_INPLACE_ADD : NB_ADD; break;
            case Sub: oparg = inplace ? NB_INPLACE_SUBTRACT : NB_SUBTRACT; break;
            case Mult: oparg = inplace ? NB_INPLACE_MULTIPLY : NB_MULTIPLY; break;
            case MatMult: oparg = inplace ? NB_INPLACE_MATRIX_MULTIPLY : NB_MATRIX_MULTIPLY; break;
            case Div: oparg = inplace ? NB_INPLACE_TRUE_DIVIDE : NB_TRUE_DIVIDE; break;
            case Mod: oparg = inplace ? NB_INPLACE_REMAINDER : NB_REMAINDER; break;
            case Pow: oparg = inplace ? NB_INPLACE_POWER : NB_POWER; break;
            case LShift: oparg = inplace ? NB_INPLACE_LSHIFT : NB_LSHIFT; break;
            case RShift: oparg = inplace ? NB_INPLACE_RSHIFT : NB_RSHIFT; break;
            case BitOr: oparg = inplace ? NB_INPLACE_OR : NB_OR; break;
            case BitXor: oparg = inplace ? NB_INPLACE_XOR : NB_XOR; break;
            case BitAnd: oparg = inplace ? NB_INPLACE_AND : NB_AND; break;
            case FloorDiv: oparg = inplace ? NB_INPLACE_FLOOR_DIVIDE : NB_FLOOR_DIVIDE; break;
            default: throw new IllegalStateException("binary op " + op);
        }
        addopI(loc, BINARY_OP, oparg);
    }

    // CPython: Python/compile.c compiler_addcompare
    final void addopCompare(Location loc, AstCmpop op) {
        int cmp;
        switch (op) {
            case Eq: cmp = CMP_EQ; break;
            case NotEq: cmp = CMP_NE; break;
            case Lt: cmp = CMP_LT; break;
            case LtE: cmp = CMP_LE; break;
            case Gt: cmp = CMP_GT; break;
            case GtE: cmp = CMP_GE; break;
            case Is: addopI(loc, IS_OP, 0); return;
            case IsNot: addopI(loc, IS_OP, 1); return;
            case In: addopI(loc, CONTAINS_OP, 0); return;
            case NotIn: addopI(loc, CONTAINS_OP, 1); return;
            default: throw new IllegalStateException("cmpop " + op);
        }
        // The comparison goes in the top bits; the low four bits are the mask the
        // specialised forms use; bit five (convert to bool) is set later.
        addopI(loc, COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp]);
    }

    private static final int[] COMPARE_MASKS = {
        COMPARISON_LESS_THAN,
        COMPARISON_LESS_THAN | COMPARISON_EQUALS,
        COMPARISON_EQUALS,
        COMPARISON_NOT_EQUALS,
        COMPARISON_GREATER_THAN,
        COMPARISON_GREATER_THAN | COMPARISON_EQUALS,
    };

    // CPython: Python/compile.c compiler_add_yield_from
    final void addYieldFrom(Location loc, boolean await) {
        int send = newLabel(), fail = newLabel(), exit = newLabel();
        useLabel(send);
        addopJump(loc, SEND, exit);
        // A virtual try/except for the StopIteration a close() or throw() can raise.
        addopJump(loc, SETUP_FINALLY, fail);
        addopI(loc, YIELD_VALUE, 1);
        addop(NO_LOCATION, POP_BLOCK);
        addopI(loc, RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM);
        addopJump(loc, JUMP_NO_INTERRUPT, send);
        useLabel(fail);
        addop(loc, CLEANUP_THROW);
        useLabel(exit);
        addop(loc, END_SEND);
    }

    final void addopYield(Location loc) {
        if (u.ste.generator && u.ste.coroutine) {
            addopI(loc, CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP);
        }
        addopI(loc, YIELD_VALUE, 0);
        addopI(loc, RESUME, RESUME_AFTER_YIELD);
    }

    // CPython: Python/compile.c compiler_pop_except_and_reraise
    final void popExceptAndReraise(Location loc) {
        addopI(loc, COPY, 3);
        addop(loc, POP_EXCEPT);
        addopI(loc, RERAISE, 1);
    }

    final void callExitWithNones(Location loc) {
        loadConst(loc, PyNone.NONE);
        loadConst(loc, PyNone.NONE);
        loadConst(loc, PyNone.NONE);
        addopI(loc, CALL, 2);
    }

    // ------------------------------------------------------------------------------------
    // Scopes

    final boolean isTopLevelAwait() {
        return (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && u.ste.type == Scope.BlockType.ModuleBlock;
    }

    /** Starts compiling a new code object for the symbol-table entry keyed by {@code key}. */
    // CPython: Python/compile.c compiler_enter_scope
    final void enterScope(String name, int scopeType, Object key, int lineno) {
        Scope ste = st.lookup(key);
        CodeUnitMetadata md = new CodeUnitMetadata(name, lineno);
        CompilerUnit unit = new CompilerUnit(ste, scopeType, md);
        for (String v : ste.varnames) dictAdd(md.varnames, v);
        dictByType(ste, SymbolTable.CELL, SymbolTable.DEF_COMP_CELL, 0, md.cellvars);
        if (ste.needsClassClosure) {
            dictAdd(md.cellvars, "__class__");
        }
        if (ste.needsClassdict) {
            dictAdd(md.cellvars, "__classdict__");
        }
        dictByType(ste, SymbolTable.FREE, SymbolTable.DEF_FREE_CLASS, md.cellvars.size(), md.freevars);
        if (u != null) {
            stack.addLast(u);
            unit.privateName = u.privateName;
        }
        u = unit;
        nestlevel++;
        Location loc = new Location(lineno, lineno, 0, 0);
        if (scopeType == CompilerUnit.SCOPE_MODULE) {
            loc = new Location(0, lineno, 0, 0);
        } else {
            setQualname();
        }
        addopI(loc, RESUME, RESUME_AT_FUNC_START);
    }

    /**
     * The names whose scope is {@code scopeType} or that have {@code flag}, sorted, numbered
     * from {@code offset}: cell and free variable order is the sorted order.
     */
    // CPython: Python/compile.c dictbytype
    private static void dictByType(Scope ste, int scopeType, int flag, int offset, Map<String, Integer> dest) {
        List<String> keys = new ArrayList<>(ste.symbols.keySet());
        java.util.Collections.sort(keys, CodegenBase::compareCodePoints);
        int i = offset;
        for (String k : keys) {
            int vi = ste.symbols.get(k);
            int scope = (vi >> SymbolTable.SCOPE_OFFSET) & SymbolTable.SCOPE_MASK;
            if (scope == scopeType || (vi & flag) != 0) {
                dest.put(k, i++);
            }
        }
    }

    /** Python's str ordering: by code point (Java's compareTo orders by UTF-16 unit). */
    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // CPython: Python/compile.c compiler_exit_scope
    final void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.removeLast();
    }

    // CPython: Python/compile.c compiler_set_qualname
    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            CompilerUnit parent = stack.peekLast();
            if (parent.scopeType == CompilerUnit.SCOPE_TYPEPARAMS) {
                // A type-parameter scope: look at its parent instead.
                if (stack.size() == 1) {
                    u.metadata.qualname = u.metadata.name;
                    return;
                }
                java.util.Iterator<CompilerUnit> it = stack.descendingIterator();
                it.next();
                parent = it.next();
            }
            boolean forceGlobal = false;
            if (u.scopeType == CompilerUnit.SCOPE_FUNCTION || u.scopeType == CompilerUnit.SCOPE_ASYNC_FUNCTION
                    || u.scopeType == CompilerUnit.SCOPE_CLASS) {
                String mangled = SymbolTable.mangle(parent.privateName, u.metadata.name);
                if (SymbolTable.getScope(parent.ste, mangled) == SymbolTable.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == CompilerUnit.SCOPE_FUNCTION
                        || parent.scopeType == CompilerUnit.SCOPE_ASYNC_FUNCTION
                        || parent.scopeType == CompilerUnit.SCOPE_LAMBDA) {
                    base = parent.metadata.qualname + ".<locals>";
                } else {
                    base = parent.metadata.qualname;
                }
            }
        }
        u.metadata.qualname = base != null ? base + "." + u.metadata.name : u.metadata.name;
    }

    // CPython: Python/compile.c compute_code_flags
    final int computeCodeFlags() {
        Scope ste = u.ste;
        int f = 0;
        if (ste.isFunctionLike()) {
            f |= PyCode.CO_NEWLOCALS | PyCode.CO_OPTIMIZED;
            if (ste.nested) f |= PyCode.CO_NESTED;
            if (ste.generator && !ste.coroutine) f |= PyCode.CO_GENERATOR;
            if (!ste.generator && ste.coroutine) f |= PyCode.CO_COROUTINE;
            if (ste.generator && ste.coroutine) f |= PyCode.CO_ASYNC_GENERATOR;
            if (ste.varargs) f |= PyCode.CO_VARARGS;
            if (ste.varkeywords) f |= PyCode.CO_VARKEYWORDS;
        }
        f |= flags & PyCF_MASK;
        if (isTopLevelAwait() && ste.coroutine && !ste.generator) {
            f |= PyCode.CO_COROUTINE;
        }
        return f;
    }

    /** Ends the unit's code (return None if it falls off the end), optimises and assembles it. */
    // CPython: Python/compile.c optimize_and_assemble
    final PyCode optimizeAndAssemble(boolean addNone) {
        int codeFlags = computeCodeFlags();
        if (addNone) {
            loadConst(NO_LOCATION, PyNone.NONE);
        }
        addop(NO_LOCATION, RETURN_VALUE);
        return Backend.optimizeAndAssemble(u.seq, u.metadata, constCache, codeFlags, ctx.filename,
                u.ste.varnames.size());
    }

    // ------------------------------------------------------------------------------------
    // Names

    /** The scope of a name for closures: CELL for the implicit class cells. */
    // CPython: Python/compile.c get_ref_type
    final int getRefType(String name) {
        if (u.scopeType == CompilerUnit.SCOPE_CLASS && (name.equals("__class__") || name.equals("__classdict__"))) {
            return SymbolTable.CELL;
        }
        int scope = SymbolTable.getScope(u.ste, name);
        if (scope == 0) {
            throw new IllegalStateException("_PyST_GetScope(name='" + name + "') failed: unknown scope in unit "
                    + u.metadata.name);
        }
        return scope;
    }

    // CPython: Python/compile.c forbidden_name
    final void checkForbiddenName(Location loc, String name, AstExprContext ctx) {
        if (ctx == AstExprContext.Store && name.equals("__debug__")) {
            throw error(loc, "cannot assign to __debug__");
        }
        if (ctx == AstExprContext.Del && name.equals("__debug__")) {
            throw error(loc, "cannot delete __debug__");
        }
    }

    /** Loads, stores or deletes a name with the instruction its scope calls for. */
    // CPython: Python/compile.c compiler_nameop
    final void nameop(Location loc, String name, AstExprContext ctx) {
        checkForbiddenName(loc, name, ctx);
        String mangled = SymbolTable.maybeMangle(u.privateName, u.ste, name);
        Map<String, Integer> dict = u.metadata.names;
        final int fast = 0, global = 1, deref = 2, plain = 3;
        int optype = plain;
        int scope = SymbolTable.getScope(u.ste, mangled);
        switch (scope) {
            case SymbolTable.FREE:
                dict = u.metadata.freevars;
                optype = deref;
                break;
            case SymbolTable.CELL:
                dict = u.metadata.cellvars;
                optype = deref;
                break;
            case SymbolTable.LOCAL:
                if (u.ste.isFunctionLike()) {
                    optype = fast;
                } else if (Boolean.TRUE.equals(u.metadata.fasthidden.get(mangled))) {
                    optype = fast;
                }
                break;
            case SymbolTable.GLOBAL_IMPLICIT:
                if (u.ste.isFunctionLike()) optype = global;
                break;
            case SymbolTable.GLOBAL_EXPLICIT:
                optype = global;
                break;
            default:
                break;
        }
        int op;
        switch (optype) {
            case deref:
                if (ctx == AstExprContext.Load) {
                    if (u.ste.type == Scope.BlockType.ClassBlock && u.inInlinedComp == 0) {
                        op = LOAD_FROM_DICT_OR_DEREF;
                        addop(loc, LOAD_LOCALS);
                    } else if (u.ste.canSeeClassScope) {
                        op = LOAD_FROM_DICT_OR_DEREF;
                        addopO(loc, LOAD_DEREF, u.metadata.freevars, "__classdict__");
                    } else {
                        op = LOAD_DEREF;
                    }
                } else {
                    op = ctx == AstExprContext.Store ? STORE_DEREF : DELETE_DEREF;
                }
                break;
            case fast:
                op = ctx == AstExprContext.Load ? LOAD_FAST : ctx == AstExprContext.Store ? STORE_FAST : DELETE_FAST;
                addopO(loc, op, u.metadata.varnames, mangled);
                return;
            case global:
                if (ctx == AstExprContext.Load) {
                    if (u.ste.canSeeClassScope && scope == SymbolTable.GLOBAL_IMPLICIT) {
                        op = LOAD_FROM_DICT_OR_GLOBALS;
                        addopO(loc, LOAD_DEREF, u.metadata.freevars, "__classdict__");
                    } else {
                        op = LOAD_GLOBAL;
                    }
                } else {
                    op = ctx == AstExprContext.Store ? STORE_GLOBAL : DELETE_GLOBAL;
                }
                break;
            default:
                if (ctx == AstExprContext.Load) {
                    op = u.ste.type == Scope.BlockType.ClassBlock && u.inInlinedComp != 0 ? LOAD_GLOBAL : LOAD_NAME;
                } else {
                    op = ctx == AstExprContext.Store ? STORE_NAME : DELETE_NAME;
                }
                break;
        }
        int arg = dictAdd(dict, mangled);
        if (op == LOAD_GLOBAL) {
            arg <<= 1;
        }
        addopI(loc, op, arg);
    }

    // ------------------------------------------------------------------------------------
    // Frame blocks

    // CPython: Python/compile.c compiler_push_fblock
    final void pushFblock(Location loc, FrameBlock.Type type, int block, int exit, Object datum) {
        if (u.nfblocks >= CompilerUnit.MAX_BLOCKS) {
            throw error(loc, "too many statically nested blocks");
        }
        u.fblocks[u.nfblocks++] = new FrameBlock(type, block, loc, exit, datum);
    }

    final void popFblock(FrameBlock.Type type, int block) {
        u.nfblocks--;
        FrameBlock top = u.fblocks[u.nfblocks];
        if (top.type != type || top.block != block) {
            throw new IllegalStateException("frame block mismatch: " + top.type + " vs " + type);
        }
    }

    // ------------------------------------------------------------------------------------
    // Closures

    /** Makes a function (or closure) from {@code co}: loads its free variables' cells, then the attributes in flags. */
    // CPython: Python/compile.c compiler_make_closure
    final void makeClosure(Location loc, PyCode co, int funcflags) {
        String[] freevars = co.freevars();
        if (freevars.length > 0) {
            for (String name : freevars) {
                // A name both free and local in a class (a method's free variable named
                // like a method) is handled by the closure as well as by name lookup.
                int reftype = getRefType(name);
                Integer arg = reftype == SymbolTable.CELL ? u.metadata.cellvars.get(name) : u.metadata.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("compiler_lookup_arg(name='" + name + "') with reftype=" + reftype
                            + " failed in " + u.metadata.name + "; freevars of code " + co.name);
                }
                addopI(loc, LOAD_CLOSURE, arg);
            }
            funcflags |= MAKE_FUNCTION_CLOSURE;
            addopI(loc, BUILD_TUPLE, freevars.length);
        }
        loadConst(loc, co);
        addop(loc, MAKE_FUNCTION);
        if ((funcflags & MAKE_FUNCTION_CLOSURE) != 0) addopI(loc, SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_CLOSURE);
        if ((funcflags & MAKE_FUNCTION_ANNOTATIONS) != 0) addopI(loc, SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_ANNOTATIONS);
        if ((funcflags & MAKE_FUNCTION_KWDEFAULTS) != 0) addopI(loc, SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_KWDEFAULTS);
        if ((funcflags & MAKE_FUNCTION_DEFAULTS) != 0) addopI(loc, SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_DEFAULTS);
    }

    // ------------------------------------------------------------------------------------
    // Errors and warnings

    /** A SyntaxError at {@code loc}; note that CPython's compiler reports byte columns here. */
    // CPython: Python/compile.c compiler_error
    final PySyntaxError error(Location loc, String msg) {
        return ctx.errors.codegenError(msg, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    /** A SyntaxWarning (an error when the warning filters say so). */
    // CPython: Python/compile.c compiler_warn
    final void warn(Location loc, String msg) {
        if (ctx.warn("SyntaxWarning", msg, loc.lineno())) {
            throw error(loc, msg);
        }
    }
}
