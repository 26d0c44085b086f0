package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/** {@code itertools.groupby} (with its _grouper sub-iterators) and {@code itertools.tee}. */
// CPython: Modules/itertoolsmodule.c groupby_next, _grouper_next, tee
final class Groupby {
    private Groupby() {}

    /** The shared state: the current key and value, and which group is current. */
    private static final class State {
        PyObject it, keyfunc, tgtkey, currkey, currvalue;
        Object currgrouper;
    }

    private static boolean step(State s) {
        PyObject v = Abstract.next(s.it);
        if (v == null) return false;
        s.currvalue = v;
        s.currkey = s.keyfunc == PyNone.NONE ? v : Abstract.call(s.keyfunc, v);
        return true;
    }

    static PyObject make(PyType t, PyType grouperType, PyObject[] a, PyTuple kw) {
        PyObject[] p = Args.parse("groupby", a, 0, kw, new String[] {"iterable", "key"}, 1, 2);
        State s = new State();
        s.it = Abstract.iter(p[0]);
        s.keyfunc = p[1] == null ? PyNone.NONE : p[1];
        return new ItertoolsModule.Iter(t, () -> {
            s.currgrouper = null;
            // skip to the next key
            while (s.currkey == null || (s.tgtkey != null && Abstract.richCompareBool(s.tgtkey, s.currkey, Abstract.EQ))) {
                if (!step(s)) return null;
            }
            s.tgtkey = s.currkey;
            Object token = new Object();
            s.currgrouper = token;
            PyObject key = s.currkey;
            PyObject grouper = new ItertoolsModule.Iter(grouperType, () -> {
                if (s.currgrouper != token) return null;
                if (s.currvalue == null && !step(s)) return null;
                if (!Abstract.richCompareBool(key, s.currkey, Abstract.EQ)) return null;
                PyObject v = s.currvalue;
                s.currvalue = null;
                return v;
            }, null);
            return PyTuple.of(key, grouper);
        }, null);
    }

    // CPython: Modules/itertoolsmodule.c itertools_tee_impl (one shared buffer, a position per copy)
    static PyObject tee(PyObject[] a, PyTuple kw) {
        ModuleSupport.positional("tee", a, kw, 1, 2);
        int n = a.length > 1 ? ModuleSupport.asInt(a[1]) : 2;
        if (n < 0) throw Errors.valueError("n must be >= 0");
        PyObject it = Abstract.iter(a[0]);
        List<PyObject> buffer = new ArrayList<>();
        boolean[] done = {false};
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            int[] pos = {0};
            out[i] = new ItertoolsModule.Iter(TEE, () -> {
                if (pos[0] == buffer.size()) {
                    if (done[0]) return null;
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        done[0] = true;
                        return null;
                    }
                    buffer.add(v);
                }
                return buffer.get(pos[0]++);
            }, null);
        }
        return new PyTuple(out);
    }

    static final PyType TEE = ModuleSupport.iteratorType("itertools._tee");
}
