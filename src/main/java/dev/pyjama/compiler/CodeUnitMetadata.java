package dev.pyjama.compiler;

import dev.pyjama.objects.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the code generator knows about one code unit besides its instructions: names, the
 * tables that LOAD_CONST / LOAD_NAME / LOAD_FAST / LOAD_DEREF opargs index, and the argument
 * counts. The maps keep insertion order, which CPython's dicts have and the assembler relies
 * on; their values are the indices (freevars start after the cellvars, as in CPython).
 */
// CPython: Include/internal/pycore_compile.h _PyCompile_CodeUnitMetadata
public final class CodeUnitMetadata {
    public String name;
    /** The dotted qualified name; null means "same as name". */
    public String qualname;

    private final Map<ConstantKey, Integer> constIndex = new HashMap<>();
    private final List<ConstantKey> constKeys = new ArrayList<>();

    public final Map<String, Integer> names = new LinkedHashMap<>();
    public final Map<String, Integer> varnames = new LinkedHashMap<>();
    public final Map<String, Integer> cellvars = new LinkedHashMap<>();
    public final Map<String, Integer> freevars = new LinkedHashMap<>();
    /**
     * Names that are fast locals only inside an inlined comprehension. The value says whether
     * they are hidden right now; any key present makes the local CO_FAST_HIDDEN.
     */
    public final Map<String, Boolean> fasthidden = new LinkedHashMap<>();

    /** Positional-or-keyword parameters (positional-only ones are counted apart). */
    public int argcount;
    public int posonlyargcount;
    public int kwonlyargcount;
    public int firstlineno;

    public CodeUnitMetadata(String name, int firstlineno) {
        this.name = name;
        this.firstlineno = firstlineno;
    }

    /**
     * The index of constant {@code o} in this unit, adding it if new. The value is first
     * merged into the compilation's constant cache, so equal constants are shared.
     */
    // CPython: Python/compile.c compiler_add_const
    public int addConst(ConstCache cache, PyObject o) {
        return addConstKey(cache.mergeRecursive(o));
    }

    /** The index of the constant with this key, adding it if new (no merging). */
    // CPython: Python/compile.c dict_add_o (on u_consts)
    public int addConstKey(ConstantKey key) {
        Integer index = constIndex.get(key);
        if (index != null) return index;
        int i = constKeys.size();
        constIndex.put(key, i);
        constKeys.add(key);
        return i;
    }

    /** The number of constants. */
    public int constCount() {
        return constKeys.size();
    }

    /** The constants, in index order (a fresh list the optimiser may extend). */
    // CPython: Python/compile.c consts_dict_keys_inorder
    public List<PyObject> constsInOrder() {
        List<PyObject> out = new ArrayList<>(constKeys.size() + 8);
        for (ConstantKey k : constKeys) out.add(k.value());
        return out;
    }

    /** The index of {@code key} in {@code dict}, adding it with the next free index if new. */
    // CPython: Python/compile.c dict_add_o
    public static int dictAdd(Map<String, Integer> dict, String key) {
        Integer v = dict.get(key);
        if (v != null) return v;
        int i = dict.size();
        dict.put(key, i);
        return i;
    }

    /** The keys of {@code dict} ordered by their index (minus {@code offset}). */
    // CPython: Python/assemble.c dict_keys_inorder
    public static String[] keysInOrder(Map<String, Integer> dict, int offset) {
        String[] out = new String[dict.size()];
        for (Map.Entry<String, Integer> e : dict.entrySet()) {
            out[e.getValue() - offset] = e.getKey();
        }
        return out;
    }
}
