package dev.pyjama.modules.sre;

import static dev.pyjama.modules.sre.SreConstants.*;

/**
 * The matcher: runs the code words from one position, backtracking with an explicit stack of
 * contexts as CPython's SRE(match) does with its DO_JUMP macros, so a long subject never
 * deepens the Java stack. A "call" pushes a context for a sub-pattern and restarts the loop
 * there; when that context ends (success or failure), the parent resumes at the point its
 * {@code jump} code names, with {@code ret} the child's result. Saved marks and the repeats'
 * last positions go on a separate int stack, pushed and popped in the same order as CPython's.
 */
// CPython: Modules/_sre/sre_lib.h SRE(match)
final class SreMatcher {
    /** A REPEAT's context: how many items matched, its words, the position its last item started. */
    // CPython: Modules/_sre/sre.h SRE_REPEAT
    static final class Repeat {
        long count;
        int pattern;
        int lastPtr;
        Repeat prev;
    }

    /** One level of the backtracking stack. */
    // CPython: Modules/_sre/sre_lib.h SRE(match_context)
    private static final class Ctx {
        long count;
        int chr;
        Repeat rep;
        int lastmark, lastindex;
        int pattern, ptr;
        boolean toplevel;
        int jump;
    }

    /** Raised for corrupt code (CPython's SRE_ERROR_ILLEGAL and SRE_ERROR_STATE). */
    static final class InternalError extends RuntimeException {
        InternalError() {
            super("internal error in regular expression engine", null, false, false);
        }
    }

    private static final int JUMP_NONE = 0, JUMP_MAX_UNTIL_1 = 1, JUMP_MAX_UNTIL_2 = 2, JUMP_MAX_UNTIL_3 = 3,
            JUMP_MIN_UNTIL_1 = 4, JUMP_MIN_UNTIL_2 = 5, JUMP_MIN_UNTIL_3 = 6, JUMP_REPEAT = 7,
            JUMP_REPEAT_ONE_1 = 8, JUMP_REPEAT_ONE_2 = 9, JUMP_MIN_REPEAT_ONE = 10, JUMP_BRANCH = 11,
            JUMP_ASSERT = 12, JUMP_ASSERT_NOT = 13, JUMP_POSS_REPEAT_1 = 14, JUMP_POSS_REPEAT_2 = 15,
            JUMP_ATOMIC_GROUP = 16;

    /** What the loop does next. */
    private static final int ENTER = 0, DISPATCH = 1, SUCCESS = 2, FAILURE = 3;

    private final SreState st;
    private final int[] code;
    private final int[] text;
    private Ctx[] ctxs = new Ctx[32];
    private int depth;
    private int[] data = new int[64];
    private int dtop;
    /** The current context, pattern position (after the opcode being run) and subject position. */
    private Ctx ctx;
    private int pc, ptr;

    SreMatcher(SreState st) {
        this.st = st;
        this.code = st.code;
        this.text = st.text;
    }

    void clearStacks() {
        depth = 0;
        dtop = 0;
    }

    /** Matches the words at {@code start} from {@code st.ptr}: 1 on success (st.ptr is the end), else 0. */
    int match(int start, boolean toplevel) {
        // SRE(count) re-enters the matcher for one-character sub-patterns: keep the caller's registers
        Ctx savedCtx = ctx;
        int savedPc = pc, savedPtr = ptr, base = depth;
        try {
            ctx = push(start, toplevel, JUMP_NONE);
            pc = start;
            int action = ENTER;
            for (;;) {
                switch (action) {
                    case ENTER:
                        action = enter();
                        break;
                    case DISPATCH:
                        action = dispatch();
                        break;
                    default: {
                        int ret = action == SUCCESS ? 1 : 0;
                        int jump = ctx.jump;
                        depth--;
                        if (depth == base) return ret;
                        ctx = ctxs[depth - 1];
                        pc = ctx.pattern;
                        ptr = ctx.ptr;
                        action = resume(jump, ret);
                    }
                }
            }
        } finally {
            ctx = savedCtx;
            pc = savedPc;
            ptr = savedPtr;
            depth = base;
        }
    }

