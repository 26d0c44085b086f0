package dev.pyjama.compiler;

import dev.pyjama.ast.*;
import dev.pyjama.ast.Module;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol table of a module: one {@link Scope} per block, found by the AST node (or node
 * list) that opens it. The first pass here collects what each block does with each name;
 * {@link ScopeAnalysis} then decides the names' scopes.
 */
// CPython: Python/symtable.c _PySymtable_Build and the symtable_visit_* functions
final class SymbolTable {
    // Flags for what a block does with a name (Include/internal/pycore_symtable.h).
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 2 << 1;
    static final int DEF_NONLOCAL = 2 << 2;
    static final int USE = 2 << 3;
    static final int DEF_FREE = 2 << 4;
    static final int DEF_FREE_CLASS = 2 << 5;
    static final int DEF_IMPORT = 2 << 6;
    static final int DEF_ANNOT = 2 << 7;
    static final int DEF_COMP_ITER = 2 << 8;
    static final int DEF_TYPE_PARAM = 2 << 9;
    static final int DEF_COMP_CELL = 2 << 10;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // Scopes, stored in a name's flags at SCOPE_OFFSET.
    static final int SCOPE_OFFSET = 12;
    static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    /** CPython's Py_C_RECURSION_LIMIT (non-debug builds), which bounds the visit's nesting. */
    private static final int RECURSION_LIMIT = 10000;

    /** The block of the module. */
    Scope top;
    private final Map<Object, Scope> blocks = new IdentityHashMap<>();
    /** The scopes of type-parameter defaults (CPython keys them by the parameter's address + 1). */
    private final Map<Object, Scope> defaultBlocks = new IdentityHashMap<>();
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    /** The name of the class being compiled, for mangling, or null. */
    private String privateName;
    private final FutureFeatures future;
    private final CompileErrors errors;
    private int depth;

    private SymbolTable(FutureFeatures future, CompileErrors errors) {
        this.future = future;
        this.errors = errors;
    }

    /** Builds and analyses the symbol table of a module (exec, eval or single mode). */
    // CPython: Python/symtable.c _PySymtable_Build
    static SymbolTable build(AstMod mod, FutureFeatures future, CompileErrors errors, int startDepth) {
        SymbolTable st = new SymbolTable(future, errors);
        st.depth = startDepth;
        st.enterBlock("top", Scope.BlockType.ModuleBlock, mod, 0, 0, 0, 0);
        st.top = st.cur;
        if (mod instanceof Module m) {
            for (AstStmt s : m.body) st.visitStmt(s);
        } else if (mod instanceof Expression e) {
            st.visitExpr(e.body);
        } else if (mod instanceof Interactive i) {
            for (AstStmt s : i.body) st.visitStmt(s);
        } else {
            throw new dev.pyjama.objects.PyException("RuntimeError", "this compiler does not handle FunctionTypes");
        }
        st.exitBlock();
        new ScopeAnalysis(errors).analyze(st.top);
        return st;
    }

    /** The block opened by {@code key} (a node, a type-parameter list or a {@link #defaultValueKey}). */
    // CPython: Python/symtable.c _PySymtable_Lookup
    Scope lookup(Object key) {
        Scope s = key instanceof DefaultValueKey d ? defaultBlocks.get(d.typeParam()) : blocks.get(key);
        if (s == null) {
            throw new dev.pyjama.objects.PyException("KeyError", "unknown symbol table entry");
        }
        return s;
    }

    /** The key of the scope of a TypeVar's default (its bound uses the TypeVar itself). */
    record DefaultValueKey(AstTypeParam typeParam) {
    }

    static Object defaultValueKey(AstTypeParam tp) {
        return new DefaultValueKey(tp);
    }

    // CPython: Python/symtable.c _PyST_GetSymbol
    static int getSymbol(Scope ste, String name) {
        return ste.symbol(name);
    }

