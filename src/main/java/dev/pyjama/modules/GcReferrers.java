package dev.pyjama.modules;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyProperty;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStaticMethod;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@code gc.get_referrers}: the JVM keeps no list of all objects, so the objects that refer to
 * the targets are found by walking what is reachable from the interpreter's roots (sys, the
 * modules, builtins, every thread's frames) and following each object's references as CPython's
 * tp_traverse would. trace.py relies on it to name a method's class ({@code Stack.push}): code
 * object, then the one function using it, then the class dict holding that function, then the
 * class. A class's namespace is a Java map in pyjama, so the walk shows it as a dict object that
 * mirrors it (the same object on every walk, refreshed each time).
 */
// CPython: Modules/gcmodule.c gc_get_referrers_impl, Python/gc.c _PyGC_GetReferrers
final class GcReferrers {
    private GcReferrers() {}

    private static final Map<PyType, PyDict> TYPE_DICTS = Collections.synchronizedMap(new WeakHashMap<>());

    static PyList find(Interpreter interp, PyObject[] targets) {
        Set<PyObject> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(wanted, targets);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        List<PyObject> out = new ArrayList<>();
        todo.add(interp.sys);
        todo.add(interp.builtinsModule);
        PyObject modules = interp.sys.dict.get(PyStr.of("modules"));
        if (modules != null) todo.add(modules);
        PyFrame.handedOut++; // running frames may be answered (monitor.CallbackFrames)
        for (ThreadState ts : interp.threadStates()) {
            for (PyFrame f = ts.frame; f != null; f = f.back) todo.add(f);
        }
        List<PyObject> refs = new ArrayList<>();
        while (!todo.isEmpty()) {
            PyObject o = todo.poll();
            if (!seen.add(o)) continue;
            refs.clear();
            referents(o, refs);
            boolean refers = false;
            for (PyObject r : refs) {
                if (r == null) continue;
                if (wanted.contains(r)) refers = true;
                if (!seen.contains(r)) todo.add(r);
            }
            if (refers && !wanted.contains(o)) out.add(o);
        }
        return new PyList(out);
    }

    /** What {@code o} refers to, as its CPython counterpart's tp_traverse visits. */
    private static void referents(PyObject o, List<PyObject> out) {
        if (o instanceof PyStr) return;
        if (o instanceof PyType t) {
            out.add(typeDict(t));
            Collections.addAll(out, t.bases());
            return;
        }
        if (o instanceof PyDict d) {
            for (var it = d.entries(); it.hasNext(); ) {
                var e = it.next();
                out.add(e.getKey());
                out.add(e.getValue());
            }
            if (o instanceof Derived) out.add(o.type());
            return;
        }
        if (o instanceof PyModule m) {
            out.add(m.dict);
            return;
        }
        if (o instanceof PyTuple t) {
            Collections.addAll(out, t.items);
            return;
        }
        if (o instanceof PyList l) {
            out.addAll(l.items);
            return;
        }
        if (o instanceof PyFunction f) {
            out.add(f.code);
            out.add(f.globals);
            out.add(f.defaults);
            out.add(f.kwdefaults);
            out.add(f.closure);
            out.add(f.dict);
            out.add(f.annotations);
            return;
        }
        if (o instanceof PyCode c) {
            Collections.addAll(out, c.consts);
            return;
        }
        if (o instanceof PyInstance i) {
            out.add(i.type());
            out.add(i.dict);
            if (i.slots != null) Collections.addAll(out, i.slots);
            return;
        }
        if (o instanceof PyFrame f) {
            out.add(f.code);
            out.add(f.globals);
            out.add(f.locals);
            int base = f.stackBase();
            for (int k = 0; k < base; k++) out.add(f.localsplus[k]);
            if (f.stack != null) for (int k = base; k < f.sp && k < f.stack.length; k++) out.add(f.stack[k]);
            out.add(f.back);
            return;
        }
        if (o instanceof PyMethod m) {
            out.add(m.function);
            out.add(m.self);
            return;
        }
        if (o instanceof PyCell c) {
            out.add(c.ref);
            return;
        }
        if (o instanceof PyClassMethod c) {
            out.add(c.callable);
            out.add(c.dict);
            return;
        }
        if (o instanceof PyStaticMethod s) {
            out.add(s.callable);
            out.add(s.dict);
            return;
        }
        if (o instanceof PyProperty p) {
            out.add(p.fget);
            out.add(p.fset);
            out.add(p.fdel);
            return;
        }
        if (o instanceof PyGenerator g) {
            out.add(g.frame);
            return;
        }
        if (o instanceof PySet || o instanceof PyFrozenSet) {
            Collections.addAll(out, Abstract.toArray(o));
            return;
        }
        if (o instanceof Derived x) {
            out.add(o.type());
            out.add(x.dict());
        }
    }

    /** The dict standing for a class's namespace: one object per class, its contents refreshed. */
    private static PyDict typeDict(PyType t) {
        PyDict d = TYPE_DICTS.computeIfAbsent(t, k -> new PyDict());
        d.clear();
        for (Map.Entry<String, PyObject> e : t.dict.entrySet()) d.put(PyStr.of(e.getKey()), e.getValue());
        return d;
    }
}