    private Ctx push(int pattern, boolean toplevel, int jump) {
        if (depth == ctxs.length) ctxs = java.util.Arrays.copyOf(ctxs, depth * 2);
        Ctx c = ctxs[depth];
        if (c == null) ctxs[depth] = c = new Ctx();
        depth++;
        c.pattern = pattern;
        c.toplevel = toplevel;
        c.jump = jump;
        c.rep = null;
        return c;
    }

    /** DO_JUMP: saves where this context stands and enters {@code next} in a new one. */
    private int call(int jump, int next, boolean toplevel) {
        ctx.pattern = pc;
        ctx.ptr = ptr;
        ctx = push(next, toplevel, jump);
        pc = next;
        return ENTER;
    }

    private int call(int jump, int next) {
        return call(jump, next, ctx.toplevel);
    }

    // ---- the data stack: saved marks and last_ptr values

    private void dataPush(int v) {
        if (dtop == data.length) data = java.util.Arrays.copyOf(data, dtop * 2);
        data[dtop++] = v;
    }

    private void markPush(int lastmark) {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (dtop + n > data.length) data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, dtop + n));
        System.arraycopy(st.mark, 0, data, dtop, n);
        dtop += n;
    }

    private void markPop(int lastmark) {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        System.arraycopy(data, dtop - n, st.mark, 0, n);
        dtop -= n;
    }

    private void markPopKeep(int lastmark) {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        System.arraycopy(data, dtop - n, st.mark, 0, n);
    }

    private void markPopDiscard(int lastmark) {
        if (lastmark >= 0) dtop -= lastmark + 1;
    }

    private void lastmarkSave() {
        ctx.lastmark = st.lastmark;
        ctx.lastindex = st.lastindex;
    }

    private void lastmarkRestore() {
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
    }

    /** The entrance: take state.ptr, and reject early when the INFO block's minimum length cannot fit. */
    private int enter() {
        ptr = st.ptr;
        if (code[pc] == OP_INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            long min = u(code[pc + 3]);
            if (min != 0 && st.end - ptr < min) return FAILURE;
            pc += code[pc + 1] + 1;
        }
        return DISPATCH;
    }

    /** Runs opcodes until one ends this context or calls a sub-pattern. */
    private int dispatch() {
        final int end = st.end;
        for (;;) {
            switch (code[pc++]) {
                case OP_MARK: {
                    int i = code[pc];
                    if ((i & 1) != 0) st.lastindex = i / 2 + 1;
                    if (i > st.lastmark) {
                        // marks skipped over were never set
                        for (int j = st.lastmark + 1; j < i; j++) st.mark[j] = -1;
                        st.lastmark = i;
                    }
                    st.mark[i] = ptr;
                    pc++;
                    break;
                }
                case OP_LITERAL:
                    if (ptr >= end || text[ptr] != code[pc]) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_NOT_LITERAL:
                    if (ptr >= end || text[ptr] == code[pc]) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_SUCCESS:
                    if (ctx.toplevel && ((st.matchAll && ptr != end) || (st.mustAdvance && ptr == st.start))) {
                        return FAILURE;
                    }
                    st.ptr = ptr;
                    return SUCCESS;
                case OP_AT:
                    if (!st.at(ptr, code[pc])) return FAILURE;
                    pc++;
                    break;
                case OP_CATEGORY:
                    if (ptr >= end || !SreChars.category(code[pc], text[ptr])) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_ANY:
                    if (ptr >= end || SreChars.isLinebreak(text[ptr])) return FAILURE;
                    ptr++;
                    break;
                case OP_ANY_ALL:
                    if (ptr >= end) return FAILURE;
                    ptr++;
                    break;
                case OP_IN:
                    if (ptr >= end || !st.charset(pc + 1, text[ptr])) return FAILURE;
                    pc += code[pc];
                    ptr++;
                    break;
                case OP_LITERAL_IGNORE:
                    if (ptr >= end || SreChars.lowerAscii(text[ptr]) != code[pc]) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_LITERAL_UNI_IGNORE:
                    if (ptr >= end || SreChars.lowerUnicode(text[ptr]) != code[pc]) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_LITERAL_LOC_IGNORE:
                    if (ptr >= end || !SreChars.charLocIgnore(code[pc], text[ptr])) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_NOT_LITERAL_IGNORE:
                    if (ptr >= end || SreChars.lowerAscii(text[ptr]) == code[pc]) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_NOT_LITERAL_UNI_IGNORE:
                    if (ptr >= end || SreChars.lowerUnicode(text[ptr]) == code[pc]) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || SreChars.charLocIgnore(code[pc], text[ptr])) return FAILURE;
                    pc++;
                    ptr++;
                    break;
                case OP_IN_IGNORE:
                    if (ptr >= end || !st.charset(pc + 1, SreChars.lowerAscii(text[ptr]))) return FAILURE;
                    pc += code[pc];
                    ptr++;
                    break;
                case OP_IN_UNI_IGNORE:
                    if (ptr >= end || !st.charset(pc + 1, SreChars.lowerUnicode(text[ptr]))) return FAILURE;
                    pc += code[pc];
                    ptr++;
                    break;
                case OP_IN_LOC_IGNORE:
                    if (ptr >= end || !st.charsetLocIgnore(pc + 1, text[ptr])) return FAILURE;
                    pc += code[pc];
                    ptr++;
                    break;
                case OP_JUMP:
                case OP_INFO:
                    pc += code[pc];
                    break;
                case OP_BRANCH:
                    // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                    lastmarkSave();
                    if (st.repeat != null) markPush(ctx.lastmark);
                    return branch();
                case OP_REPEAT_ONE:
                    return repeatOne();
                case OP_MIN_REPEAT_ONE:
                    return minRepeatOne();
                case OP_POSSESSIVE_REPEAT_ONE: {
                    // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                    if (ptr + u(code[pc + 1]) > end) return FAILURE;
                    st.ptr = ptr;
                    ctx.count = st.count(pc + 3, u(code[pc + 2]));
                    ptr += (int) ctx.count;
                    if (ctx.count < u(code[pc + 1])) return FAILURE;
                    pc += code[pc];
                    if (code[pc] == OP_SUCCESS && ptr == end && !(ctx.toplevel && st.mustAdvance && ptr == st.start)) {
                        st.ptr = ptr;
                        return SUCCESS;
                    }
                    break;
                }
                case OP_REPEAT: {
                    // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                    Repeat rep = new Repeat();
                    rep.count = -1;
                    rep.pattern = pc;
                    rep.prev = st.repeat;
                    rep.lastPtr = -1;
                    ctx.rep = rep;
                    st.repeat = rep;
                    st.ptr = ptr;
                    return call(JUMP_REPEAT, pc + code[pc]);
                }
                case OP_MAX_UNTIL:
                    return maxUntil();
                case OP_MIN_UNTIL:
                    return minUntil();
                case OP_POSSESSIVE_REPEAT: {
                    // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                    // 3.13.0 installs no repeat context here (3.13.5 does, which changes which
                    // marks a failed item inside leaves behind): the 3.13.0 binary is the reference
                    st.ptr = ptr;
                    ctx.count = 0;
                    return possessiveMin();
                }
                case OP_ATOMIC_GROUP:
                    // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                    st.ptr = ptr;
                    return call(JUMP_ATOMIC_GROUP, pc + 1, false);
                case OP_GROUPREF:
                case OP_GROUPREF_IGNORE:
                case OP_GROUPREF_UNI_IGNORE:
                case OP_GROUPREF_LOC_IGNORE:
                    if (!groupref(code[pc - 1], code[pc] * 2)) return FAILURE;
                    pc++;
                    break;
                case OP_GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                    int g = code[pc] * 2;
                    if (g >= st.lastmark) {
                        pc += code[pc + 1];
                        break;
                    }
                    int p = st.mark[g], e = st.mark[g + 1];
                    if (p < 0 || e < 0 || e < p) {
                        pc += code[pc + 1];
                        break;
                    }
                    pc += 2;
                    break;
                }
                case OP_ASSERT:
                    // <ASSERT> <skip> <back> <pattern>
                    if (ptr < u(code[pc + 1])) return FAILURE;
                    st.ptr = ptr - code[pc + 1];
                    return call(JUMP_ASSERT, pc + 2, false);
                case OP_ASSERT_NOT:
                    if (ptr >= u(code[pc + 1])) {
                        st.ptr = ptr - code[pc + 1];
                        lastmarkSave();
                        if (st.repeat != null) markPush(ctx.lastmark);
                        return call(JUMP_ASSERT_NOT, pc + 2, false);
                    }
                    pc += code[pc];
                    break;
                case OP_FAILURE:
                    return FAILURE;
                default:
                    throw new InternalError();
            }
        }
    }

    /** A back reference: the text of group mark {@code g} again at ptr, compared per the opcode's case rule. */
    private boolean groupref(int op, int g) {
        if (g >= st.lastmark) return false;
        int p = st.mark[g], e = st.mark[g + 1];
        if (p < 0 || e < 0 || e < p) return false;
        int end = st.end;
        while (p < e) {
            if (ptr >= end) return false;
            int a = text[ptr], b = text[p];
            boolean same;
            switch (op) {
                case OP_GROUPREF_IGNORE: same = SreChars.lowerAscii(a) == SreChars.lowerAscii(b); break;
                case OP_GROUPREF_UNI_IGNORE: same = SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b); break;
                case OP_GROUPREF_LOC_IGNORE: same = SreChars.lowerLocale(a) == SreChars.lowerLocale(b); break;
                default: same = a == b;
            }
            if (!same) return false;
            p++;
            ptr++;
        }
        return true;
    }

    // ---- BRANCH: try each alternative in turn

    private int branch() {
        int end = st.end;
        for (; code[pc] != 0; pc += code[pc]) {
            if (code[pc + 1] == OP_LITERAL && (ptr >= end || text[ptr] != code[pc + 2])) continue;
            if (code[pc + 1] == OP_IN && (ptr >= end || !st.charset(pc + 3, text[ptr]))) continue;
            st.ptr = ptr;
            return call(JUMP_BRANCH, pc + 1);
        }
        if (st.repeat != null) markPopDiscard(ctx.lastmark);
        return FAILURE;
    }

    /** After an alternative, an item of a one-character repeat, or an assertion: success ends the
     *  context (discarding saved marks); failure restores the marks for the next try. */
    private boolean succeededOrRestore(int ret) {
        if (ret != 0) {
            if (st.repeat != null) markPopDiscard(ctx.lastmark);
            return true;
        }
        if (st.repeat != null) markPopKeep(ctx.lastmark);
        lastmarkRestore();
        return false;
    }

    // ---- REPEAT_ONE: a greedy repeat of one character, backtracking one character at a time

    private int repeatOne() {
        // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
        long min = u(code[pc + 1]);
        if (min > st.end - ptr) return FAILURE;
        st.ptr = ptr;
        ctx.count = st.count(pc + 3, u(code[pc + 2]));
        ptr += (int) ctx.count;
        if (ctx.count < min) return FAILURE;
        int next = pc + code[pc];
        if (code[next] == OP_SUCCESS && ptr == st.end && !(ctx.toplevel && st.mustAdvance && ptr == st.start)) {
            // the tail is empty: done
            st.ptr = ptr;
            return SUCCESS;
        }
        lastmarkSave();
        if (st.repeat != null) markPush(ctx.lastmark);
        if (code[next] == OP_LITERAL) {
            // the tail starts with a literal: skip positions where it cannot match
            ctx.chr = code[next + 1];
            return repeatOneLiteral();
        }
        return repeatOneGeneral();
    }

    private int repeatOneLiteral() {
        long min = u(code[pc + 1]);
        int end = st.end;
        while (ctx.count >= min && (ptr >= end || text[ptr] != ctx.chr)) {
            ptr--;
            ctx.count--;
        }
        if (ctx.count >= min) {
            st.ptr = ptr;
            return call(JUMP_REPEAT_ONE_1, pc + code[pc]);
        }
        if (st.repeat != null) markPopDiscard(ctx.lastmark);
        return FAILURE;
    }

    private int repeatOneGeneral() {
        if (ctx.count >= u(code[pc + 1])) {
            st.ptr = ptr;
            return call(JUMP_REPEAT_ONE_2, pc + code[pc]);
        }
        if (st.repeat != null) markPopDiscard(ctx.lastmark);
        return FAILURE;
    }

    // ---- MIN_REPEAT_ONE: a lazy repeat of one character, advancing one character at a time

    private int minRepeatOne() {
        // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
        long min = u(code[pc + 1]);
        if (min > st.end - ptr) return FAILURE;
        st.ptr = ptr;
        if (min == 0) {
            ctx.count = 0;
        } else {
            int r = st.count(pc + 3, min);
            if (r < min) return FAILURE;
            ctx.count = r;
            ptr += r;
        }
        int next = pc + code[pc];
        if (code[next] == OP_SUCCESS
                && !(ctx.toplevel && ((st.matchAll && ptr != st.end) || (st.mustAdvance && ptr == st.start)))) {
            st.ptr = ptr;
            return SUCCESS;
        }
        lastmarkSave();
        if (st.repeat != null) markPush(ctx.lastmark);
        return minRepeatOneTry();
    }

    private int minRepeatOneTry() {
        long max = u(code[pc + 2]);
        if (max == MAXREPEAT || ctx.count <= max) {
            st.ptr = ptr;
            return call(JUMP_MIN_REPEAT_ONE, pc + code[pc]);
        }
        if (st.repeat != null) markPopDiscard(ctx.lastmark);
        return FAILURE;
    }

    // ---- MAX_UNTIL and MIN_UNTIL: the end of a general REPEAT's item

    private int maxUntil() {
        // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
        Repeat rep = ctx.rep = st.repeat;
        if (rep == null) throw new InternalError();
        st.ptr = ptr;
        ctx.count = rep.count + 1;
        if (ctx.count < u(code[rep.pattern + 1])) {
            // not enough items yet
            rep.count = ctx.count;
            return call(JUMP_MAX_UNTIL_1, rep.pattern + 3);
        }
        long max = u(code[rep.pattern + 2]);
        if ((ctx.count < max || max == MAXREPEAT) && st.ptr != rep.lastPtr) {
            // enough items, but try one more; lastPtr stops an empty item from looping
            rep.count = ctx.count;
            lastmarkSave();
            markPush(ctx.lastmark);
            dataPush(rep.lastPtr);
            rep.lastPtr = st.ptr;
            return call(JUMP_MAX_UNTIL_2, rep.pattern + 3);
        }
        return maxUntilTail();
    }

    private int maxUntilTail() {
        st.repeat = ctx.rep.prev;
        return call(JUMP_MAX_UNTIL_3, pc);
    }

    private int minUntil() {
        Repeat rep = ctx.rep = st.repeat;
        if (rep == null) throw new InternalError();
        st.ptr = ptr;
        ctx.count = rep.count + 1;
        if (ctx.count < u(code[rep.pattern + 1])) {
            rep.count = ctx.count;
            return call(JUMP_MIN_UNTIL_1, rep.pattern + 3);
        }
        // try the tail first
        st.repeat = rep.prev;
        lastmarkSave();
        if (st.repeat != null) markPush(ctx.lastmark);
        return call(JUMP_MIN_UNTIL_2, pc);
    }

    // ---- POSSESSIVE_REPEAT: items matched as often as they go, never given back

    private int possessiveMin() {
        if (ctx.count < u(code[pc + 1])) return call(JUMP_POSS_REPEAT_1, pc + 3, false);
        ptr = -1;
        return possessiveMore();
    }

    private int possessiveMore() {
        long max = u(code[pc + 2]);
        if ((ctx.count < max || max == MAXREPEAT) && st.ptr != ptr) {
            lastmarkSave();
            markPush(ctx.lastmark);
            // an item that matched empty leaves st.ptr == ptr, which ends the loop
            ptr = st.ptr;
            return call(JUMP_POSS_REPEAT_2, pc + 3, false);
        }
        return possessiveTail();
    }

    private int possessiveTail() {
        pc += code[pc] + 1;
        ptr = st.ptr;
        return DISPATCH;
    }

    /** Continues the context that called a sub-pattern, which ended with {@code ret}. */
    private int resume(int jump, int ret) {
        switch (jump) {
            case JUMP_BRANCH:
                if (succeededOrRestore(ret)) return SUCCESS;
                pc += code[pc];
                return branch();
            case JUMP_REPEAT_ONE_1:
                if (succeededOrRestore(ret)) return SUCCESS;
                ptr--;
                ctx.count--;
                return repeatOneLiteral();
            case JUMP_REPEAT_ONE_2:
                if (succeededOrRestore(ret)) return SUCCESS;
                ptr--;
                ctx.count--;
                return repeatOneGeneral();
            case JUMP_MIN_REPEAT_ONE: {
                if (succeededOrRestore(ret)) return SUCCESS;
                st.ptr = ptr;
                int r = st.count(pc + 3, 1);
                if (r == 0) {
                    if (st.repeat != null) markPopDiscard(ctx.lastmark);
                    return FAILURE;
                }
                ptr++;
                ctx.count++;
                return minRepeatOneTry();
            }
            case JUMP_REPEAT:
                st.repeat = ctx.rep.prev;
                return ret != 0 ? SUCCESS : FAILURE;
            case JUMP_MAX_UNTIL_1:
            case JUMP_MIN_UNTIL_1:
                if (ret != 0) return SUCCESS;
                ctx.rep.count = ctx.count - 1;
                st.ptr = ptr;
                return FAILURE;
            case JUMP_MAX_UNTIL_2:
                ctx.rep.lastPtr = data[--dtop];
                if (ret != 0) {
                    markPopDiscard(ctx.lastmark);
                    return SUCCESS;
                }
                markPop(ctx.lastmark);
                lastmarkRestore();
                ctx.rep.count = ctx.count - 1;
                st.ptr = ptr;
                return maxUntilTail();
            case JUMP_MAX_UNTIL_3:
                st.repeat = ctx.rep;
                if (ret != 0) return SUCCESS;
                st.ptr = ptr;
                return FAILURE;
            case JUMP_MIN_UNTIL_2: {
                Repeat repeatOfTail = st.repeat;
                Repeat rep = ctx.rep;
                st.repeat = rep;
                if (ret != 0) {
                    if (repeatOfTail != null) markPopDiscard(ctx.lastmark);
                    return SUCCESS;
                }
                if (repeatOfTail != null) markPop(ctx.lastmark);
                lastmarkRestore();
                st.ptr = ptr;
                long max = u(code[rep.pattern + 2]);
                if ((ctx.count >= max && max != MAXREPEAT) || st.ptr == rep.lastPtr) return FAILURE;
                rep.count = ctx.count;
                dataPush(rep.lastPtr);
                rep.lastPtr = st.ptr;
                return call(JUMP_MIN_UNTIL_3, rep.pattern + 3);
            }
            case JUMP_MIN_UNTIL_3:
                ctx.rep.lastPtr = data[--dtop];
                if (ret != 0) return SUCCESS;
                ctx.rep.count = ctx.count - 1;
                st.ptr = ptr;
                return FAILURE;
            case JUMP_POSS_REPEAT_1:
                if (ret != 0) {
                    ctx.count++;
                    return possessiveMin();
                }
                st.ptr = ptr;
                return FAILURE;
            case JUMP_POSS_REPEAT_2:
                if (ret != 0) {
                    markPopDiscard(ctx.lastmark);
                    ctx.count++;
                    return possessiveMore();
                }
                markPop(ctx.lastmark);
                lastmarkRestore();
                st.ptr = ptr;
                return possessiveTail();
            case JUMP_ATOMIC_GROUP:
                if (ret == 0) {
                    st.ptr = ptr;
                    return FAILURE;
                }
                pc += code[pc];
                ptr = st.ptr;
                return DISPATCH;
            case JUMP_ASSERT:
                if (ret == 0) return FAILURE;
                pc += code[pc];
                return DISPATCH;
            case JUMP_ASSERT_NOT:
                if (ret != 0) {
                    if (st.repeat != null) markPopDiscard(ctx.lastmark);
                    return FAILURE;
                }
                if (st.repeat != null) markPop(ctx.lastmark);
                lastmarkRestore();
                pc += code[pc];
                return DISPATCH;
            default:
                throw new InternalError();
        }
    }
}
