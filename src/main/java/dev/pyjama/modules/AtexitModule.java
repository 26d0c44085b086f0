package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** {@code atexit}: callbacks an interpreter calls, last registered first, when the program ends. */
// CPython: Modules/atexitmodule.c
public final class AtexitModule {
    private AtexitModule() {}

    private record Callback(PyObject func, PyObject[] args, PyTuple kwnames) {}

    private static final Map<Interpreter, List<Callback>> CALLBACKS = new WeakHashMap<>();

    private static synchronized List<Callback> of(Interpreter interp) {
        return CALLBACKS.computeIfAbsent(interp, k -> new ArrayList<>());
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("atexit");
        def(m, "register", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.items.length);
            if (npos < 1) throw Errors.typeError("register() takes at least 1 argument (0 given)");
            if (!Abstract.isCallable(a[0])) throw Errors.typeError("the first argument must be callable");
            of(interp).add(new Callback(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            return a[0];
        });
        def(m, "unregister", (a, kw) -> {
            PyObject f = ModuleSupport.one("unregister", a, kw);
            of(interp).removeIf(c -> Abstract.richCompareBool(c.func, f, Abstract.EQ));
            return PyNone.NONE;
        });
        def(m, "_clear", (a, kw) -> {
            of(interp).clear();
            return PyNone.NONE;
        });
        def(m, "_ncallbacks", (a, kw) -> PyInt.of(of(interp).size()));
        def(m, "_run_exitfuncs", (a, kw) -> {
            runExitFuncs(interp);
            return PyNone.NONE;
        });
        return m;
    }

    // CPython: Modules/atexitmodule.c atexit_callfuncs (an exception is reported as unraisable, the rest still run)
    public static void runExitFuncs(Interpreter interp) {
        List<Callback> list;
        synchronized (AtexitModule.class) {
            list = CALLBACKS.remove(interp);
        }
        if (list == null) return;
        for (int i = list.size() - 1; i >= 0; i--) {
            Callback c = list.get(i);
            try {
                Abstract.call(c.func, c.args, c.kwnames);
            } catch (PyException e) {
                if (e.value().type().isSubtype(ExceptionTypes.SYSTEM_EXIT)) continue;
                interp.writeUnraisable("Exception ignored in atexit callback " + Abstract.repr(c.func).value() + ":", e.value());
            }
        }
    }
}
