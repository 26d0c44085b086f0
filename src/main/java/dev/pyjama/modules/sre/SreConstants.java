package dev.pyjama.modules.sre;

/**
 * The numbers shared by CPython's {@code re._compiler} and the engine: opcodes, AT codes,
 * categories, flags and INFO bits of 3.13 (the words of a compiled pattern use them).
 */
// CPython: Modules/_sre/sre_constants.h (generated from Lib/re/_constants.py)
final class SreConstants {
    private SreConstants() {}

    static final int MAGIC = 20230612;
    /** Bytes per code word ({@code _sre.CODESIZE}). */
    static final int CODESIZE = 4;
    /** {@code _sre.MAXREPEAT}: the largest unsigned 32-bit word, which is -1 as a Java int. */
    static final long MAXREPEAT = 0xFFFFFFFFL;
    /** {@code _sre.MAXGROUPS}: INT32_MAX / 2. */
    static final long MAXGROUPS = Integer.MAX_VALUE / 2;

    static final int OP_FAILURE = 0, OP_SUCCESS = 1, OP_ANY = 2, OP_ANY_ALL = 3, OP_ASSERT = 4,
            OP_ASSERT_NOT = 5, OP_AT = 6, OP_BRANCH = 7, OP_CATEGORY = 8, OP_CHARSET = 9,
            OP_BIGCHARSET = 10, OP_GROUPREF = 11, OP_GROUPREF_EXISTS = 12, OP_IN = 13, OP_INFO = 14,
            OP_JUMP = 15, OP_LITERAL = 16, OP_MARK = 17, OP_MAX_UNTIL = 18, OP_MIN_UNTIL = 19,
            OP_NOT_LITERAL = 20, OP_NEGATE = 21, OP_RANGE = 22, OP_REPEAT = 23, OP_REPEAT_ONE = 24,
            OP_SUBPATTERN = 25, OP_MIN_REPEAT_ONE = 26, OP_ATOMIC_GROUP = 27, OP_POSSESSIVE_REPEAT = 28,
            OP_POSSESSIVE_REPEAT_ONE = 29, OP_GROUPREF_IGNORE = 30, OP_IN_IGNORE = 31,
            OP_LITERAL_IGNORE = 32, OP_NOT_LITERAL_IGNORE = 33, OP_GROUPREF_LOC_IGNORE = 34,
            OP_IN_LOC_IGNORE = 35, OP_LITERAL_LOC_IGNORE = 36, OP_NOT_LITERAL_LOC_IGNORE = 37,
            OP_GROUPREF_UNI_IGNORE = 38, OP_IN_UNI_IGNORE = 39, OP_LITERAL_UNI_IGNORE = 40,
            OP_NOT_LITERAL_UNI_IGNORE = 41, OP_RANGE_UNI_IGNORE = 42;

    static final int AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_BOUNDARY = 3,
            AT_NON_BOUNDARY = 4, AT_END = 5, AT_END_LINE = 6, AT_END_STRING = 7, AT_LOC_BOUNDARY = 8,
            AT_LOC_NON_BOUNDARY = 9, AT_UNI_BOUNDARY = 10, AT_UNI_NON_BOUNDARY = 11;

    static final int CATEGORY_DIGIT = 0, CATEGORY_NOT_DIGIT = 1, CATEGORY_SPACE = 2, CATEGORY_NOT_SPACE = 3,
            CATEGORY_WORD = 4, CATEGORY_NOT_WORD = 5, CATEGORY_LINEBREAK = 6, CATEGORY_NOT_LINEBREAK = 7,
            CATEGORY_LOC_WORD = 8, CATEGORY_LOC_NOT_WORD = 9, CATEGORY_UNI_DIGIT = 10,
            CATEGORY_UNI_NOT_DIGIT = 11, CATEGORY_UNI_SPACE = 12, CATEGORY_UNI_NOT_SPACE = 13,
            CATEGORY_UNI_WORD = 14, CATEGORY_UNI_NOT_WORD = 15, CATEGORY_UNI_LINEBREAK = 16,
            CATEGORY_UNI_NOT_LINEBREAK = 17;

    static final int FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16,
            FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;

    static final int INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;

    /** A code word as the unsigned number it is in C. */
    static long u(int word) {
        return word & 0xFFFFFFFFL;
    }
}
