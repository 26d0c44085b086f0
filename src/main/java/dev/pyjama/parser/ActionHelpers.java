package dev.pyjama.parser;

import dev.pyjama.ast.*;
import dev.pyjama.ast.Module;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * The helpers the grammar's actions call to build the AST, and the specialised errors they
 * raise. Sequences are Java lists; where CPython would store a NULL sequence the AST gets an
 * empty list, which is what CPython's {@code ast} module shows.
 */
// CPython: Parser/action_helpers.c
abstract class ActionHelpers extends ParserBase {

    // Small records the grammar passes between rules (CPython's pegen.h structs).
    record CmpopExprPair(AstCmpop cmpop, AstExpr expr) {}
    record KeyValuePair(AstExpr key, AstExpr value) {}
    record KeyPatternPair(AstExpr key, AstPattern pattern) {}
    record NameDefaultPair(Arg arg, AstExpr value) {}
    record SlashWithDefault(List<Arg> plainNames, List<NameDefaultPair> namesWithDefaults) {}
    record StarEtc(Arg vararg, List<NameDefaultPair> kwonlyargs, Arg kwarg) {}
    record KeywordOrStarred(Object element, boolean isKeyword) {}
    record ResultTokenWithMetadata(Object result, Object metadata) {}

    enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private final StringLiterals strings;

    ActionHelpers(Tokenizer tok, ParserContext context, String[][] keywords, int[][] keywordTypes,
                  String[] softKeywords) {
        super(tok, context, keywords, keywordTypes, softKeywords);
        this.strings = new StringLiterals(this);
    }

    // ------------------------------------------------------------------------------------
    // Sequences

    static <T> List<T> orEmpty(List<T> seq) {
        return seq == null ? List.of() : seq;
    }

    static <T> List<T> singletonSeq(T a) {
        List<T> l = new ArrayList<>(1);
        l.add(a);
        return l;
    }

    static <T> List<T> seqInsertInFront(T a, List<? extends T> seq) {
        List<T> l = new ArrayList<>(seq == null ? 1 : seq.size() + 1);
        l.add(a);
        if (seq != null) l.addAll(seq);
        return l;
    }

    static <T> List<T> seqAppendToEnd(List<? extends T> seq, T a) {
        List<T> l = new ArrayList<>(seq == null ? 1 : seq.size() + 1);
        if (seq != null) l.addAll(seq);
        l.add(a);
        return l;
    }

    static <T> List<T> seqFlatten(List<? extends List<? extends T>> seqs) {
        List<T> l = new ArrayList<>();
        for (List<? extends T> s : seqs) l.addAll(s);
        return l;
    }

    static <T> List<T> joinSequences(List<? extends T> a, List<? extends T> b) {
        List<T> l = new ArrayList<>(a.size() + b.size());
        l.addAll(a);
        l.addAll(b);
        return l;
    }

    static <T> T lastItem(List<T> seq) {
        return seq.get(seq.size() - 1);
    }

    /** A placeholder expression, for results only tested for presence. */
    // CPython: Parser/action_helpers.c _PyPegen_dummy_name
    static AstExpr dummyName() {
        return new Name("", AstExprContext.Load, 1, 0, 1, 0);
    }

    /**
     * The value of an action-less alternative with one item, passed on as the rule's value.
     * CPython passes it on untyped, so in the error pass an invalid_ rule's dummy can end up
     * as, say, a statement. Nothing reads it there (the error pass always ends in an error
     * and its tree is dropped), but Java needs a value of the rule's type: a placeholder.
     */
    // CPython: Parser/action_helpers.c _PyPegen_dummy_name (what flows through in its place)
    static Object passOn(Object v, Class<?> type) {
        return type.isInstance(v) ? v : placeholder(type);
    }