    // CPython: Python/symtable.c _PyST_GetScope
    static int getScope(Scope ste, String name) {
        return (ste.symbol(name) >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    // ------------------------------------------------------------------------------------
    // Name mangling

    /** Mangles {@code name} unless the block is a generic class's type-parameter scope that does not mangle it. */
    // CPython: Python/symtable.c _Py_MaybeMangle
    static String maybeMangle(String privateName, Scope ste, String name) {
        if (ste.mangledNames != null && !ste.mangledNames.contains(name)) {
            return name;
        }
        return mangle(privateName, name);
    }

    /** {@code __spam} in class {@code _Ham} becomes {@code _Ham__spam}; dunders and dotted names stay. */
    // CPython: Python/symtable.c _Py_Mangle
    static String mangle(String privateName, String ident) {
        if (privateName == null || ident.length() < 2 || ident.charAt(0) != '_' || ident.charAt(1) != '_') {
            return ident;
        }
        int n = ident.length();
        if ((ident.charAt(n - 1) == '_' && ident.charAt(n - 2) == '_') || ident.indexOf('.') >= 0) {
            return ident;
        }
        int ipriv = 0;
        while (ipriv < privateName.length() && privateName.charAt(ipriv) == '_') ipriv++;
        if (ipriv == privateName.length()) {
            return ident; // a class named only with underscores
        }
        return "_" + privateName.substring(ipriv) + ident;
    }

    // ------------------------------------------------------------------------------------
    // Blocks

    // CPython: Python/symtable.c symtable_enter_block, ste_new
    private void enterBlock(String name, Scope.BlockType block, Object key, int lineno, int colOffset,
                            int endLineno, int endColOffset) {
        Scope ste = new Scope(name, block, lineno, colOffset, endLineno, endColOffset);
        if (cur != null && (cur.nested || cur.isFunctionLike())) {
            ste.nested = true;
        }
        if (key instanceof DefaultValueKey d) {
            defaultBlocks.put(d.typeParam(), ste);
        } else {
            blocks.put(key, ste);
        }
        stack.add(ste);
        Scope prev = cur;
        // bpo-37757: no assignment expression anywhere in a comprehension's outermost
        // iterable, even inside a nested comprehension or lambda.
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        // Classes mangle every name: no need to inherit the set there.
        if (prev != null && prev.mangledNames != null && block != Scope.BlockType.ClassBlock) {
            ste.mangledNames = prev.mangledNames;
        }
        cur = ste;
        // Annotation blocks (future annotations: never evaluated) are not children.
        if (block == Scope.BlockType.AnnotationBlock) {
            return;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    // CPython: Python/symtable.c symtable_exit_block
    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private int lookupEntry(Scope ste, String name) {
        return ste.symbol(maybeMangle(privateName, ste, name));
    }

    // CPython: Python/symtable.c symtable_lookup
    private int lookup(String name) {
        return lookupEntry(cur, name);
    }

    // CPython: Python/symtable.c symtable_add_def_helper
    private void addDefHelper(String name, int flag, Scope ste, int lineno, int colOffset, int endLineno,
                              int endColOffset) {
        String mangled = maybeMangle(privateName, cur, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw errors.syntaxError("duplicate argument '" + name + "' in function definition", lineno,
                        colOffset, endLineno, endColOffset);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw errors.syntaxError("duplicate type parameter '" + name + "'", lineno, colOffset, endLineno,
                        endColOffset);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // A comprehension's iteration variable: it may not also be a walrus target
            // declared global or nonlocal, and later walruses check against it.
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.syntaxError("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", lineno, colOffset, endLineno, endColOffset);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    // CPython: Python/symtable.c symtable_add_def
    private void addDef(String name, int flag, int lineno, int colOffset, int endLineno, int endColOffset) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        addDefHelper(name, flag, cur, lineno, colOffset, endLineno, endColOffset);
    }

    private void addDef(String name, int flag, AstStmt s) {
        addDef(name, flag, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
    }

    private void addDef(String name, int flag, AstExpr e) {
        addDef(name, flag, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
    }

    /** Opens the scope of a generic function, class or type alias's type parameters. */
    // CPython: Python/symtable.c symtable_enter_type_param_block
    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwdefaults,
                                     boolean isClass, AstStmt s) {
        Scope.BlockType currentType = cur.type;
        enterBlock(name, Scope.BlockType.TypeParametersBlock, key, s.lineno, s.colOffset, s.endLineno,
                s.endColOffset);
        if (currentType == Scope.BlockType.ClassBlock) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, s);
        }
        if (isClass) {
            // Set when the type-parameter tuple is made, used for the bases.
            addDef(".type_params", DEF_LOCAL, s);
            addDef(".type_params", USE, s);
            // The generic base.
            addDef(".generic_base", DEF_LOCAL, s);
            addDef(".generic_base", USE, s);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, s);
        }
        if (hasKwdefaults) {
            addDef(".kwdefaults", DEF_PARAM, s);
        }
    }

    // CPython: Python/symtable.c symtable_record_directive
    private void recordDirective(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
        if (cur.directives == null) {
            cur.directives = new ArrayList<>();
        }
        cur.directives.add(new Scope.Directive(maybeMangle(privateName, cur, name), lineno, colOffset, endLineno,
                endColOffset));
    }

    private static boolean hasKwonlyDefaults(List<AstExpr> kwDefaults) {
        for (AstExpr d : kwDefaults) {
            if (d != null) return true;
        }
        return false;
    }

    private void enter() {
        if (++depth > RECURSION_LIMIT) {
            throw CompileErrors.recursionError();
        }
    }

    // ------------------------------------------------------------------------------------
    // Statements

    private void visitStmts(List<AstStmt> stmts) {
        for (AstStmt s : stmts) visitStmt(s);
    }

    private void visitExprs(List<AstExpr> exprs) {
        for (AstExpr e : exprs) visitExpr(e);
    }

    /** Like visitExprs, skipping nulls (kw_defaults, dict keys of ** items). */
    private void visitExprsWithNull(List<AstExpr> exprs) {
        for (AstExpr e : exprs) {
            if (e != null) visitExpr(e);
        }
    }

    // CPython: Python/symtable.c symtable_visit_stmt (FunctionDef_kind, AsyncFunctionDef_kind)
    private void visitFunctionDef(AstStmt s, String name, Arguments args, List<AstExpr> decos, AstExpr returns,
                                  List<AstTypeParam> typeParams, List<AstStmt> body, boolean isAsync) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults);
        visitExprsWithNull(args.kwDefaults);
        visitExprs(decos);
        if (!typeParams.isEmpty()) {
            // CPython tests the defaults list for NULL, which it never is: ".defaults" is
            // always a parameter of a generic function's type-parameter scope.
            enterTypeParamBlock(name, typeParams, args.defaults != null, hasKwonlyDefaults(args.kwDefaults), false,
                    s);
            for (AstTypeParam tp : typeParams) visitTypeParam(tp);
        }
        visitAnnotations(s, args, returns);
        enterBlock(name, Scope.BlockType.FunctionBlock, s, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
        if (isAsync) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (!typeParams.isEmpty()) {
            exitBlock();
        }
    }

    // CPython: Python/symtable.c symtable_visit_stmt
    private void visitStmt(AstStmt s) {
        enter();
        if (s instanceof FunctionDef f) {
            visitFunctionDef(s, f.name, f.args, f.decoratorList, f.returns, f.typeParams, f.body, false);
        } else if (s instanceof AsyncFunctionDef f) {
            visitFunctionDef(s, f.name, f.args, f.decoratorList, f.returns, f.typeParams, f.body, true);
        } else if (s instanceof ClassDef c) {
            visitClassDef(c);
        } else if (s instanceof TypeAlias t) {
            visitTypeAlias(t);
        } else if (s instanceof Return r) {
            if (r.value != null) {
                visitExpr(r.value);
                cur.returnsValue = true;
            }
        } else if (s instanceof Delete d) {
            visitExprs(d.targets);
        } else if (s instanceof Assign a) {
            visitExprs(a.targets);
            visitExpr(a.value);
        } else if (s instanceof AnnAssign a) {
            visitAnnAssign(a);
        } else if (s instanceof AugAssign a) {
            visitExpr(a.target);
            visitExpr(a.value);
        } else if (s instanceof For f) {
            visitExpr(f.target);
            visitExpr(f.iter);
            visitStmts(f.body);
            visitStmts(f.orelse);
        } else if (s instanceof AsyncFor f) {
            visitExpr(f.target);
            visitExpr(f.iter);
            visitStmts(f.body);
            visitStmts(f.orelse);
        } else if (s instanceof While w) {
            visitExpr(w.test);
            visitStmts(w.body);
            visitStmts(w.orelse);
        } else if (s instanceof If i) {
            visitExpr(i.test);
            visitStmts(i.body);
            visitStmts(i.orelse);
        } else if (s instanceof Match m) {
            visitExpr(m.subject);
            for (MatchCase c : m.cases) {
                visitPattern(c.pattern);
                if (c.guard != null) visitExpr(c.guard);
                visitStmts(c.body);
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                visitExpr(r.exc);
                if (r.cause != null) visitExpr(r.cause);
            }
        } else if (s instanceof Try t) {
            visitStmts(t.body);
            for (AstExcepthandler h : t.handlers) visitExceptHandler((ExceptHandler) h);
            visitStmts(t.orelse);
            visitStmts(t.finalbody);
        } else if (s instanceof TryStar t) {
            visitStmts(t.body);
            for (AstExcepthandler h : t.handlers) visitExceptHandler((ExceptHandler) h);
            visitStmts(t.orelse);
            visitStmts(t.finalbody);
        } else if (s instanceof Assert a) {
            visitExpr(a.test);
            if (a.msg != null) visitExpr(a.msg);
        } else if (s instanceof Import i) {
            for (Alias a : i.names) visitAlias(a);
        } else if (s instanceof ImportFrom i) {
            for (Alias a : i.names) visitAlias(a);
        } else if (s instanceof Global g) {
            visitDirectives(s, g.names, true);
        } else if (s instanceof Nonlocal n) {
            visitDirectives(s, n.names, false);
        } else if (s instanceof Expr e) {
            visitExpr(e.value);
        } else if (s instanceof With w) {
            for (Withitem item : w.items) visitWithitem(item);
            visitStmts(w.body);
        } else if (s instanceof AsyncWith w) {
            for (Withitem item : w.items) visitWithitem(item);
            visitStmts(w.body);
        }
        // Pass, Break, Continue: nothing to record.
        depth--;
    }

    private void visitClassDef(ClassDef s) {
        addDef(s.name, DEF_LOCAL, s);
        visitExprs(s.decoratorList);
        String tmp = privateName;
        boolean generic = !s.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(s.name, s.typeParams, false, false, true, s);
            privateName = s.name;
            cur.mangledNames = Scope.newNameSet();
            for (AstTypeParam tp : s.typeParams) visitTypeParam(tp);
        }
        visitExprs(s.bases);
        for (Keyword k : s.keywords) visitExpr(k.value);
        enterBlock(s.name, Scope.BlockType.ClassBlock, s, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
        privateName = s.name;
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, s);
            addDef(".type_params", USE, s);
        }
        visitStmts(s.body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = tmp;
    }

    private void visitTypeAlias(TypeAlias s) {
        visitExpr(s.name);
        String name = ((Name) s.name).id;
        boolean isInClass = cur.type == Scope.BlockType.ClassBlock;
        boolean generic = !s.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(name, s.typeParams, false, false, false, s);
            for (AstTypeParam tp : s.typeParams) visitTypeParam(tp);
        }
        enterBlock(name, Scope.BlockType.TypeAliasBlock, s, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
        cur.canSeeClassScope = isInClass;
        if (isInClass) {
            addDef("__classdict__", USE, s.value);
        }
        visitExpr(s.value);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitAnnAssign(AnnAssign s) {
        if (s.target instanceof Name eName) {
            int cur0 = lookup(eName.id);
            if ((cur0 & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != top.symbols && s.simple != 0) {
                String what = (cur0 & DEF_GLOBAL) != 0 ? "annotated name '" + eName.id + "' can't be global"
                        : "annotated name '" + eName.id + "' can't be nonlocal";
                throw errors.syntaxError(what, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            }
            if (s.simple != 0) {
                addDef(eName.id, DEF_ANNOT | DEF_LOCAL, eName);
            } else if (s.value != null) {
                addDef(eName.id, DEF_LOCAL, eName);
            }
        } else {
            visitExpr(s.target);
        }
        visitAnnotation(s.annotation);
        if (s.value != null) {
            visitExpr(s.value);
        }
    }

    /** global and nonlocal statements. */
    private void visitDirectives(AstStmt s, List<String> names, boolean global) {
        String kind = global ? "global" : "nonlocal";
        for (String name : names) {
            int cur0 = lookup(name);
            if ((cur0 & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((cur0 & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + kind;
                } else if ((cur0 & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + kind + " declaration";
                } else if ((cur0 & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + kind;
                } else {
                    msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                }
                throw errors.syntaxError(msg, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
        }
    }

    // CPython: Python/symtable.c symtable_visit_excepthandler
    private void visitExceptHandler(ExceptHandler eh) {
        if (eh.type != null) visitExpr(eh.type);
        if (eh.name != null) addDef(eh.name, DEF_LOCAL, eh.lineno, eh.colOffset, eh.endLineno, eh.endColOffset);
        visitStmts(eh.body);
    }

    // CPython: Python/symtable.c symtable_visit_withitem
    private void visitWithitem(Withitem item) {
        visitExpr(item.contextExpr);
        if (item.optionalVars != null) visitExpr(item.optionalVars);
    }

    /** Binds the name an import stores (the first part of a dotted name); star imports only at module level. */
    // CPython: Python/symtable.c symtable_visit_alias
    private void visitAlias(Alias a) {
        String name = a.asname == null ? a.name : a.asname;
        int dot = name.indexOf('.');
        String storeName = dot != -1 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(storeName, DEF_IMPORT, a.lineno, a.colOffset, a.endLineno, a.endColOffset);
        } else if (cur.type != Scope.BlockType.ModuleBlock) {
            throw errors.syntaxError("import * only allowed at module level", a.lineno, a.colOffset, a.endLineno,
                    a.endColOffset);
        }
    }

    // ------------------------------------------------------------------------------------
    // Arguments and annotations

    // CPython: Python/symtable.c symtable_visit_params
    private void visitParams(List<Arg> args) {
        for (Arg a : args) addDef(a.arg, DEF_PARAM, a.lineno, a.colOffset, a.endLineno, a.endColOffset);
    }

    // CPython: Python/symtable.c symtable_visit_arguments
    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs);
        visitParams(a.args);
        visitParams(a.kwonlyargs);
        if (a.vararg != null) {
            Arg v = a.vararg;
            addDef(v.arg, DEF_PARAM, v.lineno, v.colOffset, v.endLineno, v.endColOffset);
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            Arg k = a.kwarg;
            addDef(k.arg, DEF_PARAM, k.lineno, k.colOffset, k.endLineno, k.endColOffset);
            cur.varkeywords = true;
        }
    }

    private boolean futureAnnotations() {
        return (future.features & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0;
    }

    // CPython: Python/symtable.c symtable_visit_annotation
    private void visitAnnotation(AstExpr annotation) {
        boolean fa = futureAnnotations();
        if (fa) {
            enterBlock("_annotation", Scope.BlockType.AnnotationBlock, annotation, annotation.lineno,
                    annotation.colOffset, annotation.endLineno, annotation.endColOffset);
        }
        visitExpr(annotation);
        if (fa) {
            exitBlock();
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation != null) visitExpr(a.annotation);
        }
    }

    // CPython: Python/symtable.c symtable_visit_annotations
    private void visitAnnotations(AstStmt o, Arguments a, AstExpr returns) {
        boolean fa = futureAnnotations();
        if (fa) {
            enterBlock("_annotation", Scope.BlockType.AnnotationBlock, o, o.lineno, o.colOffset, o.endLineno,
                    o.endColOffset);
        }
        visitArgAnnotations(a.posonlyargs);
        visitArgAnnotations(a.args);
        if (a.vararg != null && a.vararg.annotation != null) visitExpr(a.vararg.annotation);
        if (a.kwarg != null && a.kwarg.annotation != null) visitExpr(a.kwarg.annotation);
        visitArgAnnotations(a.kwonlyargs);
        if (fa) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    // ------------------------------------------------------------------------------------
    // Type parameters

    // CPython: Python/symtable.c symtable_visit_type_param_bound_or_default
    private void visitTypeParamBoundOrDefault(AstExpr e, String name, Object key, String scopeInfo) {
        if (e == null) {
            return;
        }
        boolean isInClass = cur.canSeeClassScope;
        enterBlock(name, Scope.BlockType.TypeVariableBlock, key, e.lineno, e.colOffset, e.endLineno,
                e.endColOffset);
        cur.canSeeClassScope = isInClass;
        if (isInClass) {
            addDef("__classdict__", USE, e);
        }
        cur.scopeInfo = scopeInfo;
        visitExpr(e);
        exitBlock();
    }

    // CPython: Python/symtable.c symtable_visit_type_param
    private void visitTypeParam(AstTypeParam tp) {
        enter();
        if (tp instanceof TypeVar tv) {
            addDef(tv.name, DEF_TYPE_PARAM | DEF_LOCAL, tp.lineno, tp.colOffset, tp.endLineno, tp.endColOffset);
            String info = null;
            if (tv.bound != null) {
                info = tv.bound instanceof Tuple ? "a TypeVar constraint" : "a TypeVar bound";
            }
            // The bound is keyed by the parameter, the default by a key of its own (the
            // expressions themselves could be comprehensions, which have their own scopes).
            visitTypeParamBoundOrDefault(tv.bound, tv.name, tp, info);
            visitTypeParamBoundOrDefault(tv.defaultValue, tv.name, defaultValueKey(tp), "a TypeVar default");
        } else if (tp instanceof TypeVarTuple tvt) {
            addDef(tvt.name, DEF_TYPE_PARAM | DEF_LOCAL, tp.lineno, tp.colOffset, tp.endLineno, tp.endColOffset);
            visitTypeParamBoundOrDefault(tvt.defaultValue, tvt.name, tp, "a TypeVarTuple default");
        } else {
            ParamSpec ps = (ParamSpec) tp;
            addDef(ps.name, DEF_TYPE_PARAM | DEF_LOCAL, tp.lineno, tp.colOffset, tp.endLineno, tp.endColOffset);
            visitTypeParamBoundOrDefault(ps.defaultValue, ps.name, tp, "a ParamSpec default");
        }
        depth--;
    }

    // ------------------------------------------------------------------------------------
    // Patterns

    // CPython: Python/symtable.c symtable_visit_pattern
    private void visitPattern(AstPattern p) {
        enter();
        if (p instanceof MatchValue v) {
            visitExpr(v.value);
        } else if (p instanceof MatchSequence s) {
            for (AstPattern q : s.patterns) visitPattern(q);
        } else if (p instanceof MatchStar s) {
            if (s.name != null) addDef(s.name, DEF_LOCAL, p.lineno, p.colOffset, p.endLineno, p.endColOffset);
        } else if (p instanceof MatchMapping m) {
            visitExprs(m.keys);
            for (AstPattern q : m.patterns) visitPattern(q);
            if (m.rest != null) addDef(m.rest, DEF_LOCAL, p.lineno, p.colOffset, p.endLineno, p.endColOffset);
        } else if (p instanceof MatchClass c) {
            visitExpr(c.cls);
            for (AstPattern q : c.patterns) visitPattern(q);
            for (AstPattern q : c.kwdPatterns) visitPattern(q);
        } else if (p instanceof MatchAs as) {
            if (as.pattern != null) visitPattern(as.pattern);
            if (as.name != null) addDef(as.name, DEF_LOCAL, p.lineno, p.colOffset, p.endLineno, p.endColOffset);
        } else if (p instanceof MatchOr or) {
            for (AstPattern q : or.patterns) visitPattern(q);
        }
        // MatchSingleton: nothing to record.
        depth--;
    }

    // ------------------------------------------------------------------------------------
    // Expressions

    // CPython: Python/symtable.c symtable_visit_expr
    private void visitExpr(AstExpr e) {
        enter();
        if (e instanceof NamedExpr ne) {
            raiseIfAnnotationBlock("named expression", e);
            handleNamedExpr(ne);
        } else if (e instanceof BoolOp b) {
            visitExprs(b.values);
        } else if (e instanceof BinOp b) {
            visitExpr(b.left);
            visitExpr(b.right);
        } else if (e instanceof UnaryOp u) {
            visitExpr(u.operand);
        } else if (e instanceof Lambda l) {
            visitExprs(l.args.defaults);
            visitExprsWithNull(l.args.kwDefaults);
            enterBlock("lambda", Scope.BlockType.FunctionBlock, e, e.lineno, e.colOffset, e.endLineno,
                    e.endColOffset);
            visitArguments(l.args);
            visitExpr(l.body);
            exitBlock();
        } else if (e instanceof IfExp i) {
            visitExpr(i.test);
            visitExpr(i.body);
            visitExpr(i.orelse);
        } else if (e instanceof Dict d) {
            visitExprsWithNull(d.keys);
            visitExprs(d.values);
        } else if (e instanceof dev.pyjama.ast.Set s) {
            visitExprs(s.elts);
        } else if (e instanceof GeneratorExp g) {
            handleComprehension(e, "genexpr", g.generators, g.elt, null);
        } else if (e instanceof ListComp l) {
            handleComprehension(e, "listcomp", l.generators, l.elt, null);
        } else if (e instanceof SetComp s) {
            handleComprehension(e, "setcomp", s.generators, s.elt, null);
        } else if (e instanceof DictComp d) {
            handleComprehension(e, "dictcomp", d.generators, d.key, d.value);
        } else if (e instanceof Yield y) {
            raiseIfAnnotationBlock("yield expression", e);
            if (y.value != null) visitExpr(y.value);
            cur.generator = true;
            if (cur.comprehension != Scope.Comprehension.NONE) {
                throw comprehensionYieldError(e);
            }
        } else if (e instanceof YieldFrom y) {
            raiseIfAnnotationBlock("yield expression", e);
            visitExpr(y.value);
            cur.generator = true;
            if (cur.comprehension != Scope.Comprehension.NONE) {
                throw comprehensionYieldError(e);
            }
        } else if (e instanceof Await a) {
            raiseIfAnnotationBlock("await expression", e);
            visitExpr(a.value);
            cur.coroutine = true;
        } else if (e instanceof Compare c) {
            visitExpr(c.left);
            visitExprs(c.comparators);
        } else if (e instanceof Call c) {
            visitExpr(c.func);
            visitExprs(c.args);
            for (Keyword k : c.keywords) {
                if (k != null) visitExpr(k.value);
            }
        } else if (e instanceof FormattedValue f) {
            visitExpr(f.value);
            if (f.formatSpec != null) visitExpr(f.formatSpec);
        } else if (e instanceof JoinedStr j) {
            visitExprs(j.values);
        } else if (e instanceof Attribute a) {
            visitExpr(a.value);
        } else if (e instanceof Subscript s) {
            visitExpr(s.value);
            visitExpr(s.slice);
        } else if (e instanceof Starred s) {
            visitExpr(s.value);
        } else if (e instanceof Slice s) {
            if (s.lower != null) visitExpr(s.lower);
            if (s.upper != null) visitExpr(s.upper);
            if (s.step != null) visitExpr(s.step);
        } else if (e instanceof Name n) {
            addDef(n.id, n.ctx == AstExprContext.Load ? USE : DEF_LOCAL, e);
            // super() uses __class__.
            if (n.ctx == AstExprContext.Load && cur.isFunctionLike() && n.id.equals("super")) {
                addDef("__class__", USE, e);
            }
        } else if (e instanceof dev.pyjama.ast.List l) {
            visitExprs(l.elts);
        } else if (e instanceof Tuple t) {
            visitExprs(t.elts);
        }
        // Constant: nothing to record.
        depth--;
    }

    // CPython: Python/symtable.c symtable_raise_if_annotation_block
    private void raiseIfAnnotationBlock(String name, AstExpr e) {
        String msg;
        switch (cur.type) {
            case AnnotationBlock:
                msg = name + " cannot be used within an annotation";
                break;
            case TypeVariableBlock:
                msg = name + " cannot be used within " + cur.scopeInfo;
                break;
            case TypeAliasBlock:
                msg = name + " cannot be used within a type alias";
                break;
            case TypeParametersBlock:
                msg = name + " cannot be used within the definition of a generic";
                break;
            default:
                return;
        }
        throw errors.syntaxError(msg, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
    }

    // CPython: Python/symtable.c symtable_raise_if_comprehension_block
    private dev.pyjama.objects.PySyntaxError comprehensionYieldError(AstExpr e) {
        String msg;
        switch (cur.comprehension) {
            case LIST: msg = "'yield' inside list comprehension"; break;
            case SET: msg = "'yield' inside set comprehension"; break;
            case DICT: msg = "'yield' inside dict comprehension"; break;
            default: msg = "'yield' inside generator expression"; break;
        }
        return errors.syntaxError(msg, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
    }

    // CPython: Python/symtable.c symtable_handle_namedexpr
    private void handleNamedExpr(NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw errors.syntaxError("assignment expression cannot be used in a comprehension iterable expression",
                    e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        }
        if (cur.comprehension != Scope.Comprehension.NONE) {
            // In a comprehension: the target belongs to the enclosing function or module.
            extendNamedExprScope((Name) e.target);
        }
        visitExpr(e.value);
        visitExpr(e.target);
    }

    // CPython: Python/symtable.c symtable_extend_namedexpr_scope
    private void extendNamedExprScope(Name e) {
        String target = e.id;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != Scope.Comprehension.NONE) {
                // A comprehension: the target must not be one of its iteration variables.
                int inScope = lookupEntry(ste, target);
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0) {
                    throw errors.syntaxError("assignment expression cannot rebind comprehension iteration variable '"
                            + target + "'", e.lineno, e.colOffset, e.endLineno, e.endColOffset);
                }
                continue;
            }
            if (ste.type == Scope.BlockType.FunctionBlock) {
                int inScope = lookupEntry(ste, target);
                addDef(target, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, e);
                recordDirective(target, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
                addDefHelper(target, DEF_LOCAL, ste, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
                return;
            }
            if (ste.type == Scope.BlockType.ModuleBlock) {
                addDef(target, DEF_GLOBAL, e);
                recordDirective(target, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
                addDefHelper(target, DEF_GLOBAL, ste, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
                return;
            }
            String msg;
            switch (ste.type) {
                case ClassBlock:
                    msg = "assignment expression within a comprehension cannot be used in a class body";
                    break;
                case TypeParametersBlock:
                    msg = "assignment expression within a comprehension cannot be used within the definition of a generic";
                    break;
                case TypeAliasBlock:
                    msg = "assignment expression within a comprehension cannot be used in a type alias";
                    break;
                case TypeVariableBlock:
                    msg = "assignment expression within a comprehension cannot be used in a TypeVar bound";
                    break;
                default:
                    continue;
            }
            throw errors.syntaxError(msg, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        }
        throw new IllegalStateException("no block for an assignment expression's target");
    }

    // CPython: Python/symtable.c symtable_visit_comprehension
    private void visitComprehension(Comprehension lc) {
        cur.compIterTarget = true;
        visitExpr(lc.target);
        cur.compIterTarget = false;
        cur.compIterExpr++;
        visitExpr(lc.iter);
        cur.compIterExpr--;
        visitExprs(lc.ifs);
        if (lc.isAsync != 0) {
            cur.coroutine = true;
        }
    }

    // CPython: Python/symtable.c symtable_handle_comprehension
    private void handleComprehension(AstExpr e, String scopeName, List<Comprehension> generators, AstExpr elt,
                                     AstExpr value) {
        boolean isGenerator = e instanceof GeneratorExp;
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope.
        cur.compIterExpr++;
        visitExpr(outermost.iter);
        cur.compIterExpr--;
        enterBlock(scopeName, Scope.BlockType.FunctionBlock, e, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        cur.comprehension = e instanceof ListComp ? Scope.Comprehension.LIST
                : e instanceof SetComp ? Scope.Comprehension.SET
                : e instanceof DictComp ? Scope.Comprehension.DICT : Scope.Comprehension.GENERATOR;
        if (outermost.isAsync != 0) {
            cur.coroutine = true;
        }
        // The outermost iterator is the implicit argument ".0".
        addDef(".0", DEF_PARAM, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        visitExpr(outermost.target);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            visitComprehension(generators.get(i));
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }
}
