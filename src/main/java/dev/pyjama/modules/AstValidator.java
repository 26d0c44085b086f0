package dev.pyjama.modules;

import dev.pyjama.ast.*;
import dev.pyjama.ast.Module;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * Checks a tree built from Python objects before it is compiled, as CPython does for
 * {@code compile(tree, ...)}: contexts (Load/Store/Del) where the grammar puts them, non-empty
 * bodies, parallel lists of equal length, constants of constant types, valid positions. The
 * parser never makes such trees, so the compiler may assume they are well formed.
 */
// CPython: Python/ast.c _PyAST_Validate and its validate_* helpers
public final class AstValidator {
    private static final int RECURSION_LIMIT = 10000; // CPython: Py_C_RECURSION_LIMIT

    private int depth;

    private AstValidator() {}

    public static void validate(AstMod mod) {
        AstValidator v = new AstValidator();
        if (mod instanceof Module m) v.stmts(m.body);
        else if (mod instanceof Interactive i) v.stmts(i.body);
        else if (mod instanceof Expression e) v.expr(e.body, AstExprContext.Load);
        else if (mod instanceof FunctionType f) {
            v.exprs(f.argtypes, AstExprContext.Load, false);
            v.expr(f.returns, AstExprContext.Load);
        }
    }

    private static PyException valueError(String msg) {
        return Errors.valueError(msg);
    }

