package dev.pyjama.modules.sre;

import static dev.pyjama.modules.sre.SreConstants.*;

/**
 * Checks code words before a pattern is made, as CPython does, so the engine never meets a
 * jump out of the code, a skip of zero, or a group number out of range: such code is refused
 * with RuntimeError "invalid SRE code" instead of looping or failing at match time.
 * All jumps are relative and forward, and do not cross, which makes the check one pass.
 */
// CPython: Modules/_sre/sre.c _validate, _validate_outer, _validate_inner, _validate_charset
final class SreValidator {
    private final int[] code;
    private final long groups;
    /** The read position (CPython's {@code code} pointer). */
    private int c;

    /** Thrown for invalid code (CPython's FAIL). */
    private static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private SreValidator(int[] code, long groups) {
        this.code = code;
        this.groups = groups;
    }

    /** Whether the words are code CPython's validator accepts. */
    static boolean valid(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0 || code[code.length - 1] != OP_SUCCESS) return false;
        SreValidator v = new SreValidator(code, groups);
        try {
            return v.inner(0, code.length - 1) == 0;
        } catch (Invalid e) {
            return false;
        }
    }

    private static Invalid fail() {
        return new Invalid();
    }

    private long op(int end) {
        if (c >= end) throw fail();
        return u(code[c++]);
    }

    private long arg(int end) {
        return op(end);
    }

    private long skip(int end, int adj) {
        if (c >= end) throw fail();
        long skip = u(code[c]);
        if (skip - adj > end - c) throw fail();
        c++;
        return skip;
    }

    private void charset(int start, int end) {
        c = start;
        while (c < end) {
            long op = op(end);
            switch ((int) op) {
                case OP_NEGATE:
                    break;
                case OP_LITERAL:
                    arg(end);
                    break;
                case OP_RANGE:
                case OP_RANGE_UNI_IGNORE:
                    arg(end);
                    arg(end);
                    break;
                case OP_CHARSET:
                    if (8 > end - c) throw fail();
                    c += 8;
                    break;
                case OP_BIGCHARSET: {
                    long blocks = arg(end);
                    if (64 > end - c) throw fail();
                    // every byte of the 256-byte table names a block that exists
                    for (int i = 0; i < 256; i++) {
                        if (((code[c + (i >> 2)] >>> ((i & 3) * 8)) & 0xFF) >= blocks) throw fail();
                    }
                    c += 64;
                    long offset = blocks * 8;
                    if (offset > end - c) throw fail();
                    c += (int) offset;
                    break;
                }
                case OP_CATEGORY: {
                    long a = arg(end);
                    if (a > CATEGORY_UNI_NOT_LINEBREAK) throw fail();
                    break;
                }
                default:
                    throw fail();
            }
        }
    }

    /** Checks [start, end); 0 when it is fine, 1 when it ends with a JUMP (a branch's arm). */
    private int inner(int start, int end) {
        if (start > end) throw fail();
        c = start;
        while (c < end) {
            long op = op(end);
            switch ((int) op) {
                case OP_MARK: {
                    long a = arg(end);
                    if (a > 2 * groups + 1) throw fail();
                    break;
                }
                case OP_LITERAL: case OP_NOT_LITERAL: case OP_LITERAL_IGNORE: case OP_NOT_LITERAL_IGNORE:
                case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE: case OP_LITERAL_LOC_IGNORE:
                case OP_NOT_LITERAL_LOC_IGNORE:
                    arg(end);
                    break;
                case OP_SUCCESS:
                case OP_FAILURE:
                case OP_ANY:
                case OP_ANY_ALL:
                    break;
                case OP_AT: {
                    long a = arg(end);
                    if (a > AT_UNI_NON_BOUNDARY) throw fail();
                    break;
                }
                case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE: {
                    long skip = skip(end, 0);
                    int base = c;
                    if (skip < 2) throw fail();
                    charset(base, base + (int) skip - 2);
                    if (code[base + (int) skip - 2] != OP_FAILURE) throw fail();
                    c = base + (int) skip - 1;
                    break;
                }
                case OP_INFO: {
                    long skip = skip(end, 0);
                    int newcode = c + (int) skip - 1;
                    long flags = arg(end);
                    arg(end);
                    arg(end);
                    if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0) throw fail();
                    if ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0) throw fail();
                    if ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0) throw fail();
                    if ((flags & INFO_PREFIX) != 0) {
                        long prefixLen = arg(end);
                        arg(end);
                        if (prefixLen > newcode - c) throw fail();
                        c += (int) prefixLen;
                        if (prefixLen > newcode - c) throw fail();
                        for (int i = 0; i < prefixLen; i++) {
                            if (u(code[c + i]) >= prefixLen) throw fail();
                        }
                        c += (int) prefixLen;
                    }
                    if ((flags & INFO_CHARSET) != 0) {
                        charset(c, newcode - 1);
                        if (code[newcode - 1] != OP_FAILURE) throw fail();
                        c = newcode;
                    } else if (c != newcode) {
                        throw fail();
                    }
                    break;
                }
                case OP_BRANCH: {
                    int target = -1;
                    for (;;) {
                        long skip = skip(end, 0);
                        if (skip == 0) break;
                        int base = c;
                        // stop before the JUMP that ends the arm
                        if (skip < 3) throw fail();
                        if (inner(base, base + (int) skip - 3) != 0) throw fail();
                        c = base + (int) skip - 3;
                        if (op(end) != OP_JUMP) throw fail();
                        long skip2 = skip(end, 0);
                        int t = c + (int) skip2 - 1;
                        if (target < 0) target = t;
                        else if (t != target) throw fail();
                    }
                    if (c != target) throw fail();
                    break;
                }
                case OP_REPEAT_ONE: case OP_MIN_REPEAT_ONE: case OP_POSSESSIVE_REPEAT_ONE: {
                    long skip = skip(end, 0);
                    int base = c;
                    long min = arg(end), max = arg(end);
                    if (min > max || max > MAXREPEAT || skip < 4) throw fail();
                    if (inner(base + 2, base + (int) skip - 2) != 0) throw fail();
                    c = base + (int) skip - 2;
                    if (op(end) != OP_SUCCESS) throw fail();
                    break;
                }
                case OP_REPEAT: case OP_POSSESSIVE_REPEAT: {
                    long skip = skip(end, 0);
                    int base = c;
                    long min = arg(end), max = arg(end);
                    if (min > max || max > MAXREPEAT || skip < 3) throw fail();
                    if (inner(base + 2, base + (int) skip - 1) != 0) throw fail();
                    c = base + (int) skip - 1;
                    long next = op(end);
                    if (op == OP_POSSESSIVE_REPEAT ? next != OP_SUCCESS : next != OP_MAX_UNTIL && next != OP_MIN_UNTIL) {
                        throw fail();
                    }
                    break;
                }
                case OP_ATOMIC_GROUP: {
                    long skip = skip(end, 0);
                    int base = c;
                    if (skip < 2) throw fail();
                    if (inner(base, base + (int) skip - 2) != 0) throw fail();
                    c = base + (int) skip - 2;
                    if (op(end) != OP_SUCCESS) throw fail();
                    break;
                }
                case OP_GROUPREF: case OP_GROUPREF_IGNORE: case OP_GROUPREF_UNI_IGNORE: case OP_GROUPREF_LOC_IGNORE:
                    if (arg(end) >= groups) throw fail();
                    break;
                case OP_GROUPREF_EXISTS: {
                    if (arg(end) >= groups) throw fail();
                    long skip = skip(end, 1);
                    c--; // the skip counts from the group argument
                    int base = c;
                    if (skip < 2) throw fail();
                    int rc = inner(base + 1, base + (int) skip - 1);
                    if (rc == 1) {
                        // then and else parts: the then part ended with a JUMP over the else part
                        c = base + (int) skip - 2;
                        skip = skip(end, 0);
                        base = c;
                        if (skip < 1) throw fail();
                        rc = inner(base, base + (int) skip - 1);
                    }
                    if (rc != 0) throw fail();
                    c = base + (int) skip - 1;
                    break;
                }
                case OP_ASSERT: case OP_ASSERT_NOT: {
                    long skip = skip(end, 0);
                    arg(end);
                    c--;
                    int base = c;
                    if (skip < 2) throw fail();
                    if (inner(base + 1, base + (int) skip - 2) != 0) throw fail();
                    c = base + (int) skip - 2;
                    if (op(end) != OP_SUCCESS) throw fail();
                    break;
                }
                case OP_JUMP:
                    if (c + 1 != end) throw fail();
                    return 1;
                default:
                    throw fail();
            }
        }
        return 0;
    }
}
