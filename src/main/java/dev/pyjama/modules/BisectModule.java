package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * {@code _bisect}: bisect_left/right and insort_left/right, which bisect.py takes in place
 * of its own, so that they are built-ins to a profiler as under CPython.
 */
// CPython: Modules/_bisectmodule.c
public final class BisectModule {
    private BisectModule() {}

    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_bisect");
        ModuleSupport.set(m, "__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for maintaining a list"
                + " in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\n"
                + "expensive comparison operations, this can be an improvement over the more\ncommon approach.\n"));
        for (boolean right : new boolean[] {true, false}) {
            String bname = right ? "bisect_right" : "bisect_left";
            ModuleSupport.def(m, bname, (a, kw) -> {
                PyObject[] p = Args.parse(bname, a, 0, kw, NAMES, 2, 5);
                return PyInt.of(bisect(bname, p[0], p[1], lo(p[2]), hi(p[3]), key(p[4]), right));
            });
            String iname = right ? "insort_right" : "insort_left";
            ModuleSupport.def(m, iname, (a, kw) -> {
                PyObject[] p = Args.parse(iname, a, 0, kw, NAMES, 2, 5);
                PyObject key = key(p[4]);
                PyObject kx = key == PyNone.NONE ? p[1] : Abstract.call(key, p[1]);
                long index = bisect(bname, p[0], kx, lo(p[2]), hi(p[3]), key, right);
                if (p[0].getClass() == PyList.class) {
                    ((PyList) p[0]).items.add((int) index, p[1]);
                } else {
                    Abstract.call(Abstract.getattr(p[0], PyStr.of("insert")), PyInt.of(index), p[1]);
                }
                return PyNone.NONE;
            });
        }
        return m;
    }

    private static long lo(PyObject o) {
        return o == null ? 0 : ModuleSupport.asLong(o);
    }

    /** hi: None (or absent) means len(a), which the C code writes as -1. */
    private static long hi(PyObject o) {
        return o == null || o == PyNone.NONE ? -1 : ModuleSupport.asLong(o);
    }

    private static PyObject key(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    // CPython: Modules/_bisectmodule.c internal_bisect_right, internal_bisect_left
    private static long bisect(String name, PyObject seq, PyObject item, long lo, long hi, PyObject key, boolean right) {
        if (lo < 0) throw Errors.valueError("lo must be non-negative");
        if (hi == -1) hi = Abstract.len(seq);
        checkSequence(seq);
        ThreadState ts = ThreadState.enterRecursiveCall(" in _bisect." + name);
        try {
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                PyObject litem = Abstract.getitem(seq, PyInt.of(mid));
                if (key != PyNone.NONE) litem = Abstract.call(key, litem);
                boolean goLeft = right ? Abstract.richCompareBool(item, litem, Abstract.LT)
                        : !Abstract.richCompareBool(litem, item, Abstract.LT);
                if (goLeft) hi = mid;
                else lo = mid + 1;
            }
            return lo;
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    // CPython: Modules/_bisectmodule.c get_sq_item
    private static void checkSequence(PyObject seq) {
        if (seq instanceof PyDict && seq.type().lookup("__getitem__") == PyDict.TYPE.lookup("__getitem__")) {
            throw Errors.typeError(seq.typeName() + " is not a sequence");
        }
        if (seq.type().lookup("__getitem__") == null) {
            throw Errors.typeError("'" + seq.typeName() + "' object does not support indexing");
        }
    }
}
