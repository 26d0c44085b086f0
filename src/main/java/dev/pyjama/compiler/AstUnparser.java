package dev.pyjama.compiler;

import dev.pyjama.ast.Arg;
import dev.pyjama.ast.Arguments;
import dev.pyjama.ast.AstBoolop;
import dev.pyjama.ast.AstCmpop;
import dev.pyjama.ast.AstExpr;
import dev.pyjama.ast.Attribute;
import dev.pyjama.ast.Await;
import dev.pyjama.ast.BinOp;
import dev.pyjama.ast.BoolOp;
import dev.pyjama.ast.Call;
import dev.pyjama.ast.Compare;
import dev.pyjama.ast.Comprehension;
import dev.pyjama.ast.Constant;
import dev.pyjama.ast.Dict;
import dev.pyjama.ast.DictComp;
import dev.pyjama.ast.FormattedValue;
import dev.pyjama.ast.GeneratorExp;
import dev.pyjama.ast.IfExp;
import dev.pyjama.ast.JoinedStr;
import dev.pyjama.ast.Keyword;
import dev.pyjama.ast.Lambda;
import dev.pyjama.ast.ListComp;
import dev.pyjama.ast.Name;
import dev.pyjama.ast.NamedExpr;
import dev.pyjama.ast.SetComp;
import dev.pyjama.ast.Slice;
import dev.pyjama.ast.Starred;
import dev.pyjama.ast.Subscript;
import dev.pyjama.ast.Tuple;
import dev.pyjama.ast.UnaryOp;
import dev.pyjama.ast.Yield;
import dev.pyjama.ast.YieldFrom;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an expression back into source text, as the compiler does for annotations under
 * {@code from __future__ import annotations}. This is the small unparser written in C, not
 * {@code ast.unparse}: it has its own precedence levels and parenthesisation, writes
 * constants with {@code repr} (infinities as {@code 1e309}), the whole body of an f-string
 * as the repr of one string, {@code ...} for Ellipsis, and a quirk or two ({@code lambda*a: 0},
 * {@code 1 .real}, {@code (y := (1 + 2))}) that callers of {@code __annotations__} see.
 *
 * <p>Text is gathered as code points: an f-string's literal parts may hold surrogate code
 * points, which a Java String would pair up before the body's repr escapes them one by one.
 */
// CPython: Python/ast_unparse.c
public final class AstUnparser {
    private AstUnparser() {}

    // Precedence levels, lowest first.
    // CPython: Python/ast_unparse.c (the PR_* enum)
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;     // if-else, lambda
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;  // unary + - ~
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    /**
     * The text of an annotation, as stored in {@code __annotations__} under
     * {@code from __future__ import annotations}. Raises what CPython raises: ValueError for
     * an int too long to convert to decimal, SystemError for a malformed tree, and
     * RecursionError (instead of overflowing Java's stack) for a tree too deep to walk.
     */
    // CPython: Python/ast_unparse.c _PyAST_ExprAsUnicode
    public static PyStr unparse(AstExpr e) {
        Out out = new Out();
        try {
            expr(out, e, PR_TEST);
        } catch (StackOverflowError overflow) {
            throw new PyException("RecursionError", "maximum recursion depth exceeded during compilation");
        }
        return out.toPyStr();
    }

    /** A growable buffer of code points. */
    private static final class Out {
        int[] cps = new int[64];
        int n;

        void add(int cp) {
            if (n == cps.length) cps = Arrays.copyOf(cps, n * 2);
            cps[n++] = cp;
        }

        /** Appends well-formed text (identifiers, operators, reprs). */
        Out add(String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                add(cp);
                i += Character.charCount(cp);
            }
            return this;
        }

        void addIf(boolean cond, String s) {
            if (cond) add(s);
        }

        void addAll(int[] a, int len) {
            for (int i = 0; i < len; i++) add(a[i]);
        }

