package dev.pyjama.modules.sre;

import static dev.pyjama.modules.sre.SreConstants.*;

/**
 * One matching run's state: the subject as an array of characters (code points of a str,
 * unsigned bytes of a bytes-like object), the slice being matched, the group marks, and the
 * engine's stacks. Positions are indices into the subject; -1 stands for C's NULL pointer.
 * Also the helpers the matcher calls: AT tests, set membership, single-character repeat
 * counting, and search with the INFO block's literal-prefix and charset shortcuts.
 */
// CPython: Modules/_sre/sre.h SRE_STATE; Modules/_sre/sre_lib.h SRE(at), SRE(charset), SRE(count), SRE(search)
final class SreState {
    final int[] code;
    final int[] text;
    final boolean isBytes;
    /** The slice: start of the current attempt, its end; pos and endpos as adjusted. */
    int start, end;
    final int pos, endpos;
    /** state->ptr: where the matcher stands, and where a success ended. */
    int ptr;
    boolean matchAll, mustAdvance;
    final int[] mark;
    int lastmark = -1, lastindex = -1;
    SreMatcher.Repeat repeat;
    final SreMatcher matcher;

    SreState(int[] code, int[] text, boolean isBytes, int groups, long startArg, long endArg) {
        this.code = code;
        this.text = text;
        this.isBytes = isBytes;
        this.mark = new int[Math.max(groups * 2, 2)];
        this.matcher = new SreMatcher(this);
        int length = text.length;
        // CPython: Modules/_sre/sre.c state_init (adjust boundaries)
        int s = (int) (startArg < 0 ? 0 : Math.min(startArg, length));
        int e = (int) (endArg < 0 ? 0 : Math.min(endArg, length));
        this.start = s;
        this.end = e;
        this.pos = s;
        this.endpos = e;
    }

