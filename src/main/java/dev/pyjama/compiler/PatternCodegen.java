package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.ast.*;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.objects.PyTuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Code generation for the match statement (PEP 634). Every pattern routine consumes the
 * subject on top of the stack and jumps to a "fail pop" label on failure; names captured
 * are kept on the stack under the items in use and stored only once the whole pattern
 * matched.
 */
// CPython: Python/compile.c compiler_match, compiler_pattern_* and pattern_helper_*
abstract class PatternCodegen extends FunctionCodegen {

    PatternCodegen(CompileContext ctx, SymbolTable st, FutureFeatures future, int flags, int optimize) {
        super(ctx, st, future, flags, optimize);
    }

    /** The state of the case being compiled. */
    // CPython: Python/compile.c pattern_context
    private static final class PatternContext {
        /** The names captured so far, in stack order. */
        List<String> stores = new ArrayList<>();
        /** Whether an irrefutable pattern is allowed here. */
        boolean allowIrrefutable;
        /** fail_pop[n] pops n items then fails; created on demand. */
        int[] failPop = new int[0];
        /** How many items on top of the stack the current pattern keeps. */
        int onTop;

        PatternContext copy() {
            PatternContext c = new PatternContext();
            c.stores = stores;
            c.allowIrrefutable = allowIrrefutable;
            c.failPop = failPop;
            c.onTop = onTop;
            return c;
        }
    }

    private static boolean isWildcard(AstPattern p) {
        return p instanceof MatchAs as && as.name == null;
    }

    private static boolean isStarWildcard(AstPattern p) {
        return p instanceof MatchStar star && star.name == null;
    }

    // CPython: Python/compile.c ensure_fail_pop
    private void ensureFailPop(PatternContext pc, int n) {
        int size = n + 1;
        if (size <= pc.failPop.length) {
            return;
        }
        int old = pc.failPop.length;
        pc.failPop = java.util.Arrays.copyOf(pc.failPop, size);
        for (int i = old; i < size; i++) {
            pc.failPop[i] = newLabel();
        }
    }

    /** Jumps with {@code op} to the label that pops what is on top and the captures so far. */
    // CPython: Python/compile.c jump_to_fail_pop
    private void jumpToFailPop(Location loc, PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        addopJump(loc, op, pc.failPop[pops]);
    }

    // CPython: Python/compile.c emit_and_reset_fail_pop
    private void emitAndResetFailPop(Location loc, PatternContext pc) {
        if (pc.failPop.length == 0) {
            return;
        }
        for (int i = pc.failPop.length - 1; i > 0; i--) {
            useLabel(pc.failPop[i]);
            addop(loc, POP_TOP);
        }
        useLabel(pc.failPop[0]);
        pc.failPop = new int[0];
    }

    private PySyntaxError duplicateStore(Location loc, String name) {
        return error(loc, "multiple assignments to name " + PyStr.of(name).repr() + " in pattern");
    }

    /** Moves the top item {@code count - 1} places down (3.10's ROT_N, made of SWAPs). */
    // CPython: Python/compile.c pattern_helper_rotate
    private void rotate(Location loc, int count) {
        while (1 < count) {
            addopI(loc, SWAP, count--);
        }
    }

