package dev.pyjama.interp;

import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * TEMPORARY: the eval loop's calls into the object model, now delegating to the real
 * implementations (Types, BuiltinFunctions, PySlice, SetTable). The call sites can call those
 * directly and this file can go.
 */
final class TempStubs {
    private TempStubs() {}

    static PyObject slice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step);
    }

    static void setAdd(PyObject set, PyObject v) {
        ((PySet) set).table.add(v);
    }

    static String ascii(String repr) {
        return BuiltinFunctions.ascii(repr);
    }

    static PyObject callType(PyType t, PyObject[] args, PyTuple kwnames) {
        return Types.callType(t, args, kwnames);
    }

    static String str(PyObject o) {
        if (o instanceof PyBaseException e && !e.type().heap) {
            try {
                return Abstract.str(o).value;
            } catch (RuntimeException ex) {
                return e.defaultStr();
            }
        }
        return Abstract.str(o).value;
    }

    static PyObject newType(PyObject meta, PyStr name, PyTuple bases, PyDict ns) {
        return Types.newType((PyType) meta, name.value, bases, ns);
    }

    static void installBuiltins(PyDict b) {
        BuiltinFunctions.install(b);
        BuiltinFunctions.stdout = () -> Interpreter.current().out;
        Types.currentModuleName = () -> null;
    }
}