    private static Object placeholder(Class<?> type) {
        if (type == AstExpr.class) return dummyName();
        if (type == AstStmt.class) return new Pass(1, 0, 1, 0);
        if (type == List.class) return new ArrayList<>();
        if (type == Arguments.class) return emptyArguments();
        if (type == StarEtc.class) return new StarEtc(null, new ArrayList<>(), null);
        if (type == Arg.class) return new Arg("", null, null, 1, 0, 1, 0);
        if (type == Withitem.class) return new Withitem(dummyName(), null);
        if (type == AstExcepthandler.class) return new ExceptHandler(null, null, new ArrayList<>(), 1, 0, 1, 0);
        if (type == AstPattern.class) return new MatchAs(null, null, 1, 0, 1, 0);
        if (type == MatchCase.class) return new MatchCase(new MatchAs(null, null, 1, 0, 1, 0), null, new ArrayList<>());
        if (type == Comprehension.class) return new Comprehension(dummyName(), dummyName(), new ArrayList<>(), 0);
        if (type == KeywordOrStarred.class) return new KeywordOrStarred(dummyName(), false);
        if (type == Token.class) return new Token(Tokens.NAME, new byte[0], 0, 0, 1, 0, 1, 0, 0, null);
        throw new IllegalStateException("no placeholder for " + type);
    }

    static String nameId(AstExpr e) {
        return ((Name) e).id;
    }

    // ------------------------------------------------------------------------------------
    // Names, imports, operators

    static AstExpr joinNamesWithDot(AstExpr first, AstExpr second) {
        return new Name(nameId(first) + "." + nameId(second), AstExprContext.Load,
                first.lineno, first.colOffset, second.endLineno, second.endColOffset);
    }

    static int seqCountDots(List<Token> seq) {
        int n = 0;
        for (Token t : seq) n += t.type == Tokens.ELLIPSIS ? 3 : 1;
        return n;
    }

    static Alias aliasForStar(int lineno, int col, int endLineno, int endCol) {
        return new Alias("*", null, lineno, col, endLineno, endCol);
    }

    static List<String> mapNamesToIds(List<AstExpr> seq) {
        List<String> l = new ArrayList<>(seq.size());
        for (AstExpr e : seq) l.add(nameId(e));
        return l;
    }

    static List<AstCmpop> getCmpops(List<CmpopExprPair> seq) {
        List<AstCmpop> l = new ArrayList<>(seq.size());
        for (CmpopExprPair p : seq) l.add(p.cmpop());
        return l;
    }

    static List<AstExpr> getExprs(List<CmpopExprPair> seq) {
        List<AstExpr> l = new ArrayList<>(seq.size());
        for (CmpopExprPair p : seq) l.add(p.expr());
        return l;
    }

