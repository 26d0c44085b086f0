package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.List;

/**
 * {@code _heapq}: the heap functions heapq.py replaces its own with, so that profilers see
 * them as built-ins ({@code c_call}) as under CPython. The comparisons, their order and the
 * checks against a list resized by a comparison are those of the C module.
 */
// CPython: Modules/_heapqmodule.c
public final class HeapqModule {
    private HeapqModule() {}

    /** siftup or siftup_max. */
    private interface Sift {
        void run(List<PyObject> heap, int pos);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_heapq");
        ModuleSupport.set(m, "__doc__", PyStr.of("Heap queue algorithm (a.k.a. priority queue)."));
        ModuleSupport.set(m, "__about__", PyStr.of("Heap queues"));
        ModuleSupport.def(m, "heappush", (a, kw) -> {
            List<PyObject> h = twoArgs("heappush", a, kw);
            h.add(a[1]);
            siftdown(h, 0, h.size() - 1, false);
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "heappushpop", (a, kw) -> pushpop(twoArgs("heappushpop", a, kw), a[1]));
        ModuleSupport.def(m, "heappop", (a, kw) -> pop(oneArg("heappop", a, kw), HeapqModule::siftup));
        ModuleSupport.def(m, "heapreplace", (a, kw) -> replace(twoArgs("heapreplace", a, kw), a[1], HeapqModule::siftup));
        ModuleSupport.def(m, "heapify", (a, kw) -> heapify(oneArg("heapify", a, kw), HeapqModule::siftup));
        ModuleSupport.def(m, "_heappop_max", (a, kw) -> pop(oneArg("_heappop_max", a, kw), HeapqModule::siftupMax));
        ModuleSupport.def(m, "_heapify_max", (a, kw) -> heapify(oneArg("_heapify_max", a, kw), HeapqModule::siftupMax));
        ModuleSupport.def(m, "_heapreplace_max",
                (a, kw) -> replace(twoArgs("_heapreplace_max", a, kw), a[1], HeapqModule::siftupMax));
        return m;
    }

    // ---- clinic's checks: positional only, the heap a list (or a subclass)

    private static List<PyObject> twoArgs(String name, PyObject[] a, PyTuple kw) {
        ModuleSupport.positional(name, a, kw, 2, 2);
        return list(name, a[0]);
    }

    private static List<PyObject> oneArg(String name, PyObject[] a, PyTuple kw) {
        return list(name, ModuleSupport.one("_heapq." + name, a, kw));
    }

    private static List<PyObject> list(String name, PyObject heap) {
        if (!(heap instanceof PyList l)) throw Errors.typeError(name + "() argument 1 must be list, not " + heap.typeName());
        return l.items;
    }

    private static boolean lessThan(PyObject a, PyObject b) {
        return Abstract.richCompareBool(a, b, Abstract.LT);
    }

    private static PyException resized() {
        return Errors.raise(ExceptionTypes.RUNTIME_ERROR, "list changed size during iteration");
    }

    private static PyException outOfRange() {
        return Errors.indexError("index out of range");
    }

    private static void swap(List<PyObject> h, int i, int j) {
        PyObject t = h.get(i);
        h.set(i, h.get(j));
        h.set(j, t);
    }

    // CPython: Modules/_heapqmodule.c siftdown, siftdown_max (max: the parent is compared first)
    private static void siftdown(List<PyObject> h, int start, int pos, boolean max) {
        int size = h.size();
        if (pos >= size) throw outOfRange();
        while (pos > start) {
            int parentpos = (pos - 1) >> 1;
            PyObject item = h.get(pos), parent = h.get(parentpos);
            boolean lt = max ? lessThan(parent, item) : lessThan(item, parent);
            if (size != h.size()) throw resized();
            if (!lt) break;
            swap(h, parentpos, pos);
            pos = parentpos;
        }
    }

    // CPython: Modules/_heapqmodule.c siftup
    private static void siftup(List<PyObject> h, int pos) {
        siftup(h, pos, false);
    }

    // CPython: Modules/_heapqmodule.c siftup_max
    private static void siftupMax(List<PyObject> h, int pos) {
        siftup(h, pos, true);
    }

    private static void siftup(List<PyObject> h, int pos, boolean max) {
        int end = h.size(), start = pos;
        if (pos >= end) throw outOfRange();
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean lt = max ? lessThan(h.get(child + 1), h.get(child)) : lessThan(h.get(child), h.get(child + 1));
                if (!lt) child++;
                if (end != h.size()) throw resized();
            }
            swap(h, child, pos);
            pos = child;
        }
        siftdown(h, start, pos, max);
    }

    // CPython: Modules/_heapqmodule.c heappop_internal
    private static PyObject pop(List<PyObject> h, Sift sift) {
        int n = h.size();
        if (n == 0) throw outOfRange();
        PyObject last = h.remove(n - 1);
        if (n == 1) return last;
        PyObject result = h.get(0);
        h.set(0, last);
        sift.run(h, 0);
        return result;
    }

    // CPython: Modules/_heapqmodule.c heapreplace_internal
    private static PyObject replace(List<PyObject> h, PyObject item, Sift sift) {
        if (h.isEmpty()) throw outOfRange();
        PyObject result = h.get(0);
        h.set(0, item);
        sift.run(h, 0);
        return result;
    }

    // CPython: Modules/_heapqmodule.c _heapq_heappushpop_impl
    private static PyObject pushpop(List<PyObject> h, PyObject item) {
        if (h.isEmpty()) return item;
        if (!lessThan(h.get(0), item)) return item;
        if (h.isEmpty()) throw outOfRange();
        PyObject result = h.get(0);
        h.set(0, item);
        siftup(h, 0);
        return result;
    }

    // CPython: Modules/_heapqmodule.c heapify_internal, cache_friendly_heapify (same comparisons, another order)
    private static PyObject heapify(List<PyObject> h, Sift sift) {
        int n = h.size();
        if (n > 2500) {
            int m = n >> 1;
            int leftmost = Integer.highestOneBit(m + 1) - 1, mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) siftChain(h, i, sift);
            for (int i = m - 1; i >= leftmost; i--) siftChain(h, i, sift);
            return PyNone.NONE;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) sift.run(h, i);
        return PyNone.NONE;
    }

    /** Sifts node {@code j}, then its parent while {@code j} is a left child. */
    private static void siftChain(List<PyObject> h, int j, Sift sift) {
        while (true) {
            sift.run(h, j);
            if ((j & 1) == 0) break;
            j >>= 1;
        }
    }
}
