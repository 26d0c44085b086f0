package dev.pyjama.code;

/**
 * The tables CPython 3.13's {@code dis} module uses besides the opcode metadata: the
 * BINARY_OP symbols, the intrinsic function names, the comparison operators and the layout
 * of inline caches. A test checks them against the {@code opcode} module.
 */
// CPython: Lib/opcode.py (cmp_op, _cache_format), Python/intrinsics.c, Include/internal/pycore_code.h (_nb_ops)
public final class DisTables {
    private DisTables() {}

    static final String[] CMP_OP = {"<", "<=", "==", "!=", ">", ">="};

    public static final String[] NB_OPS = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };

    public static final String[] INTRINSIC_1 = {
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    };

    public static final String[] INTRINSIC_2 = {
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    };

    static final String[] FUNCTION_ATTR_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    static final String[] CONVERT_VALUE = {"", "str", "repr", "ascii"};

    /** The named parts of an opcode's inline cache: names and sizes in code units, in order. */
    record CacheField(String name, int size) {}

    private static final CacheField COUNTER = new CacheField("counter", 1);

    /** opcode._cache_format, keyed by (unspecialised) opcode; null when there is none. */
    static CacheField[] cacheFormat(int op) {
        String name = Opcode.name(op);
        switch (name) {
            case "LOAD_GLOBAL":
                return new CacheField[] {COUNTER, new CacheField("index", 1),
                    new CacheField("module_keys_version", 1), new CacheField("builtin_keys_version", 1)};
            case "BINARY_OP": case "UNPACK_SEQUENCE": case "COMPARE_OP": case "CONTAINS_OP":
            case "BINARY_SUBSCR": case "FOR_ITER": case "LOAD_SUPER_ATTR": case "STORE_SUBSCR":
            case "SEND": case "JUMP_BACKWARD": case "POP_JUMP_IF_TRUE": case "POP_JUMP_IF_FALSE":
            case "POP_JUMP_IF_NONE": case "POP_JUMP_IF_NOT_NONE":
                return new CacheField[] {COUNTER};
            case "LOAD_ATTR":
                return new CacheField[] {COUNTER, new CacheField("version", 2),
                    new CacheField("keys_version", 2), new CacheField("descr", 4)};
            case "STORE_ATTR":
                return new CacheField[] {COUNTER, new CacheField("version", 2), new CacheField("index", 1)};
            case "CALL":
                return new CacheField[] {COUNTER, new CacheField("func_version", 2)};
            case "TO_BOOL":
                return new CacheField[] {COUNTER, new CacheField("version", 2)};
            default:
                return null;
        }
    }

    /** opcode._inline_cache_entries for an (unspecialised) opcode, 0 when it has none. */
    static int cacheSize(int op) {
        CacheField[] f = cacheFormat(op);
        if (f == null) return 0;
        int n = 0;
        for (CacheField c : f) n += c.size();
        return n;
    }
}