    /** The same expression with context {@code ctx} (a copy: nodes may be shared by memos). */
    // CPython: Parser/action_helpers.c _PyPegen_set_expr_context
    static AstExpr setExprContext(AstExpr e, AstExprContext ctx) {
        if (e instanceof Name) {
            Name n = (Name) e;
            return new Name(n.id, ctx, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        } else if (e instanceof Tuple) {
            Tuple t = (Tuple) e;
            return new Tuple(setSeqContext(t.elts, ctx), ctx, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        } else if (e instanceof dev.pyjama.ast.List) {
            dev.pyjama.ast.List t = (dev.pyjama.ast.List) e;
            return new dev.pyjama.ast.List(setSeqContext(t.elts, ctx), ctx, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        } else if (e instanceof Subscript) {
            Subscript s = (Subscript) e;
            return new Subscript(s.value, s.slice, ctx, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        } else if (e instanceof Attribute) {
            Attribute a = (Attribute) e;
            return new Attribute(a.value, a.attr, ctx, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        } else if (e instanceof Starred) {
            Starred s = (Starred) e;
            return new Starred(setExprContext(s.value, ctx), ctx, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        }
        return e;
    }

    private static List<AstExpr> setSeqContext(List<AstExpr> seq, AstExprContext ctx) {
        List<AstExpr> l = new ArrayList<>(seq.size());
        for (AstExpr e : seq) l.add(setExprContext(e, ctx));
        return l;
    }

    static List<AstExpr> getKeys(List<KeyValuePair> seq) {
        List<AstExpr> l = new ArrayList<>();
        if (seq != null) for (KeyValuePair p : seq) l.add(p.key());
        return l;
    }

    static List<AstExpr> getValues(List<KeyValuePair> seq) {
        List<AstExpr> l = new ArrayList<>();
        if (seq != null) for (KeyValuePair p : seq) l.add(p.value());
        return l;
    }

    static List<AstExpr> getPatternKeys(List<KeyPatternPair> seq) {
        List<AstExpr> l = new ArrayList<>(seq.size());
        for (KeyPatternPair p : seq) l.add(p.key());
        return l;
    }

    static List<AstPattern> getPatterns(List<KeyPatternPair> seq) {
        List<AstPattern> l = new ArrayList<>(seq.size());
        for (KeyPatternPair p : seq) l.add(p.pattern());
        return l;
    }

    // ------------------------------------------------------------------------------------
    // Parameters and arguments

    final NameDefaultPair nameDefaultPair(Arg arg, AstExpr value, Token tc) {
        return new NameDefaultPair(addTypeCommentToArg(arg, tc), value);
    }

    final Arg addTypeCommentToArg(Arg a, Token tc) {
        if (tc == null) return a;
        return new Arg(a.arg, a.annotation, tc.text(), a.lineno, a.colOffset, a.endLineno, a.endColOffset);
    }

    final String newTypeComment(Token tc) {
        return tc == null ? null : tc.text();
    }

    private static List<Arg> names(List<NameDefaultPair> pairs) {
        List<Arg> l = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) l.add(p.arg());
        return l;
    }

    private static List<AstExpr> defaults(List<NameDefaultPair> pairs) {
        List<AstExpr> l = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) l.add(p.value());
        return l;
    }

    /** The arguments node from the pieces the parameter rules matched. */
    // CPython: Parser/action_helpers.c _PyPegen_make_arguments
    static Arguments makeArguments(List<Arg> slashWithoutDefault, SlashWithDefault slashWithDefault,
                                   List<Arg> plainNames, List<NameDefaultPair> namesWithDefault,
                                   StarEtc starEtc) {
        List<Arg> posonlyargs;
        if (slashWithoutDefault != null) {
            posonlyargs = slashWithoutDefault;
        } else if (slashWithDefault != null) {
            posonlyargs = joinSequences(slashWithDefault.plainNames(), names(slashWithDefault.namesWithDefaults()));
        } else {
            posonlyargs = new ArrayList<>();
        }
        List<Arg> posargs;
        if (plainNames != null && namesWithDefault != null) {
            posargs = joinSequences(plainNames, names(namesWithDefault));
        } else if (namesWithDefault != null) {
            posargs = names(namesWithDefault);
        } else if (plainNames != null) {
            posargs = plainNames;
        } else {
            posargs = new ArrayList<>();
        }
        List<AstExpr> posdefaults;
        if (slashWithDefault != null && namesWithDefault != null) {
            posdefaults = joinSequences(defaults(slashWithDefault.namesWithDefaults()), defaults(namesWithDefault));
        } else if (namesWithDefault != null) {
            posdefaults = defaults(namesWithDefault);
        } else if (slashWithDefault != null) {
            posdefaults = defaults(slashWithDefault.namesWithDefaults());
        } else {
            posdefaults = new ArrayList<>();
        }
        Arg vararg = starEtc != null ? starEtc.vararg() : null;
        List<Arg> kwonlyargs;
        List<AstExpr> kwdefaults;
        if (starEtc != null && starEtc.kwonlyargs() != null) {
            kwonlyargs = names(starEtc.kwonlyargs());
            kwdefaults = defaults(starEtc.kwonlyargs());
        } else {
            kwonlyargs = new ArrayList<>();
            kwdefaults = new ArrayList<>();
        }
        Arg kwarg = starEtc != null ? starEtc.kwarg() : null;
        return new Arguments(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults, kwarg, posdefaults);
    }

    static Arguments emptyArguments() {
        return new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(), new ArrayList<>(),
                null, new ArrayList<>());
    }

    static AstStmt functionDefDecorators(List<AstExpr> decorators, AstStmt f) {
        if (f instanceof AsyncFunctionDef) {
            AsyncFunctionDef d = (AsyncFunctionDef) f;
            return new AsyncFunctionDef(d.name, d.args, d.body, decorators, d.returns, d.typeComment, d.typeParams,
                    f.lineno, f.colOffset, f.endLineno, f.endColOffset);
        }
        if (!(f instanceof FunctionDef)) {
            return f; // the error pass's placeholder
        }
        FunctionDef d = (FunctionDef) f;
        return new FunctionDef(d.name, d.args, d.body, decorators, d.returns, d.typeComment, d.typeParams,
                f.lineno, f.colOffset, f.endLineno, f.endColOffset);
    }

    static AstStmt classDefDecorators(List<AstExpr> decorators, AstStmt c) {
        if (!(c instanceof ClassDef)) {
            return c; // the error pass's placeholder
        }
        ClassDef d = (ClassDef) c;
        return new ClassDef(d.name, d.bases, d.keywords, d.body, decorators, d.typeParams,
                c.lineno, c.colOffset, c.endLineno, c.endColOffset);
    }

    static List<AstExpr> seqExtractStarredExprs(List<KeywordOrStarred> kwargs) {
        List<AstExpr> l = new ArrayList<>();
        for (KeywordOrStarred k : kwargs) if (!k.isKeyword()) l.add((AstExpr) k.element());
        return l;
    }

    static List<Keyword> seqDeleteStarredExprs(List<KeywordOrStarred> kwargs) {
        List<Keyword> l = new ArrayList<>();
        for (KeywordOrStarred k : kwargs) if (k.isKeyword()) l.add((Keyword) k.element());
        return l;
    }

    /** A Call carrying positional and keyword arguments (its func is a placeholder). */
    // CPython: Parser/action_helpers.c _PyPegen_collect_call_seqs
    static AstExpr collectCallSeqs(List<AstExpr> a, List<KeywordOrStarred> b, int lineno, int col, int endLineno, int endCol) {
        if (b == null) {
            return new Call(dummyName(), a, new ArrayList<>(), lineno, col, endLineno, endCol);
        }
        List<AstExpr> args = joinSequences(a, seqExtractStarredExprs(b));
        return new Call(dummyName(), args, seqDeleteStarredExprs(b), lineno, col, endLineno, endCol);
    }

    final AstExpr ensureImaginary(AstExpr exp) {
        if (!(exp instanceof Constant) || !(((Constant) exp).value instanceof PyComplex)) {
            return raiseSyntaxErrorKnownLocation(exp, "imaginary number required in complex literal");
        }
        return exp;
    }

    final AstExpr ensureReal(AstExpr exp) {
        if (!(exp instanceof Constant) || ((Constant) exp).value instanceof PyComplex) {
            return raiseSyntaxErrorKnownLocation(exp, "real number required in complex literal");
        }
        return exp;
    }

    final AstMod makeModule(List<AstStmt> a) {
        return new Module(orEmpty(a), new ArrayList<>(typeIgnores));
    }

    final List<AstStmt> interactiveExit() {
        return null;
    }

    /** True when '!=' must be rejected (with Barry as BDFL only '<>' is allowed). */
    // CPython: Parser/action_helpers.c _PyPegen_check_barry_as_flufl
    final boolean checkBarryAsFlufl(Token t) {
        String s = t.text();
        if (barryAsBdfl && !s.equals("<>")) {
            throw syntaxError("with Barry as BDFL, use '<>' instead of '!='");
        }
        if (!barryAsBdfl) {
            return !s.equals("!=");
        }
        return false;
    }

    static boolean checkLegacyStmt(AstExpr name) {
        if (!(name instanceof Name)) return false;
        String id = ((Name) name).id;
        return id.equals("print") || id.equals("exec");
    }

    /**
     * {@code from module import names}. In CPython 3.13.0 (the reference binary) a
     * {@code from __future__ import barry_as_FLUFL} in the source does not change how the
     * rest of it parses: the flag only comes from the compiler flags (or the REPL). 3.13.5's
     * _PyPegen_checked_future_import sets it here; pyjama keeps 3.13.0's behaviour.
     */
    final AstStmt checkedFutureImport(String module, List<Alias> names, int level,
                                      int lineno, int col, int endLineno, int endCol) {
        return new ImportFrom(module, names, level, lineno, col, endLineno, endCol);
    }

    // ------------------------------------------------------------------------------------
    // Error helpers

    /** What the error messages call an expression. */
    // CPython: Parser/action_helpers.c _PyPegen_get_expr_name
    static String getExprName(AstExpr e) {
        if (e instanceof Attribute) return "attribute";
        if (e instanceof Subscript) return "subscript";
        if (e instanceof Starred) return "starred";
        if (e instanceof Name) return "name";
        if (e instanceof dev.pyjama.ast.List) return "list";
        if (e instanceof Tuple) return "tuple";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof Call) return "function call";
        if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof Yield || e instanceof YieldFrom) return "yield expression";
        if (e instanceof Await) return "await expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof SetComp) return "set comprehension";
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof Dict) return "dict literal";
        if (e instanceof dev.pyjama.ast.Set) return "set display";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "f-string expression";
        if (e instanceof Constant) {
            PyObject v = ((Constant) e).value;
            if (v == PyNone.NONE) return "None";
            if (v == PyBool.FALSE) return "False";
            if (v == PyBool.TRUE) return "True";
            if (v == PyEllipsis.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Compare) return "comparison";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof NamedExpr) return "named expression";
        throw new IllegalStateException("unexpected expression in assignment " + e.pyName() + " (line " + e.lineno + ")");
    }

