package dev.pyjama.compiler;

import dev.pyjama.ast.AstCmpop;
import dev.pyjama.ast.AstExpr;
import dev.pyjama.ast.AstExprContext;
import dev.pyjama.ast.AstOperator;
import dev.pyjama.ast.BinOp;
import dev.pyjama.ast.Compare;
import dev.pyjama.ast.Constant;
import dev.pyjama.ast.Set;
import dev.pyjama.ast.Starred;
import dev.pyjama.ast.Subscript;
import dev.pyjama.ast.Tuple;
import dev.pyjama.ast.UnaryOp;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNumber;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyObjects;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.SetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The folding steps of the AST optimiser: each takes a node whose children are already
 * folded and returns the node to use in its place (itself when nothing folds). An operation
 * that raises (ZeroDivisionError, OverflowError, TypeError...) leaves the node as it is, as
 * CPython does; size limits keep folding from building huge constants.
 */
// CPython: Python/ast_opt.c fold_unaryop, fold_binop, fold_tuple, fold_subscr, fold_iter, fold_compare
final class ConstantFolder {
    private ConstantFolder() {}

    static final int MAX_INT_SIZE = 128;          // bits
    static final int MAX_COLLECTION_SIZE = 256;   // items
    static final int MAX_STR_SIZE = 4096;         // characters
    static final int MAX_TOTAL_ITEMS = 1024;      // including nested collections

    /** A constant with the positions of the node it replaces. */
    // CPython: Python/ast_opt.c make_const
    static Constant constant(AstExpr node, PyObject value) {
        return new Constant(value, null, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    /** An operation that may raise: a Java lambda returning the value. */
    private interface Op {
        PyObject apply();
    }

    /** The node folded to the operation's value, or the node itself when the operation raises or declines. */
    private static AstExpr tryFold(AstExpr node, Op op) {
        PyObject v;
        try {
            v = op.apply();
        } catch (PyException e) {
            return node;
        }
        return v == null ? node : constant(node, v);
    }

    // CPython: Python/ast_opt.c fold_unaryop
    static AstExpr foldUnaryOp(UnaryOp node) {
        AstExpr arg = node.operand;
        if (!(arg instanceof Constant)) {
            if (node.op == dev.pyjama.ast.AstUnaryop.Not && arg instanceof Compare && ((Compare) arg).ops.size() == 1) {
                Compare cmp = (Compare) arg;
                AstCmpop inverted;
                switch (cmp.ops.get(0)) {
                    case Is: inverted = AstCmpop.IsNot; break;
                    case IsNot: inverted = AstCmpop.Is; break;
                    case In: inverted = AstCmpop.NotIn; break;
                    case NotIn: inverted = AstCmpop.In; break;
                    default: inverted = null; break;
                }
                if (inverted != null) {
                    List<AstCmpop> ops = new ArrayList<>(1);
                    ops.add(inverted);
                    cmp.ops = ops;
                    // The C code copies the comparison over the 'not' node, positions included.
                    return cmp;
                }
            }
            return node;
        }
        PyObject v = ((Constant) arg).value;
        switch (node.op) {
            case Invert: return tryFold(node, () -> PyNumber.invert(v));
            case Not: return constant(node, PyBool.of(!PyObjects.isTrue(v)));
            case UAdd: return tryFold(node, () -> PyNumber.positive(v));
            case USub: return tryFold(node, () -> PyNumber.negative(v));
            default: return node;
        }
    }

    /**
     * The limit minus the number of items in {@code obj} and its nested tuples, stopping
     * once it goes negative.
     */
    // CPython: Python/ast_opt.c check_complexity
    private static long checkComplexity(PyObject obj, long limit) {
        if (obj instanceof PyTuple) {
            PyObject[] items = ((PyTuple) obj).items;
            limit -= items.length;
            for (int i = 0; limit >= 0 && i < items.length; i++) {
                limit = checkComplexity(items[i], limit);
            }
        }
        return limit;
    }

    /** The C long a folding check reads from an int, or null where PyLong_AsLong would fail. */
    private static Long asCLong(PyObject v) {
        PyInt i = PyObjects.asInt(v);
        return i.fitsLong() ? i.longValue() : null;
    }

    // CPython: Python/ast_opt.c safe_multiply
    private static PyObject safeMultiply(PyObject v, PyObject w) {
        boolean vi = PyObjects.isInt(v), wi = PyObjects.isInt(w);
        if (vi && wi) {
            PyInt a = PyObjects.asInt(v), b = PyObjects.asInt(w);
            if (a.signum() != 0 && b.signum() != 0 && IntMath.numBits(a) + IntMath.numBits(b) > MAX_INT_SIZE) {
                return null;
            }
        } else if (vi && w instanceof PyTuple) {
            int size = ((PyTuple) w).items.length;
            if (size > 0) {
                Long n = asCLong(v);
                if (n == null || n < 0 || n > MAX_COLLECTION_SIZE / size) return null;
                if (n != 0 && checkComplexity(w, MAX_TOTAL_ITEMS / n) < 0) return null;
            }
        } else if (vi && (w instanceof PyStr || w instanceof PyBytes)) {
            int size = w instanceof PyStr ? ((PyStr) w).length() : ((PyBytes) w).value.length;
            if (size > 0) {
                Long n = asCLong(v);
                if (n == null || n < 0 || n > MAX_STR_SIZE / size) return null;
            }
        } else if (wi && (v instanceof PyTuple || v instanceof PyStr || v instanceof PyBytes)) {
            return safeMultiply(w, v);
        }
        return PyNumber.multiply(v, w);
    }

    // CPython: Python/ast_opt.c safe_power
    private static PyObject safePower(PyObject v, PyObject w) {
        if (PyObjects.isInt(v) && PyObjects.isInt(w)) {
            PyInt a = PyObjects.asInt(v), b = PyObjects.asInt(w);
            if (a.signum() != 0 && b.signum() > 0) {
                long vbits = IntMath.numBits(a);
                if (!b.fitsLong()) return null;
                long wbits = b.longValue();
                if (vbits > MAX_INT_SIZE / wbits) return null;
            }
        }
        return PyNumber.power(v, w);
    }

    // CPython: Python/ast_opt.c safe_lshift
    private static PyObject safeLshift(PyObject v, PyObject w) {
        if (PyObjects.isInt(v) && PyObjects.isInt(w)) {
            PyInt a = PyObjects.asInt(v), b = PyObjects.asInt(w);
            if (a.signum() != 0 && b.signum() != 0) {
                long vbits = IntMath.numBits(a);
                // PyLong_AsSize_t fails for negative or huge counts: no folding then.
                if (b.signum() < 0 || !b.fitsLong()) return null;
                long wbits = b.longValue();
                if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) return null;
            }
        }
        return PyNumber.lshift(v, w);
    }

    // CPython: Python/ast_opt.c safe_mod
    private static PyObject safeMod(PyObject v, PyObject w) {
        if (v instanceof PyStr || v instanceof PyBytes) return null;
        return PyNumber.remainder(v, w);
    }

    private static boolean hasStarred(List<AstExpr> elts) {
        for (AstExpr e : elts) {
            if (e instanceof Starred) return true;
        }
        return false;
    }

    // CPython: Python/ast_opt.c fold_binop
    static AstExpr foldBinOp(BinOp node) {
        if (!(node.left instanceof Constant)) return node;
        PyObject lv = ((Constant) node.left).value;
        if (node.op == AstOperator.Mod && node.right instanceof Tuple && lv instanceof PyStr
                && !hasStarred(((Tuple) node.right).elts)) {
            return PercentFormat.optimizeFormat(node, (PyStr) lv, ((Tuple) node.right).elts);
        }
        if (!(node.right instanceof Constant)) return node;
        PyObject rv = ((Constant) node.right).value;
        switch (node.op) {
            case Add: return tryFold(node, () -> PyNumber.add(lv, rv));
            case Sub: return tryFold(node, () -> PyNumber.subtract(lv, rv));
            case Mult: return tryFold(node, () -> safeMultiply(lv, rv));
            case Div: return tryFold(node, () -> PyNumber.trueDivide(lv, rv));
            case FloorDiv: return tryFold(node, () -> PyNumber.floorDivide(lv, rv));
            case Mod: return tryFold(node, () -> safeMod(lv, rv));
            case Pow: return tryFold(node, () -> safePower(lv, rv));
            case LShift: return tryFold(node, () -> safeLshift(lv, rv));
            case RShift: return tryFold(node, () -> PyNumber.rshift(lv, rv));
            case BitOr: return tryFold(node, () -> PyNumber.or(lv, rv));
            case BitXor: return tryFold(node, () -> PyNumber.xor(lv, rv));
            case BitAnd: return tryFold(node, () -> PyNumber.and(lv, rv));
            default: return node;  // MatMult: no constant implements it
        }
    }

    /** The tuple of the elements' values when they are all constants, else null. */
    // CPython: Python/ast_opt.c make_const_tuple
    private static PyTuple constTuple(List<AstExpr> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            AstExpr e = elts.get(i);
            if (!(e instanceof Constant)) return null;
            items[i] = ((Constant) e).value;
        }
        return PyTuple.of(items);
    }