    private void enter() {
        if (++depth > RECURSION_LIMIT) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        }
    }

    // CPython: Python/ast.c VALIDATE_POSITIONS
    private static void positions(int lineno, int col, int endLineno, int endCol) {
        if (lineno > endLineno) {
            throw valueError("AST node line range (" + lineno + ", " + endLineno + ") is not valid");
        }
        if ((lineno < 0 && endLineno != lineno) || (col < 0 && col != endCol)) {
            throw valueError("AST node column range (" + col + ", " + endCol + ") for line range (" + lineno + ", "
                    + endLineno + ") is not valid");
        }
        if (lineno == endLineno && col > endCol) {
            throw valueError("line " + lineno + ", column " + col + "-" + endCol + " is not a valid range");
        }
    }

    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw valueError("identifier field can't represent '" + id + "' constant");
        }
    }

    private static void nonEmpty(java.util.List<?> seq, String what, String owner) {
        if (seq.isEmpty()) throw valueError("empty " + what + " on " + owner);
    }

    private void stmts(java.util.List<AstStmt> body) {
        for (AstStmt s : body) {
            if (s == null) throw valueError("None disallowed in statement list");
            stmt(s);
        }
    }

    private void body(java.util.List<AstStmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private void exprs(java.util.List<AstExpr> exprs, AstExprContext ctx, boolean nullOk) {
        for (AstExpr e : exprs) {
            if (e != null) expr(e, ctx);
            else if (!nullOk) throw valueError("None disallowed in expression list");
        }
    }

    private void optional(AstExpr e) {
        if (e != null) expr(e, AstExprContext.Load);
    }

    private void load(AstExpr e) {
        expr(e, AstExprContext.Load);
    }

    private void args(java.util.List<Arg> args) {
        for (Arg a : args) {
            positions(a.lineno, a.colOffset, a.endLineno, a.endColOffset);
            optional(a.annotation);
        }
    }

    // CPython: Python/ast.c validate_arguments
    private void arguments(Arguments a) {
        args(a.posonlyargs);
        args(a.args);
        if (a.vararg != null) optional(a.vararg.annotation);
        args(a.kwonlyargs);
        if (a.kwarg != null) optional(a.kwarg.annotation);
        if (a.defaults.size() > a.posonlyargs.size() + a.args.size()) {
            throw valueError("more positional defaults than args on arguments");
        }
        if (a.kwDefaults.size() != a.kwonlyargs.size()) {
            throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults, AstExprContext.Load, false);
        exprs(a.kwDefaults, AstExprContext.Load, true);
    }

    private void keywords(java.util.List<Keyword> kws) {
        for (Keyword k : kws) load(k.value);
    }

    private void comprehension(java.util.List<Comprehension> gens) {
        if (gens.isEmpty()) throw valueError("comprehension with no generators");
        for (Comprehension c : gens) {
            expr(c.target, AstExprContext.Store);
            load(c.iter);
            exprs(c.ifs, AstExprContext.Load, false);
        }
    }

    // CPython: Python/ast.c validate_constant
    private void constant(PyObject v) {
        if (v == PyNone.NONE || v == PyEllipsis.ELLIPSIS) return;
        Class<?> c = v.getClass();
        if (c == PyInt.class || c == PyFloat.class || c == PyComplex.class || v instanceof PyBool || c == PyStr.class
                || c == PyBytes.class) {
            return;
        }
        if (c == PyTuple.class || c == PyFrozenSet.class) {
            enter();
            PyObject[] items = v instanceof PyTuple t ? t.items : ((PyFrozenSet) v).table.items();
            for (PyObject item : items) constant(item);
            depth--;
            return;
        }
        throw Errors.typeError("got an invalid type in Constant: " + v.type().name());
    }

    // CPython: Python/ast.c validate_expr
    private void expr(AstExpr e, AstExprContext ctx) {
        positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        enter();
        AstExprContext actual = null;
        if (e instanceof Attribute a) actual = a.ctx;
        else if (e instanceof Subscript s) actual = s.ctx;
        else if (e instanceof Starred s) actual = s.ctx;
        else if (e instanceof Name n) {
            name(n.id);
            actual = n.ctx;
        } else if (e instanceof List l) actual = l.ctx;
        else if (e instanceof Tuple t) actual = t.ctx;
        else if (ctx != AstExprContext.Load) {
            throw valueError("expression which can't be assigned to in " + ctx.name() + " context");
        }
        if (actual != null && actual != ctx) {
            throw valueError("expression must have " + ctx.name() + " context but has " + actual.name() + " instead");
        }
        if (e instanceof BoolOp b) {
            if (b.values.size() < 2) throw valueError("BoolOp with less than 2 values");
            exprs(b.values, AstExprContext.Load, false);
        } else if (e instanceof BinOp b) {
            load(b.left);
            load(b.right);
        } else if (e instanceof UnaryOp u) {
            load(u.operand);
        } else if (e instanceof Lambda l) {
            arguments(l.args);
            load(l.body);
        } else if (e instanceof IfExp i) {
            load(i.test);
            load(i.body);
            load(i.orelse);
        } else if (e instanceof Dict d) {
            if (d.keys.size() != d.values.size()) throw valueError("Dict doesn't have the same number of keys as values");
            exprs(d.keys, AstExprContext.Load, true);
            exprs(d.values, AstExprContext.Load, false);
        } else if (e instanceof Set s) {
            exprs(s.elts, AstExprContext.Load, false);
        } else if (e instanceof ListComp c) {
            comprehension(c.generators);
            load(c.elt);
        } else if (e instanceof SetComp c) {
            comprehension(c.generators);
            load(c.elt);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c.generators);
            load(c.elt);
        } else if (e instanceof DictComp c) {
            comprehension(c.generators);
            load(c.key);
            load(c.value);
        } else if (e instanceof Yield y) {
            optional(y.value);
        } else if (e instanceof YieldFrom y) {
            load(y.value);
        } else if (e instanceof Await a) {
            load(a.value);
        } else if (e instanceof Compare c) {
            if (c.comparators.isEmpty()) throw valueError("Compare with no comparators");
            if (c.comparators.size() != c.ops.size()) {
                throw valueError("Compare has a different number of comparators and operands");
            }
            exprs(c.comparators, AstExprContext.Load, false);
            load(c.left);
        } else if (e instanceof Call c) {
            load(c.func);
            exprs(c.args, AstExprContext.Load, false);
            keywords(c.keywords);
        } else if (e instanceof Constant c) {
            constant(c.value);
        } else if (e instanceof JoinedStr j) {
            exprs(j.values, AstExprContext.Load, false);
        } else if (e instanceof FormattedValue f) {
            load(f.value);
            optional(f.formatSpec);
        } else if (e instanceof Attribute a) {
            load(a.value);
        } else if (e instanceof Subscript s) {
            load(s.slice);
            load(s.value);
        } else if (e instanceof Starred s) {
            expr(s.value, ctx);
        } else if (e instanceof Slice s) {
            optional(s.lower);
            optional(s.upper);
            optional(s.step);
        } else if (e instanceof List l) {
            exprs(l.elts, ctx, false);
        } else if (e instanceof Tuple t) {
            exprs(t.elts, ctx, false);
        } else if (e instanceof NamedExpr n) {
            if (!(n.target instanceof Name)) throw Errors.typeError("NamedExpr target must be a Name");
            load(n.value);
        }
        depth--;
    }

    private void withItems(java.util.List<Withitem> items, String owner) {
        nonEmpty(items, "items", owner);
        for (Withitem w : items) {
            load(w.contextExpr);
            if (w.optionalVars != null) expr(w.optionalVars, AstExprContext.Store);
        }
    }

    private void handlers(java.util.List<AstExcepthandler> handlers, boolean checkPositions) {
        for (AstExcepthandler h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            if (checkPositions) positions(eh.lineno, eh.colOffset, eh.endLineno, eh.endColOffset);
            optional(eh.type);
            body(eh.body, "ExceptHandler");
        }
    }

    private void tryStatement(java.util.List<AstStmt> body, java.util.List<AstExcepthandler> handlers,
                              java.util.List<AstStmt> orelse, java.util.List<AstStmt> finalbody, String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw valueError(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) throw valueError(owner + " has orelse but no except handlers");
        handlers(handlers, owner.equals("Try")); // CPython checks handler positions for Try only
        stmts(finalbody);
        stmts(orelse);
    }

    private void function(String owner, java.util.List<AstStmt> body, java.util.List<AstTypeParam> typeParams,
                          Arguments args, java.util.List<AstExpr> decorators, AstExpr returns) {
        body(body, owner);
        typeParams(typeParams);
        arguments(args);
        exprs(decorators, AstExprContext.Load, false);
        optional(returns);
    }

    // CPython: Python/ast.c validate_stmt
    private void stmt(AstStmt s) {
        positions(s.lineno, s.colOffset, s.endLineno, s.endColOffset);
        enter();
        if (s instanceof FunctionDef f) {
            function("FunctionDef", f.body, f.typeParams, f.args, f.decoratorList, f.returns);
        } else if (s instanceof AsyncFunctionDef f) {
            function("AsyncFunctionDef", f.body, f.typeParams, f.args, f.decoratorList, f.returns);
        } else if (s instanceof ClassDef c) {
            body(c.body, "ClassDef");
            typeParams(c.typeParams);
            exprs(c.bases, AstExprContext.Load, false);
            keywords(c.keywords);
            exprs(c.decoratorList, AstExprContext.Load, false);
        } else if (s instanceof Return r) {
            optional(r.value);
        } else if (s instanceof Delete d) {
            nonEmpty(d.targets, "targets", "Delete");
            exprs(d.targets, AstExprContext.Del, false);
        } else if (s instanceof Assign a) {
            nonEmpty(a.targets, "targets", "Assign");
            exprs(a.targets, AstExprContext.Store, false);
            load(a.value);
        } else if (s instanceof AugAssign a) {
            expr(a.target, AstExprContext.Store);
            load(a.value);
        } else if (s instanceof AnnAssign a) {
            if (!(a.target instanceof Name) && a.simple != 0) throw Errors.typeError("AnnAssign with simple non-Name target");
            expr(a.target, AstExprContext.Store);
            optional(a.value);
            load(a.annotation);
        } else if (s instanceof TypeAlias t) {
            if (!(t.name instanceof Name)) throw Errors.typeError("TypeAlias with non-Name name");
            expr(t.name, AstExprContext.Store);
            typeParams(t.typeParams);
            load(t.value);
        } else if (s instanceof For f) {
            expr(f.target, AstExprContext.Store);
            load(f.iter);
            body(f.body, "For");
            stmts(f.orelse);
        } else if (s instanceof AsyncFor f) {
            expr(f.target, AstExprContext.Store);
            load(f.iter);
            body(f.body, "AsyncFor");
            stmts(f.orelse);
        } else if (s instanceof While w) {
            load(w.test);
            body(w.body, "While");
            stmts(w.orelse);
        } else if (s instanceof If i) {
            load(i.test);
            body(i.body, "If");
            stmts(i.orelse);
        } else if (s instanceof With w) {
            withItems(w.items, "With");
            body(w.body, "With");
        } else if (s instanceof AsyncWith w) {
            withItems(w.items, "AsyncWith");
            body(w.body, "AsyncWith");
        } else if (s instanceof Match m) {
            load(m.subject);
            nonEmpty(m.cases, "cases", "Match");
            for (MatchCase c : m.cases) {
                pattern(c.pattern, false);
                optional(c.guard);
                body(c.body, "match_case");
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                load(r.exc);
                optional(r.cause);
            } else if (r.cause != null) {
                throw valueError("Raise with cause but no exception");
            }
        } else if (s instanceof Try t) {
            tryStatement(t.body, t.handlers, t.orelse, t.finalbody, "Try");
        } else if (s instanceof TryStar t) {
            tryStatement(t.body, t.handlers, t.orelse, t.finalbody, "TryStar");
        } else if (s instanceof Assert a) {
            load(a.test);
            optional(a.msg);
        } else if (s instanceof Import i) {
            nonEmpty(i.names, "names", "Import");
        } else if (s instanceof ImportFrom i) {
            if (i.level != null && i.level < 0) throw valueError("Negative ImportFrom level");
            nonEmpty(i.names, "names", "ImportFrom");
        } else if (s instanceof Global g) {
            nonEmpty(g.names, "names", "Global");
        } else if (s instanceof Nonlocal n) {
            nonEmpty(n.names, "names", "Nonlocal");
        } else if (s instanceof Expr e) {
            load(e.value);
        }
        depth--;
    }

    private void typeParams(java.util.List<AstTypeParam> tps) {
        for (AstTypeParam tp : tps) {
            if (tp == null) continue;
            positions(tp.lineno, tp.colOffset, tp.endLineno, tp.endColOffset);
            if (tp instanceof TypeVar t) {
                name(t.name);
                optional(t.bound);
                optional(t.defaultValue);
            } else if (tp instanceof ParamSpec p) {
                name(p.name);
                optional(p.defaultValue);
            } else if (tp instanceof TypeVarTuple t) {
                name(t.name);
                optional(t.defaultValue);
            }
        }
    }

    // ---- patterns

    private static boolean literalNumber(AstExpr e, boolean real, boolean imaginary) {
        PyObject v = ((Constant) e).value;
        Class<?> c = v.getClass();
        return (real && (c == PyFloat.class || c == PyInt.class)) || (imaginary && c == PyComplex.class);
    }

    private static boolean literalNegative(AstExpr e, boolean real, boolean imaginary) {
        UnaryOp u = (UnaryOp) e;
        return u.op == AstUnaryop.USub && u.operand instanceof Constant && literalNumber(u.operand, real, imaginary);
    }

    // CPython: Python/ast.c ensure_literal_complex
    private static boolean literalComplex(BinOp b) {
        if (b.op != AstOperator.Add && b.op != AstOperator.Sub) return false;
        boolean left = b.left instanceof Constant ? literalNumber(b.left, true, false)
                : b.left instanceof UnaryOp && literalNegative(b.left, true, false);
        return left && b.right instanceof Constant && literalNumber(b.right, false, true);
    }

    // CPython: Python/ast.c validate_pattern_match_value
    private void matchValue(AstExpr e) {
        load(e);
        if (e instanceof Constant c) {
            Class<?> k = c.value.getClass();
            if (k == PyInt.class || k == PyFloat.class || k == PyBytes.class || k == PyComplex.class || k == PyStr.class) return;
            throw valueError("unexpected constant inside of a literal pattern");
        }
        if (e instanceof Attribute || e instanceof JoinedStr) return;
        if (e instanceof UnaryOp && literalNegative(e, true, true)) return;
        if (e instanceof BinOp b && literalComplex(b)) return;
        throw valueError("patterns may only match literals and attribute lookups");
    }

    private static void capture(String name) {
        if (name.equals("_")) throw valueError("can't capture name '_' in patterns");
        name(name);
    }

    private void patterns(java.util.List<AstPattern> ps, boolean starOk) {
        for (AstPattern p : ps) pattern(p, starOk);
    }

    // CPython: Python/ast.c validate_pattern
    private void pattern(AstPattern p, boolean starOk) {
        positions(p.lineno, p.colOffset, p.endLineno, p.endColOffset);
        enter();
        if (p instanceof MatchValue v) {
            matchValue(v.value);
        } else if (p instanceof MatchSingleton s) {
            if (!(s.value == PyNone.NONE || s.value instanceof PyBool)) {
                throw valueError("MatchSingleton can only contain True, False and None");
            }
        } else if (p instanceof MatchSequence s) {
            patterns(s.patterns, true);
        } else if (p instanceof MatchMapping m) {
            if (m.keys.size() != m.patterns.size()) {
                throw valueError("MatchMapping doesn't have the same number of keys as patterns");
            }
            if (m.rest != null) capture(m.rest);
            for (AstExpr key : m.keys) {
                if (key instanceof Constant c && (c.value == PyNone.NONE || c.value instanceof PyBool)) continue;
                matchValue(key);
            }
            patterns(m.patterns, false);
        } else if (p instanceof MatchClass c) {
            if (c.kwdAttrs.size() != c.kwdPatterns.size()) {
                throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
            }
            load(c.cls);
            AstExpr cls = c.cls;
            while (!(cls instanceof Name)) {
                if (!(cls instanceof Attribute a)) {
                    throw valueError("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                cls = a.value;
            }
            for (String attr : c.kwdAttrs) name(attr);
            patterns(c.patterns, false);
            patterns(c.kwdPatterns, false);
        } else if (p instanceof MatchStar s) {
            if (!starOk) throw valueError("can't use MatchStar here");
            if (s.name != null) capture(s.name);
        } else if (p instanceof MatchAs a) {
            if (a.name != null) capture(a.name);
            if (a.pattern != null) {
                if (a.name == null) throw valueError("MatchAs must specify a target name if a pattern is given");
                pattern(a.pattern, false);
            }
        } else if (p instanceof MatchOr o) {
            if (o.patterns.size() < 2) throw valueError("MatchOr requires at least 2 patterns");
            patterns(o.patterns, false);
        }
        depth--;
    }
}