    static AstExpr getLastComprehensionItem(Comprehension c) {
        if (c.ifs == null || c.ifs.isEmpty()) return c.iter;
        return lastItem(c.ifs);
    }

    /** The part of an assignment or deletion target that cannot be one, or null. */
    // CPython: Parser/action_helpers.c _PyPegen_get_invalid_target
    static AstExpr getInvalidTarget(AstExpr e, TargetsType type) {
        if (e == null) return null;
        if (e instanceof dev.pyjama.ast.List || e instanceof Tuple) {
            List<AstExpr> elts = e instanceof Tuple ? ((Tuple) e).elts : ((dev.pyjama.ast.List) e).elts;
            for (AstExpr other : elts) {
                AstExpr child = getInvalidTarget(other, type);
                if (child != null) return child;
            }
            return null;
        }
        if (e instanceof Starred) {
            if (type == TargetsType.DEL_TARGETS) return e;
            return getInvalidTarget(((Starred) e).value, type);
        }
        if (e instanceof Compare) {
            // In 'for a in b', 'a in b' parses as a comparison: look at its left side.
            if (type == TargetsType.FOR_TARGETS) {
                Compare c = (Compare) e;
                if (c.ops.get(0) == AstCmpop.In) return getInvalidTarget(c.left, type);
                return null;
            }
            return e;
        }
        if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) return null;
        return e;
    }

    final <T> T raiseSyntaxErrorInvalidTarget(TargetsType type, AstExpr e) {
        AstExpr invalid = getInvalidTarget(e, type);
        if (invalid != null) {
            String msg = type == TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            return raiseSyntaxErrorKnownLocation(invalid, msg + getExprName(invalid));
        }
        return null;
    }

    final <T> T argumentsParsingError(AstExpr e) {
        boolean kwargUnpacking = false;
        for (Keyword k : ((Call) e).keywords) {
            if (k.arg == null) kwargUnpacking = true;
        }
        throw syntaxError(kwargUnpacking
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument");
    }

    final <T> T nonparenGenexpInCall(AstExpr args, List<Comprehension> comprehensions) {
        List<AstExpr> a = ((Call) args).args;
        int len = a.size();
        if (len <= 1) return null;
        return raiseSyntaxErrorKnownRange(a.get(len - 1), getLastComprehensionItem(lastItem(comprehensions)),
                "Generator expression must be parenthesized");
    }

    // Positions of tokens and nodes, for the raise helpers.

    private static int[] pos(Object o) {
        if (o instanceof Token) {
            Token t = (Token) o;
            return new int[] {t.lineno, t.colOffset, t.endLineno, t.endColOffset};
        }
        if (o instanceof AstExpr) {
            AstExpr e = (AstExpr) o;
            return new int[] {e.lineno, e.colOffset, e.endLineno, e.endColOffset};
        }
        if (o instanceof AstPattern) {
            AstPattern e = (AstPattern) o;
            return new int[] {e.lineno, e.colOffset, e.endLineno, e.endColOffset};
        }
        if (o instanceof AstStmt) {
            AstStmt e = (AstStmt) o;
            return new int[] {e.lineno, e.colOffset, e.endLineno, e.endColOffset};
        }
        if (o instanceof Arg) {
            Arg e = (Arg) o;
            return new int[] {e.lineno, e.colOffset, e.endLineno, e.endColOffset};
        }
        throw new IllegalStateException("no position for " + o);
    }

    final <T> T raiseSyntaxError(String msg) {
        throw syntaxError(msg);
    }

    final <T> T raiseIndentationError(String msg) {
        throw errorAt("IndentationError", false, msg);
    }

    final <T> T raiseSyntaxErrorKnownLocation(Object a, String msg) {
        int[] p = pos(a);
        throw errorKnownLocation("SyntaxError", p[0], p[1], p[2], p[3], msg);
    }

    final <T> T raiseSyntaxErrorKnownRange(Object a, Object b, String msg) {
        int[] p = pos(a);
        int[] q = pos(b);
        throw errorKnownLocation("SyntaxError", p[0], p[1], q[2], q[3], msg);
    }

    final <T> T raiseSyntaxErrorStartingFrom(Object a, String msg) {
        int[] p = pos(a);
        throw errorKnownLocation("SyntaxError", p[0], p[1], CURRENT_POS, CURRENT_POS, msg);
    }

    final <T> T raiseSyntaxErrorOnNextToken(String msg) {
        throw errorAt("SyntaxError", true, msg);
    }

    final <T> T raiseErrorKnownLocation(String type, int lineno, int col, int endLineno, int endCol, String msg) {
        throw errorKnownLocation(type, lineno, col, endLineno, endCol, msg);
    }

    // ------------------------------------------------------------------------------------
    // Strings and f-strings

    final AstExpr constantFromString(Token tok) {
        PyObject s = strings.parseString(tok);
        String kind = tok.text().startsWith("u") ? "u" : null;
        return new Constant(s, kind, tok.lineno, tok.colOffset, tok.endLineno, tok.endColOffset);
    }

    /** An f-string's literal part, as text: the token's bytes must be UTF-8 (else UnicodeDecodeError). */
    // CPython: Parser/action_helpers.c _PyPegen_constant_from_token
    final AstExpr constantFromToken(Token tok) {
        String err = Utf8.decodeErrorMessage(tok.buffer(), tok.start, tok.end);
        if (err != null) {
            throw new PyException("UnicodeDecodeError", err);
        }
        return new Constant(PyStr.of(tok.text()), null, tok.lineno, tok.colOffset, tok.endLineno, tok.endColOffset);
    }

    /** An f-string format spec's literal part, escapes decoded; a decode error goes through as it is. */
    // CPython: Parser/action_helpers.c _PyPegen_decoded_constant_from_token
    final AstExpr decodedConstantFromToken(Token tok) {
        PyObject s;
        try {
            s = strings.decodeString(false, tok.buffer(), tok.start, tok.end, tok);
        } catch (StringLiterals.DecodeFailure f) {
            throw f.raw();
        }
        return new Constant(s, null, tok.lineno, tok.colOffset, tok.endLineno, tok.endColOffset);
    }

    // CPython: Parser/action_helpers.c _PyPegen_decode_fstring_part
    private AstExpr decodeFstringPart(boolean isRaw, Constant constant, Token token) {
        String s = ((PyStr) constant.value).value();
        String text = s.equals("{{") || s.equals("}}") ? s.substring(0, 1) : s;
        isRaw = isRaw || s.indexOf('\\') < 0;
        PyObject str;
        try {
            str = strings.decodeString(isRaw, text, token);
        } catch (StringLiterals.DecodeFailure f) {
            throw strings.reported(f);
        }
        return new Constant(str, null, constant.lineno, constant.colOffset, constant.endLineno, constant.endColOffset);
    }

    private static boolean isEmptyStr(AstExpr e) {
        return e instanceof Constant && ((Constant) e).value instanceof PyStr && ((PyStr) ((Constant) e).value).value().isEmpty();
    }

    /** One f-string: its literal parts decoded, debug-expression pairs spliced in. */
    // CPython: Parser/action_helpers.c _PyPegen_joined_str
    final AstExpr joinedStr(Token a, List<AstExpr> expr, Token b) {
        boolean isRaw = a.text().indexOf('r') >= 0 || a.text().indexOf('R') >= 0;
        List<AstExpr> seq = new ArrayList<>();
        for (AstExpr item : expr) {
            if (item instanceof JoinedStr) {
                // The text-and-value pair of a debug expression (f"{x=}").
                List<AstExpr> values = ((JoinedStr) item).values;
                seq.add(values.get(0));
                seq.add(values.get(1));
                continue;
            }
            if (item instanceof Constant) {
                item = decodeFstringPart(isRaw, (Constant) item, b);
                if (isEmptyStr(item)) continue;
            }
            seq.add(item);
        }
        return new JoinedStr(seq, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    final ResultTokenWithMetadata checkFstringConversion(Token convToken, AstExpr conv) {
        if (convToken.lineno != conv.lineno || convToken.endColOffset != conv.colOffset) {
            return raiseSyntaxErrorKnownRange(convToken, conv,
                    "f-string: conversion type must come right after the exclamanation mark");
        }
        return new ResultTokenWithMetadata(conv, convToken.metadata);
    }

    final ResultTokenWithMetadata setupFullFormatSpec(Token colon, List<AstExpr> spec,
                                                      int lineno, int col, int endLineno, int endCol) {
        if (spec == null) return null;
        List<AstExpr> items = new ArrayList<>(spec.size());
        for (AstExpr item : spec) {
            if (!isEmptyStr(item)) items.add(item);
        }
        AstExpr res;
        if (items.isEmpty() || (items.size() == 1 && items.get(0) instanceof Constant)) {
            res = new JoinedStr(items, lineno, col, endLineno, endCol);
        } else {
            res = concatenateStrings(items, lineno, col, endLineno, endCol);
        }
        return new ResultTokenWithMetadata(res, colon.metadata);
    }

    /** A replacement field of an f-string. */
    // CPython: Parser/action_helpers.c _PyPegen_formatted_value
    final AstExpr formattedValue(AstExpr expression, Token debug, ResultTokenWithMetadata conversion,
                                 ResultTokenWithMetadata format, Token closingBrace,
                                 int lineno, int col, int endLineno, int endCol) {
        int conversionVal = -1;
        if (conversion != null) {
            AstExpr convExpr = (AstExpr) conversion.result();
            String id = nameId(convExpr);
            int first = id.codePointAt(0);
            if (id.codePointCount(0, id.length()) > 1 || !(first == 's' || first == 'r' || first == 'a')) {
                return raiseSyntaxErrorKnownLocation(convExpr,
                        "f-string: invalid conversion character " + PyStr.of(id).repr() + ": expected 's', 'r', or 'a'");
            }
            conversionVal = first;
        } else if (debug != null && format == null) {
            conversionVal = 'r';
        }
        AstExpr formatted = new FormattedValue(expression, conversionVal,
                format != null ? (AstExpr) format.result() : null, lineno, col, endLineno, endCol);
        if (debug == null) {
            return formatted;
        }
        int debugEndLine, debugEndOffset;
        Object debugMetadata;
        if (conversion != null) {
            AstExpr c = (AstExpr) conversion.result();
            debugEndLine = c.lineno;
            debugEndOffset = c.colOffset;
            debugMetadata = conversion.metadata();
        } else if (format != null) {
            AstExpr f = (AstExpr) format.result();
            debugEndLine = f.lineno;
            debugEndOffset = f.colOffset + 1;
            debugMetadata = format.metadata();
        } else {
            debugEndLine = endLineno;
            debugEndOffset = endCol;
            debugMetadata = closingBrace.metadata;
        }
        AstExpr debugText = new Constant(PyStr.of((String) debugMetadata), null, lineno, col + 1, debugEndLine, debugEndOffset - 1);
        List<AstExpr> values = new ArrayList<>(2);
        values.add(debugText);
        values.add(formatted);
        return new JoinedStr(values, lineno, col, debugEndLine, debugEndOffset);
    }

    /** Implicit concatenation of adjacent string literals and f-strings. */
    // CPython: Parser/action_helpers.c _PyPegen_concatenate_strings
    final AstExpr concatenateStrings(List<AstExpr> strings, int lineno, int col, int endLineno, int endCol) {
        boolean fstringFound = false, unicodeFound = false, bytesFound = false;
        for (AstExpr elem : strings) {
            if (elem instanceof Constant) {
                if (((Constant) elem).value instanceof PyBytes) bytesFound = true;
                else unicodeFound = true;
            } else {
                fstringFound = true;
            }
        }
        if ((unicodeFound || fstringFound) && bytesFound) {
            throw syntaxError("cannot mix bytes and nonbytes literals");
        }
        if (bytesFound) {
            java.io.ByteArrayOutputStream res = new java.io.ByteArrayOutputStream();
            String kind = ((Constant) strings.get(0)).kind;
            for (AstExpr elem : strings) {
                byte[] b = ((PyBytes) ((Constant) elem).value).value;
                res.write(b, 0, b.length);
            }
            return new Constant(new PyBytes(res.toByteArray()), kind, lineno, col, endLineno, endCol);
        }
        if (!fstringFound && strings.size() == 1) {
            return strings.get(0);
        }
        List<AstExpr> flattened = new ArrayList<>();
        for (AstExpr elem : strings) {
            if (elem instanceof JoinedStr) flattened.addAll(((JoinedStr) elem).values);
            else flattened.add(elem);
        }
        List<AstExpr> values = new ArrayList<>();
        int n = flattened.size();
        for (int i = 0; i < n; i++) {
            AstExpr elem = flattened.get(i);
            if (elem instanceof Constant) {
                if (i + 1 < n && flattened.get(i + 1) instanceof Constant) {
                    // Fold this constant and the constants after it; the first one's kind wins.
                    Constant first = (Constant) elem;
                    PyStr joined = (PyStr) first.value;
                    Constant last = first;
                    int j = i + 1;
                    for (; j < n; j++) {
                        AstExpr cur = flattened.get(j);
                        if (!(cur instanceof Constant)) break;
                        joined = joined.concat((PyStr) ((Constant) cur).value);
                        last = (Constant) cur;
                    }
                    i = j - 1;
                    elem = new Constant(joined, first.kind, first.lineno, first.colOffset,
                            last.endLineno, last.endColOffset);
                }
                if (fstringFound && isEmptyStr(elem)) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fstringFound) {
            return values.get(0);
        }
        return new JoinedStr(values, lineno, col, endLineno, endCol);
    }

    /** Reports an invalid escape sequence as CPython's SyntaxWarning. */
    final void warnInvalidEscape(String msg, int lineno) {
        if (callInvalidRules) return;
        Warnings.warnExplicit(context, "SyntaxWarning", msg, lineno);
    }
}