    // CPython: Python/ast_opt.c fold_tuple
    static AstExpr foldTuple(Tuple node) {
        if (node.ctx != AstExprContext.Load) return node;
        PyTuple t = constTuple(node.elts);
        return t == null ? node : constant(node, t);
    }

    // CPython: Python/ast_opt.c fold_subscr
    static AstExpr foldSubscript(Subscript node) {
        if (node.ctx != AstExprContext.Load || !(node.value instanceof Constant) || !(node.slice instanceof Constant)) {
            return node;
        }
        PyObject container = ((Constant) node.value).value, index = ((Constant) node.slice).value;
        return tryFold(node, () -> PyObjects.getItem(container, index));
    }

    /**
     * A list display iterated over or tested with {@code in} becomes a tuple (a constant one
     * when its elements are constants); a set display of constants becomes a frozenset.
     */
    // CPython: Python/ast_opt.c fold_iter
    static AstExpr foldIter(AstExpr arg) {
        if (arg instanceof dev.pyjama.ast.List) {
            dev.pyjama.ast.List list = (dev.pyjama.ast.List) arg;
            if (hasStarred(list.elts)) return arg;
            Tuple tuple = new Tuple(list.elts, list.ctx, list.lineno, list.colOffset, list.endLineno, list.endColOffset);
            PyTuple t = constTuple(list.elts);
            return t == null ? tuple : constant(tuple, t);
        }
        if (arg instanceof Set) {
            PyTuple t = constTuple(((Set) arg).elts);
            if (t == null) return arg;
            // The frozenset's items are kept in CPython's iteration order for frozenset(tuple).
            return tryFold(arg, () -> PyFrozenSet.of(SetTable.iterationOrder(t.items)));
        }
        return arg;
    }

    // CPython: Python/ast_opt.c fold_compare
    static void foldCompare(Compare node) {
        int i = node.ops.size() - 1;
        AstCmpop op = node.ops.get(i);
        if (op == AstCmpop.In || op == AstCmpop.NotIn) {
            AstExpr folded = foldIter(node.comparators.get(i));
            if (folded != node.comparators.get(i)) {
                if (!(node.comparators instanceof ArrayList)) node.comparators = new ArrayList<>(node.comparators);
                node.comparators.set(i, folded);
            }
        }
    }
}
