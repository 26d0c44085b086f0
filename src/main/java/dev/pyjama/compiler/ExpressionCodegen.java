package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.ast.*;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.List;

/** Code generation for expressions (comprehensions and lambdas are in subclasses). */
// CPython: Python/compile.c compiler_visit_expr1 and the expression helpers
abstract class ExpressionCodegen extends CodegenBase {

    ExpressionCodegen(CompileContext ctx, SymbolTable st, FutureFeatures future, int flags, int optimize) {
        super(ctx, st, future, flags, optimize);
    }

    abstract void visitLambda(Lambda e);

    abstract void visitComprehension(AstExpr e);

    final void visitExprs(List<AstExpr> seq) {
        for (AstExpr e : seq) visitExpr(e);
    }

    // CPython: Python/compile.c compiler_visit_expr1
    @Override
    final void visitExpr(AstExpr e) {
        Location loc = loc(e);
        if (e instanceof Name) {
            Name n = (Name) e;
            nameop(loc, n.id, n.ctx);
        } else if (e instanceof Constant) {
            loadConst(loc, ((Constant) e).value);
        } else if (e instanceof Attribute) {
            visitAttribute((Attribute) e, loc);
        } else if (e instanceof Call) {
            visitCall((Call) e);
        } else if (e instanceof BinOp) {
            BinOp b = (BinOp) e;
            visitExpr(b.left);
            visitExpr(b.right);
            addopBinary(loc, b.op, false);
        } else if (e instanceof Subscript) {
            visitSubscript((Subscript) e);
        } else if (e instanceof Compare) {
            visitCompare((Compare) e);
        } else if (e instanceof Tuple) {
            Tuple t = (Tuple) e;
            if (t.ctx == AstExprContext.Store) {
                assignmentHelper(loc, t.elts);
            } else if (t.ctx == AstExprContext.Load) {
                starunpackHelper(loc, t.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            } else {
                visitExprs(t.elts);
            }
        } else if (e instanceof dev.pyjama.ast.List) {
            dev.pyjama.ast.List l = (dev.pyjama.ast.List) e;
            if (l.ctx == AstExprContext.Store) {
                assignmentHelper(loc, l.elts);
            } else if (l.ctx == AstExprContext.Load) {
                starunpackHelper(loc, l.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            } else {
                visitExprs(l.elts);
            }
        } else if (e instanceof BoolOp) {
            visitBoolOp((BoolOp) e);
        } else if (e instanceof UnaryOp) {
            UnaryOp op = (UnaryOp) e;
            visitExpr(op.operand);
            switch (op.op) {
                case UAdd: addopI(loc, CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE); break;
                case Not: addop(loc, TO_BOOL); addop(loc, UNARY_NOT); break;
                case Invert: addop(loc, UNARY_INVERT); break;
                case USub: addop(loc, UNARY_NEGATIVE); break;
                default: throw new IllegalStateException("unary op " + op.op);
            }
        } else if (e instanceof JoinedStr) {
            visitJoinedStr((JoinedStr) e, loc);
        } else if (e instanceof FormattedValue) {
            visitFormattedValue((FormattedValue) e, loc);
        } else if (e instanceof Dict) {
            visitDict((Dict) e, loc);
        } else if (e instanceof dev.pyjama.ast.Set) {
            starunpackHelper(loc, ((dev.pyjama.ast.Set) e).elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        } else if (e instanceof IfExp) {
            IfExp ie = (IfExp) e;
            int end = newLabel(), next = newLabel();
            jumpIf(loc, ie.test, next, false);
            visitExpr(ie.body);
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);
            useLabel(next);
            visitExpr(ie.orelse);
            useLabel(end);
        } else if (e instanceof NamedExpr) {
            NamedExpr ne = (NamedExpr) e;
            visitExpr(ne.value);
            addopI(loc, COPY, 1);
            visitExpr(ne.target);
        } else if (e instanceof Lambda) {
            visitLambda((Lambda) e);
        } else if (e instanceof ListComp || e instanceof SetComp || e instanceof DictComp || e instanceof GeneratorExp) {
            visitComprehension(e);
        } else if (e instanceof Yield) {
            if (!u.ste.isFunctionLike()) {
                throw error(loc, "'yield' outside function");
            }
            Yield y = (Yield) e;
            if (y.value != null) {
                visitExpr(y.value);
            } else {
                loadConst(loc, PyNone.NONE);
            }
            addopYield(loc);
        } else if (e instanceof YieldFrom) {
            if (!u.ste.isFunctionLike()) {
                throw error(loc, "'yield from' outside function");
            }
            if (u.scopeType == CompilerUnit.SCOPE_ASYNC_FUNCTION) {
                throw error(loc, "'yield from' inside async function");
            }
            visitExpr(((YieldFrom) e).value);
            addop(loc, GET_YIELD_FROM_ITER);
            loadConst(loc, PyNone.NONE);
            addYieldFrom(loc, false);
        } else if (e instanceof Await) {
            if (!isTopLevelAwait()) {
                if (!u.ste.isFunctionLike()) {
                    throw error(loc, "'await' outside function");
                }
                if (u.scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION && u.scopeType != CompilerUnit.SCOPE_COMPREHENSION) {
                    throw error(loc, "'await' outside async function");
                }
            }
            visitExpr(((Await) e).value);
            addopI(loc, GET_AWAITABLE, 0);
            loadConst(loc, PyNone.NONE);
            addYieldFrom(loc, true);
        } else if (e instanceof Starred) {
            if (((Starred) e).ctx == AstExprContext.Store) {
                throw error(loc, "starred assignment target must be in a list or tuple");
            }
            throw error(loc, "can't use starred expression here");
        } else if (e instanceof Slice) {
            int n = visitSlice((Slice) e);
            addopI(loc, BUILD_SLICE, n);
        } else {
            throw new IllegalStateException("unknown expression " + e.pyName());
        }
    }

    // ------------------------------------------------------------------------------------
    // Attributes, subscripts, slices

    private void visitAttribute(Attribute a, Location loc) {
        if (a.ctx == AstExprContext.Load && canOptimizeSuperCall(a)) {
            Call call = (Call) a.value;
            loadArgsForSuper(call);
            int opcode = call.args.isEmpty() ? LOAD_ZERO_SUPER_ATTR : LOAD_SUPER_ATTR;
            addopName(loc, opcode, u.metadata.names, a.attr);
            loc = updateStartLocationToMatchAttr(loc, a);
            addop(loc, NOP);
            return;
        }
        maybeAddStaticAttributeToClass(a);
        visitExpr(a.value);
        loc = updateStartLocationToMatchAttr(loc(a), a);
        switch (a.ctx) {
            case Load:
                addopName(loc, LOAD_ATTR, u.metadata.names, a.attr);
                break;
            case Store:
                checkForbiddenName(loc, a.attr, a.ctx);
                addopName(loc, STORE_ATTR, u.metadata.names, a.attr);
                break;
            default:
                addopName(loc, DELETE_ATTR, u.metadata.names, a.attr);
                break;
        }
    }

    /** Records {@code self.X = ...} in the enclosing class's __static_attributes__. */
    // CPython: Python/compile.c compiler_maybe_add_static_attribute_to_class
    private void maybeAddStaticAttributeToClass(Attribute a) {
        if (!(a.value instanceof Name) || a.ctx != AstExprContext.Store || !((Name) a.value).id.equals("self")) {
            return;
        }
        java.util.Iterator<CompilerUnit> it = stack.descendingIterator();
        while (it.hasNext()) {
            CompilerUnit unit = it.next();
            if (unit.scopeType == CompilerUnit.SCOPE_CLASS) {
                unit.staticAttributes.add(a.attr);
                break;
            }
        }
    }

    /** When an attribute spans lines, its instructions start at the attribute's name. */
    // CPython: Python/compile.c update_start_location_to_match_attr
    static Location updateStartLocationToMatchAttr(Location loc, Attribute attr) {
        if (loc.lineno() == attr.endLineno) {
            return loc;
        }
        int lineno = attr.endLineno;
        int col = loc.colOffset(), endCol = loc.endColOffset();
        int len = attr.attr.codePointCount(0, attr.attr.length());
        if (len <= attr.endColOffset) {
            col = attr.endColOffset - len;
        } else {
            col = -1;
            endCol = -1;
        }
        int endLineno = Math.max(lineno, loc.endLineno());
        if (lineno == endLineno) {
            endCol = Math.max(col, endCol);
        }
        return new Location(lineno, endLineno, col, endCol);
    }

    static boolean isTwoElementSlice(AstExpr s) {
        return s instanceof Slice && ((Slice) s).step == null;
    }

    // CPython: Python/compile.c compiler_subscript
    private void visitSubscript(Subscript e) {
        Location loc = loc(e);
        if (e.ctx == AstExprContext.Load) {
            checkSubscripter(e.value);
            checkIndex(e.value, e.slice);
        }
        visitExpr(e.value);
        if (isTwoElementSlice(e.slice) && e.ctx != AstExprContext.Del) {
            visitSlice((Slice) e.slice);
            addop(loc, e.ctx == AstExprContext.Load ? BINARY_SLICE : STORE_SLICE);
        } else {
            visitExpr(e.slice);
            addop(loc, e.ctx == AstExprContext.Load ? BINARY_SUBSCR
                    : e.ctx == AstExprContext.Store ? STORE_SUBSCR : DELETE_SUBSCR);
        }
    }

    /** Pushes a slice's bounds; returns how many values BUILD_SLICE takes. */
    // CPython: Python/compile.c compiler_slice
    final int visitSlice(Slice s) {
        int n = 2;
        if (s.lower != null) visitExpr(s.lower);
        else loadConst(loc(s), PyNone.NONE);
        if (s.upper != null) visitExpr(s.upper);
        else loadConst(loc(s), PyNone.NONE);
        if (s.step != null) {
            n++;
            visitExpr(s.step);
        }
        return n;
    }

    // ------------------------------------------------------------------------------------
    // Displays

    static boolean areAllItemsConst(List<AstExpr> seq, int begin, int end) {
        for (int i = begin; i < end; i++) {
            AstExpr key = seq.get(i);
            if (!(key instanceof Constant)) return false;
        }
        return true;
    }

    /** Builds a list, tuple or set from items that may be starred. */
    // CPython: Python/compile.c starunpack_helper
    final void starunpackHelper(Location loc, List<AstExpr> elts, int pushed, int build, int add, int extend,
                                boolean tuple) {
        int n = elts.size();
        if (n > 2 && areAllItemsConst(elts, 0, n)) {
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = ((Constant) elts.get(i)).value;
            if (tuple && pushed == 0) {
                loadConst(loc, PyTuple.of(items));
            } else {
                PyObject folded = add == SET_ADD ? PyFrozenSet.of(items) : PyTuple.of(items);
                addopI(loc, build, pushed);
                loadConst(loc, folded);
                addopI(loc, extend, 1);
                if (tuple) {
                    addopI(loc, CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (AstExpr elt : elts) {
            if (elt instanceof Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            for (AstExpr elt : elts) visitExpr(elt);
            addopI(loc, tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean sequenceBuilt = false;
        if (big) {
            addopI(loc, build, pushed);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++) {
            AstExpr elt = elts.get(i);
            if (elt instanceof Starred) {
                if (!sequenceBuilt) {
                    addopI(loc, build, i + pushed);
                    sequenceBuilt = true;
                }
                visitExpr(((Starred) elt).value);
                addopI(loc, extend, 1);
            } else {
                visitExpr(elt);
                if (sequenceBuilt) {
                    addopI(loc, add, 1);
                }
            }
        }
        if (tuple) {
            addopI(loc, CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
        }
    }

    // CPython: Python/compile.c unpack_helper
    final void unpackHelper(Location loc, List<AstExpr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            AstExpr elt = elts.get(i);
            if (elt instanceof Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error(loc, "too many expressions in star-unpacking assignment");
                }
                addopI(loc, UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof Starred) {
                throw error(loc, "multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            addopI(loc, UNPACK_SEQUENCE, n);
        }
    }

    final void assignmentHelper(Location loc, List<AstExpr> elts) {
        unpackHelper(loc, elts);
        for (AstExpr elt : elts) {
            visitExpr(elt instanceof Starred ? ((Starred) elt).value : elt);
        }
    }

    // CPython: Python/compile.c compiler_subdict
    private void visitSubdict(Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        Location loc = loc(e);
        if (n > 1 && !big && areAllItemsConst(e.keys, begin, end)) {
            for (int i = begin; i < end; i++) visitExpr(e.values.get(i));
            PyObject[] keys = new PyObject[n];
            for (int i = begin; i < end; i++) keys[i - begin] = ((Constant) e.keys.get(i)).value;
            loadConst(loc, PyTuple.of(keys));
            addopI(loc, BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) addopI(loc, BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            visitExpr(e.keys.get(i));
            visitExpr(e.values.get(i));
            if (big) addopI(loc, MAP_ADD, 1);
        }
        if (!big) addopI(loc, BUILD_MAP, n);
    }

    // CPython: Python/compile.c compiler_dict
    private void visitDict(Dict e, Location loc) {
        int n = e.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean isUnpacking = e.keys.get(i) == null;
            if (isUnpacking) {
                if (elements > 0) {
                    visitSubdict(e, i - elements, i);
                    if (haveDict) addopI(loc, DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(loc, BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(e.values.get(i));
                addopI(loc, DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                visitSubdict(e, i - elements, i + 1);
                if (haveDict) addopI(loc, DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            visitSubdict(e, n - elements, n);
            if (haveDict) addopI(loc, DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) addopI(loc, BUILD_MAP, 0);
    }

    // ------------------------------------------------------------------------------------
    // Boolean operators, comparisons, conditional jumps

    // CPython: Python/compile.c compiler_boolop
    private void visitBoolOp(BoolOp e) {
        Location loc = loc(e);
        int jumpi = e.op == AstBoolop.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        int end = newLabel();
        int n = e.values.size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(e.values.get(i));
            addopI(loc, COPY, 1);
            addop(loc, TO_BOOL);
            addopJump(loc, jumpi, end);
            addop(loc, POP_TOP);
        }
        visitExpr(e.values.get(n));
        useLabel(end);
    }

    // CPython: Python/compile.c compiler_compare
    private void visitCompare(Compare e) {
        Location loc = loc(e);
        checkCompare(e);
        visitExpr(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            visitExpr(e.comparators.get(0));
            addopCompare(loc, e.ops.get(0));
            return;
        }
        int cleanup = newLabel();
        for (int i = 0; i < n; i++) {
            visitExpr(e.comparators.get(i));
            addopI(loc, SWAP, 2);
            addopI(loc, COPY, 2);
            addopCompare(loc, e.ops.get(i));
            addopI(loc, COPY, 1);
            addop(loc, TO_BOOL);
            addopJump(loc, POP_JUMP_IF_FALSE, cleanup);
            addop(loc, POP_TOP);
        }
        visitExpr(e.comparators.get(n));
        addopCompare(loc, e.ops.get(n));
        int end = newLabel();
        addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);
        useLabel(cleanup);
        addopI(loc, SWAP, 2);
        addop(loc, POP_TOP);
        useLabel(end);
    }

    /** Jumps to {@code next} when {@code e} is {@code cond}, avoiding the value where it can. */
    // CPython: Python/compile.c compiler_jump_if
    final void jumpIf(Location loc, AstExpr e, int next, boolean cond) {
        if (e instanceof UnaryOp && ((UnaryOp) e).op == AstUnaryop.Not) {
            jumpIf(loc, ((UnaryOp) e).operand, next, !cond);
            return;
        }
        if (e instanceof BoolOp) {
            BoolOp b = (BoolOp) e;
            List<AstExpr> s = b.values;
            int n = s.size() - 1;
            boolean cond2 = b.op == AstBoolop.Or;
            int next2 = next;
            if (cond2 != cond) {
                next2 = newLabel();
            }
            for (int i = 0; i < n; i++) {
                jumpIf(loc, s.get(i), next2, cond2);
            }
            jumpIf(loc, s.get(n), next, cond);
            if (next2 != next) {
                useLabel(next2);
            }
            return;
        }
        if (e instanceof IfExp) {
            IfExp ie = (IfExp) e;
            int end = newLabel(), next2 = newLabel();
            jumpIf(loc, ie.test, next2, false);
            jumpIf(loc, ie.body, next, cond);
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);
            useLabel(next2);
            jumpIf(loc, ie.orelse, next, cond);
            useLabel(end);
            return;
        }
        if (e instanceof Compare && ((Compare) e).ops.size() > 1) {
            Compare c = (Compare) e;
            int n = c.ops.size() - 1;
            checkCompare(c);
            int cleanup = newLabel();
            Location eloc = loc(e);
            visitExpr(c.left);
            for (int i = 0; i < n; i++) {
                visitExpr(c.comparators.get(i));
                addopI(eloc, SWAP, 2);
                addopI(eloc, COPY, 2);
                addopCompare(eloc, c.ops.get(i));
                addop(eloc, TO_BOOL);
                addopJump(eloc, POP_JUMP_IF_FALSE, cleanup);
            }
            visitExpr(c.comparators.get(n));
            addopCompare(eloc, c.ops.get(n));
            addop(eloc, TO_BOOL);
            addopJump(eloc, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
            int end = newLabel();
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);
            useLabel(cleanup);
            addop(eloc, POP_TOP);
            if (!cond) {
                addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, next);
            }
            useLabel(end);
            return;
        }
        visitExpr(e);
        addop(loc(e), TO_BOOL);
        addopJump(loc(e), cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    }

    // ------------------------------------------------------------------------------------
    // Calls

    // CPython: Python/compile.c compiler_call
    private void visitCall(Call e) {
        validateKeywords(e.keywords);
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        checkCaller(e.func);
        visitExpr(e.func);
        addop(loc(e.func), PUSH_NULL);
        callHelper(loc(e), 0, e.args, e.keywords);
    }

    // CPython: Python/compile.c validate_keywords
    final void validateKeywords(List<Keyword> keywords) {
        int n = keywords.size();
        for (int i = 0; i < n; i++) {
            Keyword key = keywords.get(i);
            if (key.arg == null) continue;
            checkForbiddenName(loc(key), key.arg, AstExprContext.Store);
            for (int j = i + 1; j < n; j++) {
                Keyword other = keywords.get(j);
                if (key.arg.equals(other.arg)) {
                    throw error(loc(other), "keyword argument repeated: " + key.arg);
                }
            }
        }
    }

    /** Whether the name is bound by an import at module level (its methods are not called as methods). */
    private boolean isImportOriginated(AstExpr e) {
        if (!(e instanceof Name)) return false;
        return (SymbolTable.getSymbol(st.top, ((Name) e).id) & SymbolTable.DEF_IMPORT) != 0;
    }

    // CPython: Python/compile.c can_optimize_super_call
    final boolean canOptimizeSuperCall(Attribute attr) {
        if (!(attr.value instanceof Call)) return false;
        Call e = (Call) attr.value;
        if (!(e.func instanceof Name) || !((Name) e.func).id.equals("super") || attr.attr.equals("__class__")
                || !e.keywords.isEmpty()) {
            return false;
        }
        int numArgs = e.args.size();
        String superName = ((Name) e.func).id;
        if (SymbolTable.getScope(u.ste, superName) != SymbolTable.GLOBAL_IMPLICIT) return false;
        if (SymbolTable.getScope(st.top, superName) != 0) return false;
        if (numArgs == 2) {
            for (AstExpr elt : e.args) {
                if (elt instanceof Starred) return false;
            }
            return true;
        }
        if (numArgs != 0) return false;
        if (u.metadata.argcount == 0 && u.metadata.posonlyargcount == 0) return false;
        return getRefType("__class__") == SymbolTable.FREE;
    }

    // CPython: Python/compile.c load_args_for_super
    final void loadArgsForSuper(Call e) {
        Location loc = loc(e);
        nameop(loc(e.func), ((Name) e.func).id, AstExprContext.Load);
        if (e.args.size() == 2) {
            visitExpr(e.args.get(0));
            visitExpr(e.args.get(1));
            return;
        }
        nameop(loc, "__class__", AstExprContext.Load);
        // self: the first argument
        String self = u.metadata.varnames.keySet().iterator().next();
        nameop(loc, self, AstExprContext.Load);
    }

    // CPython: Python/compile.c maybe_optimize_method_call
    private boolean maybeOptimizeMethodCall(Call e) {
        if (!(e.func instanceof Attribute) || ((Attribute) e.func).ctx != AstExprContext.Load) return false;
        Attribute meth = (Attribute) e.func;
        if (isImportOriginated(meth.value)) return false;
        int argsl = e.args.size(), kwdsl = e.keywords.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (AstExpr elt : e.args) {
            if (elt instanceof Starred) return false;
        }
        for (Keyword kw : e.keywords) {
            if (kw.arg == null) return false;
        }
        Location loc = loc(meth);
        if (canOptimizeSuperCall(meth)) {
            Call call = (Call) meth.value;
            loadArgsForSuper(call);
            int opcode = call.args.isEmpty() ? LOAD_ZERO_SUPER_METHOD : LOAD_SUPER_METHOD;
            addopName(loc, opcode, u.metadata.names, meth.attr);
            loc = updateStartLocationToMatchAttr(loc, meth);
            addop(loc, NOP);
        } else {
            visitExpr(meth.value);
            loc = updateStartLocationToMatchAttr(loc, meth);
            addopName(loc, LOAD_METHOD, u.metadata.names, meth.attr);
        }
        visitExprs(e.args);
        if (kwdsl > 0) {
            for (Keyword kw : e.keywords) visitExpr(kw.value);
            callSimpleKwHelper(loc, e.keywords, kwdsl);
            loc = updateStartLocationToMatchAttr(loc(e), meth);
            addopI(loc, CALL_KW, argsl + kwdsl);
        } else {
            loc = updateStartLocationToMatchAttr(loc(e), meth);
            addopI(loc, CALL, argsl);
        }
        return true;
    }

    /** The tuple of keyword names before CALL_KW. */
    final void callSimpleKwHelper(Location loc, List<Keyword> keywords, int nkwelts) {
        PyObject[] names = new PyObject[nkwelts];
        for (int i = 0; i < nkwelts; i++) names[i] = PyStr.of(keywords.get(i).arg);
        loadConst(loc, PyTuple.of(names));
    }

    // CPython: Python/compile.c compiler_subkwargs
    private void subkwargs(Location loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) visitExpr(keywords.get(i).value);
            PyObject[] keys = new PyObject[n];
            for (int i = begin; i < end; i++) keys[i - begin] = PyStr.of(keywords.get(i).arg);
            loadConst(loc, PyTuple.of(keys));
            addopI(loc, BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) addopI(NO_LOCATION, BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(loc, kw.arg);
            visitExpr(kw.value);
            if (big) addopI(NO_LOCATION, MAP_ADD, 1);
        }
        if (!big) addopI(loc, BUILD_MAP, n);
    }

    /** Pushes the arguments and calls; {@code n} arguments are already on the stack. */
    // CPython: Python/compile.c compiler_call_helper
    final void callHelper(Location loc, int n, List<AstExpr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (AstExpr elt : args) {
            if (elt instanceof Starred) exCall = true;
        }
        for (Keyword kw : keywords) {
            if (kw.arg == null) exCall = true;
        }
        if (!exCall) {
            for (AstExpr elt : args) visitExpr(elt);
            if (nkwelts > 0) {
                for (Keyword kw : keywords) visitExpr(kw.value);
                callSimpleKwHelper(loc, keywords, nkwelts);
                addopI(loc, CALL_KW, n + nelts + nkwelts);
            } else {
                addopI(loc, CALL, n + nelts);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred) {
            visitExpr(((Starred) args.get(0)).value);
        } else {
            starunpackHelper(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) addopI(loc, DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(loc, BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(kw.value);
                    addopI(loc, DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) addopI(loc, DICT_MERGE, 1);
            }
        }
        addopI(loc, CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    // ------------------------------------------------------------------------------------
    // f-strings

    // CPython: Python/compile.c compiler_joined_str
    private void visitJoinedStr(JoinedStr e, Location loc) {
        int valueCount = e.values.size();
        if (valueCount > STACK_USE_GUIDELINE) {
            loadConst(loc, PyStr.of(""));
            addopName(loc, LOAD_METHOD, u.metadata.names, "join");
            addopI(loc, BUILD_LIST, 0);
            for (AstExpr v : e.values) {
                visitExpr(v);
                addopI(loc, LIST_APPEND, 1);
            }
            addopI(loc, CALL, 1);
        } else {
            visitExprs(e.values);
            if (valueCount > 1) {
                addopI(loc, BUILD_STRING, valueCount);
            } else if (valueCount == 0) {
                loadConst(loc, PyStr.of(""));
            }
        }
    }

    // CPython: Python/compile.c compiler_formatted_value
    private void visitFormattedValue(FormattedValue e, Location loc) {
        visitExpr(e.value);
        if (e.conversion != -1) {
            int oparg;
            switch (e.conversion) {
                case 's': oparg = FVC_STR; break;
                case 'r': oparg = FVC_REPR; break;
                case 'a': oparg = FVC_ASCII; break;
                default: throw new IllegalStateException("Unrecognized conversion character " + e.conversion);
            }
            addopI(loc, CONVERT_VALUE, oparg);
        }
        if (e.formatSpec != null) {
            visitExpr(e.formatSpec);
            addop(loc, FORMAT_WITH_SPEC);
        } else {
            addop(loc, FORMAT_SIMPLE);
        }
    }

    // ------------------------------------------------------------------------------------
    // SyntaxWarnings for suspicious expressions

    /** Whether an operand of 'is' may be compared by identity (not a literal other than the singletons). */
    private static boolean checkIsArg(AstExpr e) {
        if (!(e instanceof Constant)) return true;
        PyObject v = ((Constant) e).value;
        return v == PyNone.NONE || v == PyBool.FALSE || v == PyBool.TRUE || v == PyEllipsis.ELLIPSIS;
    }

    // CPython: Python/compile.c check_compare
    final void checkCompare(Compare e) {
        boolean left = checkIsArg(e.left);
        AstExpr leftExpr = e.left;
        for (int i = 0; i < e.ops.size(); i++) {
            AstCmpop op = e.ops.get(i);
            AstExpr rightExpr = e.comparators.get(i);
            boolean right = checkIsArg(rightExpr);
            if (op == AstCmpop.Is || op == AstCmpop.IsNot) {
                if (!right || !left) {
                    AstExpr literal = !left ? leftExpr : rightExpr;
                    String msg = op == AstCmpop.Is
                            ? "\"is\" with '" + inferType(literal) + "' literal. Did you mean \"==\"?"
                            : "\"is not\" with '" + inferType(literal) + "' literal. Did you mean \"!=\"?";
                    warn(loc(e), msg);
                    return;
                }
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /** The type name an expression certainly has, or null. */
    // CPython: Python/compile.c infer_type
    static String inferType(AstExpr e) {
        if (e instanceof Tuple) return "tuple";
        if (e instanceof dev.pyjama.ast.List || e instanceof ListComp) return "list";
        if (e instanceof Dict || e instanceof DictComp) return "dict";
        if (e instanceof dev.pyjama.ast.Set || e instanceof SetComp) return "set";
        if (e instanceof GeneratorExp) return "generator";
        if (e instanceof Lambda) return "function";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "str";
        if (e instanceof Constant) return ((Constant) e).value.typeName();
        return null;
    }

    // CPython: Python/compile.c check_caller
    private void checkCaller(AstExpr e) {
        if (e instanceof Constant || e instanceof Tuple || e instanceof dev.pyjama.ast.List || e instanceof ListComp
                || e instanceof Dict || e instanceof DictComp || e instanceof dev.pyjama.ast.Set || e instanceof SetComp
                || e instanceof GeneratorExp || e instanceof JoinedStr || e instanceof FormattedValue) {
            warn(loc(e), "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    // CPython: Python/compile.c check_subscripter
    private void checkSubscripter(AstExpr e) {
        if (e instanceof Constant) {
            PyObject v = ((Constant) e).value;
            if (!(v == PyNone.NONE || v == PyEllipsis.ELLIPSIS || v instanceof PyInt || v instanceof PyBool
                    || v instanceof PyFloat || v instanceof PyComplex || v instanceof PyFrozenSet)) {
                return;
            }
        } else if (!(e instanceof dev.pyjama.ast.Set || e instanceof SetComp || e instanceof GeneratorExp
                || e instanceof Lambda)) {
            return;
        }
        warn(loc(e), "'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
    }

    // CPython: Python/compile.c check_index
    private void checkIndex(AstExpr e, AstExpr s) {
        String indexType = inferType(s);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) {
            return;
        }
        if (e instanceof Constant) {
            PyObject v = ((Constant) e).value;
            if (!(v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple)) return;
        } else if (!(e instanceof Tuple || e instanceof dev.pyjama.ast.List || e instanceof ListComp
                || e instanceof JoinedStr || e instanceof FormattedValue)) {
            return;
        }
        warn(loc(e), inferType(e) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?");
    }
}
