package dev.pyjama.compiler;

import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import java.util.HashMap;

/**
 * The constants of one compilation (all its code units), so that equal constants become the
 * same object. The optimiser relies on that: it finds a folded constant in a unit's
 * constant list by identity.
 */
// CPython: Python/compile.c c_const_cache, merge_consts_recursive, _PyCompile_ConstCacheMergeOne
public final class ConstCache {
    private final HashMap<ConstantKey, ConstantKey> keys = new HashMap<>();

    /**
     * Registers {@code o} and, when it is new, the items of a tuple or frozenset too (tuple
     * items are replaced in place by their canonical objects; a frozenset is rebuilt from
     * them). Returns the canonical key: its {@link ConstantKey#value()} is the object to use.
     */
    // CPython: Python/compile.c merge_consts_recursive
    public ConstantKey mergeRecursive(PyObject o) {
        ConstantKey key = ConstantKey.of(o);
        if (o instanceof PyNone || o instanceof PyEllipsis) {
            return key;
        }
        ConstantKey existing = keys.putIfAbsent(key, key);
        if (existing != null) {
            return existing;
        }
        if (o instanceof PyTuple t) {
            for (int i = 0; i < t.items.length; i++) {
                PyObject item = t.items[i];
                PyObject canonical = mergeRecursive(item).value();
                if (canonical != item) {
                    t.items[i] = canonical;
                }
            }
        } else if (o instanceof PyFrozenSet s) {
            if (s.items().length == 0) {
                return key;
            }
            PyObject[] merged = new PyObject[s.items().length];
            for (int i = 0; i < merged.length; i++) {
                merged[i] = mergeRecursive(s.items()[i]).value();
            }
            key.replaceValue(PyFrozenSet.of(merged));
        }
        return key;
    }

    /** The canonical object equal to {@code o} (registering {@code o} if it is the first). */
    // CPython: Python/compile.c _PyCompile_ConstCacheMergeOne
    public PyObject mergeOne(PyObject o) {
        ConstantKey key = ConstantKey.of(o);
        ConstantKey existing = keys.putIfAbsent(key, key);
        return existing == null ? o : existing.value();
    }
}
