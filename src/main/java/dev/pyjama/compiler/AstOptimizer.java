package dev.pyjama.compiler;

import dev.pyjama.ast.*;
import dev.pyjama.ast.Module;
import dev.pyjama.objects.PyBool;
import java.util.ArrayList;

/**
 * The AST optimiser that runs before the symbol table: constant folding and the few other
 * rewrites of CPython 3.13 ({@code __debug__}, {@code not (a is b)} to {@code a is not b},
 * list and set displays iterated or tested with {@code in} to tuples and frozensets,
 * {@code '%s' % (a,)} to an f-string). Expression nodes that change kind are replaced in their
 * parent (a Java node cannot change class as a C node does); the replacements carry the
 * positions CPython gives them. Each visit method returns the expression to store in place
 * of the node visited; statements and patterns are changed in place and give null.
 */
// CPython: Python/ast_opt.c _PyAST_Optimize, astfold_*
public final class AstOptimizer implements Visitor<AstExpr> {
    /** CPython's Py_C_RECURSION_LIMIT (non-debug builds). */
    static final int C_RECURSION_LIMIT = 10000;
    /**
     * The recursion depth CPython's optimiser starts from when compile() is called from
     * Python code (the C calls already on its stack); ast.parse(..., optimize=N) starts one
     * deeper.
     */
    public static final int COMPILE_START_DEPTH = CompileContext.DEPTH_COMPILE_BUILTIN;
    /** ast.parse passes compile() keyword arguments. */
    public static final int AST_PARSE_START_DEPTH = CompileContext.DEPTH_COMPILE_BUILTIN_KEYWORDS;

    private final int optimize;
    private final int features;
    private int depth;

    private AstOptimizer(int optimize, int features, int startDepth) {
        this.optimize = optimize;
        this.features = features;
        this.depth = startDepth;
    }

    /**
     * Optimises {@code mod} in place for the given optimisation level (0, 1 or 2; it decides
     * the value of {@code __debug__}) and CO_FUTURE_* flags (annotations are left alone under
     * {@code from __future__ import annotations}).
     */
    public static void optimize(AstMod mod, int optimize, int features) {
        optimize(mod, optimize, features, COMPILE_START_DEPTH);
    }

    /** As {@link #optimize(AstMod, int, int)}, with CPython's recursion depth at the start. */
    public static void optimize(AstMod mod, int optimize, int features, int startDepth) {
        mod.accept(new AstOptimizer(optimize, features, startDepth));
    }

