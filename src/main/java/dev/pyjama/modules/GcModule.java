package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code gc}: CPython's API over the JVM's collector. Collection itself is the JVM's, so
 * collect() asks it to run and reports nothing found; the settings (enabled, thresholds,
 * debug flags, freeze count) are kept and returned as CPython would, callbacks are called
 * around each collect(), and is_tracked answers as CPython's cycle collector would.
 */
// CPython: Modules/gcmodule.c, Python/gc.c
public final class GcModule {
    private GcModule() {}

    private static final class State {
        boolean enabled = true;
        long[] threshold = {2000, 10, 10};
        long debug;
        long frozen;
        final long[] collections = new long[3];
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("gc");
        State st = new State();
        PyList callbacks = new PyList(new ArrayList<>());
        PyList garbage = new PyList(new ArrayList<>());
        ModuleSupport.set(m, "callbacks", callbacks);
        ModuleSupport.set(m, "garbage", garbage);
        ModuleSupport.set(m, "DEBUG_STATS", 1);
        ModuleSupport.set(m, "DEBUG_COLLECTABLE", 2);
        ModuleSupport.set(m, "DEBUG_UNCOLLECTABLE", 4);
        ModuleSupport.set(m, "DEBUG_SAVEALL", 32);
        ModuleSupport.set(m, "DEBUG_LEAK", 38);
        def(m, "enable", (a, kw) -> {
            ModuleSupport.noArgs("gc.enable", a, kw);
            st.enabled = true;
            return PyNone.NONE;
        });
        def(m, "disable", (a, kw) -> {
            ModuleSupport.noArgs("gc.disable", a, kw);
            st.enabled = false;
            return PyNone.NONE;
        });
        def(m, "isenabled", (a, kw) -> {
            ModuleSupport.noArgs("gc.isenabled", a, kw);
            return PyBool.of(st.enabled);
        });
        def(m, "collect", (a, kw) -> {
            PyObject[] p = Args.parse("collect", a, 0, kw, new String[] {"generation"}, 0, 1);
            long gen = p[0] == null ? 2 : ModuleSupport.asInt(p[0]);
            if (gen < 0 || gen > 2) throw Errors.valueError("invalid generation");
            collect(st, (int) gen, callbacks);
            return PyInt.of(0);
        });
        def(m, "get_count", (a, kw) -> {
            ModuleSupport.noArgs("gc.get_count", a, kw);
            return new PyTuple(new PyObject[] {PyInt.of(0), PyInt.of(0), PyInt.of(0)});
        });
        def(m, "get_threshold", (a, kw) -> {
            ModuleSupport.noArgs("gc.get_threshold", a, kw);
            return new PyTuple(new PyObject[] {PyInt.of(st.threshold[0]), PyInt.of(st.threshold[1]), PyInt.of(st.threshold[2])});
        });
        // CPython: Modules/gcmodule.c gc_set_threshold (PyArg_ParseTuple "i|ii:set_threshold")
        def(m, "set_threshold", (a, kw) -> {
            Args.noKw("set_threshold", kw);
            if (a.length < 1 || a.length > 3) throw Errors.typeError("gc.set_threshold requires 1 to 3 arguments");
            for (int i = 0; i < a.length; i++) st.threshold[i] = ModuleSupport.asInt(a[i]);
            return PyNone.NONE;
        });
        def(m, "get_debug", (a, kw) -> {
            ModuleSupport.noArgs("gc.get_debug", a, kw);
            return PyInt.of(st.debug);
        });
        def(m, "set_debug", (a, kw) -> {
            st.debug = ModuleSupport.asInt(ModuleSupport.one("gc.set_debug", a, kw));
            return PyNone.NONE;
        });
        def(m, "get_objects", (a, kw) -> {
            PyObject[] p = Args.parse("get_objects", a, 0, kw, new String[] {"generation"}, 0, 1);
            if (p[0] != null && p[0] != PyNone.NONE) {
                long gen = ModuleSupport.asLong(p[0]);
                if (gen >= 3) throw Errors.valueError("generation parameter must be less than the number of available generations (3)");
            }
            // the JVM keeps no list of live objects
            return new PyList(new ArrayList<>());
        });
        def(m, "get_stats", (a, kw) -> {
            ModuleSupport.noArgs("gc.get_stats", a, kw);
            List<PyObject> out = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                PyDict d = new PyDict();
                d.put(PyStr.of("collections"), PyInt.of(st.collections[g]));
                d.put(PyStr.of("collected"), PyInt.of(0));
                d.put(PyStr.of("uncollectable"), PyInt.of(0));
                out.add(d);
            }
            return new PyList(out);
        });
        def(m, "get_referrers", (a, kw) -> {
            Args.noKw("get_referrers", kw);
            return GcReferrers.find(Interpreter.current(), a);
        });
        def(m, "get_referents", (a, kw) -> {
            Args.noKw("get_referents", kw);
            List<PyObject> out = new ArrayList<>();
            for (PyObject o : a) referents(o, out);
            return new PyList(out);
        });
        def(m, "is_tracked", (a, kw) -> PyBool.of(isTracked(ModuleSupport.one("gc.is_tracked", a, kw))));
        def(m, "is_finalized", (a, kw) -> {
            ModuleSupport.one("gc.is_finalized", a, kw);
            return PyBool.FALSE;
        });
        def(m, "freeze", (a, kw) -> {
            ModuleSupport.noArgs("gc.freeze", a, kw);
            st.frozen += 1;
            return PyNone.NONE;
        });
        def(m, "unfreeze", (a, kw) -> {
            ModuleSupport.noArgs("gc.unfreeze", a, kw);
            st.frozen = 0;
            return PyNone.NONE;
        });
        def(m, "get_freeze_count", (a, kw) -> {
            ModuleSupport.noArgs("gc.get_freeze_count", a, kw);
            return PyInt.of(st.frozen);
        });
        return m;
    }

    // CPython: Python/gc.c invoke_gc_callback ("start" then "stop", with the same info dict keys)
    private static void collect(State st, int gen, PyList callbacks) {
        invokeCallbacks(callbacks, "start", gen);
        System.gc();
        // files the collection found abandoned are closed now, as CPython's collector finalises them
        IoFinalizer.collected(Interpreter.current());
        // and the callbacks of weak references to what it collected run (weakref.finalize too)
        WeakCallbacks.collected();
        st.collections[gen]++;
        invokeCallbacks(callbacks, "stop", gen);
    }

    private static void invokeCallbacks(PyList callbacks, String phase, int gen) {
        if (callbacks.items.isEmpty()) return;
        PyDict info = new PyDict();
        info.put(PyStr.of("generation"), PyInt.of(gen));
        info.put(PyStr.of("collected"), PyInt.of(0));
        info.put(PyStr.of("uncollectable"), PyInt.of(0));
        for (PyObject cb : new ArrayList<>(callbacks.items)) {
            Abstract.call(cb, PyStr.of(phase), info);
        }
    }

    /**
     * Whether CPython's collector would track {@code o}: atoms and objects of static types
     * without references are never tracked; a dict only once it holds a trackable value,
     * a tuple unless empty.
     */
    // CPython: Include/internal/pycore_gc.h _PyObject_GC_MAY_BE_TRACKED, Objects/dictobject.c MAINTAIN_TRACKING
    static boolean isTracked(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes
                || o instanceof PyComplex || o == PyNone.NONE) {
            return o instanceof dev.pyjama.objects.Derived;
        }
        if (o instanceof PyTuple t) return t.items.length > 0 || o instanceof dev.pyjama.objects.Derived;
        if (o instanceof PyDict d) {
            if (o instanceof dev.pyjama.objects.Derived) return true;
            for (Iterator<Map.Entry<PyObject, PyObject>> it = d.entries(); it.hasNext(); ) {
                Map.Entry<PyObject, PyObject> e = it.next();
                if (isTracked(e.getKey()) || isTracked(e.getValue())) return true;
            }
            return false;
        }
        if (o instanceof PyType t) return t.heap;
        PyType t = o.type();
        if (t == PyType.OBJECT) return false;
        return true;
    }

    private static void referents(PyObject o, List<PyObject> out) {
        if (o instanceof PyList l) out.addAll(l.items);
        else if (o instanceof PyTuple t) out.addAll(List.of(t.items));
        else if (o instanceof PyDict d) {
            for (Iterator<Map.Entry<PyObject, PyObject>> it = d.entries(); it.hasNext(); ) {
                Map.Entry<PyObject, PyObject> e = it.next();
                out.add(e.getKey());
                out.add(e.getValue());
            }
        }
    }
}
