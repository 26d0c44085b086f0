package dev.pyjama.modules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** The objects whose repr is being computed on this thread, so a container inside itself shows "...". */
// CPython: Objects/object.c Py_ReprEnter, Py_ReprLeave
final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<Set<Object>> ACTIVE = ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    static boolean enter(Object o) {
        return ACTIVE.get().add(o);
    }

    static void leave(Object o) {
        ACTIVE.get().remove(o);
    }
}