    private boolean futureAnnotations() {
        return (features & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0;
    }

    // ---- helpers: the CALL, CALL_OPT and CALL_SEQ of ast_opt.c

    private AstExpr expr(AstExpr e) {
        return e == null ? null : e.accept(this);
    }

    /** Folds each element, storing replacements back (null elements, as in kw_defaults, stay). */
    private java.util.List<AstExpr> exprs(java.util.List<AstExpr> seq) {
        java.util.List<AstExpr> out = seq;
        for (int i = 0; i < seq.size(); i++) {
            AstExpr e = seq.get(i);
            if (e == null) continue;
            AstExpr r = e.accept(this);
            if (r != e) {
                if (out == seq && !(seq instanceof ArrayList)) out = new ArrayList<>(seq);
                out.set(i, r);
            }
        }
        return out;
    }

    private void stmts(java.util.List<AstStmt> seq) {
        for (AstStmt s : seq) {
            if (s != null) s.accept(this);
        }
    }

    private void enter() {
        if (++depth > C_RECURSION_LIMIT) throw CompileErrors.recursionError();
    }

    /** A body whose first statement may become a docstring by folding keeps it from being one. */
    // CPython: Python/ast_opt.c astfold_body
    private void body(java.util.List<AstStmt> stmts) {
        boolean docstring = FutureFeatures.docString(stmts) != null;
        stmts(stmts);
        if (!docstring && FutureFeatures.docString(stmts) != null) {
            Expr st = (Expr) stmts.get(0);
            java.util.List<AstExpr> values = new ArrayList<>(1);
            values.add(st.value);
            st.value = new JoinedStr(values, st.lineno, st.colOffset, st.endLineno, st.endColOffset);
        }
    }

    private void typeParams(java.util.List<AstTypeParam> params) {
        for (AstTypeParam p : params) p.accept(this);
    }

    // ---- modules (astfold_mod)

    @Override
    public AstExpr visitModule(Module node) {
        body(node.body);
        return null;
    }

    @Override
    public AstExpr visitInteractive(Interactive node) {
        stmts(node.body);
        return null;
    }

    @Override
    public AstExpr visitExpression(Expression node) {
        node.body = expr(node.body);
        return null;
    }

    @Override
    public AstExpr visitFunctionType(FunctionType node) {
        return null;
    }

    // ---- statements (astfold_stmt)

    @Override
    public AstExpr visitFunctionDef(FunctionDef node) {
        enter();
        typeParams(node.typeParams);
        node.args.accept(this);
        body(node.body);
        node.decoratorList = exprs(node.decoratorList);
        if (!futureAnnotations()) node.returns = expr(node.returns);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitAsyncFunctionDef(AsyncFunctionDef node) {
        enter();
        typeParams(node.typeParams);
        node.args.accept(this);
        body(node.body);
        node.decoratorList = exprs(node.decoratorList);
        if (!futureAnnotations()) node.returns = expr(node.returns);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitClassDef(ClassDef node) {
        enter();
        typeParams(node.typeParams);
        node.bases = exprs(node.bases);
        for (Keyword k : node.keywords) k.accept(this);
        body(node.body);
        node.decoratorList = exprs(node.decoratorList);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitReturn(Return node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitDelete(Delete node) {
        enter();
        node.targets = exprs(node.targets);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitAssign(Assign node) {
        enter();
        node.targets = exprs(node.targets);
        node.value = expr(node.value);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitTypeAlias(TypeAlias node) {
        enter();
        node.name = expr(node.name);
        typeParams(node.typeParams);
        node.value = expr(node.value);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitAugAssign(AugAssign node) {
        enter();
        node.target = expr(node.target);
        node.value = expr(node.value);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitAnnAssign(AnnAssign node) {
        enter();
        node.target = expr(node.target);
        if (!futureAnnotations()) node.annotation = expr(node.annotation);
        node.value = expr(node.value);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitFor(For node) {
        enter();
        node.target = expr(node.target);
        node.iter = expr(node.iter);
        stmts(node.body);
        stmts(node.orelse);
        node.iter = ConstantFolder.foldIter(node.iter);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitAsyncFor(AsyncFor node) {
        enter();
        node.target = expr(node.target);
        node.iter = expr(node.iter);
        stmts(node.body);
        stmts(node.orelse);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitWhile(While node) {
        enter();
        node.test = expr(node.test);
        stmts(node.body);
        stmts(node.orelse);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitIf(If node) {
        enter();
        node.test = expr(node.test);
        stmts(node.body);
        stmts(node.orelse);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitWith(With node) {
        enter();
        for (Withitem item : node.items) item.accept(this);
        stmts(node.body);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitAsyncWith(AsyncWith node) {
        enter();
        for (Withitem item : node.items) item.accept(this);
        stmts(node.body);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatch(Match node) {
        enter();
        node.subject = expr(node.subject);
        for (MatchCase c : node.cases) c.accept(this);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitRaise(Raise node) {
        enter();
        node.exc = expr(node.exc);
        node.cause = expr(node.cause);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitTry(Try node) {
        enter();
        stmts(node.body);
        for (AstExcepthandler h : node.handlers) h.accept(this);
        stmts(node.orelse);
        stmts(node.finalbody);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitTryStar(TryStar node) {
        enter();
        stmts(node.body);
        for (AstExcepthandler h : node.handlers) h.accept(this);
        stmts(node.orelse);
        stmts(node.finalbody);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitAssert(Assert node) {
        enter();
        node.test = expr(node.test);
        node.msg = expr(node.msg);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitExpr(Expr node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return null;
    }

    private AstExpr simpleStatement() {
        enter();
        depth--;
        return null;
    }

    @Override
    public AstExpr visitImport(Import node) {
        return simpleStatement();
    }

    @Override
    public AstExpr visitImportFrom(ImportFrom node) {
        return simpleStatement();
    }

    @Override
    public AstExpr visitGlobal(Global node) {
        return simpleStatement();
    }

    @Override
    public AstExpr visitNonlocal(Nonlocal node) {
        return simpleStatement();
    }

    @Override
    public AstExpr visitPass(Pass node) {
        return simpleStatement();
    }

    @Override
    public AstExpr visitBreak(Break node) {
        return simpleStatement();
    }

    @Override
    public AstExpr visitContinue(Continue node) {
        return simpleStatement();
    }

    // ---- expressions (astfold_expr)

    @Override
    public AstExpr visitBoolOp(BoolOp node) {
        enter();
        node.values = exprs(node.values);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitNamedExpr(NamedExpr node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitBinOp(BinOp node) {
        enter();
        node.left = expr(node.left);
        node.right = expr(node.right);
        AstExpr r = ConstantFolder.foldBinOp(node);
        depth--;
        return r;
    }

    @Override
    public AstExpr visitUnaryOp(UnaryOp node) {
        enter();
        node.operand = expr(node.operand);
        AstExpr r = ConstantFolder.foldUnaryOp(node);
        depth--;
        return r;
    }

    @Override
    public AstExpr visitLambda(Lambda node) {
        enter();
        node.args.accept(this);
        node.body = expr(node.body);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitIfExp(IfExp node) {
        enter();
        node.test = expr(node.test);
        node.body = expr(node.body);
        node.orelse = expr(node.orelse);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitDict(Dict node) {
        enter();
        node.keys = exprs(node.keys);
        node.values = exprs(node.values);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitSet(Set node) {
        enter();
        node.elts = exprs(node.elts);
        depth--;
        return node;
    }

    private void generators(java.util.List<Comprehension> gens) {
        for (Comprehension c : gens) c.accept(this);
    }

    @Override
    public AstExpr visitListComp(ListComp node) {
        enter();
        node.elt = expr(node.elt);
        generators(node.generators);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitSetComp(SetComp node) {
        enter();
        node.elt = expr(node.elt);
        generators(node.generators);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitDictComp(DictComp node) {
        enter();
        node.key = expr(node.key);
        node.value = expr(node.value);
        generators(node.generators);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitGeneratorExp(GeneratorExp node) {
        enter();
        node.elt = expr(node.elt);
        generators(node.generators);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitAwait(Await node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitYield(Yield node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitYieldFrom(YieldFrom node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitCompare(Compare node) {
        enter();
        node.left = expr(node.left);
        node.comparators = exprs(node.comparators);
        ConstantFolder.foldCompare(node);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitCall(Call node) {
        enter();
        node.func = expr(node.func);
        node.args = exprs(node.args);
        for (Keyword k : node.keywords) k.accept(this);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitFormattedValue(FormattedValue node) {
        enter();
        node.value = expr(node.value);
        node.formatSpec = expr(node.formatSpec);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitJoinedStr(JoinedStr node) {
        enter();
        node.values = exprs(node.values);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitConstant(Constant node) {
        enter();
        depth--;
        return node;
    }

    @Override
    public AstExpr visitAttribute(Attribute node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitSubscript(Subscript node) {
        enter();
        node.value = expr(node.value);
        node.slice = expr(node.slice);
        AstExpr r = ConstantFolder.foldSubscript(node);
        depth--;
        return r;
    }

    @Override
    public AstExpr visitStarred(Starred node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitName(Name node) {
        enter();
        depth--;
        if (node.ctx == AstExprContext.Load && node.id.equals("__debug__")) {
            return ConstantFolder.constant(node, PyBool.of(optimize == 0));
        }
        return node;
    }

    @Override
    public AstExpr visitList(List node) {
        enter();
        node.elts = exprs(node.elts);
        depth--;
        return node;
    }

    @Override
    public AstExpr visitTuple(Tuple node) {
        enter();
        node.elts = exprs(node.elts);
        AstExpr r = ConstantFolder.foldTuple(node);
        depth--;
        return r;
    }

    @Override
    public AstExpr visitSlice(Slice node) {
        enter();
        node.lower = expr(node.lower);
        node.upper = expr(node.upper);
        node.step = expr(node.step);
        depth--;
        return node;
    }

    // ---- the other node types

    @Override
    public AstExpr visitComprehension(Comprehension node) {
        node.target = expr(node.target);
        node.iter = expr(node.iter);
        node.ifs = exprs(node.ifs);
        node.iter = ConstantFolder.foldIter(node.iter);
        return null;
    }

    @Override
    public AstExpr visitExceptHandler(ExceptHandler node) {
        node.type = expr(node.type);
        stmts(node.body);
        return null;
    }

    @Override
    public AstExpr visitArguments(Arguments node) {
        for (Arg a : node.posonlyargs) a.accept(this);
        for (Arg a : node.args) a.accept(this);
        if (node.vararg != null) node.vararg.accept(this);
        for (Arg a : node.kwonlyargs) a.accept(this);
        node.kwDefaults = exprs(node.kwDefaults);
        if (node.kwarg != null) node.kwarg.accept(this);
        node.defaults = exprs(node.defaults);
        return null;
    }

    @Override
    public AstExpr visitArg(Arg node) {
        if (!futureAnnotations()) node.annotation = expr(node.annotation);
        return null;
    }

    @Override
    public AstExpr visitKeyword(Keyword node) {
        node.value = expr(node.value);
        return null;
    }

    @Override
    public AstExpr visitAlias(Alias node) {
        return null;
    }

    @Override
    public AstExpr visitWithitem(Withitem node) {
        node.contextExpr = expr(node.contextExpr);
        node.optionalVars = expr(node.optionalVars);
        return null;
    }

    @Override
    public AstExpr visitMatchCase(MatchCase node) {
        node.pattern.accept(this);
        node.guard = expr(node.guard);
        stmts(node.body);
        return null;
    }

    // ---- patterns (astfold_pattern): mostly forming negative and complex constants

    private void patterns(java.util.List<AstPattern> ps) {
        for (AstPattern p : ps) p.accept(this);
    }

    @Override
    public AstExpr visitMatchValue(MatchValue node) {
        enter();
        node.value = expr(node.value);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatchSingleton(MatchSingleton node) {
        enter();
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatchSequence(MatchSequence node) {
        enter();
        patterns(node.patterns);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatchMapping(MatchMapping node) {
        enter();
        node.keys = exprs(node.keys);
        patterns(node.patterns);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatchClass(MatchClass node) {
        enter();
        node.cls = expr(node.cls);
        patterns(node.patterns);
        patterns(node.kwdPatterns);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatchStar(MatchStar node) {
        enter();
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatchAs(MatchAs node) {
        enter();
        if (node.pattern != null) node.pattern.accept(this);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitMatchOr(MatchOr node) {
        enter();
        patterns(node.patterns);
        depth--;
        return null;
    }

    @Override
    public AstExpr visitTypeIgnore(TypeIgnore node) {
        return null;
    }

    // ---- type parameters (astfold_type_param)

    @Override
    public AstExpr visitTypeVar(TypeVar node) {
        node.bound = expr(node.bound);
        node.defaultValue = expr(node.defaultValue);
        return null;
    }

    @Override
    public AstExpr visitParamSpec(ParamSpec node) {
        node.defaultValue = expr(node.defaultValue);
        return null;
    }

    @Override
    public AstExpr visitTypeVarTuple(TypeVarTuple node) {
        node.defaultValue = expr(node.defaultValue);
        return null;
    }
}
