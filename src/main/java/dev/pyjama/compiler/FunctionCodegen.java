package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.ast.*;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompilerUnit.FrameBlock;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Code generation for everything that makes a new code object: functions, lambdas,
 * classes, type-parameter scopes, type aliases and comprehensions (inlined ones included).
 */
// CPython: Python/compile.c compiler_function, compiler_class, compiler_lambda, compiler_comprehension...
abstract class FunctionCodegen extends ExpressionCodegen {
    static final int COMP_GENEXP = 0, COMP_LISTCOMP = 1, COMP_SETCOMP = 2, COMP_DICTCOMP = 3;

    FunctionCodegen(CompileContext ctx, SymbolTable st, FutureFeatures future, int flags, int optimize) {
        super(ctx, st, future, flags, optimize);
    }

    /** Compiles a statement list that may start with a docstring, as a module or class body. */
    abstract void body(Location loc, List<AstStmt> stmts);

    final void visitStmts(List<AstStmt> stmts) {
        for (AstStmt s : stmts) visitStmt(s);
    }

    // ------------------------------------------------------------------------------------
    // Decorators, defaults, annotations

    final void decorators(List<AstExpr> decos) {
        visitExprs(decos);
    }

    final void applyDecorators(List<AstExpr> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            addopI(loc(decos.get(i)), CALL, 0);
        }
    }

    /** Pushes a dict of keyword-only defaults; returns whether there was one. */
    // CPython: Python/compile.c compiler_visit_kwonlydefaults
    private boolean visitKwonlyDefaults(Location loc, List<Arg> kwonlyargs, List<AstExpr> kwDefaults) {
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < kwonlyargs.size(); i++) {
            Arg arg = kwonlyargs.get(i);
            AstExpr dflt = kwDefaults.get(i);
            if (dflt != null) {
                keys.add(PyStr.of(SymbolTable.maybeMangle(u.privateName, u.ste, arg.arg)));
                visitExpr(dflt);
            }
        }
        if (keys.isEmpty()) {
            return false;
        }
        loadConst(loc, PyTuple.of(keys.toArray(new PyObject[0])));
        addopI(loc, BUILD_CONST_KEY_MAP, keys.size());
        return true;
    }

    // CPython: Python/compile.c compiler_default_arguments
    final int defaultArguments(Location loc, Arguments args) {
        int funcflags = 0;
        if (!args.defaults.isEmpty()) {
            visitExprs(args.defaults);
            addopI(loc, BUILD_TUPLE, args.defaults.size());
            funcflags |= MAKE_FUNCTION_DEFAULTS;
        }
        if (visitKwonlyDefaults(loc, args.kwonlyargs, args.kwDefaults)) {
            funcflags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return funcflags;
    }

    /** A postponed annotation: its source text as a constant. */
    // CPython: Python/compile.c compiler_visit_annexpr
    final void visitAnnexpr(AstExpr annotation) {
        loadConst(loc(annotation), AstUnparser.unparse(annotation));
    }

    /** Pushes name and value of one annotation; returns how many items it pushed. */
    // CPython: Python/compile.c compiler_visit_argannotation
    private int visitArgAnnotation(String id, AstExpr annotation, Location loc) {
        if (annotation == null) {
            return 0;
        }
        loadConst(loc, SymbolTable.maybeMangle(u.privateName, u.ste, id));
        if ((future.features & PyCode.CO_FUTURE_ANNOTATIONS) != 0) {
            visitAnnexpr(annotation);
        } else if (annotation instanceof Starred starred) {
            // *args: *Ts is [annotation] = [*Ts].
            visitExpr(starred.value);
            addopI(loc, UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(annotation);
        }
        return 2;
    }

    private int visitArgAnnotations(List<Arg> args, Location loc) {
        int n = 0;
        for (Arg a : args) n += visitArgAnnotation(a.arg, a.annotation, loc);
        return n;
    }

    /** Pushes a tuple of the annotations of a def; returns whether there was one. */
    // CPython: Python/compile.c compiler_visit_annotations
    private boolean visitAnnotations(Location loc, Arguments args, AstExpr returns) {
        int n = visitArgAnnotations(args.args, loc);
        n += visitArgAnnotations(args.posonlyargs, loc);
        if (args.vararg != null && args.vararg.annotation != null) {
            n += visitArgAnnotation(args.vararg.arg, args.vararg.annotation, loc);
        }
        n += visitArgAnnotations(args.kwonlyargs, loc);
        if (args.kwarg != null && args.kwarg.annotation != null) {
            n += visitArgAnnotation(args.kwarg.arg, args.kwarg.annotation, loc);
        }
        n += visitArgAnnotation("return", returns, loc);
        if (n > 0) {
            addopI(loc, BUILD_TUPLE, n);
            return true;
        }
        return false;
    }

    // CPython: Python/compile.c compiler_check_debug_args
    final void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs) checkForbiddenName(loc(a), a.arg, AstExprContext.Store);
        for (Arg a : args.args) checkForbiddenName(loc(a), a.arg, AstExprContext.Store);
        if (args.vararg != null) checkForbiddenName(loc(args.vararg), args.vararg.arg, AstExprContext.Store);
        for (Arg a : args.kwonlyargs) checkForbiddenName(loc(a), a.arg, AstExprContext.Store);
        if (args.kwarg != null) checkForbiddenName(loc(args.kwarg), args.kwarg.arg, AstExprContext.Store);
    }

    /** Turns StopIteration escaping a generator or coroutine body into RuntimeError. */
    // CPython: Python/compile.c wrap_in_stopiteration_handler
    final void wrapInStopIterationHandler() {
        int handler = newLabel();
        u.seq.insertInstruction(0, SETUP_CLEANUP, handler, NO_LOCATION);
        loadConst(NO_LOCATION, PyNone.NONE);
        addop(NO_LOCATION, RETURN_VALUE);
        useLabel(handler);
        addopI(NO_LOCATION, CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR);
        addopI(NO_LOCATION, RERAISE, 1);
    }

    // ------------------------------------------------------------------------------------
    // Type parameters (PEP 695, PEP 696)

    // CPython: Python/compile.c compiler_type_param_bound_or_default
    private void typeParamBoundOrDefault(AstExpr e, String name, Object key, boolean allowStarred) {
        enterScope(name, CompilerUnit.SCOPE_TYPEPARAMS, key, e.lineno);
        if (allowStarred && e instanceof Starred starred) {
            visitExpr(starred.value);
            addopI(loc(e), UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(e);
        }
        addop(loc(e), RETURN_VALUE);
        PyCode co = optimizeAndAssemble(true);
        exitScope();
        makeClosure(loc(e), co, 0);
    }

    // CPython: Python/compile.c compiler_type_params
    final void typeParams(List<AstTypeParam> typeParams) {
        boolean seenDefault = false;
        for (AstTypeParam tp : typeParams) {
            Location loc = loc(tp);
            String name;
            AstExpr dflt;
            if (tp instanceof TypeVar tv) {
                name = tv.name;
                dflt = tv.defaultValue;
                loadConst(loc, name);
                if (tv.bound != null) {
                    typeParamBoundOrDefault(tv.bound, name, tp, false);
                    addopI(loc, CALL_INTRINSIC_2,
                            tv.bound instanceof Tuple ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND);
                } else {
                    addopI(loc, CALL_INTRINSIC_1, INTRINSIC_TYPEVAR);
                }
                if (dflt != null) {
                    seenDefault = true;
                    // The bound already uses the type parameter's own key.
                    typeParamBoundOrDefault(dflt, name, SymbolTable.defaultValueKey(tp), false);
                    addopI(loc, CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT);
                }
            } else {
                boolean isTuple = tp instanceof TypeVarTuple;
                name = isTuple ? ((TypeVarTuple) tp).name : ((ParamSpec) tp).name;
                dflt = isTuple ? ((TypeVarTuple) tp).defaultValue : ((ParamSpec) tp).defaultValue;
                loadConst(loc, name);
                addopI(loc, CALL_INTRINSIC_1, isTuple ? INTRINSIC_TYPEVARTUPLE : INTRINSIC_PARAMSPEC);
                if (dflt != null) {
                    typeParamBoundOrDefault(dflt, name, tp, isTuple);
                    addopI(loc, CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT);
                    seenDefault = true;
                }
            }
            if (dflt == null && seenDefault) {
                throw error(loc, "non-default type parameter '" + name + "' follows default type parameter");
            }
            addopI(loc, COPY, 1);
            nameop(loc, name, AstExprContext.Store);
        }
        addopI(loc(typeParams.get(0)), BUILD_TUPLE, typeParams.size());
    }

    // ------------------------------------------------------------------------------------
    // Functions

    // CPython: Python/compile.c compiler_function_body
    private void functionBody(AstStmt s, String name, Arguments args, List<AstStmt> body, boolean isAsync,
                              int funcflags, int firstlineno) {
        enterScope(name, isAsync ? CompilerUnit.SCOPE_ASYNC_FUNCTION : CompilerUnit.SCOPE_FUNCTION, s, firstlineno);
        int firstInstr = 0;
        PyStr docstring = FutureFeatures.docString(body);
        if (docstring != null) {
            firstInstr = 1;
            docstring = optimize < 2 ? cleanDoc(docstring) : null;
        }
        // The first constant is the docstring, or None.
        addConst(docstring != null ? docstring : PyNone.NONE);

        u.metadata.argcount = args.args.size();
        u.metadata.posonlyargcount = args.posonlyargs.size();
        u.metadata.kwonlyargcount = args.kwonlyargs.size();

        int start = newLabel();
        useLabel(start);
        boolean addStopIterationHandler = u.ste.coroutine || u.ste.generator;
        if (addStopIterationHandler) {
            // The handler wrap_in_stopiteration_handler adds is a block too.
            pushFblock(NO_LOCATION, FrameBlock.Type.STOP_ITERATION, start, NO_LABEL, null);
        }
        for (int i = firstInstr; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        if (addStopIterationHandler) {
            wrapInStopIterationHandler();
            popFblock(FrameBlock.Type.STOP_ITERATION, start);
        }
        PyCode co = optimizeAndAssemble(true);
        exitScope();
        makeClosure(loc(s), co, funcflags);
    }

    // CPython: Python/compile.c compiler_function
    final void visitFunction(AstStmt s) {
        boolean isAsync = s instanceof AsyncFunctionDef;
        Arguments args;
        AstExpr returns;
        List<AstExpr> decos;
        String name;
        List<AstTypeParam> typeParams;
        List<AstStmt> body;
        if (isAsync) {
            AsyncFunctionDef f = (AsyncFunctionDef) s;
            args = f.args; returns = f.returns; decos = f.decoratorList; name = f.name;
            typeParams = f.typeParams; body = f.body;
        } else {
            FunctionDef f = (FunctionDef) s;
            args = f.args; returns = f.returns; decos = f.decoratorList; name = f.name;
            typeParams = f.typeParams; body = f.body;
        }
        checkDebugArgs(args);
        decorators(decos);
        int firstlineno = decos.isEmpty() ? s.lineno : decos.get(0).lineno;
        Location loc = loc(s);
        boolean isGeneric = !typeParams.isEmpty();
        int funcflags = defaultArguments(loc, args);
        int numTypeparamArgs = 0;
        if (isGeneric) {
            if ((funcflags & MAKE_FUNCTION_DEFAULTS) != 0) numTypeparamArgs++;
            if ((funcflags & MAKE_FUNCTION_KWDEFAULTS) != 0) numTypeparamArgs++;
            if (numTypeparamArgs == 2) {
                addopI(loc, SWAP, 2);
            }
            enterScope("<generic parameters of " + name + ">", CompilerUnit.SCOPE_TYPEPARAMS, typeParams, firstlineno);
            typeParams(typeParams);
            for (int i = 0; i < numTypeparamArgs; i++) {
                addopI(loc, LOAD_FAST, i);
            }
        }
        if (visitAnnotations(loc, args, returns)) {
            funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        functionBody(s, name, args, body, isAsync, funcflags, firstlineno);
        if (isGeneric) {
            addopI(loc, SWAP, 2);
            addopI(loc, CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
            u.metadata.argcount = numTypeparamArgs;
            PyCode co = optimizeAndAssemble(false);
            exitScope();
            makeClosure(loc, co, 0);
            if (numTypeparamArgs > 0) {
                addopI(loc, SWAP, numTypeparamArgs + 1);
                addopI(loc, CALL, numTypeparamArgs - 1);
            } else {
                addop(loc, PUSH_NULL);
                addopI(loc, CALL, 0);
            }
        }
        applyDecorators(decos);
        nameop(loc, name, AstExprContext.Store);
    }

    // CPython: Python/compile.c compiler_lambda
    @Override
    final void visitLambda(Lambda e) {
        Arguments args = e.args;
        checkDebugArgs(args);
        Location loc = loc(e);
        int funcflags = defaultArguments(loc, args);
        enterScope("<lambda>", CompilerUnit.SCOPE_LAMBDA, e, e.lineno);
        // None first, so a lambda never has a docstring.
        addConst(PyNone.NONE);
        u.metadata.argcount = args.args.size();
        u.metadata.posonlyargcount = args.posonlyargs.size();
        u.metadata.kwonlyargcount = args.kwonlyargs.size();
        visitExpr(e.body);
        PyCode co;
        if (u.ste.generator) {
            co = optimizeAndAssemble(false);
        } else {
            addop(loc(e.body), RETURN_VALUE);
            co = optimizeAndAssemble(true);
        }
        exitScope();
        makeClosure(loc, co, funcflags);
    }

    // ------------------------------------------------------------------------------------
    // Classes

    // CPython: Python/compile.c compiler_class_body
    private void classBody(ClassDef s, int firstlineno) {
        enterScope(s.name, CompilerUnit.SCOPE_CLASS, s, firstlineno);
        Location loc = new Location(firstlineno, firstlineno, 0, 0);
        u.privateName = s.name;
        nameop(loc, "__name__", AstExprContext.Load);
        nameop(loc, "__module__", AstExprContext.Store);
        loadConst(loc, u.metadata.qualname);
        nameop(loc, "__qualname__", AstExprContext.Store);
        loadConst(loc, PyInt.of(u.metadata.firstlineno));
        nameop(loc, "__firstlineno__", AstExprContext.Store);
        if (!s.typeParams.isEmpty()) {
            nameop(loc, ".type_params", AstExprContext.Load);
            nameop(loc, "__type_params__", AstExprContext.Store);
        }
        if (u.ste.needsClassdict) {
            // A STORE_DEREF in a class namespace, which nameop would not give.
            addop(loc, LOAD_LOCALS);
            addopO(loc, STORE_DEREF, u.metadata.cellvars, "__classdict__");
        }
        body(loc, s.body);
        PyObject[] attrs = new PyObject[u.staticAttributes.size()];
        int i = 0;
        for (String a : u.staticAttributes) attrs[i++] = PyStr.of(a);
        loadConst(NO_LOCATION, PyTuple.of(attrs));
        nameop(NO_LOCATION, "__static_attributes__", AstExprContext.Store);
        // What follows is artificial.
        if (u.ste.needsClassdict) {
            addopI(NO_LOCATION, LOAD_CLOSURE, u.metadata.cellvars.get("__classdict__"));
            nameop(NO_LOCATION, "__classdictcell__", AstExprContext.Store);
        }
        if (u.ste.needsClassClosure) {
            // Store __classcell__ in the namespace and return it.
            addopI(NO_LOCATION, LOAD_CLOSURE, u.metadata.cellvars.get("__class__"));
            addopI(NO_LOCATION, COPY, 1);
            nameop(NO_LOCATION, "__classcell__", AstExprContext.Store);
        } else {
            loadConst(NO_LOCATION, PyNone.NONE);
        }
        addop(NO_LOCATION, RETURN_VALUE);
        PyCode co = optimizeAndAssemble(true);
        exitScope();

        // These belong to the class line, not to a decorator's.
        loc = loc(s);
        addop(loc, LOAD_BUILD_CLASS);
        addop(loc, PUSH_NULL);
        makeClosure(loc, co, 0);
        loadConst(loc, s.name);
    }

    // CPython: Python/compile.c compiler_class
    final void visitClass(ClassDef s) {
        List<AstExpr> decos = s.decoratorList;
        decorators(decos);
        int firstlineno = decos.isEmpty() ? s.lineno : decos.get(0).lineno;
        Location loc = loc(s);
        boolean isGeneric = !s.typeParams.isEmpty();
        if (isGeneric) {
            enterScope("<generic parameters of " + s.name + ">", CompilerUnit.SCOPE_TYPEPARAMS, s.typeParams,
                    firstlineno);
            u.privateName = s.name;
            typeParams(s.typeParams);
            nameop(loc, ".type_params", AstExprContext.Store);
        }
        classBody(s, firstlineno);
        if (isGeneric) {
            nameop(loc, ".type_params", AstExprContext.Load);
            addopI(loc, CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC);
            nameop(loc, ".generic_base", AstExprContext.Store);
            List<AstExpr> bases = new ArrayList<>(s.bases);
            bases.add(new Name(".generic_base", AstExprContext.Load, loc.lineno(), loc.colOffset(), loc.endLineno(),
                    loc.endColOffset()));
            callHelper(loc, 2, bases, s.keywords);
            PyCode co = optimizeAndAssemble(false);
            exitScope();
            makeClosure(loc, co, 0);
            addop(loc, PUSH_NULL);
            addopI(loc, CALL, 0);
        } else {
            callHelper(loc, 2, s.bases, s.keywords);
        }
        applyDecorators(decos);
        nameop(loc, s.name, AstExprContext.Store);
    }

    // ------------------------------------------------------------------------------------
    // Type aliases

    // CPython: Python/compile.c compiler_typealias_body
    private void typeAliasBody(TypeAlias s) {
        Location loc = loc(s);
        String name = ((Name) s.name).id;
        enterScope(name, CompilerUnit.SCOPE_FUNCTION, s, loc.lineno());
        // None first, so the evaluate function has no docstring.
        addConst(PyNone.NONE);
        visitExpr(s.value);
        addop(loc, RETURN_VALUE);
        PyCode co = optimizeAndAssemble(false);
        exitScope();
        makeClosure(loc, co, 0);
        addopI(loc, BUILD_TUPLE, 3);
        addopI(loc, CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS);
    }

    // CPython: Python/compile.c compiler_typealias
    final void visitTypeAlias(TypeAlias s) {
        Location loc = loc(s);
        boolean isGeneric = !s.typeParams.isEmpty();
        String name = ((Name) s.name).id;
        if (isGeneric) {
            enterScope("<generic parameters of " + name + ">", CompilerUnit.SCOPE_TYPEPARAMS, s.typeParams,
                    loc.lineno());
            loadConst(loc, name);
            typeParams(s.typeParams);
        } else {
            loadConst(loc, name);
            loadConst(loc, PyNone.NONE);
        }
        typeAliasBody(s);
        if (isGeneric) {
            PyCode co = optimizeAndAssemble(false);
            exitScope();
            makeClosure(loc, co, 0);
            addop(loc, PUSH_NULL);
            addopI(loc, CALL, 0);
        }
        nameop(loc, name, AstExprContext.Store);
    }

    // ------------------------------------------------------------------------------------
    // Comprehensions

    @Override
    final void visitComprehension(AstExpr e) {
        if (e instanceof GeneratorExp g) {
            comprehension(e, COMP_GENEXP, "<genexpr>", g.generators, g.elt, null);
        } else if (e instanceof ListComp l) {
            comprehension(e, COMP_LISTCOMP, "<listcomp>", l.generators, l.elt, null);
        } else if (e instanceof SetComp sc) {
            comprehension(e, COMP_SETCOMP, "<setcomp>", sc.generators, sc.elt, null);
        } else {
            DictComp d = (DictComp) e;
            comprehension(e, COMP_DICTCOMP, "<dictcomp>", d.generators, d.key, d.value);
        }
    }

    private void comprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
                                        AstExpr elt, AstExpr val, int type, boolean iterOnStack) {
        if (generators.get(genIndex).isAsync != 0) {
            asyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        } else {
            syncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        }
    }

    /** The innermost loop's work: yield, append or add the element. Returns its location. */
    private Location comprehensionElement(AstExpr elt, AstExpr val, int type, int depth) {
        Location eltLoc = loc(elt);
        visitExpr(elt);
        switch (type) {
            case COMP_GENEXP:
                addopYield(eltLoc);
                addop(eltLoc, POP_TOP);
                break;
            case COMP_LISTCOMP:
                addopI(eltLoc, LIST_APPEND, depth + 1);
                break;
            case COMP_SETCOMP:
                addopI(eltLoc, SET_ADD, depth + 1);
                break;
            default:
                // {k: v} evaluates k first.
                visitExpr(val);
                eltLoc = new Location(elt.lineno, val.endLineno, elt.colOffset, val.endColOffset);
                addopI(eltLoc, MAP_ADD, depth + 1);
                break;
        }
        return eltLoc;
    }

    // CPython: Python/compile.c compiler_sync_comprehension_generator
    private void syncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
                                            AstExpr elt, AstExpr val, int type, boolean iterOnStack) {
        int start = newLabel(), ifCleanup = newLabel(), anchor = newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                // The outermost iterator is the implicit argument.
                u.metadata.argcount = 1;
                addopI(loc, LOAD_FAST, 0);
            } else {
                // "for y in [f(x)]" is a temporary variable, not a loop.
                List<AstExpr> elts = null;
                if (gen.iter instanceof dev.pyjama.ast.List l) {
                    elts = l.elts;
                } else if (gen.iter instanceof Tuple t) {
                    elts = t.elts;
                }
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                    visitExpr(elts.get(0));
                    start = NO_LABEL;
                }
                if (start != NO_LABEL) {
                    visitExpr(gen.iter);
                    addop(loc(gen.iter), GET_ITER);
                }
            }
        }
        if (start != NO_LABEL) {
            // 3.13.0 has no GET_ITER here (3.13.5 added one): the iterator is already made.
            depth++;
            useLabel(start);
            addopJump(loc(gen.iter), FOR_ITER, anchor);
        }
        visitExpr(gen.target);
        for (AstExpr cond : gen.ifs) {
            jumpIf(loc, cond, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location eltLoc = loc(elt);
        if (genIndex >= generators.size()) {
            eltLoc = comprehensionElement(elt, val, type, depth);
        }
        useLabel(ifCleanup);
        if (start != NO_LABEL) {
            addopJump(eltLoc, JUMP, start);
            useLabel(anchor);
            // END_FOR first: instrumentation relies on it.
            addop(NO_LOCATION, END_FOR);
            addop(NO_LOCATION, POP_TOP);
        }
    }

    // CPython: Python/compile.c compiler_async_comprehension_generator
    private void asyncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
                                             AstExpr elt, AstExpr val, int type, boolean iterOnStack) {
        int start = newLabel(), except = newLabel(), ifCleanup = newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                u.metadata.argcount = 1;
                addopI(loc, LOAD_FAST, 0);
            } else {
                visitExpr(gen.iter);
                addop(loc(gen.iter), GET_AITER);
            }
        }
        useLabel(start);
        // The runtime pushes a block here.
        pushFblock(loc, FrameBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, NO_LABEL, null);
        addopJump(loc, SETUP_FINALLY, except);
        addop(loc, GET_ANEXT);
        loadConst(loc, PyNone.NONE);
        addYieldFrom(loc, true);
        addop(loc, POP_BLOCK);
        visitExpr(gen.target);
        for (AstExpr cond : gen.ifs) {
            jumpIf(loc, cond, ifCleanup, false);
        }
        depth++;
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location eltLoc = loc(elt);
        if (genIndex >= generators.size()) {
            eltLoc = comprehensionElement(elt, val, type, depth);
        }
        useLabel(ifCleanup);
        addopJump(eltLoc, JUMP, start);
        popFblock(FrameBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start);
        useLabel(except);
        addop(loc, END_ASYNC_FOR);
    }

    /** What an inlined comprehension changed in its enclosing unit, to undo afterwards. */
    private static final class InlinedState {
        List<String> pushedLocals;
        Map<String, Integer> tempSymbols;
        List<String> fastHidden;
        int cleanup = NO_LABEL;
        int end = NO_LABEL;
    }

    // CPython: Python/compile.c push_inlined_comprehension_state
    private InlinedState pushInlinedComprehensionState(Location loc, Scope entry) {
        InlinedState state = new InlinedState();
        boolean inClassBlock = u.ste.type == Scope.BlockType.ClassBlock && u.inInlinedComp == 0;
        u.inInlinedComp++;
        // Isolate the names the comprehension binds from the enclosing scope.
        for (Map.Entry<String, Integer> e : entry.symbols.entrySet()) {
            String k = e.getKey();
            int symbol = e.getValue();
            int scope = (symbol >> SymbolTable.SCOPE_OFFSET) & SymbolTable.SCOPE_MASK;
            Integer outv = u.ste.symbols.get(k);
            int outsym = outv == null ? 0 : outv;
            int outsc = (outsym >> SymbolTable.SCOPE_OFFSET) & SymbolTable.SCOPE_MASK;
            // A name with another scope inside is compiled with its inner scope while in the
            // comprehension (free inside is handled as outside; cell inside and free outside
            // stay free: *_DEREF either way).
            if ((scope != outsc && scope != SymbolTable.FREE && !(scope == SymbolTable.CELL && outsc == SymbolTable.FREE))
                    || inClassBlock) {
                if (state.tempSymbols == null) state.tempSymbols = new java.util.LinkedHashMap<>();
                u.ste.symbols.put(k, symbol);
                state.tempSymbols.put(k, outsym);
            }
            // DEF_LOCAL | DEF_NONLOCAL comes from a walrus assigning a nonlocal.
            if (((symbol & SymbolTable.DEF_LOCAL) != 0 && (symbol & SymbolTable.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.ste.isFunctionLike()) {
                    // Outside functions, the name becomes a fast local for the comprehension.
                    Boolean orig = u.metadata.fasthidden.get(k);
                    if (!Boolean.TRUE.equals(orig)) {
                        u.metadata.fasthidden.put(k, Boolean.TRUE);
                        if (state.fastHidden == null) state.fastHidden = new ArrayList<>();
                        state.fastHidden.add(k);
                    }
                }
                // Save the outer value (maybe unbound; for a cell, the cell itself).
                if (state.pushedLocals == null) state.pushedLocals = new ArrayList<>();
                addopName(loc, LOAD_FAST_AND_CLEAR, u.metadata.varnames, k);
                if (scope == SymbolTable.CELL) {
                    addopName(loc, MAKE_CELL, outsc == SymbolTable.FREE ? u.metadata.freevars : u.metadata.cellvars, k);
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            // Bring the outermost iterable back to the top (this rotates the saved values;
            // pop_inlined_comprehension_state's SWAP undoes it).
            addopI(loc, SWAP, state.pushedLocals.size() + 1);
            // A handler that restores the saved values when the comprehension raises. No
            // frame block: a comprehension has no return, break or continue.
            state.cleanup = newLabel();
            state.end = newLabel();
            addopJump(loc, SETUP_FINALLY, state.cleanup);
        }
        return state;
    }

    // CPython: Python/compile.c restore_inlined_comprehension_locals
    private void restoreInlinedComprehensionLocals(Location loc, InlinedState state) {
        int npops = state.pushedLocals.size();
        // Keep the result (or exception) on top; undoes the push's rotation.
        addopI(loc, SWAP, npops + 1);
        for (int i = npops - 1; i >= 0; i--) {
            addopName(loc, STORE_FAST_MAYBE_NULL, u.metadata.varnames, state.pushedLocals.get(i));
        }
    }

    // CPython: Python/compile.c pop_inlined_comprehension_state
    private void popInlinedComprehensionState(Location loc, InlinedState state) {
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            u.ste.symbols.putAll(state.tempSymbols);
        }
        if (state.pushedLocals != null) {
            addop(NO_LOCATION, POP_BLOCK);
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, state.end);
            // The comprehension raised: drop the partial result, restore, re-raise.
            useLabel(state.cleanup);
            addopI(NO_LOCATION, SWAP, 2);
            addop(NO_LOCATION, POP_TOP);
            restoreInlinedComprehensionLocals(loc, state);
            addopI(NO_LOCATION, RERAISE, 0);
            useLabel(state.end);
            restoreInlinedComprehensionLocals(loc, state);
        }
        if (state.fastHidden != null) {
            // False rather than removed: the name stays CO_FAST_HIDDEN.
            for (String k : state.fastHidden) u.metadata.fasthidden.put(k, Boolean.FALSE);
        }
    }

    // CPython: Python/compile.c compiler_comprehension_iter
    private void comprehensionIter(Comprehension comp) {
        visitExpr(comp.iter);
        addop(loc(comp.iter), comp.isAsync != 0 ? GET_AITER : GET_ITER);
    }

    // CPython: Python/compile.c compiler_comprehension
    private void comprehension(AstExpr e, int type, String name, List<Comprehension> generators, AstExpr elt,
                               AstExpr val) {
        int scopeType = u.scopeType;
        boolean isTopLevelAwait = isTopLevelAwait();
        Scope entry = st.lookup(e);
        boolean isInlined = entry.compInlined;
        boolean isAsyncGenerator = entry.coroutine;
        Location loc = loc(e);
        Comprehension outermost = generators.get(0);
        InlinedState inlineState = null;
        if (isInlined) {
            comprehensionIter(outermost);
            inlineState = pushInlinedComprehensionState(loc, entry);
        } else {
            enterScope(name, CompilerUnit.SCOPE_COMPREHENSION, e, e.lineno);
        }
        if (isAsyncGenerator && type != COMP_GENEXP && scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION
                && scopeType != CompilerUnit.SCOPE_COMPREHENSION && !isTopLevelAwait) {
            throw error(loc, "asynchronous comprehension outside of an asynchronous function");
        }
        if (type != COMP_GENEXP) {
            int op = type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP;
            addopI(loc, op, 0);
            if (isInlined) {
                addopI(loc, SWAP, 2);
            }
        }
        comprehensionGenerator(loc, generators, 0, 0, elt, val, type, isInlined);
        if (isInlined) {
            popInlinedComprehensionState(loc, inlineState);
            return;
        }
        if (type != COMP_GENEXP) {
            addop(loc(e), RETURN_VALUE);
        } else {
            wrapInStopIterationHandler();
        }
        PyCode co = optimizeAndAssemble(true);
        exitScope();
        if (isTopLevelAwait && isAsyncGenerator) {
            u.ste.coroutine = true;
        }
        makeClosure(loc, co, 0);
        comprehensionIter(outermost);
        addopI(loc, CALL, 0);
        if (isAsyncGenerator && type != COMP_GENEXP) {
            addopI(loc, GET_AWAITABLE, 0);
            loadConst(loc, PyNone.NONE);
            addYieldFrom(loc, true);
        }
    }

    // ------------------------------------------------------------------------------------
    // Docstrings

    /**
     * A docstring as the compiler stores it: tabs expanded, the first line's leading spaces
     * and the common indentation of the other lines removed.
     */
    // CPython: Python/compile.c _PyCompile_CleanDoc
    static PyStr cleanDoc(PyStr doc) {
        int[] cps = expandTabs(doc.codePoints());
        for (int cp : cps) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                // CPython works on the UTF-8 form, which a lone surrogate does not have.
                throw new dev.pyjama.objects.PyException("UnicodeEncodeError",
                        "'utf-8' codec can't encode character '\\u" + Integer.toHexString(cp)
                                + "': surrogates not allowed");
            }
        }
        int n = cps.length;
        int p = 0;
        while (p < n && cps[p++] != '\n') {
            // skip the first line
        }
        int margin = Integer.MAX_VALUE;
        while (p < n) {
            int s = p;
            while (p < n && cps[p] == ' ') p++;
            if (p < n && cps[p] != '\n') {
                margin = Math.min(margin, p - s);
            }
            while (p < n && cps[p++] != '\n') {
                // to the next line
            }
        }
        if (margin == Integer.MAX_VALUE) {
            margin = 0;
        }
        p = 0;
        while (p < n && cps[p] == ' ') p++;
        if (p == 0 && margin == 0) {
            return PyStr.ofCodePoints(cps, n);
        }
        int[] out = new int[n];
        int w = 0;
        while (p < n) {
            int ch = out[w++] = cps[p++];
            if (ch == '\n') break;
        }
        while (p < n) {
            for (int i = 0; i < margin && p < n; i++, p++) {
                if (cps[p] != ' ') break;
            }
            while (p < n) {
                int ch = out[w++] = cps[p++];
                if (ch == '\n') break;
            }
        }
        return PyStr.ofCodePoints(out, w);
    }

    /** str.expandtabs() with the default tab size of 8. */
    // CPython: Objects/unicodeobject.c unicode_expandtabs_impl
    static int[] expandTabs(int[] cps) {
        boolean hasTab = false;
        for (int cp : cps) {
            if (cp == '\t') {
                hasTab = true;
                break;
            }
        }
        if (!hasTab) return cps;
        int size = 0, col = 0;
        for (int cp : cps) {
            if (cp == '\t') {
                size += 8 - (col % 8);
                col += 8 - (col % 8);
            } else {
                size++;
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        int[] out = new int[size];
        int w = 0;
        col = 0;
        for (int cp : cps) {
            if (cp == '\t') {
                int incr = 8 - (col % 8);
                col += incr;
                for (int i = 0; i < incr; i++) out[w++] = ' ';
            } else {
                out[w++] = cp;
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return out;
    }
}