        PyStr toPyStr() {
            return PyStr.ofCodePoints(cps, n);
        }
    }

    // CPython: Python/ast_unparse.c append_ast_expr
    private static void expr(Out out, AstExpr e, int level) {
        if (e instanceof Name) {
            out.add(((Name) e).id);
        } else if (e instanceof Constant) {
            constantExpr(out, (Constant) e);
        } else if (e instanceof Attribute) {
            attribute(out, (Attribute) e);
        } else if (e instanceof Subscript) {
            subscript(out, (Subscript) e);
        } else if (e instanceof BinOp) {
            binop(out, (BinOp) e, level);
        } else if (e instanceof Call) {
            call(out, (Call) e);
        } else if (e instanceof Tuple) {
            tuple(out, (Tuple) e, level);
        } else if (e instanceof BoolOp) {
            boolop(out, (BoolOp) e, level);
        } else if (e instanceof UnaryOp) {
            unaryop(out, (UnaryOp) e, level);
        } else if (e instanceof Compare) {
            compare(out, (Compare) e, level);
        } else if (e instanceof dev.pyjama.ast.List) {
            sequence(out, "[", ((dev.pyjama.ast.List) e).elts, "]");
        } else if (e instanceof JoinedStr) {
            joinedStr(out, (JoinedStr) e, false);
        } else if (e instanceof FormattedValue) {
            formattedValue(out, (FormattedValue) e);
        } else if (e instanceof Lambda) {
            lambda(out, (Lambda) e, level);
        } else if (e instanceof IfExp) {
            ifexp(out, (IfExp) e, level);
        } else if (e instanceof Dict) {
            dict(out, (Dict) e);
        } else if (e instanceof dev.pyjama.ast.Set) {
            sequence(out, "{", ((dev.pyjama.ast.Set) e).elts, "}");
        } else if (e instanceof GeneratorExp) {
            genexp(out, (GeneratorExp) e);
        } else if (e instanceof ListComp) {
            ListComp c = (ListComp) e;
            comprehensionExpr(out, "[", c.elt, null, c.generators, "]");
        } else if (e instanceof SetComp) {
            SetComp c = (SetComp) e;
            comprehensionExpr(out, "{", c.elt, null, c.generators, "}");
        } else if (e instanceof DictComp) {
            DictComp c = (DictComp) e;
            comprehensionExpr(out, "{", c.key, c.value, c.generators, "}");
        } else if (e instanceof Starred) {
            out.add("*");
            expr(out, ((Starred) e).value, PR_EXPR);
        } else if (e instanceof Slice) {
            slice(out, (Slice) e);
        } else if (e instanceof Yield) {
            AstExpr value = ((Yield) e).value;
            if (value == null) {
                out.add("(yield)");
            } else {
                out.add("(yield ");
                expr(out, value, PR_TEST);
                out.add(")");
            }
        } else if (e instanceof YieldFrom) {
            out.add("(yield from ");
            expr(out, ((YieldFrom) e).value, PR_TEST);
            out.add(")");
        } else if (e instanceof Await) {
            out.addIf(level > PR_AWAIT, "(");
            out.add("await ");
            expr(out, ((Await) e).value, PR_ATOM);
            out.addIf(level > PR_AWAIT, ")");
        } else if (e instanceof NamedExpr) {
            // CPython: Python/ast_unparse.c append_named_expr (both sides at PR_ATOM)
            NamedExpr ne = (NamedExpr) e;
            out.addIf(level > PR_TUPLE, "(");
            expr(out, ne.target, PR_ATOM);
            out.add(" := ");
            expr(out, ne.value, PR_ATOM);
            out.addIf(level > PR_TUPLE, ")");
        } else {
            throw new PyException("SystemError", "unknown expression kind");
        }
    }

    // CPython: Python/ast_unparse.c append_ast_boolop
    private static void boolop(Out out, BoolOp e, int level) {
        boolean and = e.op == AstBoolop.And;
        String op = and ? " and " : " or ";
        int pr = and ? PR_AND : PR_OR;
        out.addIf(level > pr, "(");
        for (int i = 0; i < e.values.size(); i++) {
            out.addIf(i > 0, op);
            expr(out, e.values.get(i), pr + 1);
        }
        out.addIf(level > pr, ")");
    }

    // CPython: Python/ast_unparse.c append_ast_binop
    private static void binop(Out out, BinOp e, int level) {
        String op;
        int pr;
        switch (e.op) {
            case Add: op = " + "; pr = PR_ARITH; break;
            case Sub: op = " - "; pr = PR_ARITH; break;
            case Mult: op = " * "; pr = PR_TERM; break;
            case MatMult: op = " @ "; pr = PR_TERM; break;
            case Div: op = " / "; pr = PR_TERM; break;
            case Mod: op = " % "; pr = PR_TERM; break;
            case LShift: op = " << "; pr = PR_SHIFT; break;
            case RShift: op = " >> "; pr = PR_SHIFT; break;
            case BitOr: op = " | "; pr = PR_BOR; break;
            case BitXor: op = " ^ "; pr = PR_BXOR; break;
            case BitAnd: op = " & "; pr = PR_BAND; break;
            case FloorDiv: op = " // "; pr = PR_TERM; break;
            case Pow: op = " ** "; pr = PR_POWER; break;
            default: throw new PyException("SystemError", "unknown binary operator");
        }
        // Only ** groups to the right: its left operand needs one level more, the others' right.
        int rightAssoc = e.op == dev.pyjama.ast.AstOperator.Pow ? 1 : 0;
        out.addIf(level > pr, "(");
        expr(out, e.left, pr + rightAssoc);
        out.add(op);
        expr(out, e.right, pr + 1 - rightAssoc);
        out.addIf(level > pr, ")");
    }

    // CPython: Python/ast_unparse.c append_ast_unaryop
    private static void unaryop(Out out, UnaryOp e, int level) {
        String op;
        int pr;
        switch (e.op) {
            case Invert: op = "~"; pr = PR_FACTOR; break;
            case Not: op = "not "; pr = PR_NOT; break;
            case UAdd: op = "+"; pr = PR_FACTOR; break;
            case USub: op = "-"; pr = PR_FACTOR; break;
            default: throw new PyException("SystemError", "unknown unary operator");
        }
        out.addIf(level > pr, "(");
        out.add(op);
        expr(out, e.operand, pr);
        out.addIf(level > pr, ")");
    }

    // CPython: Python/ast_unparse.c append_ast_arg
    private static void arg(Out out, Arg a) {
        out.add(a.arg);
        if (a.annotation != null) {
            out.add(": ");
            expr(out, a.annotation, PR_TEST);
        }
    }

    // CPython: Python/ast_unparse.c append_ast_args
    private static void args(Out out, Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs.size();
        int positional = posonly + args.args.size();
        int defaults = args.defaults.size();
        for (int i = 0; i < positional; i++) {
            out.addIf(!first, ", ");
            first = false;
            arg(out, i < posonly ? args.posonlyargs.get(i) : args.args.get(i - posonly));
            // Defaults belong to the last positional parameters.
            int d = i - positional + defaults;
            if (d >= 0) {
                out.add("=");
                expr(out, args.defaults.get(d), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) out.add(", /");
        }
        if (args.vararg != null || !args.kwonlyargs.isEmpty()) {
            out.addIf(!first, ", ");
            first = false;
            out.add("*");
            if (args.vararg != null) arg(out, args.vararg);
        }
        int kwonly = args.kwonlyargs.size();
        int kwDefaults = args.kwDefaults.size();
        for (int i = 0; i < kwonly; i++) {
            out.addIf(!first, ", ");
            first = false;
            arg(out, args.kwonlyargs.get(i));
            int d = i - kwonly + kwDefaults;
            if (d >= 0) {
                AstExpr dflt = args.kwDefaults.get(d);
                if (dflt != null) {
                    out.add("=");
                    expr(out, dflt, PR_TEST);
                }
            }
        }
        if (args.kwarg != null) {
            out.addIf(!first, ", ");
            out.add("**");
            arg(out, args.kwarg);
        }
    }

    // CPython: Python/ast_unparse.c append_ast_lambda
    private static void lambda(Out out, Lambda e, int level) {
        out.addIf(level > PR_TEST, "(");
        // No space after 'lambda' unless a positional parameter follows: "lambda*a: 0".
        boolean positional = !e.args.args.isEmpty() || !e.args.posonlyargs.isEmpty();
        out.add(positional ? "lambda " : "lambda");
        args(out, e.args);
        out.add(": ");
        expr(out, e.body, PR_TEST);
        out.addIf(level > PR_TEST, ")");
    }

    // CPython: Python/ast_unparse.c append_ast_ifexp
    private static void ifexp(Out out, IfExp e, int level) {
        out.addIf(level > PR_TEST, "(");
        expr(out, e.body, PR_TEST + 1);
        out.add(" if ");
        expr(out, e.test, PR_TEST + 1);
        out.add(" else ");
        expr(out, e.orelse, PR_TEST);
        out.addIf(level > PR_TEST, ")");
    }

    // CPython: Python/ast_unparse.c append_ast_dict
    private static void dict(Out out, Dict e) {
        out.add("{");
        for (int i = 0; i < e.values.size(); i++) {
            out.addIf(i > 0, ", ");
            AstExpr key = e.keys.get(i);
            if (key != null) {
                expr(out, key, PR_TEST);
                out.add(": ");
                expr(out, e.values.get(i), PR_TEST);
            } else {
                out.add("**");
                expr(out, e.values.get(i), PR_EXPR);
            }
        }
        out.add("}");
    }

    /** A list or set display. */
    // CPython: Python/ast_unparse.c append_ast_list, append_ast_set
    private static void sequence(Out out, String open, List<AstExpr> elts, String close) {
        out.add(open);
        for (int i = 0; i < elts.size(); i++) {
            out.addIf(i > 0, ", ");
            expr(out, elts.get(i), PR_TEST);
        }
        out.add(close);
    }

    // CPython: Python/ast_unparse.c append_ast_tuple
    private static void tuple(Out out, Tuple e, int level) {
        int n = e.elts.size();
        if (n == 0) {
            out.add("()");
            return;
        }
        out.addIf(level > PR_TUPLE, "(");
        for (int i = 0; i < n; i++) {
            out.addIf(i > 0, ", ");
            expr(out, e.elts.get(i), PR_TEST);
        }
        out.addIf(n == 1, ",");
        out.addIf(level > PR_TUPLE, ")");
    }

    // CPython: Python/ast_unparse.c append_ast_comprehensions, append_ast_comprehension
    private static void comprehensions(Out out, List<Comprehension> generators) {
        for (Comprehension gen : generators) {
            out.add(gen.isAsync != 0 ? " async for " : " for ");
            expr(out, gen.target, PR_TUPLE);
            out.add(" in ");
            expr(out, gen.iter, PR_TEST + 1);
            for (AstExpr cond : gen.ifs) {
                out.add(" if ");
                expr(out, cond, PR_TEST + 1);
            }
        }
    }

    // CPython: Python/ast_unparse.c append_ast_genexp
    private static void genexp(Out out, GeneratorExp e) {
        comprehensionExpr(out, "(", e.elt, null, e.generators, ")");
    }

    /** A comprehension in its brackets; {@code value} is non-null for a dict comprehension. */
    // CPython: Python/ast_unparse.c append_ast_listcomp, append_ast_setcomp, append_ast_dictcomp
    private static void comprehensionExpr(Out out, String open, AstExpr elt, AstExpr value,
                                          List<Comprehension> generators, String close) {
        out.add(open);
        expr(out, elt, PR_TEST);
        if (value != null) {
            out.add(": ");
            expr(out, value, PR_TEST);
        }
        comprehensions(out, generators);
        out.add(close);
    }

    // CPython: Python/ast_unparse.c append_ast_compare
    private static void compare(Out out, Compare e, int level) {
        out.addIf(level > PR_CMP, "(");
        expr(out, e.left, PR_CMP + 1);
        for (int i = 0; i < e.comparators.size(); i++) {
            AstCmpop op = e.ops.get(i);
            String text;
            switch (op) {
                case Eq: text = " == "; break;
                case NotEq: text = " != "; break;
                case Lt: text = " < "; break;
                case LtE: text = " <= "; break;
                case Gt: text = " > "; break;
                case GtE: text = " >= "; break;
                case Is: text = " is "; break;
                case IsNot: text = " is not "; break;
                case In: text = " in "; break;
                case NotIn: text = " not in "; break;
                default: throw new PyException("SystemError", "unexpected comparison kind");
            }
            out.add(text);
            expr(out, e.comparators.get(i), PR_CMP + 1);
        }
        out.addIf(level > PR_CMP, ")");
    }

    // CPython: Python/ast_unparse.c append_ast_call, append_ast_keyword
    private static void call(Out out, Call e) {
        expr(out, e.func, PR_ATOM);
        if (e.args.size() == 1 && e.keywords.isEmpty() && e.args.get(0) instanceof GeneratorExp) {
            // f(x for x in y): the generator's parentheses are the call's.
            genexp(out, (GeneratorExp) e.args.get(0));
            return;
        }
        out.add("(");
        boolean first = true;
        for (AstExpr a : e.args) {
            out.addIf(!first, ", ");
            first = false;
            expr(out, a, PR_TEST);
        }
        for (Keyword kw : e.keywords) {
            out.addIf(!first, ", ");
            first = false;
            if (kw.arg == null) {
                out.add("**");
            } else {
                out.add(kw.arg).add("=");
            }
            expr(out, kw.value, PR_TEST);
        }
        out.add(")");
    }

    /** The characters of an f-string's literal part, braces doubled. */
    // CPython: Python/ast_unparse.c append_fstring_unicode, escape_braces
    private static void fstringText(Out out, PyObject value) {
        if (!(value instanceof PyStr)) {
            throw new PyException("SystemError", "unknown expression kind inside f-string");
        }
        for (int cp : ((PyStr) value).codePoints()) {
            out.add(cp);
            if (cp == '{' || cp == '}') out.add(cp);
        }
    }

    // CPython: Python/ast_unparse.c append_fstring_element
    private static void fstringElement(Out out, AstExpr e, boolean isFormatSpec) {
        if (e instanceof Constant) {
            fstringText(out, ((Constant) e).value);
        } else if (e instanceof JoinedStr) {
            joinedStr(out, (JoinedStr) e, isFormatSpec);
        } else if (e instanceof FormattedValue) {
            formattedValue(out, (FormattedValue) e);
        } else {
            throw new PyException("SystemError", "unknown expression kind inside f-string");
        }
    }

    /**
     * An f-string: its parts are gathered into one body, which is then written as
     * {@code f} + the body's repr (the quotes and escapes are repr's). A format spec's body is
     * written as it is.
     */
    // CPython: Python/ast_unparse.c append_joinedstr, build_fstring_body
    private static void joinedStr(Out out, JoinedStr e, boolean isFormatSpec) {
        Out body = new Out();
        for (AstExpr value : e.values) {
            fstringElement(body, value, isFormatSpec);
        }
        if (isFormatSpec) {
            out.addAll(body.cps, body.n);
        } else {
            out.add("f");
            out.add(body.toPyStr().repr());
        }
    }

    // CPython: Python/ast_unparse.c append_formattedvalue
    private static void formattedValue(Out out, FormattedValue e) {
        // One level above PR_TEST, so that a lambda (whose ':' would end the field) is parenthesised.
        Out inner = new Out();
        expr(inner, e.value, PR_TEST + 1);
        // "{{" would be an escaped brace: a value starting with '{' gets a space first.
        out.add(inner.n > 0 && inner.cps[0] == '{' ? "{ " : "{");
        out.addAll(inner.cps, inner.n);
        if (e.conversion > 0) {
            switch (e.conversion) {
                case 'a': out.add("!a"); break;
                case 'r': out.add("!r"); break;
                case 's': out.add("!s"); break;
                default: throw new PyException("SystemError", "unknown f-value conversion kind");
            }
        }
        if (e.formatSpec != null) {
            out.add(":");
            fstringElement(out, e.formatSpec, true);
        }
        out.add("}");
    }

    // CPython: Python/ast_unparse.c append_ast_expr (the Constant case)
    private static void constantExpr(Out out, Constant e) {
        if (e.value == PyEllipsis.ELLIPSIS) {
            out.add("...");
            return;
        }
        if (e.kind != null) out.add(e.kind);
        constant(out, e.value);
    }

    // CPython: Python/ast_unparse.c append_ast_constant
    private static void constant(Out out, PyObject value) {
        if (value instanceof PyTuple) {
            PyObject[] items = ((PyTuple) value).items;
            out.add("(");
            for (int i = 0; i < items.length; i++) {
                out.addIf(i > 0, ", ");
                constant(out, items[i]);
            }
            out.addIf(items.length == 1, ",");
            out.add(")");
            return;
        }
        repr(out, value);
    }

    /**
     * {@code repr(value)}, except that an infinite float or any complex has each {@code inf}
     * replaced by {@code 1e309}, a literal that reads back as infinity.
     */
    // CPython: Python/ast_unparse.c append_repr
    private static void repr(Out out, PyObject value) {
        String r = value.repr();
        if ((value instanceof PyFloat && Double.isInfinite(((PyFloat) value).value)) || value instanceof PyComplex) {
            r = r.replace("inf", "1e309");
        }
        out.add(r);
    }

    // CPython: Python/ast_unparse.c append_ast_attribute
    private static void attribute(Out out, Attribute e) {
        expr(out, e.value, PR_ATOM);
        // "1.real" would read as a float literal: an int gets a space before the dot.
        boolean intConstant = e.value instanceof Constant && ((Constant) e.value).value instanceof PyInt;
        out.add(intConstant ? " ." : ".");
        out.add(e.attr);
    }

    // CPython: Python/ast_unparse.c append_ast_slice
    private static void slice(Out out, Slice e) {
        if (e.lower != null) expr(out, e.lower, PR_TEST);
        out.add(":");
        if (e.upper != null) expr(out, e.upper, PR_TEST);
        if (e.step != null) {
            out.add(":");
            expr(out, e.step, PR_TEST);
        }
    }

    // CPython: Python/ast_unparse.c append_ast_subscript
    private static void subscript(Out out, Subscript e) {
        expr(out, e.value, PR_ATOM);
        out.add("[");
        expr(out, e.slice, PR_TUPLE);
        out.add("]");
    }
}