    // CPython: Modules/_sre/sre.c state_reset
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        matcher.clearStacks();
    }

    /** sre_match: 1 for a match (state.start..state.ptr), 0 for none. */
    int match() {
        return matcher.match(0, true);
    }

    // CPython: Modules/_sre/sre_lib.h SRE(at)
    boolean at(int p, int at) {
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || SreChars.isLinebreak(text[p - 1]);
            case AT_END:
                return (end - p == 1 && SreChars.isLinebreak(text[p])) || p == end;
            case AT_END_LINE:
                return p == end || SreChars.isLinebreak(text[p]);
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY: {
                if (end == 0) return false;
                boolean that = p > 0 && SreChars.isWord(text[p - 1]);
                boolean thisp = p < end && SreChars.isWord(text[p]);
                return (at == AT_BOUNDARY) == (thisp != that);
            }
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY: {
                if (end == 0) return false;
                boolean that = p > 0 && SreChars.locIsWord(text[p - 1]);
                boolean thisp = p < end && SreChars.locIsWord(text[p]);
                return (at == AT_LOC_BOUNDARY) == (thisp != that);
            }
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) return false;
                boolean that = p > 0 && SreChars.uniIsWord(text[p - 1]);
                boolean thisp = p < end && SreChars.uniIsWord(text[p]);
                return (at == AT_UNI_BOUNDARY) == (thisp != that);
            }
            default:
                return false;
        }
    }

    /** Whether {@code ch} is in the set whose words start at {@code set}. */
    // CPython: Modules/_sre/sre_lib.h SRE(charset)
    boolean charset(int set, int ch) {
        boolean ok = true;
        long c = ch & 0xFFFFFFFFL;
        for (;;) {
            switch (code[set++]) {
                case OP_FAILURE:
                    return !ok;
                case OP_LITERAL:
                    if (c == u(code[set])) return ok;
                    set++;
                    break;
                case OP_CATEGORY:
                    if (SreChars.category(code[set], ch)) return ok;
                    set++;
                    break;
                case OP_CHARSET:
                    if (c < 256 && (code[set + (int) (c >> 5)] & (1 << (c & 31))) != 0) return ok;
                    set += 256 / 32;
                    break;
                case OP_RANGE:
                    if (u(code[set]) <= c && c <= u(code[set + 1])) return ok;
                    set += 2;
                    break;
                case OP_RANGE_UNI_IGNORE: {
                    // ch is lower-cased already
                    if (u(code[set]) <= c && c <= u(code[set + 1])) return ok;
                    long uch = SreChars.upperUnicode(ch) & 0xFFFFFFFFL;
                    if (u(code[set]) <= uch && uch <= u(code[set + 1])) return ok;
                    set += 2;
                    break;
                }
                case OP_NEGATE:
                    ok = !ok;
                    break;
                case OP_BIGCHARSET: {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                    int count = code[set++];
                    int block = -1;
                    if (c < 0x10000) {
                        int hi = (int) (c >> 8);
                        // the block indices are bytes packed little-endian into the words
                        block = (code[set + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xFF;
                    }
                    set += 256 / 4;
                    if (block >= 0 && (code[set + ((block * 256 + (int) (c & 255)) >> 5)] & (1 << (c & 31))) != 0) {
                        return ok;
                    }
                    set += count * (256 / 32);
                    break;
                }
                default:
                    // an internal error: pretend it did not match
                    return false;
            }
        }
    }

    // CPython: Modules/_sre/sre_lib.h SRE(charset_loc_ignore)
    boolean charsetLocIgnore(int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(set, lo)) return true;
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(set, up);
    }

    /** How many times (up to maxcount) the one-character item at {@code pc} matches from state.ptr. */
    // CPython: Modules/_sre/sre_lib.h SRE(count)
    int count(int pc, long maxcount) {
        int p = ptr;
        int e = end;
        if (maxcount < e - p && maxcount != MAXREPEAT) e = p + (int) maxcount;
        int chr = code[pc + 1];
        switch (code[pc]) {
            case OP_IN:
                while (p < e && charset(pc + 2, text[p])) p++;
                break;
            case OP_ANY:
                while (p < e && !SreChars.isLinebreak(text[p])) p++;
                break;
            case OP_ANY_ALL:
                p = e;
                break;
            case OP_LITERAL:
                while (p < e && text[p] == chr) p++;
                break;
            case OP_LITERAL_IGNORE:
                while (p < e && SreChars.lowerAscii(text[p]) == chr) p++;
                break;
            case OP_LITERAL_UNI_IGNORE:
                while (p < e && SreChars.lowerUnicode(text[p]) == chr) p++;
                break;
            case OP_LITERAL_LOC_IGNORE:
                while (p < e && SreChars.charLocIgnore(chr, text[p])) p++;
                break;
            case OP_NOT_LITERAL:
                while (p < e && text[p] != chr) p++;
                break;
            case OP_NOT_LITERAL_IGNORE:
                while (p < e && SreChars.lowerAscii(text[p]) != chr) p++;
                break;
            case OP_NOT_LITERAL_UNI_IGNORE:
                while (p < e && SreChars.lowerUnicode(text[p]) != chr) p++;
                break;
            case OP_NOT_LITERAL_LOC_IGNORE:
                while (p < e && !SreChars.charLocIgnore(chr, text[p])) p++;
                break;
            default: {
                // a repeated single-character subpattern: run the matcher on it
                int saved = ptr;
                while (ptr < e) {
                    int i = matcher.match(pc, false);
                    if (i == 0) break;
                }
                int n = ptr - saved;
                return n;
            }
        }
        return p - ptr;
    }

    /** 1 when a match starts somewhere in [start, end]: then start..ptr is the match. */
    // CPython: Modules/_sre/sre_lib.h SRE(search)
    int search() {
        int p = start;
        int e = end;
        int status = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charset = -1, overlap = -1;
        int flags = 0;
        int pc = 0;
        if (p > e) return 0;
        if (code[0] == OP_INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            long min = u(code[3]);
            if (min != 0 && e - p < min) return 0;
            if (min > 1) {
                // keep at least one character so the literal search works
                e -= (int) (min - 1);
                if (e <= p) e = p;
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen == 1) {
            int c = code[prefix];
            e = end;
            mustAdvance = false;
            while (p < e) {
                while (text[p] != c) {
                    if (++p >= e) return 0;
                }
                start = p;
                ptr = p + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) return 1;
                status = matcher.match(pc + 2 * prefixSkip, false);
                if (status != 0) return status;
                ++p;
                lastmark = lastindex = -1;
            }
            return 0;
        }
        if (prefixLen > 1) {
            // skip ahead with the prefix's overlap table (Knuth-Morris-Pratt)
            e = end;
            if (prefixLen > e - p) return 0;
            while (p < e) {
                int c = code[prefix];
                while (text[p++] != c) {
                    if (p >= e) return 0;
                }
                if (p >= e) return 0;
                int i = 1;
                mustAdvance = false;
                do {
                    if (text[p] == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++p >= e) return 0;
                            continue;
                        }
                        start = p - (prefixLen - 1);
                        ptr = p - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) return 1;
                        status = matcher.match(pc + 2 * prefixSkip, false);
                        if (status != 0) return status;
                        if (++p >= e) return 0;
                        lastmark = lastindex = -1;
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return 0;
        }
        if (charset >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !charset(charset, text[p])) p++;
                if (p >= e) return 0;
                start = p;
                ptr = p;
                status = matcher.match(pc, false);
                if (status != 0) break;
                p++;
                lastmark = lastindex = -1;
            }
        } else {
            start = ptr = p;
            status = matcher.match(pc, true);
            mustAdvance = false;
            if (status == 0 && code[pc] == OP_AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
                start = ptr = e;
                return 0;
            }
            while (status == 0 && p < e) {
                p++;
                lastmark = lastindex = -1;
                start = ptr = p;
                status = matcher.match(pc, false);
            }
        }
        return status;
    }
}
