package dev.pyjama.interp;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;

/**
 * CONTAINS_OP's shortcut: an exact set, frozenset or dict is asked directly (one class test,
 * no type lookup, no walk down {@link NativeOps#contains}' chain of instanceof tests). Anything
 * else, and a set as the item (looked up as a frozenset when unhashable), takes
 * {@link Abstract#contains}. Kept small so that C2 inlines it into Eval.loop.
 */
// CPython: Python/bytecodes.c CONTAINS_OP_SET, CONTAINS_OP_DICT
final class ContainsOp {
    private ContainsOp() {}

    static boolean contains(PyObject container, PyObject item) {
        Class<?> c = container.getClass();
        if (c == PyFrozenSet.class) {
            if (!(item instanceof PySet)) return ((PyFrozenSet) container).table.contains(item);
        } else if (c == PySet.class) {
            if (!(item instanceof PySet)) return ((PySet) container).table.contains(item);
        } else if (c == PyDict.class) {
            return ((PyDict) container).containsKey(item);
        }
        return Abstract.contains(container, item);
    }
}
