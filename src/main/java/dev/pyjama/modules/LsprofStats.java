package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an {@code _lsprof.Profiler} collects: one entry per function (keyed by its code object,
 * or for a built-in by its Java implementation, CPython's PyMethodDef), and per entry the
 * functions it called (sub-entries); a stack of contexts for the calls in progress, each with
 * its start time and the time its sub-calls took. CPython keeps these in rotating trees keyed
 * by address; pyjama keeps insertion order, which only changes the order of getstats()'s list.
 */
// CPython: Modules/_lsprof.c ProfilerEntry, ProfilerSubEntry, ProfilerContext
final class LsprofStats {
    /** A function or built-in: its totals, and its callees' sub-entries. */
    static final class Entry {
        /** The code object, or a string describing a built-in. */
        final PyObject userObj;
        long tt, it, callcount, recursivecallcount, recursionLevel;
        final Map<Entry, SubEntry> calls = new LinkedHashMap<>();

        Entry(PyObject userObj) {
            this.userObj = userObj;
        }
    }

    /** A callee as seen from one caller. */
    static final class SubEntry {
        final Entry callee;
        long tt, it, callcount, recursivecallcount, recursionLevel;

        SubEntry(Entry callee) {
            this.callee = callee;
        }
    }

    /** A call in progress. */
    private static final class Context {
        long t0, subt;
        Context previous;
        Entry entry;
    }

    /** A built-in's key: the same Java implementation under the same name, whatever it is bound to. */
    private record BuiltinKey(PyBuiltinFunction.Impl impl, String name) {}

    static Object builtinKey(PyBuiltinFunction f) {
        return new BuiltinKey(f.impl, f.name);
    }

    private final LsprofModule.Profiler owner;
    boolean subcalls = true, builtins = true;
    /** Keys are code objects (by identity) and {@link BuiltinKey}s (by value). */
    private final Map<Object, Entry> entries = new LinkedHashMap<>();
    private final Map<Object, Entry> codeEntries = new IdentityHashMap<>();
    private Context current;

    LsprofStats(LsprofModule.Profiler owner) {
        this.owner = owner;
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    private Entry get(Object key) {
        return key instanceof BuiltinKey ? entries.get(key) : codeEntries.get(key);
    }

    // CPython: Modules/_lsprof.c ptrace_enter_call, newProfilerEntry, initContext
    void enter(Object key, PyObject userObj) {
        Entry e = get(key);
        if (e == null) {
            e = new Entry(normalize(userObj));
            if (key instanceof BuiltinKey) {
                entries.put(key, e);
            } else {
                codeEntries.put(key, e);
                entries.put(new Object(), e);
            }
        }
        Context c = new Context();
        c.entry = e;
        c.previous = current;
        current = c;
        e.recursionLevel++;
        if (subcalls && c.previous != null) {
            c.previous.entry.calls.computeIfAbsent(e, SubEntry::new).recursionLevel++;
        }
        c.t0 = owner.now();
    }

    // CPython: Modules/_lsprof.c ptrace_leave_call
    void leave(Object key) {
        Context c = current;
        if (c == null) return;
        Entry e = get(key);
        if (e != null) stop(c, e);
        else current = c.previous;
    }

    // CPython: Modules/_lsprof.c Stop
    private void stop(Context c, Entry e) {
        long tt = owner.now() - c.t0;
        long it = tt - c.subt;
        if (c.previous != null) c.previous.subt += tt;
        current = c.previous;
        if (--e.recursionLevel == 0) e.tt += tt;
        else e.recursivecallcount++;
        e.it += it;
        e.callcount++;
        if (subcalls && c.previous != null) {
            SubEntry s = c.previous.entry.calls.get(e);
            if (s != null) {
                if (--s.recursionLevel == 0) s.tt += tt;
                else s.recursivecallcount++;
                s.it += it;
                s.callcount++;
            }
        }
    }

    /** disable(): every call still in progress ends now. */
    // CPython: Modules/_lsprof.c flush_unmatched
    void flushUnmatched() {
        while (current != null) {
            Context c = current;
            if (c.entry != null) stop(c, c.entry);
            else current = c.previous;
        }
    }

    // CPython: Modules/_lsprof.c clearEntries
    void clear() {
        entries.clear();
        codeEntries.clear();
        current = null;
    }

    /**
     * A code object stays itself; a built-in becomes a string naming it: the repr of the
     * method its object's type has under that name ({@code <method 'append' of 'list' objects>}),
     * else {@code <built-in method MODULE.NAME>} for a module's function.
     */
    // CPython: Modules/_lsprof.c normalizeUserObj
    private static PyObject normalize(PyObject obj) {
        if (!(obj instanceof PyBuiltinFunction fn)) return obj;
        PyObject self = fn.staticOf != null ? fn.staticOf : fn.self; // m_self: a static method's is its type
        if (self == null) return PyStr.of("<" + fn.name + ">");
        PyObject method = self.type().lookup(fn.name);
        if (method != null) return Abstract.repr(method);
        if (self instanceof PyModule m) {
            PyObject name = m.dict.get(PyStr.of("__name__"));
            if (name instanceof PyStr s) return PyStr.of("<built-in method " + s.value() + "." + fn.name + ">");
        }
        return PyStr.of("<built-in method " + fn.name + ">");
    }
}