    // CPython: Python/compile.c pattern_helper_store_name
    private void storeName(Location loc, String name, PatternContext pc) {
        if (name == null) {
            addop(loc, POP_TOP);
            return;
        }
        checkForbiddenName(loc, name, AstExprContext.Store);
        if (pc.stores.contains(name)) {
            throw duplicateStore(loc, name);
        }
        // Put the capture under everything still in use.
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    // CPython: Python/compile.c pattern_unpack_helper
    private void patternUnpackHelper(Location loc, List<AstPattern> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            AstPattern elt = elts.get(i);
            if (elt instanceof MatchStar && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error(loc, "too many expressions in star-unpacking sequence pattern");
                }
                addopI(loc, UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof MatchStar) {
                throw error(loc, "multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) {
            addopI(loc, UNPACK_SEQUENCE, n);
        }
    }

    // CPython: Python/compile.c pattern_helper_sequence_unpack
    private void sequenceUnpack(Location loc, List<AstPattern> patterns, PatternContext pc) {
        patternUnpackHelper(loc, patterns);
        int size = patterns.size();
        // The new subjects stay on the stack while each subpattern is matched.
        pc.onTop += size;
        for (AstPattern pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
    }

    /** Like sequenceUnpack, with BINARY_SUBSCR: for patterns with a starred wildcard. */
    // CPython: Python/compile.c pattern_helper_sequence_subscr
    private void sequenceSubscr(Location loc, List<AstPattern> patterns, int star, PatternContext pc) {
        // The subject stays while elements are extracted.
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            AstPattern pattern = patterns.get(i);
            if (isWildcard(pattern) || i == star) {
                continue;
            }
            addopI(loc, COPY, 1);
            if (i < star) {
                loadConst(loc, PyInt.of(i));
            } else {
                // The subject may not take negative indices.
                addop(loc, GET_LEN);
                loadConst(loc, PyInt.of(size - i));
                addopBinary(loc, AstOperator.Sub, false);
            }
            addop(loc, BINARY_SUBSCR);
            subpattern(pattern, pc);
        }
        pc.onTop--;
        addop(loc, POP_TOP);
    }

    /** A pattern inside another: irrefutable ones are fine there. */
    // CPython: Python/compile.c compiler_pattern_subpattern
    private void subpattern(AstPattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    // CPython: Python/compile.c compiler_pattern_as
    private void patternAs(MatchAs p, PatternContext pc) {
        Location loc = loc(p);
        if (p.pattern == null) {
            if (!pc.allowIrrefutable) {
                if (p.name != null) {
                    throw error(loc, "name capture " + PyStr.of(p.name).repr() + " makes remaining patterns unreachable");
                }
                throw error(loc, "wildcard makes remaining patterns unreachable");
            }
            storeName(loc, p.name, pc);
            return;
        }
        // Keep a copy to store on success.
        pc.onTop++;
        addopI(loc, COPY, 1);
        pattern(p.pattern, pc);
        pc.onTop--;
        storeName(loc, p.name, pc);
    }

    // CPython: Python/compile.c validate_kwd_attrs
    private void validateKwdAttrs(List<String> attrs, List<AstPattern> patterns) {
        // Errors point at the patterns: the attribute names have no location.
        for (int i = 0; i < attrs.size(); i++) {
            String attr = attrs.get(i);
            checkForbiddenName(loc(patterns.get(i)), attr, AstExprContext.Store);
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attr.equals(attrs.get(j))) {
                    throw error(loc(patterns.get(j)), "attribute name repeated in class pattern: " + attr);
                }
            }
        }
    }

    // CPython: Python/compile.c compiler_pattern_class
    private void patternClass(MatchClass p, PatternContext pc) {
        Location loc = loc(p);
        int nargs = p.patterns.size();
        int nattrs = p.kwdAttrs.size();
        if (nattrs != p.kwdPatterns.size()) {
            throw error(loc, "kwd_attrs (" + nattrs + ") / kwd_patterns (" + p.kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        if (nattrs > 0) {
            validateKwdAttrs(p.kwdAttrs, p.kwdPatterns);
        }
        visitExpr(p.cls);
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = PyStr.of(p.kwdAttrs.get(i));
        loadConst(loc, PyTuple.of(names));
        addopI(loc, MATCH_CLASS, nargs);
        addopI(loc, COPY, 1);
        loadConst(loc, PyNone.NONE);
        addopI(loc, IS_OP, 1);
        // On top: a tuple of nargs + nattrs attributes, or None.
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        addopI(loc, UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            AstPattern pattern = i < nargs ? p.patterns.get(i) : p.kwdPatterns.get(i - nargs);
            if (isWildcard(pattern)) {
                addop(loc, POP_TOP);
                continue;
            }
            subpattern(pattern, pc);
        }
    }

    // CPython: Python/compile.c compiler_pattern_mapping
    private void patternMapping(MatchMapping p, PatternContext pc) {
        Location loc = loc(p);
        List<AstExpr> keys = p.keys;
        int size = keys.size();
        if (size != p.patterns.size()) {
            throw error(loc, "keys (" + size + ") / patterns (" + p.patterns.size()
                    + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest;
        // The subject stays on top for the mapping and length checks.
        pc.onTop++;
        addop(loc, MATCH_MAPPING);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            // Just "{}": done.
            pc.onTop--;
            addop(loc, POP_TOP);
            return;
        }
        if (size > 0) {
            addop(loc, GET_LEN);
            loadConst(loc, PyInt.of(size));
            addopCompare(loc, AstCmpop.GtE);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        // The keys (literals or dotted names) go into a tuple for MATCH_KEYS; literal
        // duplicates are an error.
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            AstExpr key = keys.get(i);
            if (key == null) {
                throw error(loc(p.patterns.get(i)),
                        "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key instanceof Constant c) {
                if (!seen.add(equalityKey(c.value))) {
                    throw error(loc, "mapping pattern checks duplicate key (" + c.value.repr() + ")");
                }
            } else if (!(key instanceof Attribute)) {
                throw error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            visitExpr(key);
        }
        addopI(loc, BUILD_TUPLE, size);
        addop(loc, MATCH_KEYS);
        // A tuple of keys and a tuple of values (or None) now sit on the subject.
        pc.onTop += 2;
        addopI(loc, COPY, 1);
        loadConst(loc, PyNone.NONE);
        addopI(loc, IS_OP, 1);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        addopI(loc, UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (AstPattern pattern : p.patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
        // A match: what follows consumes the keys tuple and the subject.
        pc.onTop -= 2;
        if (starTarget != null) {
            // rest = dict(subject); del rest[key] for each key.
            addopI(loc, BUILD_MAP, 0);
            addopI(loc, SWAP, 3);
            addopI(loc, DICT_UPDATE, 2);
            addopI(loc, UNPACK_SEQUENCE, size);
            while (size > 0) {
                addopI(loc, COPY, 1 + size--);
                addopI(loc, SWAP, 2);
                addop(loc, DELETE_SUBSCR);
            }
            storeName(loc, starTarget, pc);
        } else {
            addop(loc, POP_TOP);
            addop(loc, POP_TOP);
        }
    }

    /**
     * A value that is equal for constants Python's set would treat as the same key:
     * {@code 1}, {@code 1.0}, {@code True} and {@code (1+0j)} are all one key.
     */
    static Object equalityKey(PyObject v) {
        if (v instanceof PyBool b) {
            return java.math.BigInteger.valueOf(b.value ? 1 : 0);
        }
        if (v instanceof PyInt i) {
            return i.bigValue();
        }
        if (v instanceof PyFloat f) {
            return numberKey(f.value);
        }
        if (v instanceof PyComplex c) {
            if (c.imag == 0.0) {
                return numberKey(c.real);
            }
            return List.of("complex", numberKey(c.real), numberKey(c.imag));
        }
        if (v instanceof PyStr s) {
            return List.of("str", s.value());
        }
        if (v instanceof dev.pyjama.objects.PyBytes b) {
            return List.of("bytes", java.util.HexFormat.of().formatHex(b.value));
        }
        // None, Ellipsis and other singletons: identity.
        return v;
    }

    private static Object numberKey(double d) {
        if (Double.isNaN(d)) {
            return new Object(); // nan equals nothing, itself included
        }
        if (Double.isInfinite(d)) {
            return d;
        }
        if (d == Math.rint(d)) {
            return new BigDecimal(d).toBigIntegerExact();
        }
        return d;
    }

    // CPython: Python/compile.c compiler_pattern_or
    private void patternOr(MatchOr p, PatternContext pc) {
        Location loc = loc(p);
        int end = newLabel();
        int size = p.patterns.size();
        PatternContext old = pc.copy();
        // The names bound by the first alternative: the others must bind the same ones,
        // and their captures are reordered to match.
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            AstPattern alt = p.patterns.get(i);
            pc.stores = new ArrayList<>();
            // Only the last alternative may be irrefutable (if irrefutable is allowed at all).
            pc.allowIrrefutable = i == size - 1 && old.allowIrrefutable;
            pc.failPop = new int[0];
            pc.onTop = 0;
            addopI(loc(alt), COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error(loc, "alternative patterns bind different names");
            } else if (nstores > 0) {
                int icontrol = nstores;
                while (icontrol-- > 0) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw error(loc, "alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        // Move the captures into control's order, on the stack and in stores.
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(loc(alt), icontrol + 1);
                        }
                    }
                }
            }
            addopJump(loc(alt), JUMP, end);
            emitAndResetFailPop(loc(alt), pc);
        }
        pc.stores = old.stores;
        pc.allowIrrefutable = old.allowIrrefutable;
        pc.failPop = old.failPop;
        pc.onTop = old.onTop;
        // No alternative matched: pop the subject copy and fail.
        addop(loc, POP_TOP);
        jumpToFailPop(loc, pc, JUMP);

        useLabel(end);
        int nstores = control.size();
        // Between the new captures and their place: the other captures, the subject copy,
        // whatever is on top, and the earlier captures.
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw duplicateStore(loc, name);
            }
            pc.stores.add(name);
        }
        // Pop the subject copy.
        addop(loc, POP_TOP);
    }

    // CPython: Python/compile.c compiler_pattern_sequence
    private void patternSequence(MatchSequence p, PatternContext pc) {
        Location loc = loc(p);
        List<AstPattern> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            AstPattern pattern = patterns.get(i);
            if (pattern instanceof MatchStar) {
                if (star >= 0) {
                    throw error(loc, "multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pattern);
        }
        // The subject stays on top for the sequence and length checks.
        pc.onTop++;
        addop(loc, MATCH_SEQUENCE);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            addop(loc, GET_LEN);
            loadConst(loc, PyInt.of(size));
            addopCompare(loc, AstCmpop.Eq);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            addop(loc, GET_LEN);
            loadConst(loc, PyInt.of(size - 1));
            addopCompare(loc, AstCmpop.GtE);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            // [] / [_] / [*_] / [_, *_] ...
            addop(loc, POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc);
        }
    }

    // CPython: Python/compile.c compiler_pattern_value
    private void patternValue(MatchValue p, PatternContext pc) {
        Location loc = loc(p);
        if (!(p.value instanceof Constant || p.value instanceof Attribute)) {
            throw error(loc, "patterns may only match literals and attribute lookups");
        }
        visitExpr(p.value);
        addopCompare(loc, AstCmpop.Eq);
        addop(loc, TO_BOOL);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
    }

    // CPython: Python/compile.c compiler_pattern
    private void pattern(AstPattern p, PatternContext pc) {
        if (p instanceof MatchValue v) {
            patternValue(v, pc);
        } else if (p instanceof MatchSingleton s) {
            loadConst(loc(p), s.value);
            addopCompare(loc(p), AstCmpop.Is);
            jumpToFailPop(loc(p), pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof MatchSequence s) {
            patternSequence(s, pc);
        } else if (p instanceof MatchMapping m) {
            patternMapping(m, pc);
        } else if (p instanceof MatchClass c) {
            patternClass(c, pc);
        } else if (p instanceof MatchStar s) {
            storeName(loc(p), s.name, pc);
        } else if (p instanceof MatchAs as) {
            patternAs(as, pc);
        } else if (p instanceof MatchOr or) {
            patternOr(or, pc);
        } else {
            throw error(loc(p), "invalid match pattern node in AST (kind=" + p.pyName() + ")");
        }
    }

    // CPython: Python/compile.c compiler_match_inner
    final void visitMatch(Match s) {
        visitExpr(s.subject);
        int end = newLabel();
        int cases = s.cases.size();
        MatchCase m = s.cases.get(cases - 1);
        int hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
        PatternContext pc = new PatternContext();
        for (int i = 0; i < cases - hasDefault; i++) {
            m = s.cases.get(i);
            Location ploc = loc(m.pattern);
            // Copy the subject unless this is the last case.
            if (i != cases - hasDefault - 1) {
                addopI(ploc, COPY, 1);
            }
            pc.stores = new ArrayList<>();
            // Irrefutable cases must be guarded, last, or both.
            pc.allowIrrefutable = m.guard != null || i == cases - 1;
            pc.failPop = new int[0];
            pc.onTop = 0;
            pattern(m.pattern, pc);
            // A match: store the captures (they are on the stack).
            for (String name : pc.stores) {
                nameop(ploc, name, AstExprContext.Store);
            }
            if (m.guard != null) {
                ensureFailPop(pc, 0);
                jumpIf(ploc, m.guard, pc.failPop[0], false);
            }
            if (i != cases - hasDefault - 1) {
                addop(ploc, POP_TOP);
            }
            visitStmts(m.body);
            addopJump(NO_LOCATION, JUMP, end);
            // A failed pattern's cleanup belongs to the pattern's line, not the body's last.
            emitAndResetFailPop(ploc, pc);
        }
        if (hasDefault == 1) {
            // A trailing "case _": no need to copy and pop the subject for it.
            m = s.cases.get(cases - 1);
            Location ploc = loc(m.pattern);
            if (cases == 1) {
                addop(ploc, POP_TOP);
            } else {
                // Line coverage for the default case.
                addop(ploc, NOP);
            }
            if (m.guard != null) {
                jumpIf(ploc, m.guard, end, false);
            }
            visitStmts(m.body);
        }
        useLabel(end);
    }
}
