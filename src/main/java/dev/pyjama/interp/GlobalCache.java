package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * LOAD_GLOBAL's cache: the value a name had in a frame's globals (or, missing there, in its
 * builtins), kept while neither dict has changed since, as each dict's {@link PyDict#stamp}
 * tells. A hit costs two identity tests and two int compares instead of one or two dict
 * lookups (a key, its hash, the table probe). Entries are immutable: a miss makes a new one.
 */
// CPython: Python/bytecodes.c LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN (dict keys versions in the inline cache)
final class GlobalCache {
    private final PyDict globals, builtins;
    private final int globalsStamp, builtinsStamp;
    private final PyObject value;

    private GlobalCache(PyDict globals, PyDict builtins, PyObject value) {
        this.globals = globals;
        this.builtins = builtins;
        this.globalsStamp = globals.stamp;
        this.builtinsStamp = builtins.stamp;
        this.value = value;
    }

    /** Never valid (its dicts are null): what a site without an entry yet reads, so the hit test needs no null check. */
    private static final GlobalCache EMPTY = new GlobalCache();

    private GlobalCache() {
        globals = builtins = null;
        globalsStamp = builtinsStamp = 0;
        value = null;
    }

    /**
     * The value of the code's name {@code i} for LOAD_GLOBAL in frame {@code f}; NameError when missing.
     * The hit path is methods of at most 35 bytes of bytecode, which C2 inlines into Eval.loop
     * however rarely the site ran when the loop was compiled (see InlineOps); a miss is a call.
     */
    static PyObject load(PyFrame f, int i) {
        GlobalCache c = entry(f.code.globalCaches, i);
        return c.valid(f) ? c.value : miss(f, i);
    }

    private static GlobalCache entry(Object[] caches, int i) {
        GlobalCache c = caches == null ? null : (GlobalCache) caches[i];
        return c != null ? c : EMPTY;
    }

    private boolean valid(PyFrame f) {
        return sameDicts(f) && sameStamps();
    }

    private boolean sameDicts(PyFrame f) {
        return globals == f.globals && builtins == f.builtins;
    }

    private boolean sameStamps() {
        return globalsStamp == globals.stamp && builtinsStamp == builtins.stamp;
    }

    private static PyObject miss(PyFrame f, int i) {
        PyCode co = f.code;
        Object[] caches = co.globalCaches;
        if (caches == null) caches = co.globalCaches = new Object[co.names.length];
        PyDict g = f.globals, b = f.builtins;
        PyStr name = co.namesAsStr()[i];
        // The lookup itself may run Python code (a key's __eq__), which may change either dict:
        // the stamps are taken before it, so such a change leaves the entry stale, never wrong.
        GlobalCache fresh = new GlobalCache(g, b, null);
        PyObject v = EvalHelpers.loadGlobal(f, name);
        caches[i] = fresh.with(v);
        return v;
    }

    private GlobalCache(GlobalCache stamps, PyObject value) {
        this.globals = stamps.globals;
        this.builtins = stamps.builtins;
        this.globalsStamp = stamps.globalsStamp;
        this.builtinsStamp = stamps.builtinsStamp;
        this.value = value;
    }

    private GlobalCache with(PyObject v) {
        return new GlobalCache(this, v);
    }
}
