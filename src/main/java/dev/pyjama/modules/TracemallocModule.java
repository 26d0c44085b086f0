package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;

/**
 * {@code _tracemalloc}: the switch and its settings, without the traces. CPython hooks its
 * memory allocators to record each block's size and allocation traceback; the JVM allocates
 * Python objects on its own heap with no per-object hook, so pyjama records nothing: while
 * "tracing", traced memory and its peak stay 0, snapshots are empty and no object has an
 * allocation traceback. What tools probe works as in CPython: {@code import tracemalloc},
 * start/stop/is_tracing, the traceback limit, and the warnings module's "Enable tracemalloc"
 * hint (which asks {@code is_tracing()} and {@code get_object_traceback}).
 */
// CPython: Modules/_tracemalloc.c, Python/tracemalloc.c
public final class TracemallocModule {
    private TracemallocModule() {}

    /** CPython's MAX_NFRAME: the most frames a trace may keep. */
    private static final int MAX_NFRAME = 65535;

    public static PyModule create(dev.pyjama.interp.Interpreter interp) {
        PyModule m = ModuleSupport.module("_tracemalloc");
        boolean[] tracing = {false};
        int[] limit = {1};
        def(m, "is_tracing", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc.is_tracing", a, kw);
            return PyBool.of(tracing[0]);
        });
        // CPython: Modules/_tracemalloc.c _tracemalloc_start_impl, Python/tracemalloc.c _PyTraceMalloc_Start
        def(m, "start", (a, kw) -> {
            PyObject[] p = Args.parse("start", a, 0, kw, new String[] {"nframe"}, 0, 1);
            int n = 1;
            if (p[0] != null) {
                if (p[0] instanceof dev.pyjama.objects.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
                PyInt v = (PyInt) Abstract.index(p[0]);
                n = v.fitsLong() && Math.abs(v.longValue()) <= Integer.MAX_VALUE ? (int) v.longValue() : -1;
            }
            if (n < 1 || n > MAX_NFRAME) throw Errors.valueError("the number of frames must be in range [1; " + MAX_NFRAME + "]");
            if (!tracing[0]) { // already tracing: the limit stays, as CPython's
                limit[0] = n;
                tracing[0] = true;
            }
            return PyNone.NONE;
        });
        def(m, "stop", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc.stop", a, kw);
            tracing[0] = false;
            return PyNone.NONE;
        });
        def(m, "clear_traces", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc.clear_traces", a, kw);
            return PyNone.NONE;
        });
        def(m, "reset_peak", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc.reset_peak", a, kw);
            return PyNone.NONE;
        });
        def(m, "get_traceback_limit", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc.get_traceback_limit", a, kw);
            return PyInt.of(limit[0]);
        });
        // nothing is traced: no traced memory, and the module itself keeps no trace tables
        def(m, "get_traced_memory", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc.get_traced_memory", a, kw);
            return PyTuple.of(PyInt.of(0), PyInt.of(0));
        });
        def(m, "get_tracemalloc_memory", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc.get_tracemalloc_memory", a, kw);
            return PyInt.of(0);
        });
        def(m, "_get_object_traceback", (a, kw) -> {
            Args.parse("_get_object_traceback", a, 0, kw, new String[] {"obj"}, 1, 1);
            return PyNone.NONE;
        });
        def(m, "_get_traces", (a, kw) -> {
            ModuleSupport.noArgs("_tracemalloc._get_traces", a, kw);
            return new PyList(new java.util.ArrayList<>());
        });
        return m;
    }
}
